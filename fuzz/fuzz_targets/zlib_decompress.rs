//! The decompressors of `node:zlib` (inflate, gunzip, raw inflate, unzip, brotli) through
//! `zlib::engine::Engine`, the code behind `zlib.*Sync` (`Engine::run`, as `writeSync` and
//! `writeAll` call it) and the streams (`Engine::write`, one step per output window).
//!
//! Input: 2 bytes of settings (mode, windowBits, dictionary, output window sizes), then the
//! compressed stream. Every run has an output limit (`maxOutputLength`), so a bomb stops.
//!
//! Checked besides "no panic / no hang": the output never passes the limit by more than one
//! window; the one-shot run and the streamed run (input cut into pieces, small windows)
//! give the same output and the same error; and compressing the input with the settings'
//! format and options, then decompressing it, gives the input back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rode_node::zlib::engine::{Engine, Mode, ZError, ZlibOptions};

const Z_NO_FLUSH: i32 = 0;
const Z_FINISH: i32 = 4;
const BROTLI_PROCESS: i32 = 0;
const BROTLI_FINISH: i32 = 2;
/// The output limit (`maxOutputLength`); smaller with tiny windows, to keep runs fast.
fn max_output(window: usize) -> usize {
    (window * 4096).clamp(1 << 16, 1 << 20)
}

fn engine(mode: Mode, window_bits: i32, dictionary: &[u8], level: i32, strategy: i32) -> Engine {
    match mode {
        Mode::BrotliDecode | Mode::BrotliEncode => {
            let mut params = [u32::MAX; 9];
            if mode == Mode::BrotliEncode {
                // Quality 0..=4 and a 64 KiB window: the round trip, not the encoder's
                // search, is what is checked here (and big tables slow every run down).
                params[1] = level.clamp(0, 4) as u32;
                params[2] = 16;
            }
            Engine::brotli(mode, &params).expect("brotli engine")
        }
        _ => Engine::zlib(
            mode,
            ZlibOptions {
                window_bits,
                level,
                mem_level: 8,
                strategy,
                dictionary: dictionary.to_vec(),
            },
        )
        .expect("zlib engine"),
    }
}

