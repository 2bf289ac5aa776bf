//! The HTTP/1 request and response parser of `node:http` (`http_parser::parse::Parser`, what
//! `internalBinding('http_parser').execute/finish` run), fed the same bytes whole and cut
//! into random pieces.
//!
//! Input: 3 bytes of settings (kind, what the response answers, upgrade mask, max header
//! size; a seed for the cut points), then the stream.
//!
//! Checked besides "no panic": body ranges lie inside the chunk they refer to, and the
//! result does not depend on how the stream is cut: the same heads, body bytes, trailers,
//! upgrade offset (in the stream) and error code. Only the exception llhttp itself has is
//! left out: a declined upgrade pauses the parser until the next chunk (upgrade masks other
//! than "all" are only run for panics).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rode_node::http_parser::parse::{Event, Head, Kind, Parser, UPGRADE_ALL};

/// What a stream parsed to, independent of the cut points.
#[derive(Debug, PartialEq)]
enum Item {
    Head(Head),
    Body(Vec<u8>),
    Complete(Vec<(String, String)>),
    Upgrade(usize),
    Error(&'static str),
}

struct Settings {
    kind: Kind,
    response_to: u8,
    upgrade_mask: u8,
    max_header_size: usize,
}

fn run(s: &Settings, stream: &[u8], cuts: &[usize]) -> Vec<Item> {
    let mut p = Parser::new(s.kind, s.max_header_size);
    p.response_to = s.response_to;
    p.upgrade_mask = s.upgrade_mask;
    let mut items = Vec::new();
    let push_body = |items: &mut Vec<Item>, b: &[u8]| {
        if let Some(Item::Body(v)) = items.last_mut() {
            v.extend_from_slice(b);
        } else if !b.is_empty() {
            items.push(Item::Body(b.to_vec()));
        }
    };
    let mut from = 0;
    for &to in cuts.iter().chain(std::iter::once(&stream.len())) {
        let chunk = &stream[from..to];
        let mut out = Vec::new();
        let r = p.execute(chunk, &mut out);
        for e in out {
            match e {
                Event::Head(h) => items.push(Item::Head(h)),
                Event::Body { start, end } => {
                    assert!(
                        start <= end && end <= chunk.len(),
                        "body {start}..{end} of {}",
                        chunk.len()
                    );
                    push_body(&mut items, &chunk[start..end]);
                }
                Event::Complete { trailers } => items.push(Item::Complete(trailers)),
                Event::Upgrade { offset } => {
                    assert!(
                        offset <= chunk.len(),
                        "upgrade offset {offset} of {}",
                        chunk.len()
                    );
                    items.push(Item::Upgrade(from + offset));
                }
            }
        }
        if let Err(e) = r {
            assert!(e.bytes_parsed <= chunk.len(), "{e:?} of {}", chunk.len());
            items.push(Item::Error(e.code));
            return items;
        }
        from = to;
    }
    let mut out = Vec::new();
    let r = p.finish(&mut out);
    for e in out {
        match e {
            Event::Complete { trailers } => items.push(Item::Complete(trailers)),
            other => panic!("finish gave {other:?}"),
        }
    }
    if let Err(e) = r {
        items.push(Item::Error(e.code));
    }
    items
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let (cfg, stream) = data.split_at(3);
    let s = Settings {
        kind: if cfg[0] & 1 == 0 {
            Kind::Request
        } else {
            Kind::Response
        },
        response_to: (cfg[0] >> 1) % 3,
        upgrade_mask: if cfg[0] & 0x18 == 0x18 {
            (cfg[0] >> 5) & 3
        } else {
            UPGRADE_ALL
        },
        max_header_size: [16384, 80, 200, 1024, 8192, 64, 16, 100_000][(cfg[0] >> 5) as usize],
    };
    let whole = run(&s, stream, &[]);

    // Cut points from a small xorshift seeded by the settings.
    let mut seed = u32::from(cfg[1]) << 8 | u32::from(cfg[2]) | 1 << 20;
    let mut rand = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let n = if stream.is_empty() {
        0
    } else {
        (rand() % 16) as usize
    };
    let mut cuts: Vec<usize> = (0..n)
        .map(|_| rand() as usize % (stream.len() + 1))
        .collect();
    cuts.sort_unstable();
    let split = run(&s, stream, &cuts);
    if s.upgrade_mask == UPGRADE_ALL || s.kind == Kind::Response {
        assert_eq!(whole, split, "cut at {cuts:?}");
    }

    // One byte at a time, for short streams.
    if stream.len() <= 256 && (s.upgrade_mask == UPGRADE_ALL || s.kind == Kind::Response) {
        let every: Vec<usize> = (1..stream.len()).collect();
        assert_eq!(whole, run(&s, stream, &every), "byte at a time");
    }
});
