//! `internalBinding('http_parser')`: the HTTP/1 parser for `node:http` (see
//! [`parse`] for the rules). Parsers are numbered; `execute(id, u8)` parses the bytes and
//! returns what they completed as an array of events:
//!
//! - `[0, major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade, keepAlive,
//!   hostExpect]` (hostExpect: bit 1 a Host header, bit 2 an Expect header)
//! - `[1, start, end]`: body bytes at `u8[start..end]`
//! - `[2, rawTrailers]`: message complete
//! - `[3, code, reason, bytesParsed]`: a parse error (the parser stops)
//! - `[4, offset]`: upgrade; bytes from `offset` belong to the new protocol
//!
//! `finish(id)` signals the end of the stream (same event format).

pub mod head;
pub mod head_tail;
pub mod header_map;
pub mod parse;

use parse::{Event, Kind, ParseError, Parser};
use rode_core::bind;
use rode_core::strings::{chars, Chars};
use rquickjs::{qjs, Array, Ctx, Object, Result, Value};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The engine's class ids of a plain object and an Array.
const JS_CLASS_OBJECT: qjs::JSClassID = 1;
const JS_CLASS_ARRAY: qjs::JSClassID = 2;

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

/// Builds the events' arrays straight with the engine (one call per array, no property
/// stores); values are owned by this builder until the final array takes them.
struct Builder {
    ctx: *mut qjs::JSContext,
    failed: bool,
}

impl Builder {
    /// A JS string of `s`. Header names and methods repeat from request to request: those are
    /// looked up in the engine's atom table, which allocates nothing for a name it knows.
    fn str(&mut self, s: &str, intern: bool) -> qjs::JSValue {
        let v = unsafe {
            // Atoms of ASCII text that doesn't start with a digit are strings (not indexes).
            if intern && !s.is_empty() && s.is_ascii() && !s.as_bytes()[0].is_ascii_digit() {
                let atom = qjs::JS_NewAtomLen(self.ctx, s.as_ptr().cast(), s.len() as _);
                if atom == qjs::JS_ATOM_NULL {
                    qjs::JS_EXCEPTION
                } else {
                    let v = qjs::JS_AtomToString(self.ctx, atom);
                    qjs::JS_FreeAtom(self.ctx, atom);
                    v
                }
            } else {
                qjs::JS_NewStringLen(self.ctx, s.as_ptr().cast(), s.len() as _)
            }
        };
        self.check(v)
    }

    fn check(&mut self, v: qjs::JSValue) -> qjs::JSValue {
        if unsafe { qjs::JS_IsException(v) } {
            self.failed = true;
            return qjs::JS_UNDEFINED;
        }
        v
    }

    /// An array of `values` (taken).
    fn array(&mut self, mut values: Vec<qjs::JSValue>) -> qjs::JSValue {
        // SAFETY: JS_NewArrayFrom takes the values (also when it fails); the Vec only forgets
        // them (JSValue has no destructor).
        let v = unsafe {
            let v = qjs::JS_NewArrayFrom(self.ctx, values.len() as _, values.as_mut_ptr());
            values.set_len(0);
            v
        };
        self.check(v)
    }

    /// `[name, value, name, value, ...]`.
    fn flat(&mut self, pairs: &[(String, String)]) -> qjs::JSValue {
        let mut vals = Vec::with_capacity(pairs.len() * 2);
        for (n, v) in pairs {
            vals.push(self.str(n, true));
            vals.push(self.str(v, false));
        }
        self.array(vals)
    }
}

fn int(n: i32) -> qjs::JSValue {
    qjs::JS_MKVAL(qjs::JS_TAG_INT, n)
}

fn boolean(b: bool) -> qjs::JSValue {
    if b {
        qjs::JS_TRUE
    } else {
        qjs::JS_FALSE
    }
}

/// Which of Host (bit 1) and Expect (bit 2) a message's headers hold (the server's checks
/// for HTTP/1.1 requests, without building `req.headers`).
fn host_and_expect(headers: &[(String, String)]) -> i32 {
    headers.iter().fold(0, |seen, (name, _)| {
        if name.eq_ignore_ascii_case("host") {
            seen | 1
        } else if name.eq_ignore_ascii_case("expect") {
            seen | 2
        } else {
            seen
        }
    })
}

