//! `internalBinding('http_parser')`: the HTTP/1 parser for `node:http` (see
//! [`parse`] for the rules). Parsers are numbered; `execute(id, u8)` parses the bytes and
//! returns what they completed as an array of events:
//!
//! - `[0, major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade, keepAlive]`
//! - `[1, start, end]`: body bytes at `u8[start..end]`
//! - `[2, rawTrailers]`: message complete
//! - `[3, code, reason, bytesParsed]`: a parse error (the parser stops)
//! - `[4, offset]`: upgrade; bytes from `offset` belong to the new protocol
//!
//! `finish(id)` signals the end of the stream (same event format).

pub mod parse;

use parse::{Event, Kind, ParseError, Parser};
use rode_core::bind;
use rquickjs::{Array, Ctx, Object, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    static PARSERS: RefCell<HashMap<u32, Parser>> = RefCell::new(HashMap::new());
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

fn kind_of(k: i32) -> Kind {
    if k == 0 {
        Kind::Request
    } else {
        Kind::Response
    }
}

fn flat<'js>(ctx: &Ctx<'js>, pairs: Vec<(String, String)>) -> Result<Array<'js>> {
    let a = Array::new(ctx.clone())?;
    for (i, (n, v)) in pairs.into_iter().enumerate() {
        a.set(i * 2, n)?;
        a.set(i * 2 + 1, v)?;
    }
    Ok(a)
}

fn events<'js>(ctx: &Ctx<'js>, evs: Vec<Event>, error: Option<ParseError>) -> Result<Array<'js>> {
    let out = Array::new(ctx.clone())?;
    let mut i = 0;
    for e in evs {
        let a = Array::new(ctx.clone())?;
        match e {
            Event::Head(h) => {
                a.set(0, 0)?;
                a.set(1, h.major)?;
                a.set(2, h.minor)?;
                a.set(3, flat(ctx, h.headers)?)?;
                a.set(4, h.method)?;
                a.set(5, h.url)?;
                a.set(6, h.status)?;
                a.set(7, h.reason)?;
                a.set(8, h.upgrade)?;
                a.set(9, h.keep_alive)?;
            }
            Event::Body { start, end } => {
                a.set(0, 1)?;
                a.set(1, start as u32)?;
                a.set(2, end as u32)?;
            }
            Event::Complete { trailers } => {
                a.set(0, 2)?;
                a.set(1, flat(ctx, trailers)?)?;
            }
            Event::Upgrade { offset } => {
                a.set(0, 4)?;
                a.set(1, offset as u32)?;
            }
        }
        out.set(i, a)?;
        i += 1;
    }
    if let Some(e) = error {
        let a = Array::new(ctx.clone())?;
        a.set(0, 3)?;
        a.set(1, e.code)?;
        a.set(2, e.reason)?;
        a.set(3, e.bytes_parsed as u32)?;
        out.set(i, a)?;
    }
    Ok(out)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("REQUEST", 0)?;
    o.set("RESPONSE", 1)?;
    bind::func(ctx, &o, "create", |kind: i32, max_header_size: u32| {
        let id = NEXT.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1).max(1));
            id
        });
        let p = Parser::new(kind_of(kind), max_header_size as usize);
        PARSERS.with(|m| m.borrow_mut().insert(id, p));
        id
    })?;
    bind::func(
        ctx,
        &o,
        "reset",
        |id: u32, kind: i32, max_header_size: u32| {
            PARSERS.with(|m| {
                if let Some(p) = m.borrow_mut().get_mut(&id) {
                    p.reset(kind_of(kind), max_header_size as usize);
                }
            })
        },
    )?;
    bind::func(ctx, &o, "free", |id: u32| {
        PARSERS.with(|m| m.borrow_mut().remove(&id));
    })?;
    // What the next response answers: 1 a HEAD request (no body), 2 CONNECT, 0 other.
    bind::func(ctx, &o, "setResponseTo", |id: u32, what: u8| {
        PARSERS.with(|m| {
            if let Some(p) = m.borrow_mut().get_mut(&id) {
                p.response_to = what;
            }
        })
    })?;
    // Which requests switch protocol: 1 Upgrade, 2 CONNECT (bits; see `Parser::upgrade_mask`).
    bind::func(ctx, &o, "setUpgradeMask", |id: u32, mask: u8| {
        PARSERS.with(|m| {
            if let Some(p) = m.borrow_mut().get_mut(&id) {
                p.upgrade_mask = mask;
            }
        })
    })?;
    bind::func(ctx, &o, "inMessage", |id: u32| {
        PARSERS.with(|m| m.borrow().get(&id).is_some_and(|p| p.in_message()))
    })?;
    bind::func(
        ctx,
        &o,
        "execute",
        |ctx: Ctx<'js>, id: u32, data: Value<'js>| {
            let bytes = data
                .as_object()
                .and_then(|o| o.as_typed_array::<u8>())
                .and_then(|t| unsafe { t.as_bytes() })
                .unwrap_or(&[]);
            let mut evs = Vec::new();
            let r = PARSERS.with(|m| match m.borrow_mut().get_mut(&id) {
                Some(p) => p.execute(bytes, &mut evs),
                None => Ok(()),
            });
            events(&ctx, evs, r.err())
        },
    )?;
    bind::func(ctx, &o, "finish", |ctx: Ctx<'js>, id: u32| {
        let mut evs = Vec::new();
        let r = PARSERS.with(|m| match m.borrow_mut().get_mut(&id) {
            Some(p) => p.finish(&mut evs),
            None => Ok(()),
        });
        events(&ctx, evs, r.err())
    })?;
    Ok(o)
}
