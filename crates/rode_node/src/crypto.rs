//! `internalBinding('crypto')`: the native half of `node:crypto`, on the system's OpenSSL 3
//! (the library Node itself is built on, so names, results and OpenSSL error texts match).
//!
//! # Contract
//!
//! JS (`js/crypto.js`, `js/internal/crypto/*.js`) validates every argument with Node's errors
//! first. Conventions for the functions here:
//!
//! - byte inputs are `Uint8Array`s (JS turns ArrayBuffers, DataViews and other views into
//!   `Uint8Array`s over the same memory); a few accept a JS string, hashed as UTF-8.
//! - byte outputs are `ArrayBuffer`s (JS wraps them in a Buffer without copying); digests can
//!   also come back as strings: `enc` is the buffer binding's encoding number (4 base64,
//!   5 base64url, 6 hex); any other number returns an `ArrayBuffer`.
//! - stateful objects (hashes, HMACs, ciphers, keys, …) are `Handle`s: JS objects owning Rust
//!   state, freed by the garbage collector.
//! - failures inside OpenSSL throw Node's OpenSSL errors (`error:1C800064:Provider
//!   routines::bad decrypt`, with `library`, `reason`, `code`, `opensslErrorStack`);
//!   other failures throw the plain `Error` Node throws there.
//! - async forms take a trailing callback `(err, result)`: the work runs on the blocking
//!   pool (`event_loop::spawn_blocking_op`) and the callback runs in the poll phase; without
//!   a callback the work runs now and the result is returned.
//!
//! See the submodules for each group of functions.

mod cipher;
mod dh;
mod error;
mod hash;
mod kdf;
mod keys;
mod lists;
mod sig;
mod webcrypto;
pub(crate) mod x509;

use rode_core::{bind, event_loop};
use rquickjs::class::{JsClass, Trace, Tracer, Writable};
use rquickjs::{
    qjs, ArrayBuffer, Class, Ctx, Function, JsLifetime, Object, Persistent, Result, Value,
};

pub use error::CryptoError;

/// The key parsers and exporters the `keyParse`/`keyJwkImport` bindings run, for the fuzz
/// targets in `fuzz/` (not an API).
#[doc(hidden)]
pub mod fuzzing {
    pub use super::keys::{
        details, export_private, export_public, jwk_export, jwk_import, key_equals, parse_private,
        parse_public, type_name, Detail, Exported, JwkPart, KeyData,
    };
}

/// What a native handle owns.
pub enum State {
    Hash(hash::HashState),
    Hmac(hash::HmacState),
    Cipher(cipher::CipherState),
    Key(keys::KeyData),
    Sign(sig::SignState),
    Ecdh(keys::EcdhState),
    Dh(keys::DhState),
    X509(openssl::x509::X509),
    /// Used up (finalized objects whose state was dropped).
    Done,
}

/// A JS object owning native crypto state (freed with the object).
pub struct Handle {
    pub state: State,
}

unsafe impl<'js> JsLifetime<'js> for Handle {
    type Changed<'to> = Handle;
}

impl<'js> Trace<'js> for Handle {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}

impl<'js> JsClass<'js> for Handle {
    const NAME: &'static str = "CryptoHandle";
    type Mutable = Writable;

    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

/// A new handle object owning `state`.
pub fn new_handle<'js>(ctx: &Ctx<'js>, state: State) -> Result<Value<'js>> {
    Ok(Class::instance(ctx.clone(), Handle { state })?.into_value())
}

/// The handle behind a JS value (a TypeError if it is not one).
pub fn handle<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Class<'js, Handle>> {
    Class::<Handle>::from_value(v)
        .map_err(|_| rquickjs::Exception::throw_type(ctx, "crypto: expected a native handle"))
}

fn raw_ctx(ctx: &Ctx<'_>) -> *mut qjs::JSContext {
    ctx.as_raw().as_ptr()
}

/// Runs `f` over the bytes of a `Uint8Array` (or the UTF-8 of a string), without copying.
pub fn with_bytes<R>(ctx: &Ctx<'_>, v: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    if v.is_string() {
        let mut len: qjs::size_t = 0;
        // SAFETY: the returned pointer stays valid until JS_FreeCString below.
        let p = unsafe { qjs::JS_ToCStringLen2(raw_ctx(ctx), &mut len, v.as_raw(), false) };
        if p.is_null() {
            return Err(rquickjs::Error::Exception);
        }
        // SAFETY: `p` points at `len` bytes owned by the engine until freed.
        let wtf8 = unsafe { std::slice::from_raw_parts(p as *const u8, len as usize) };
        // Lone surrogates become U+FFFD, as in Node's UTF-8 encoding.
        let r = f(&crate::buffer::codec::to_utf8(wtf8));
        unsafe { qjs::JS_FreeCString(raw_ctx(ctx), p) };
        return Ok(r);
    }
    let mut len: qjs::size_t = 0;
    // SAFETY: a plain query; on failure the engine sets a pending TypeError.
    let p = unsafe { qjs::JS_GetUint8Array(raw_ctx(ctx), &mut len, v.as_raw()) };
    if p.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: `p..p+len` is the view's memory; no JS runs while the slice lives.
    Ok(f(unsafe { std::slice::from_raw_parts(p, len as usize) }))
}

/// Runs `f` over the bytes of a `Uint8Array`, writable.
pub fn with_bytes_mut<R>(
    ctx: &Ctx<'_>,
    v: &Value<'_>,
    f: impl FnOnce(&mut [u8]) -> R,
) -> Result<R> {
    let mut len: qjs::size_t = 0;
    // SAFETY: as in `with_bytes`.
    let p = unsafe { qjs::JS_GetUint8Array(raw_ctx(ctx), &mut len, v.as_raw()) };
    if p.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: the view's memory; JS cannot observe it while `f` runs.
    Ok(f(unsafe {
        std::slice::from_raw_parts_mut(p, len as usize)
    }))
}

