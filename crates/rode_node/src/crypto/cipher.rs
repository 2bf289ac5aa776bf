//! Symmetric ciphers (`Cipheriv`/`Decipheriv`), on OpenSSL's EVP_CIPHER_CTX with Node's
//! rules for IVs, key lengths, authentication tags and CCM message lengths.
//!
//! | function | does |
//! |---|---|
//! | `cipherNew(name, key, iv, authTagLength, decrypt)` | a cipher handle; `iv` may be null, `authTagLength` -1 for none; throws Node's errors (unknown cipher, invalid IV / key length / tag length) |
//! | `cipherUpdate(h, data)` | the output bytes (`ArrayBuffer`) |
//! | `cipherFinal(h)` | the last output bytes; the handle is used up |
//! | `cipherSetAAD(h, aad, plaintextLength)` | false when the state does not allow it |
//! | `cipherSetAutoPadding(h, on)` | false after final |
//! | `cipherGetAuthTag(h)` | the tag (`ArrayBuffer`), or undefined when there is none yet |
//! | `cipherSetAuthTag(h, tag)` | false when the state does not allow it |
//! | `cipherInfo(nameOrNid, keyLength, ivLength)` | `[mode, name, nid, blockSize, ivLength, keyLength]` or undefined |
//!
//! The OpenSSL calls go through openssl-sys directly (rust-openssl's `CipherCtx` asserts on
//! sizes Node reports as errors); each unsafe call is on a context this module owns.

use super::error::{CResult, CryptoError};
use super::{array_buffer, handle, new_handle, with_bytes, State};
use openssl_sys as ffi;
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};
use std::ffi::{c_char, c_int, c_ulong, CString};

extern "C" {
    // In libcrypto (OpenSSL 3); not all re-exported by openssl-sys.
    fn EVP_get_cipherbyname(name: *const c_char) -> *const ffi::EVP_CIPHER;
    fn EVP_CIPHER_get_flags(c: *const ffi::EVP_CIPHER) -> c_ulong;
    fn EVP_CIPHER_get_nid(c: *const ffi::EVP_CIPHER) -> c_int;
    fn EVP_CIPHER_get_iv_length(c: *const ffi::EVP_CIPHER) -> c_int;
    fn EVP_CIPHER_get_key_length(c: *const ffi::EVP_CIPHER) -> c_int;
    fn EVP_CIPHER_get_block_size(c: *const ffi::EVP_CIPHER) -> c_int;
    fn EVP_CipherFinal_ex(ctx: *mut ffi::EVP_CIPHER_CTX, out: *mut u8, len: *mut c_int) -> c_int;
}

const MODE_MASK: c_ulong = 0xF0007;
const MODE_STREAM: c_ulong = 0x0;
const MODE_ECB: c_ulong = 0x1;
const MODE_CBC: c_ulong = 0x2;
const MODE_CFB: c_ulong = 0x3;
const MODE_OFB: c_ulong = 0x4;
const MODE_CTR: c_ulong = 0x5;
const MODE_GCM: c_ulong = 0x6;
const MODE_CCM: c_ulong = 0x7;
const MODE_XTS: c_ulong = 0x10001;
const MODE_WRAP: c_ulong = 0x10002;
const MODE_OCB: c_ulong = 0x10003;
const CTX_FLAG_WRAP_ALLOW: c_int = 0x1;
const CTRL_AEAD_SET_IVLEN: c_int = 0x9;
const CTRL_AEAD_GET_TAG: c_int = 0x10;
const CTRL_AEAD_SET_TAG: c_int = 0x11;
const NID_CHACHA20_POLY1305: c_int = 1018;

/// A cipher OpenSSL knows by this name (or alias); null when unknown.
fn cipher_by_name(name: &str) -> *const ffi::EVP_CIPHER {
    let Ok(c) = CString::new(name) else {
        return std::ptr::null();
    };
    // SAFETY: a lookup by a NUL-terminated name; returns a static object or null.
    unsafe { EVP_get_cipherbyname(c.as_ptr()) }
}

fn cipher_by_nid(nid: i32) -> *const ffi::EVP_CIPHER {
    // SAFETY: OBJ_nid2sn returns a static name or null.
    let sn = unsafe { ffi::OBJ_nid2sn(nid) };
    if sn.is_null() {
        return std::ptr::null();
    }
    // SAFETY: as in `cipher_by_name`.
    unsafe { EVP_get_cipherbyname(sn) }
}