fn events<'js>(ctx: &Ctx<'js>, evs: Vec<Event>, error: Option<ParseError>) -> Result<Array<'js>> {
    let mut b = Builder {
        ctx: ctx.as_raw().as_ptr(),
        failed: false,
    };
    let mut out = Vec::with_capacity(evs.len() + 1);
    for e in evs {
        let ev = match e {
            Event::Head(h) => {
                let fields = vec![
                    int(0),
                    int(h.major as i32),
                    int(h.minor as i32),
                    b.flat(&h.headers),
                    b.str(&h.method, true),
                    b.str(&h.url, false),
                    int(h.status as i32),
                    b.str(&h.reason, true),
                    boolean(h.upgrade),
                    boolean(h.keep_alive),
                    int(host_and_expect(&h.headers)),
                ];
                b.array(fields)
            }
            Event::Body { start, end } => b.array(vec![int(1), int(start as i32), int(end as i32)]),
            Event::Complete { trailers } => {
                let t = b.flat(&trailers);
                b.array(vec![int(2), t])
            }
            Event::Upgrade { offset } => b.array(vec![int(4), int(offset as i32)]),
        };
        out.push(ev);
    }
    if let Some(e) = error {
        let fields = vec![
            int(3),
            b.str(e.code, false),
            b.str(e.reason, false),
            int(e.bytes_parsed as i32),
        ];
        out.push(b.array(fields));
    }
    let all = b.array(out);
    if b.failed {
        unsafe { qjs::JS_FreeValue(b.ctx, all) };
        return Err(rquickjs::Error::Exception);
    }
    let v = unsafe { Value::from_raw(ctx.clone(), all) };
    v.into_array().ok_or(rquickjs::Error::Exception)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("REQUEST", 0)?;
    o.set("RESPONSE", 1)?;
    // finishHead(message, head, seen): the end of _storeHeader (see head_tail.rs).
    o.set("finishHead", head_tail::make(ctx)?)?;
    // makeHeaderFn(kind, jsFunction, kOutHeaders): OutgoingMessage's setHeader (0) or
    // getHeader (1) as a C-level function over the JS one (see header_map.rs).
    bind::func(
        ctx,
        &o,
        "makeHeaderFn",
        |ctx: Ctx<'js>, kind: u32, slow: rquickjs::Function<'js>, key: Value<'js>| {
            header_map::make(&ctx, kind, slow, key)
        },
    )?;
    // (firstLine, headers, isMap, out: Float64Array(2)) → the header block, or undefined when
    // `_storeHeader`'s JS loop must build it (see head.rs). `headers` is a plain object of
    // name → value, or with `isMap` an OutgoingMessage's `kOutHeaders` (key → [name, value],
    // already validated). out[0] gets the head.rs flags, out[1] the Content-Length.
    bind::func(
        ctx,
        &o,
        "storeHeader",
        |ctx: Ctx<'js>,
         first: Value<'js>,
         headers: Value<'js>,
         is_map: bool,
         out: rquickjs::TypedArray<'js, f64>|
         -> Result<Value<'js>> {
            let Some(built) = store_header(&ctx, &first, &headers, is_map) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            if let Some(raw) = out.as_raw() {
                if raw.len() >= 2 * std::mem::size_of::<f64>() {
                    // SAFETY: the array's own storage, 2 or more f64s; no JS runs here.
                    let o =
                        unsafe { std::slice::from_raw_parts_mut(raw.as_ptr().cast::<f64>(), 2) };
                    o[0] = f64::from(built.flags);
                    o[1] = built.content_length;
                }
            }
            rode_core::strings::latin1_from(&ctx, &built.block)
        },
    )?;
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

/// Latin-1 text of a JS string, borrowed from the engine's storage when it is Latin-1
/// (None for other values and for characters above U+00FF).
fn latin1_text<'a>(v: &'a Value<'_>) -> Option<Cow<'a, [u8]>> {
    match chars(v)? {
        Chars::Latin1(b) => Some(Cow::Borrowed(b)),
        Chars::Utf16(u) => u
            .iter()
            .map(|&c| u8::try_from(c).ok())
            .collect::<Option<Vec<u8>>>()
            .map(Cow::Owned),
    }
}