/// The streamed form: each piece written with no flush, one output window at a time while
/// the window fills up (as the JS stream does), then a finishing write.
fn streamed(
    e: &mut Engine,
    input: &[u8],
    cuts: &[usize],
    window: usize,
    brotli: bool,
) -> Result<Vec<u8>, Option<ZError>> {
    let (process, finish) = if brotli {
        (BROTLI_PROCESS, BROTLI_FINISH)
    } else {
        (Z_NO_FLUSH, Z_FINISH)
    };
    let mut out = Vec::new();
    let mut from = 0;
    let ends = cuts.iter().copied().chain(std::iter::once(input.len()));
    let pieces: Vec<(i32, &[u8])> = ends
        .map(|to| {
            let p = &input[from..to];
            from = to;
            (process, p)
        })
        .chain(std::iter::once((finish, &input[..0])))
        .collect();
    let mut buf = vec![0u8; window];
    for (flush, piece) in pieces {
        let mut pos = 0;
        loop {
            let (avail_in, avail_out) = e.write(flush, &piece[pos..], &mut buf).map_err(Some)?;
            assert!(avail_in <= piece.len() - pos && avail_out <= window);
            pos = piece.len() - avail_in;
            out.extend_from_slice(&buf[..window - avail_out]);
            if out.len() > max_output(window) {
                return Err(None);
            }
            if avail_out != 0 {
                break;
            }
        }
    }
    Ok(out)
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let (cfg, input) = data.split_at(2);
    let (mode, brotli) = match cfg[0] % 5 {
        0 => (Mode::Inflate, false),
        1 => (Mode::Gunzip, false),
        2 => (Mode::InflateRaw, false),
        3 => (Mode::Unzip, false),
        _ => (Mode::BrotliDecode, true),
    };
    // windowBits as JS passes them: 0 ("from the header") for inflate, gunzip and unzip
    // when none is given, else 9..15 (8 only for the zlib format).
    let wb = match (cfg[0] >> 3) % 9 {
        0 if mode != Mode::InflateRaw => 0,
        0 | 8 => 15,
        n => 8 + n as i32,
    };
    let dictionary: &[u8] = if cfg[0] & 0x80 != 0 {
        b"hello world dictionary"
    } else {
        b""
    };
    let window = [1, 7, 64, 1024, 16384, 3, 300, 65536][(cfg[1] & 7) as usize];
    let first = [16384, 1, 64, 100, 7, 4096, 2, 65536][((cfg[1] >> 3) & 7) as usize];

    // One shot (zlib.inflateSync(buf, { maxOutputLength })).
    let finish = if brotli { BROTLI_FINISH } else { Z_FINISH };
    let mut e = engine(mode, wb, dictionary, 6, 0);
    let one = e.run(finish, input, first, window, max_output(window));
    if let Ok((out, used)) = &one {
        assert!(out.len() <= max_output(window) && *used <= input.len());
    }

    // Streamed, in pieces.
    let n_cuts = (cfg[1] >> 6) as usize * 3;
    let cuts: Vec<usize> = (1..=n_cuts)
        .map(|i| input.len() * i / (n_cuts + 1))
        .collect();
    let mut e = engine(mode, wb, dictionary, 6, 0);
    let two = streamed(&mut e, input, &cuts, window, brotli);
    match (&one, &two) {
        (Err(None), _) | (_, Err(None)) => {} // over the limit: cut at different places
        (Ok((a, _)), Ok(b)) => assert_eq!(a, b, "one-shot and streamed outputs differ"),
        (Err(Some(a)), Err(Some(b))) => {
            // zlib-rs 0.6.8 (up to date) replaces the message of an error found on its fast
            // path (big enough windows) with "repeated call with bad state"; docs/compat.md.
            let known = |e: &ZError| e.message == "repeated call with bad state";
            if known(a) || known(b) {
                assert_eq!((&a.code, a.errno), (&b.code, b.errno), "different errors");
            } else {
                assert_eq!(a, b, "different errors");
            }
        }
        (a, b) => panic!("one-shot {a:?} but streamed {b:?}"),
    }

    // Round trip: compress the input in the matching format, decompress it.
    let (cmode, dmode) = match mode {
        Mode::Inflate => (Mode::Deflate, Mode::Inflate),
        Mode::Gunzip => (Mode::Gzip, Mode::Gunzip),
        Mode::InflateRaw => (Mode::DeflateRaw, Mode::InflateRaw),
        Mode::Unzip => (Mode::Gzip, Mode::Unzip),
        _ => (Mode::BrotliEncode, Mode::BrotliDecode),
    };
    // Gzip needs windowBits 9..15; raw deflate turns 8 into 9 as Node's JS does.
    let cwb = if wb < 9 { 9 } else { wb };
    let level = i32::from(cfg[1] % 10);
    let strategy = i32::from(cfg[0] >> 5) % 5;
    let dict = if matches!(mode, Mode::Gunzip | Mode::Unzip) {
        &[][..]
    } else {
        dictionary
    };
    let mut c = engine(cmode, cwb, dict, level, strategy);
    let (z, used) = c
        .run(finish, input, 16384, 16384, usize::MAX)
        .expect("compression failed");
    assert_eq!(used, input.len());
    let dwb = if matches!(dmode, Mode::Inflate | Mode::Gunzip | Mode::Unzip) {
        0
    } else {
        cwb
    };
    let mut d = engine(dmode, dwb, dict, 6, 0);
    let (back, _) = d
        .run(finish, &z, first, window, usize::MAX)
        .expect("decompressing our own output failed");
    assert_eq!(back, input, "round trip");
});