/// A copy of the bytes (for work that runs off the JS thread).
pub fn bytes_vec(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<Vec<u8>> {
    with_bytes(ctx, v, |b| b.to_vec())
}

/// Optional bytes: `undefined`/`null` → None.
pub fn opt_bytes_vec(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<Option<Vec<u8>>> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    bytes_vec(ctx, v).map(Some)
}

/// A new `ArrayBuffer` owning `bytes`.
pub fn array_buffer<'js>(ctx: &Ctx<'js>, bytes: Vec<u8>) -> Result<Value<'js>> {
    Ok(ArrayBuffer::new(ctx.clone(), bytes)?.into_value())
}

/// Bytes as JS: a string for hex (6), base64 (4) and base64url (5), an `ArrayBuffer` otherwise.
pub fn encoded<'js>(ctx: &Ctx<'js>, bytes: Vec<u8>, enc: i32) -> Result<Value<'js>> {
    use crate::buffer::codec;
    let s = match enc {
        6 => codec::encode_hex(&bytes),
        4 => codec::encode_base64(&bytes, false),
        5 => codec::encode_base64(&bytes, true),
        _ => return array_buffer(ctx, bytes),
    };
    Ok(rquickjs::String::from_str(ctx.clone(), &s)?.into_value())
}

/// A JS string argument (JS has validated it is one).
pub fn string_arg(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<String> {
    match v.as_string() {
        Some(s) => s.to_string(),
        None => Err(rquickjs::Exception::throw_type(
            ctx,
            "crypto: expected a string",
        )),
    }
}

/// What finished work hands back to JS.
pub enum Out {
    Undefined,
    Bool(bool),
    Bytes(Vec<u8>),
    /// A key pair or a single key, made into handles on the JS thread.
    Keys(Vec<keys::KeyData>),
}

impl Out {
    fn into_js<'js>(self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        Ok(match self {
            Out::Undefined => Value::new_undefined(ctx.clone()),
            Out::Bool(b) => Value::new_bool(ctx.clone(), b),
            Out::Bytes(b) => array_buffer(ctx, b)?,
            Out::Keys(list) => {
                let arr = rquickjs::Array::new(ctx.clone())?;
                for (i, k) in list.into_iter().enumerate() {
                    arr.set(i, new_handle(ctx, State::Key(k))?)?;
                }
                arr.into_value()
            }
        })
    }
}

pub type Job = std::result::Result<Out, CryptoError>;

/// Runs `work` now (no callback: returns the result or throws) or on the blocking pool
/// (`cb` a function: called later with `(err)` or `(null, result)`).
pub fn run_job<'js, W>(ctx: &Ctx<'js>, cb: Value<'js>, work: W) -> Result<Value<'js>>
where
    W: FnOnce() -> Job + Send + 'static,
{
    let Some(f) = cb.as_function() else {
        return match work() {
            Ok(out) => out.into_js(ctx),
            Err(e) => Err(e.throw(ctx)),
        };
    };
    let cb: Persistent<Function<'static>> = Persistent::save(ctx, f.clone());
    event_loop::spawn_blocking_op(work, move |ctx, r: Job| {
        let cb = cb.restore(ctx)?;
        match r {
            Ok(out) => {
                let v = out.into_js(ctx)?;
                cb.call::<_, ()>((Value::new_null(ctx.clone()), v))
            }
            Err(e) => {
                let err = e.to_js(ctx)?;
                cb.call::<_, ()>((err,))
            }
        }
    });
    Ok(Value::new_undefined(ctx.clone()))
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("opensslVersionNumber", openssl::version::number() as f64)?;
    hash::init(ctx, &o)?;
    kdf::init(ctx, &o)?;
    kdf::init_primes(ctx, &o)?;
    lists::init(ctx, &o)?;
    cipher::init(ctx, &o)?;
    keys::init(ctx, &o)?;
    sig::init(ctx, &o)?;
    dh::init(ctx, &o)?;
    x509::init(ctx, &o)?;
    webcrypto::init(ctx, &o)?;
    bind::func(
        ctx,
        &o,
        "timingSafeEqual",
        |ctx: Ctx<'js>, a: Value<'js>, b: Value<'js>| -> Result<bool> {
            let a = bytes_vec(&ctx, &a)?;
            with_bytes(&ctx, &b, |b| {
                a.len() == b.len() && openssl::memcmp::eq(&a, b)
            })
        },
    )?;
    // randomFill(u8): fills the array from OpenSSL's CSPRNG (JS calls it in slices).
    bind::func(
        ctx,
        &o,
        "randomFill",
        |ctx: Ctx<'js>, v: Value<'js>| -> Result<()> {
            let r = with_bytes_mut(&ctx, &v, openssl::rand::rand_bytes)?;
            r.map_err(|e| CryptoError::from(e).throw(&ctx))
        },
    )?;
    // randomBytes(size, cb?): a new ArrayBuffer of random bytes.
    bind::func(
        ctx,
        &o,
        "randomBytes",
        |ctx: Ctx<'js>, size: f64, cb: Value<'js>| -> Result<Value<'js>> {
            let n = size.max(0.0) as usize;
            run_job(&ctx, cb, move || {
                let mut v = vec![0u8; n];
                openssl::rand::rand_bytes(&mut v)?;
                Ok(Out::Bytes(v))
            })
        },
    )?;
    Ok(o)
}
