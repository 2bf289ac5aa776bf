//! Hashes and HMACs.
//!
//! | function | does |
//! |---|---|
//! | `hashNew(name, xofLen)` | a hash handle; `xofLen` is -1 or the output length asked for; throws "Digest method not supported" or OpenSSL's error |
//! | `hashCopy(handle, xofLen)` | a copy of the hash's state |
//! | `hashUpdate(handle, data)` | feeds a `Uint8Array` or a string (UTF-8) |
//! | `hashDigest(handle, enc)` | the digest (see `encoded`); the handle is used up |
//! | `hashOnce(name, data, enc)` | digest of `data` in one call (`crypto.hash`); `undefined` for an unknown name |
//! | `digestSize(name)` | the digest's size in bytes, -1 when OpenSSL has no such digest |
//! | `hmacNew(name, key)` | an HMAC handle, or `undefined` for an unknown digest |
//! | `hmacUpdate(handle, data)`, `hmacDigest(handle, enc)` | as for hashes |

use super::error::{CResult, CryptoError};
use super::{encoded, handle, new_handle, with_bytes, State};
use openssl::hash::{Hasher, MessageDigest};
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};

pub struct HashState {
    hasher: Hasher,
    /// Output length in bytes (an XOF's chosen length, or the digest size).
    len: usize,
    /// The digest's own size (an XOF's default length).
    size: usize,
    xof: bool,
}

/// OpenSSL's EVP_MD_FLAG_XOF.
const EVP_MD_FLAG_XOF: u64 = 0x2;

extern "C" {
    // In libcrypto (OpenSSL 3); not re-exported by openssl-sys.
    fn EVP_MD_get_flags(md: *const openssl_sys::EVP_MD) -> std::os::raw::c_ulong;
    fn EVP_MD_get0_name(md: *const openssl_sys::EVP_MD) -> *const std::os::raw::c_char;
}

fn md_flags(md: MessageDigest) -> u64 {
    // SAFETY: `md` is a valid EVP_MD from EVP_get_digestbyname.
    unsafe { EVP_MD_get_flags(md.as_ptr()) as u64 }
}

/// The digest named `name` (OpenSSL's names and aliases, case-insensitive). Digests are
/// fetched from the provider once and kept, so starting a hash does no name lookup in
/// OpenSSL (an implicit fetch on every init is slow); names only the legacy tables know
/// come back unfetched, and fail when used, as in Node.
pub fn digest(name: &str) -> Option<MessageDigest> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static CACHE: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);
    let mut guard = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let cache = guard.get_or_insert_with(HashMap::new);
    if let Some(&p) = cache.get(name) {
        // SAFETY: a fetched EVP_MD kept for the life of the process.
        return Some(unsafe { MessageDigest::from_ptr(p as *const openssl_sys::EVP_MD) });
    }
    let md = MessageDigest::from_name(name)?;
    // SAFETY: `md` is a valid EVP_MD; its canonical name is a static string.
    let canonical = unsafe { EVP_MD_get0_name(md.as_ptr()) };
    if canonical.is_null() {
        return Some(md);
    }
    // SAFETY: fetching by a NUL-terminated name; the result is owned by us (never freed).
    let fetched =
        unsafe { openssl_sys::EVP_MD_fetch(std::ptr::null_mut(), canonical, std::ptr::null()) };
    if fetched.is_null() {
        let _ = openssl::error::ErrorStack::get();
        return Some(md);
    }
    if cache.len() < 256 {
        cache.insert(name.to_string(), fetched as usize);
    }
    // SAFETY: as above.
    Some(unsafe { MessageDigest::from_ptr(fetched) })
}

/// The errors OpenSSL queues when fetching `md` (Node fetches first and reports them ahead
/// of the init failure's own).
fn fetch_errors(md: MessageDigest) -> Vec<super::error::SslErr> {
    // SAFETY: `md` is a valid EVP_MD; a failed fetch returns null and queues errors.
    unsafe {
        let name = EVP_MD_get0_name(md.as_ptr());
        if !name.is_null() {
            let f = openssl_sys::EVP_MD_fetch(std::ptr::null_mut(), name, std::ptr::null());
            if !f.is_null() {
                openssl_sys::EVP_MD_free(f);
            }
        }
    }
    match CryptoError::last() {
        CryptoError::Ssl(v) => v,
        _ => Vec::new(),
    }
}