/// `head.add(name: value)` for the values head.rs takes: Latin-1 text, or an integer below
/// 1e15 (whose JS text is its digits; fractions and bigger numbers are left to JS). None
/// to give up.
fn add_header(
    head: &mut head::Head,
    name: &Value<'_>,
    value: &Value<'_>,
    validate: bool,
) -> Option<()> {
    let name = latin1_text(name)?;
    let text;
    let v = if let Some(n) = value.as_int() {
        head::Value::Int(i64::from(n))
    } else if let Some(f) = value.as_float() {
        if f.fract() != 0.0 || f.abs() >= 1e15 {
            return None;
        }
        head::Value::Int(f as i64)
    } else {
        text = latin1_text(value)?;
        head::Value::Text(&text)
    };
    head.add(&name, v, validate).ok()
}

/// The native `_storeHeader` loop (see `storeHeader` above); None to leave it to JS. Reads
/// only own enumerable data properties of a plain object, so giving up runs no JS twice.
fn store_header(
    ctx: &Ctx<'_>,
    first: &Value<'_>,
    headers: &Value<'_>,
    is_map: bool,
) -> Option<head::Head> {
    let first = latin1_text(first)?;
    let raw = ctx.as_raw().as_ptr();
    let obj = headers.as_raw();
    // SAFETY: reads the class of a value.
    if !headers.is_object() || unsafe { qjs::JS_GetClassID(obj) } != JS_CLASS_OBJECT {
        return None; // arrays, proxies, ...
    }
    let mut head = head::Head::new(&first);
    let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
    let mut len: u32 = 0;
    let flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_ENUM_ONLY) as i32;
    // SAFETY: a plain object's own keys (no traps to run).
    if unsafe { qjs::JS_GetOwnPropertyNames(raw, &mut tab, &mut len, obj, flags) } < 0 {
        let _ = ctx.catch();
        return None;
    }
    // One own property into the block; None to give up.
    let mut add = |atom: qjs::JSAtom| -> Option<()> {
        // SAFETY: an own property of a plain object: its descriptor, without calling a getter.
        let mut desc = std::mem::MaybeUninit::<qjs::JSPropertyDescriptor>::uninit();
        let found = unsafe { qjs::JS_GetOwnProperty(raw, desc.as_mut_ptr(), obj, atom) };
        if found < 0 {
            let _ = ctx.catch();
        }
        if found <= 0 {
            return None;
        }
        // SAFETY: filled in by JS_GetOwnProperty (found > 0); the values are ours to free.
        let desc = unsafe { desc.assume_init() };
        let value = unsafe { Value::from_raw(ctx.clone(), desc.value) };
        drop(unsafe { Value::from_raw(ctx.clone(), desc.getter) });
        drop(unsafe { Value::from_raw(ctx.clone(), desc.setter) });
        if desc.flags & qjs::JS_PROP_GETSET as i32 != 0 {
            return None;
        }
        if is_map {
            // kOutHeaders: [name, value] arrays made by setHeader (already validated).
            // SAFETY: reads the class of a value.
            if !value.is_object() || unsafe { qjs::JS_GetClassID(value.as_raw()) } != JS_CLASS_ARRAY
            {
                return None;
            }
            let entry = value.as_object()?;
            let (Ok(name), Ok(val)) = (entry.get::<_, Value>(0), entry.get::<_, Value>(1)) else {
                let _ = ctx.catch();
                return None;
            };
            add_header(&mut head, &name, &val, false)
        } else {
            // SAFETY: the key of an own property, as a string value.
            let key = unsafe { Value::from_raw(ctx.clone(), qjs::JS_AtomToString(raw, atom)) };
            add_header(&mut head, &key, &value, true)
        }
    };
    // SAFETY: `tab` holds `len` entries until freed below.
    let ok = unsafe { std::slice::from_raw_parts(tab, len as usize) }
        .iter()
        .all(|e| add(e.atom).is_some());
    // SAFETY: frees the table JS_GetOwnPropertyNames made.
    unsafe { qjs::JS_FreePropertyEnum(raw, tab, len) };
    ok.then_some(head)
}