/// Facts about a (non-null) EVP_CIPHER.
#[derive(Clone, Copy)]
struct Info {
    mode: c_ulong,
    nid: c_int,
    iv_len: usize,
    key_len: usize,
    block: usize,
}

fn info(c: *const ffi::EVP_CIPHER) -> Info {
    // SAFETY: `c` is a valid cipher from EVP_get_cipherbyname.
    unsafe {
        Info {
            mode: EVP_CIPHER_get_flags(c) & MODE_MASK,
            nid: EVP_CIPHER_get_nid(c),
            iv_len: EVP_CIPHER_get_iv_length(c).max(0) as usize,
            key_len: EVP_CIPHER_get_key_length(c).max(0) as usize,
            block: EVP_CIPHER_get_block_size(c).max(1) as usize,
        }
    }
}

impl Info {
    fn is_auth(&self) -> bool {
        matches!(self.mode, MODE_GCM | MODE_CCM | MODE_OCB) || self.nid == NID_CHACHA20_POLY1305
    }
}

fn valid_gcm_tag_len(n: usize) -> bool {
    n == 4 || n == 8 || (12..=16).contains(&n)
}

/// An owned EVP_CIPHER_CTX.
struct RawCtx(*mut ffi::EVP_CIPHER_CTX);

impl Drop for RawCtx {
    fn drop(&mut self) {
        // SAFETY: created by EVP_CIPHER_CTX_new, freed once.
        unsafe { ffi::EVP_CIPHER_CTX_free(self.0) };
    }
}

// SAFETY: the context is owned by this value alone.
unsafe impl Send for RawCtx {}

#[derive(PartialEq, Clone, Copy)]
enum TagState {
    Unknown,
    Known,
    Passed,
}

pub struct CipherState {
    ctx: Option<RawCtx>,
    encrypt: bool,
    info: Info,
    /// The tag length chosen (None: not yet known, GCM only).
    tag_len: Option<usize>,
    tag: [u8; 16],
    tag_state: TagState,
    pending_auth_failed: bool,
    max_message: usize,
    /// After final: the tag computed when encrypting in an authenticated mode.
    final_tag: Option<Vec<u8>>,
}

fn coded(code: &'static str, class: &'static str, msg: impl Into<String>) -> CryptoError {
    CryptoError::Coded(code, class, msg.into())
}

fn invalid_iv() -> CryptoError {
    coded(
        "ERR_CRYPTO_INVALID_IV",
        "TypeError",
        "Invalid initialization vector",
    )
}

fn invalid_tag(n: usize) -> CryptoError {
    coded(
        "ERR_CRYPTO_INVALID_AUTH_TAG",
        "TypeError",
        format!("Invalid authentication tag length: {n}"),
    )
}

impl CipherState {
    pub fn new(
        name: &str,
        key: &[u8],
        iv: Option<&[u8]>,
        tag_len: Option<usize>,
        decrypt: bool,
    ) -> CResult<Self> {
        let cipher = cipher_by_name(name);
        if cipher.is_null() {
            return Err(coded(
                "ERR_CRYPTO_UNKNOWN_CIPHER",
                "Error",
                "Unknown cipher",
            ));
        }
        let info = info(cipher);
        let iv = iv.unwrap_or(&[]);
        let is_auth = info.is_auth();
        if iv.is_empty() && info.iv_len != 0 {
            return Err(invalid_iv());
        }
        if !is_auth && !iv.is_empty() && iv.len() != info.iv_len {
            return Err(invalid_iv());
        }
        if info.nid == NID_CHACHA20_POLY1305 && iv.len() > 12 {
            return Err(invalid_iv());
        }
        // SAFETY: a new context, owned by `raw` (freed on every path).
        let raw = RawCtx(unsafe { ffi::EVP_CIPHER_CTX_new() });
        if raw.0.is_null() {
            return Err(CryptoError::last());
        }
        let enc = c_int::from(!decrypt);
        // SAFETY: valid context and cipher; no key or IV yet.
        unsafe {
            if info.mode == MODE_WRAP {
                ffi::EVP_CIPHER_CTX_set_flags(raw.0, CTX_FLAG_WRAP_ALLOW);
            }
            if ffi::EVP_CipherInit_ex(
                raw.0,
                cipher,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
                enc,
            ) != 1
            {
                return Err(CryptoError::last_or("Failed to initialize cipher"));
            }
        }
        let mut st = CipherState {
            ctx: None,
            encrypt: !decrypt,
            info,
            tag_len: None,
            tag: [0; 16],
            tag_state: TagState::Unknown,
            pending_auth_failed: false,
            max_message: usize::MAX,
            final_tag: None,
        };
        if is_auth {
            st.init_authenticated(&raw, name, iv.len(), tag_len)?;
        }
        // SAFETY: valid context; key and IV slices outlive the calls.
        unsafe {
            if ffi::EVP_CIPHER_CTX_set_key_length(raw.0, key.len() as c_int) != 1 {
                let _ = openssl::error::ErrorStack::get();
                return Err(coded(
                    "ERR_CRYPTO_INVALID_KEYLEN",
                    "RangeError",
                    "Invalid key length",
                ));
            }
            let ivp = if iv.is_empty() {
                std::ptr::null()
            } else {
                iv.as_ptr()
            };
            if ffi::EVP_CipherInit_ex(
                raw.0,
                std::ptr::null(),
                std::ptr::null_mut(),
                key.as_ptr(),
                ivp,
                enc,
            ) != 1
            {
                return Err(CryptoError::last_or("Failed to initialize cipher"));
            }
        }
        st.ctx = Some(raw);
        Ok(st)
    }

