//! The algorithm lists, built as Node builds them: every name (aliases included) OpenSSL
//! knows whose algorithm the default providers can actually fetch.
//!
//! | function | returns |
//! |---|---|
//! | `getHashes()`, `getCiphers()` | names (JS drops case-insensitive duplicates and sorts) |
//! | `getCurves()` | short names of OpenSSL's built-in elliptic curves |

use rode_core::bind;
use rquickjs::{Ctx, Object, Result};
use std::ffi::{c_char, c_void, CStr};

#[repr(C)]
struct EcBuiltinCurve {
    nid: i32,
    comment: *const c_char,
}

type DoAllFn<T> = unsafe extern "C" fn(*const T, *const c_char, *const c_char, *mut c_void);

extern "C" {
    // In libcrypto (OpenSSL 3); not re-exported by openssl-sys.
    fn EVP_MD_do_all_sorted(f: DoAllFn<openssl_sys::EVP_MD>, arg: *mut c_void);
    fn EVP_CIPHER_do_all_sorted(f: DoAllFn<openssl_sys::EVP_CIPHER>, arg: *mut c_void);
    fn EVP_get_cipherbyname(name: *const c_char) -> *const openssl_sys::EVP_CIPHER;
    fn EVP_CIPHER_get0_name(c: *const openssl_sys::EVP_CIPHER) -> *const c_char;
    fn EVP_MD_get0_name(md: *const openssl_sys::EVP_MD) -> *const c_char;
    fn EC_get_builtin_curves(r: *mut EcBuiltinCurve, n: usize) -> usize;
}

/// Collects `from` when the algorithm it names can be fetched (OpenSSL 3 lists names of
/// algorithms no loaded provider implements, e.g. the legacy ones).
unsafe extern "C" fn push_md(
    _md: *const openssl_sys::EVP_MD,
    from: *const c_char,
    _to: *const c_char,
    arg: *mut c_void,
) {
    if from.is_null() {
        return;
    }
    let real = openssl_sys::EVP_get_digestbyname(from);
    if real.is_null() {
        return;
    }
    let name = EVP_MD_get0_name(real);
    if name.is_null() {
        return;
    }
    let fetched = openssl_sys::EVP_MD_fetch(std::ptr::null_mut(), name, std::ptr::null());
    if fetched.is_null() {
        return;
    }
    openssl_sys::EVP_MD_free(fetched);
    let out = &mut *(arg as *mut Vec<String>);
    out.push(CStr::from_ptr(from).to_string_lossy().into_owned());
}

unsafe extern "C" fn push_cipher(
    _c: *const openssl_sys::EVP_CIPHER,
    from: *const c_char,
    _to: *const c_char,
    arg: *mut c_void,
) {
    if from.is_null() {
        return;
    }
    let real = EVP_get_cipherbyname(from);
    if real.is_null() {
        return;
    }
    let name = EVP_CIPHER_get0_name(real);
    if name.is_null() {
        return;
    }
    let fetched = openssl_sys::EVP_CIPHER_fetch(std::ptr::null_mut(), name, std::ptr::null());
    if fetched.is_null() {
        return;
    }
    openssl_sys::EVP_CIPHER_free(fetched);
    let out = &mut *(arg as *mut Vec<String>);
    out.push(CStr::from_ptr(from).to_string_lossy().into_owned());
}

pub fn hashes() -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    // SAFETY: the callback only reads its arguments and pushes into `v`.
    unsafe { EVP_MD_do_all_sorted(push_md, &mut v as *mut Vec<String> as *mut c_void) };
    let _ = openssl::error::ErrorStack::get();
    v
}

pub fn ciphers() -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    // SAFETY: as above.
    unsafe { EVP_CIPHER_do_all_sorted(push_cipher, &mut v as *mut Vec<String> as *mut c_void) };
    let _ = openssl::error::ErrorStack::get();
    v
}

pub fn curves() -> Vec<String> {
    // SAFETY: with n = 0 OpenSSL only returns the count; then fills `n` entries.
    let n = unsafe { EC_get_builtin_curves(std::ptr::null_mut(), 0) };
    let mut list: Vec<EcBuiltinCurve> = (0..n)
        .map(|_| EcBuiltinCurve {
            nid: 0,
            comment: std::ptr::null(),
        })
        .collect();
    let got = unsafe { EC_get_builtin_curves(list.as_mut_ptr(), n) };
    list.truncate(got);
    list.iter()
        .filter_map(|c| {
            // SAFETY: OBJ_nid2sn returns a static string or null.
            let p = unsafe { openssl_sys::OBJ_nid2sn(c.nid) };
            (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
        })
        .collect()
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(ctx, o, "getHashes", hashes)?;
    bind::func(ctx, o, "getCiphers", ciphers)?;
    bind::func(ctx, o, "getCurves", curves)?;
    Ok(())
}