fn not_xof() -> CryptoError {
    CryptoError::ssl(
        0x030000B2,
        6,
        "digital envelope routines",
        "not XOF or invalid length",
    )
}

impl HashState {
    pub fn new(name: &str, xof_len: Option<usize>) -> CResult<Self> {
        let md = digest(name).ok_or_else(|| CryptoError::msg("Digest method not supported"))?;
        let hasher = match Hasher::new(md) {
            Ok(h) => h,
            Err(stack) => {
                let CryptoError::Ssl(init) = CryptoError::from(stack) else {
                    return Err(CryptoError::msg("Digest method not supported"));
                };
                let mut all = fetch_errors(md);
                all.extend(init);
                return Err(CryptoError::Ssl(all));
            }
        };
        let size = md.size();
        let xof = md_flags(md) & EVP_MD_FLAG_XOF != 0;
        let len = match xof_len {
            Some(n) if n != size => {
                if !xof {
                    return Err(not_xof());
                }
                n
            }
            _ => size,
        };
        Ok(HashState {
            hasher,
            len,
            size,
            xof,
        })
    }

    pub fn update(&mut self, data: &[u8]) -> CResult<()> {
        Ok(self.hasher.update(data)?)
    }

    pub fn finish(&mut self) -> CResult<Vec<u8>> {
        if self.len == 0 {
            return Ok(Vec::new());
        }
        if self.xof {
            let mut out = vec![0u8; self.len];
            self.hasher.finish_xof(&mut out)?;
            Ok(out)
        } else {
            Ok(self.hasher.finish()?.to_vec())
        }
    }
}

/// An HMAC context (OpenSSL's HMAC_CTX, as Node uses).
pub struct HmacState {
    ctx: *mut openssl_sys::HMAC_CTX,
    size: usize,
}

// SAFETY: the context is owned exclusively by this value and OpenSSL contexts may move
// between threads.
unsafe impl Send for HmacState {}

impl Drop for HmacState {
    fn drop(&mut self) {
        // SAFETY: `ctx` came from HMAC_CTX_new and is freed once.
        unsafe { openssl_sys::HMAC_CTX_free(self.ctx) };
    }
}

impl HmacState {
    /// `None` when the digest is unknown.
    pub fn new(md: MessageDigest, key: &[u8]) -> CResult<Self> {
        // SAFETY: a new context, freed by Drop (also on the error paths below).
        let ctx = unsafe { openssl_sys::HMAC_CTX_new() };
        if ctx.is_null() {
            return Err(CryptoError::last());
        }
        let st = HmacState {
            ctx,
            size: md.size(),
        };
        // A null key means "reuse the previous key" to OpenSSL: always pass a real pointer.
        let empty = [0u8; 1];
        let k = if key.is_empty() { &empty[..0] } else { key };
        let kp = if key.is_empty() {
            empty.as_ptr()
        } else {
            k.as_ptr()
        };
        // SAFETY: valid context, key pointer and length, digest.
        let ok = unsafe {
            openssl_sys::HMAC_Init_ex(
                st.ctx,
                kp.cast(),
                k.len() as _,
                md.as_ptr(),
                std::ptr::null_mut(),
            )
        };
        if ok != 1 {
            return Err(CryptoError::last());
        }
        Ok(st)
    }

    pub fn update(&mut self, data: &[u8]) -> CResult<()> {
        // SAFETY: valid context and slice.
        if unsafe { openssl_sys::HMAC_Update(self.ctx, data.as_ptr(), data.len()) } != 1 {
            return Err(CryptoError::last());
        }
        Ok(())
    }

    pub fn finish(&mut self) -> CResult<Vec<u8>> {
        let mut out = vec![0u8; openssl_sys::EVP_MAX_MD_SIZE as usize];
        let mut n: std::os::raw::c_uint = 0;
        // SAFETY: `out` holds EVP_MAX_MD_SIZE bytes, the most HMAC_Final writes.
        if unsafe { openssl_sys::HMAC_Final(self.ctx, out.as_mut_ptr(), &mut n) } != 1 {
            return Err(CryptoError::last());
        }
        out.truncate(n as usize);
        let _ = self.size;
        Ok(out)
    }
}