    fn init_authenticated(
        &mut self,
        raw: &RawCtx,
        name: &str,
        iv_len: usize,
        tag_len: Option<usize>,
    ) -> CResult<()> {
        // SAFETY: valid context; a ctrl with no pointer argument.
        if unsafe {
            ffi::EVP_CIPHER_CTX_ctrl(
                raw.0,
                CTRL_AEAD_SET_IVLEN,
                iv_len as c_int,
                std::ptr::null_mut(),
            )
        } != 1
        {
            let _ = openssl::error::ErrorStack::get();
            return Err(invalid_iv());
        }
        if self.info.mode == MODE_GCM {
            if let Some(n) = tag_len {
                if !valid_gcm_tag_len(n) {
                    return Err(invalid_tag(n));
                }
                self.tag_len = Some(n);
            }
            return Ok(());
        }
        let n = match tag_len {
            Some(n) => n,
            None if self.info.nid == NID_CHACHA20_POLY1305 => 16,
            None => {
                return Err(coded(
                    "ERR_CRYPTO_INVALID_AUTH_TAG",
                    "TypeError",
                    format!("authTagLength required for {name}"),
                ))
            }
        };
        // SAFETY: as above; a null tag pointer only sets the length.
        if n > 16
            || unsafe {
                ffi::EVP_CIPHER_CTX_ctrl(raw.0, CTRL_AEAD_SET_TAG, n as c_int, std::ptr::null_mut())
            } != 1
        {
            let _ = openssl::error::ErrorStack::get();
            return Err(invalid_tag(n));
        }
        self.tag_len = Some(n);
        if self.info.mode == MODE_CCM {
            self.max_message = match iv_len {
                12 => 16_777_215,
                13 => 65_535,
                _ => i32::MAX as usize,
            };
        }
        Ok(())
    }

    fn check_ccm_length(&self, len: usize) -> CResult<()> {
        if len > self.max_message {
            return Err(coded(
                "ERR_CRYPTO_INVALID_MESSAGELEN",
                "RangeError",
                "Invalid message length",
            ));
        }
        Ok(())
    }

    /// Hands a tag set with setAuthTag to OpenSSL (once).
    fn pass_tag(&mut self) -> bool {
        if self.tag_state != TagState::Known {
            return true;
        }
        let Some(ctx) = &self.ctx else { return false };
        let n = self.tag_len.unwrap_or(16);
        // SAFETY: valid context; `tag` holds at least `n` (<= 16) bytes.
        let ok = unsafe {
            ffi::EVP_CIPHER_CTX_ctrl(
                ctx.0,
                CTRL_AEAD_SET_TAG,
                n as c_int,
                self.tag.as_mut_ptr().cast(),
            )
        } == 1;
        if ok {
            self.tag_state = TagState::Passed;
        }
        ok
    }

    fn unsupported_state() -> CryptoError {
        // Node reports failed updates with this message alone.
        let _ = openssl::error::ErrorStack::get();
        CryptoError::msg("Trying to add data in unsupported state")
    }

    pub fn update(&mut self, data: &[u8]) -> CResult<Vec<u8>> {
        if self.ctx.is_none() {
            return Err(Self::unsupported_state());
        }
        if self.info.mode == MODE_CCM {
            self.check_ccm_length(data.len())?;
        }
        if !self.encrypt && self.info.is_auth() {
            self.pass_tag();
        }
        let ctx = self
            .ctx
            .as_ref()
            .map(|c| c.0)
            .unwrap_or(std::ptr::null_mut());
        let block = self.info.block;
        let mut out_len: c_int = (data.len() + block) as c_int;
        if data.len() + block > i32::MAX as usize {
            return Err(Self::unsupported_state());
        }
        // Key wrapping tells the output size when asked with a null output.
        if self.encrypt
            && self.info.mode == MODE_WRAP
            // SAFETY: a size query on a valid context.
            && unsafe {
                ffi::EVP_CipherUpdate(
                    ctx,
                    std::ptr::null_mut(),
                    &mut out_len,
                    data.as_ptr(),
                    data.len() as c_int,
                )
            } != 1
        {
            return Err(Self::unsupported_state());
        }
        // Not zeroed: OpenSSL writes the first `n` bytes, and only those are kept.
        let mut out: Vec<u8> = Vec::with_capacity(out_len.max(0) as usize);
        let mut n: c_int = out_len;
        // SAFETY: `out` has room for len + block size bytes, the most an update writes.
        let r = unsafe {
            ffi::EVP_CipherUpdate(
                ctx,
                out.as_mut_ptr(),
                &mut n,
                data.as_ptr(),
                data.len() as c_int,
            )
        };
        if r != 1 && !self.encrypt && self.info.mode == MODE_CCM {
            // A bad CCM tag fails here; Node reports it from final().
            let _ = openssl::error::ErrorStack::get();
            self.pending_auth_failed = true;
            return Ok(Vec::new());
        }
        if r != 1 {
            return Err(Self::unsupported_state());
        }
        // SAFETY: OpenSSL initialized the first `n` bytes (n <= capacity).
        unsafe { out.set_len((n.max(0) as usize).min(out.capacity())) };
        Ok(out)
    }

    pub fn finish(&mut self) -> CResult<Vec<u8>> {
        if self.ctx.is_none() {
            return Err(coded("ERR_CRYPTO_INVALID_STATE", "Error", "Invalid state"));
        }
        let is_auth = self.info.is_auth();
        if !self.encrypt && is_auth {
            self.pass_tag();
        }
        let Some(ctx) = self.ctx.take() else {
            return Err(coded("ERR_CRYPTO_INVALID_STATE", "Error", "Invalid state"));
        };
        let fail = |_: ()| {
            CryptoError::last_or(if is_auth {
                "Unsupported state or unable to authenticate data"
            } else {
                "Unsupported state"
            })
        };
        if !self.encrypt && self.info.mode == MODE_CCM {
            return if self.pending_auth_failed {
                Err(fail(()))
            } else {
                Ok(Vec::new())
            };
        }
        let mut out = vec![0u8; self.info.block.max(16) * 2];
        let mut n: c_int = out.len() as c_int;
        // SAFETY: `out` is larger than one block, the most a final writes.
        if unsafe { EVP_CipherFinal_ex(ctx.0, out.as_mut_ptr(), &mut n) } != 1 {
            return Err(fail(()));
        }
        out.truncate(n.max(0) as usize);
        if self.encrypt && is_auth {
            let len = self.tag_len.unwrap_or(16);
            let mut tag = vec![0u8; len];
            // SAFETY: `tag` holds `len` bytes.
            if unsafe {
                ffi::EVP_CIPHER_CTX_ctrl(
                    ctx.0,
                    CTRL_AEAD_GET_TAG,
                    len as c_int,
                    tag.as_mut_ptr().cast(),
                )
            } != 1
            {
                return Err(fail(()));
            }
            self.final_tag = Some(tag);
        }
        Ok(out)
    }

    /// `Ok(false)`: the state does not allow AAD now.
    pub fn set_aad(&mut self, aad: &[u8], plaintext_len: Option<usize>) -> CResult<bool> {
        if self.ctx.is_none() || !self.info.is_auth() {
            return Ok(false);
        }
        let mut outl: c_int = 0;
        if self.info.mode == MODE_CCM {
            let Some(len) = plaintext_len else {
                return Err(coded(
                    "ERR_MISSING_ARGS",
                    "TypeError",
                    "options.plaintextLength required for CCM mode with AAD",
                ));
            };
            self.check_ccm_length(len)?;
            if !self.encrypt && !self.pass_tag() {
                return Ok(false);
            }
            let ctx = self.ctx.as_ref().map_or(std::ptr::null_mut(), |c| c.0);
            // SAFETY: with null input and output, CCM takes the total plaintext length.
            if unsafe {
                ffi::EVP_CipherUpdate(
                    ctx,
                    std::ptr::null_mut(),
                    &mut outl,
                    std::ptr::null(),
                    len as c_int,
                )
            } != 1
            {
                let _ = openssl::error::ErrorStack::get();
                return Ok(false);
            }
        }
        let ctx = self.ctx.as_ref().map_or(std::ptr::null_mut(), |c| c.0);
        // SAFETY: a null output makes this an AAD update.
        let ok = unsafe {
            ffi::EVP_CipherUpdate(
                ctx,
                std::ptr::null_mut(),
                &mut outl,
                aad.as_ptr(),
                aad.len() as c_int,
            )
        } == 1;
        if !ok {
            let _ = openssl::error::ErrorStack::get();
        }
        Ok(ok)
    }