/// One-shot HMAC (for HKDF and friends).
pub fn hmac(md: MessageDigest, key: &[u8], parts: &[&[u8]]) -> CResult<Vec<u8>> {
    let mut h = HmacState::new(md, key)?;
    for p in parts {
        h.update(p)?;
    }
    h.finish()
}

fn xof_arg(v: f64) -> Option<usize> {
    (v >= 0.0).then_some(v as usize)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "hashNew",
        |ctx: Ctx<'js>, name: String, xof: f64| -> Result<Value<'js>> {
            match HashState::new(&name, xof_arg(xof)) {
                Ok(h) => new_handle(&ctx, State::Hash(h)),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "hashCopy",
        |ctx: Ctx<'js>, h: Value<'js>, xof: f64| -> Result<Value<'js>> {
            let h = handle(&ctx, &h)?;
            let copy = {
                let b = h.borrow();
                let State::Hash(st) = &b.state else {
                    return Err(bind::throw_error(&ctx, "crypto: not a hash"));
                };
                let size = st.size;
                let len = match xof_arg(xof) {
                    Some(n) if n != size => {
                        if !st.xof {
                            return Err(not_xof().throw(&ctx));
                        }
                        n
                    }
                    Some(n) => n,
                    None => size,
                };
                HashState {
                    hasher: st.hasher.clone(),
                    len,
                    size,
                    xof: st.xof,
                }
            };
            new_handle(&ctx, State::Hash(copy))
        },
    )?;
    bind::func(
        ctx,
        o,
        "hashUpdate",
        |ctx: Ctx<'js>, h: Value<'js>, data: Value<'js>| -> Result<bool> {
            let h = handle(&ctx, &h)?;
            let mut b = h.borrow_mut();
            let r = match &mut b.state {
                State::Hash(st) => with_bytes(&ctx, &data, |d| st.update(d))?,
                State::Hmac(st) => with_bytes(&ctx, &data, |d| st.update(d))?,
                State::Sign(st) => with_bytes(&ctx, &data, |d| st.update(d))?,
                _ => return Ok(false),
            };
            Ok(r.is_ok())
        },
    )?;
    bind::func(
        ctx,
        o,
        "hashDigest",
        |ctx: Ctx<'js>, h: Value<'js>, enc: i32| -> Result<Value<'js>> {
            let h = handle(&ctx, &h)?;
            let r = {
                let mut b = h.borrow_mut();
                let r = match &mut b.state {
                    State::Hash(st) => st.finish(),
                    State::Hmac(st) => st.finish(),
                    _ => Ok(Vec::new()),
                };
                b.state = State::Done;
                r
            };
            match r {
                Ok(bytes) => encoded(&ctx, bytes, enc),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "hashOnce",
        |ctx: Ctx<'js>, name: String, data: Value<'js>, enc: i32| -> Result<Value<'js>> {
            let Some(md) = digest(&name) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            let r = with_bytes(&ctx, &data, |d| -> CResult<Vec<u8>> {
                if md_flags(md) & EVP_MD_FLAG_XOF != 0 {
                    let mut out = vec![0u8; md.size()];
                    openssl::hash::hash_xof(md, d, &mut out)?;
                    Ok(out)
                } else {
                    Ok(openssl::hash::hash(md, d)?.to_vec())
                }
            })?;
            match r {
                Ok(bytes) => encoded(&ctx, bytes, enc),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(ctx, o, "digestSize", |name: String| -> i32 {
        digest(&name).map_or(-1, |md| md.size() as i32)
    })?;
    bind::func(
        ctx,
        o,
        "hmacNew",
        |ctx: Ctx<'js>, name: String, key: Value<'js>| -> Result<Value<'js>> {
            let Some(md) = digest(&name) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            match with_bytes(&ctx, &key, |k| HmacState::new(md, k))? {
                Ok(h) => new_handle(&ctx, State::Hmac(h)),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    Ok(())
}