    pub fn set_auto_padding(&mut self, on: bool) -> bool {
        let Some(ctx) = &self.ctx else { return false };
        // SAFETY: valid context.
        unsafe { ffi::EVP_CIPHER_CTX_set_padding(ctx.0, c_int::from(on)) == 1 }
    }

    pub fn get_auth_tag(&self) -> Option<Vec<u8>> {
        if self.ctx.is_some() || !self.encrypt {
            return None;
        }
        self.final_tag.clone()
    }

    /// `Ok(false)`: the state does not allow it.
    pub fn set_auth_tag(&mut self, tag: &[u8]) -> CResult<bool> {
        if self.ctx.is_none()
            || !self.info.is_auth()
            || self.encrypt
            || self.tag_state != TagState::Unknown
        {
            return Ok(false);
        }
        let n = tag.len();
        let valid = if self.info.mode == MODE_GCM {
            self.tag_len.is_none_or(|t| t == n) && valid_gcm_tag_len(n)
        } else {
            self.tag_len == Some(n)
        };
        if !valid {
            return Err(invalid_tag(n));
        }
        self.tag_len = Some(n);
        self.tag_state = TagState::Known;
        self.tag = [0; 16];
        self.tag[..n].copy_from_slice(tag);
        Ok(true)
    }
}

fn mode_name(mode: c_ulong) -> Option<&'static str> {
    Some(match mode {
        MODE_CCM => "ccm",
        MODE_CFB => "cfb",
        MODE_CBC => "cbc",
        MODE_CTR => "ctr",
        MODE_ECB => "ecb",
        MODE_GCM => "gcm",
        MODE_OCB => "ocb",
        MODE_OFB => "ofb",
        MODE_STREAM => "stream",
        MODE_WRAP => "wrap",
        MODE_XTS => "xts",
        _ => return None,
    })
}

/// `(mode, short name, nid, block size, iv length, key length)`.
type CipherFacts = (Option<&'static str>, String, i32, usize, usize, usize);

/// `getCipherInfo`: the cipher's [`CipherFacts`]; None when
/// the cipher is unknown or does not accept the key/IV length asked about.
fn cipher_info(
    c: *const ffi::EVP_CIPHER,
    key_len: Option<i32>,
    iv_len: Option<i32>,
) -> Option<CipherFacts> {
    if c.is_null() {
        return None;
    }
    let mut i = info(c);
    if key_len.is_some() || iv_len.is_some() {
        // SAFETY: a scratch context, freed by RawCtx.
        let raw = RawCtx(unsafe { ffi::EVP_CIPHER_CTX_new() });
        if raw.0.is_null() {
            return None;
        }
        // SAFETY: valid context and cipher.
        let ok = unsafe {
            ffi::EVP_CipherInit_ex(
                raw.0,
                c,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
                1,
            )
        } == 1;
        let r = (|| {
            if !ok {
                return None;
            }
            if let Some(k) = key_len {
                // SAFETY: valid context.
                if unsafe { ffi::EVP_CIPHER_CTX_set_key_length(raw.0, k) } != 1 {
                    return None;
                }
                i.key_len = k.max(0) as usize;
            }
            if let Some(v) = iv_len {
                match i.mode {
                    MODE_CCM => {
                        if !(7..=13).contains(&v) {
                            return None;
                        }
                    }
                    MODE_GCM | MODE_OCB => {
                        // SAFETY: valid context; no pointer argument.
                        if unsafe {
                            ffi::EVP_CIPHER_CTX_ctrl(
                                raw.0,
                                CTRL_AEAD_SET_IVLEN,
                                v,
                                std::ptr::null_mut(),
                            )
                        } != 1
                        {
                            return None;
                        }
                    }
                    _ => {
                        if v < 0 || v as usize != i.iv_len {
                            return None;
                        }
                    }
                }
                i.iv_len = v.max(0) as usize;
            }
            Some(())
        })();
        let _ = openssl::error::ErrorStack::get();
        r?;
    }
    // SAFETY: OBJ_nid2sn returns a static string or null.
    let sn = unsafe { ffi::OBJ_nid2sn(i.nid) };
    let name = if sn.is_null() {
        String::new()
    } else {
        // SAFETY: a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(sn) }
            .to_string_lossy()
            .into_owned()
    };
    Some((mode_name(i.mode), name, i.nid, i.block, i.iv_len, i.key_len))
}

fn with_cipher<'js, R>(
    ctx: &Ctx<'js>,
    h: &Value<'js>,
    f: impl FnOnce(&mut CipherState) -> R,
) -> Result<R> {
    let h = handle(ctx, h)?;
    let mut b = h.borrow_mut();
    match &mut b.state {
        State::Cipher(c) => Ok(f(c)),
        _ => Err(bind::throw_error(ctx, "crypto: not a cipher")),
    }
}

fn opt_len(v: f64) -> Option<usize> {
    (v >= 0.0).then_some(v as usize)
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "cipherNew",
        |ctx: Ctx<'js>,
         name: String,
         key: Value<'js>,
         iv: Value<'js>,
         tag_len: f64,
         decrypt: bool|
         -> Result<Value<'js>> {
            let key = super::bytes_vec(&ctx, &key)?;
            let iv = super::opt_bytes_vec(&ctx, &iv)?;
            match CipherState::new(&name, &key, iv.as_deref(), opt_len(tag_len), decrypt) {
                Ok(st) => new_handle(&ctx, State::Cipher(st)),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherUpdate",
        |ctx: Ctx<'js>, h: Value<'js>, data: Value<'js>| -> Result<Value<'js>> {
            let h = handle(&ctx, &h)?;
            let r = {
                let mut b = h.borrow_mut();
                let State::Cipher(c) = &mut b.state else {
                    return Err(bind::throw_error(&ctx, "crypto: not a cipher"));
                };
                with_bytes(&ctx, &data, |d| c.update(d))?
            };
            match r {
                Ok(out) => array_buffer(&ctx, out),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherFinal",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            match with_cipher(&ctx, &h, |c| c.finish())? {
                Ok(out) => array_buffer(&ctx, out),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherSetAAD",
        |ctx: Ctx<'js>, h: Value<'js>, aad: Value<'js>, len: f64| -> Result<bool> {
            let aad = super::bytes_vec(&ctx, &aad)?;
            match with_cipher(&ctx, &h, |c| c.set_aad(&aad, opt_len(len)))? {
                Ok(b) => Ok(b),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherSetAutoPadding",
        |ctx: Ctx<'js>, h: Value<'js>, on: bool| -> Result<bool> {
            with_cipher(&ctx, &h, |c| c.set_auto_padding(on))
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherGetAuthTag",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            match with_cipher(&ctx, &h, |c| c.get_auth_tag())? {
                Some(t) => array_buffer(&ctx, t),
                None => Ok(Value::new_undefined(ctx.clone())),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherSetAuthTag",
        |ctx: Ctx<'js>, h: Value<'js>, tag: Value<'js>| -> Result<bool> {
            let tag = super::bytes_vec(&ctx, &tag)?;
            match with_cipher(&ctx, &h, |c| c.set_auth_tag(&tag))? {
                Ok(b) => Ok(b),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "cipherInfo",
        |ctx: Ctx<'js>,
         which: Value<'js>,
         key_len: Value<'js>,
         iv_len: Value<'js>|
         -> Result<Value<'js>> {
            let c = if let Some(s) = which.as_string() {
                cipher_by_name(&s.to_string()?)
            } else {
                cipher_by_nid(which.as_number().unwrap_or(0.0) as i32)
            };
            let k = key_len.as_number().map(|n| n as i32);
            let v = iv_len.as_number().map(|n| n as i32);
            let Some((mode, name, nid, block, iv, key)) = cipher_info(c, k, v) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            let arr = rquickjs::Array::new(ctx.clone())?;
            arr.set(0, mode)?;
            arr.set(1, name)?;
            arr.set(2, nid)?;
            arr.set(3, block as f64)?;
            arr.set(4, iv as f64)?;
            arr.set(5, key as f64)?;
            Ok(arr.into_value())
        },
    )?;
    Ok(())
}
