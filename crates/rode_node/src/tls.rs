//! `internalBinding('tls')`: the TLS engine behind `node:tls` (js/_tls_wrap.js), on the
//! system's OpenSSL 3.
//!
//! An engine is an OpenSSL `SSL` over two memory BIOs: it does no I/O. JS feeds it the
//! ciphertext its transport received and gets back, from the same call, everything that
//! produced: plaintext to push, ciphertext to send, and state changes (handshake done, peer
//! closed, new session, SNI pause). Plaintext writes come back as ciphertext at once.
//!
//! | function | does |
//! |---|---|
//! | `contextNew(opts)` | a SecureContext handle (keys, certificates, CAs, ciphers, versions) |
//! | `engineNew(ctx, isServer, opts)` | an engine (servername, alpn, requestCert, session, sni) |
//! | `engineCycle(e, input?)` | feeds `input`, runs the handshake / reads: `[flags, plain, out, err]` |
//! | `engineWrite(e, data)` | encrypts `data` (bytes or UTF-8 string): ciphertext or throws |
//! | `engineShutdown(e)` | a close_notify alert as ciphertext |
//! | `engineSetContext(e, ctx)`, `engineResume(e)` | SNI: switch context, continue the handshake |
//! | `engineInfo(e, what)` | protocol, cipher, alpn, session, reused, verifyError, … |
//! | `enginePeerChain(e)` | the peer's certificates (leaf first) as plain objects |
//! | `certInfo(pem)` | the same object for one certificate (used by tests/`rootCertificates`) |
//! | `getCiphers()` | the names OpenSSL offers |
//!
//! `flags` bits: 1 handshake finished, 2 close_notify received, 4 new sessions to take
//! (`engineInfo(e, 'sessions')`), 8 paused after the ClientHello for SNI (`'sniName'`),
//! 16 key log lines to take (`engineInfo(e, 'keylog')`, after `engineSetKeylog(e)`).

use crate::crypto::x509::{ext_key_usage, fingerprint};
use crate::crypto::{array_buffer, bytes_vec, with_bytes, CryptoError};
use foreign_types::ForeignTypeRef;
use openssl::dh::Dh;
use openssl::ex_data::Index;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::{PKey, Private};
use openssl::ssl::{
    AlpnError, ClientHelloResponse, Ssl, SslContext, SslContextBuilder, SslMethod, SslOptions,
    SslRef, SslSession, SslSessionCacheMode, SslVerifyMode, SslVersion,
};
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::verify::X509VerifyFlags;
use openssl::x509::{X509Crl, X509Ref, X509};
use rode_core::bind;
use rquickjs::class::{JsClass, Trace, Tracer, Writable};
use rquickjs::{Array, Class, Ctx, JsLifetime, Object, Result, Value};
use std::ffi::{c_int, c_long, c_void};
use std::sync::OnceLock;

extern "C" {
    fn SSL_CTX_set_timeout(ctx: *mut openssl_sys::SSL_CTX, t: c_long) -> c_long;
    fn X509_check_ca(x: *mut openssl_sys::X509) -> c_int;
    fn X509_check_issued(issuer: *mut openssl_sys::X509, subject: *mut openssl_sys::X509) -> c_int;
    fn SSL_get_ciphers(ssl: *const openssl_sys::SSL) -> *mut c_void;
    fn SSL_CIPHER_get_name(c: *const c_void) -> *const std::ffi::c_char;
    fn OPENSSL_sk_num(st: *const c_void) -> c_int;
    fn OPENSSL_sk_value(st: *const c_void, i: c_int) -> *mut c_void;
    fn SSL_get_shared_sigalgs(
        ssl: *mut openssl_sys::SSL,
        idx: c_int,
        psign: *mut c_int,
        phash: *mut c_int,
        psignhash: *mut c_int,
        prsig: *mut u8,
        prhash: *mut u8,
    ) -> c_int;
    fn SSL_SESSION_get0_ticket(
        s: *const openssl_sys::SSL_SESSION,
        tick: *mut *const u8,
        len: *mut usize,
    );
    fn X509_STORE_add_crl(
        store: *mut openssl_sys::X509_STORE,
        crl: *mut openssl_sys::X509_CRL,
    ) -> c_int;
}

const BIO_CTRL_PENDING: c_int = 10;
const SSL_CTRL_SET_MAX_SEND_FRAGMENT: c_int = 52;
// OpenSSL's NIDs for the GOST 2012 keys (openssl-sys has only the 2001 one).
const NID_GOST_R3410_2012_256: c_int = 979;
const NID_GOST_R3410_2012_512: c_int = 980;
const SSL_ERROR_SSL: c_int = 1;
const SSL_ERROR_WANT_READ: c_int = 2;
const SSL_ERROR_WANT_WRITE: c_int = 3;
const SSL_ERROR_ZERO_RETURN: c_int = 6;
const SSL_ERROR_WANT_CLIENT_HELLO_CB: c_int = 11;

const F_DONE: i32 = 1;
const F_CLOSED: i32 = 2;
const F_SESSION: i32 = 4;
const F_SNI: i32 = 8;
const F_KEYLOG: i32 = 16;

/// Per-connection state the context's callbacks read and write (kept in the SSL's ex_data).
#[derive(Default)]
struct Extra {
    /// Server: our ALPN protocols, wire format.
    alpn: Option<Vec<u8>>,
    /// 0 no SNI pause, 1 pause at the ClientHello, 2 paused, 3 resumed.
    sni: u8,
    sni_name: Option<String>,
    /// New sessions (DER) not yet taken by JS.
    sessions: Vec<Vec<u8>>,
    /// Whether JS listens for 'keylog' on this connection.
    keylog: bool,
    /// NSS key log lines (each ending in a newline) not yet taken by JS. (A lock only
    /// because OpenSSL's key log callback gets the connection shared.)
    keylines: std::sync::Mutex<Vec<Vec<u8>>>,
}

fn extra_index() -> Index<Ssl, Extra> {
    static IDX: OnceLock<std::result::Result<c_int, ()>> = OnceLock::new();
    let raw = IDX.get_or_init(|| {
        Ssl::new_ex_index::<Extra>()
            .map(|i| i.as_raw())
            .map_err(|_| ())
    });
    // SAFETY: the index was made for `Extra` above.
    unsafe { Index::from_raw(raw.unwrap_or(0)) }
}

// ---------------------------------------------------------------------------
// Handles

pub struct SecureContext {
    ctx: SslContext,
}

unsafe impl<'js> JsLifetime<'js> for SecureContext {
    type Changed<'to> = SecureContext;
}
impl<'js> Trace<'js> for SecureContext {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}
impl<'js> JsClass<'js> for SecureContext {
    const NAME: &'static str = "SecureContextHandle";
    type Mutable = Writable;
    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

pub struct Engine {
    ssl: Ssl,
    rbio: *mut openssl_sys::BIO,
    wbio: *mut openssl_sys::BIO,
    done: bool,
    failed: bool,
}

unsafe impl<'js> JsLifetime<'js> for Engine {
    type Changed<'to> = Engine;
}
impl<'js> Trace<'js> for Engine {
    fn trace<'a>(&self, _tracer: Tracer<'a, 'js>) {}
}
impl<'js> JsClass<'js> for Engine {
    const NAME: &'static str = "TLSEngine";
    type Mutable = Writable;
    fn constructor(_ctx: &Ctx<'js>) -> Result<Option<rquickjs::function::Constructor<'js>>> {
        Ok(None)
    }
}

fn context_of<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Class<'js, SecureContext>> {
    Class::<SecureContext>::from_value(v)
        .map_err(|_| rquickjs::Exception::throw_type(ctx, "tls: expected a SecureContext handle"))
}

fn engine_of<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Class<'js, Engine>> {
    Class::<Engine>::from_value(v)
        .map_err(|_| rquickjs::Exception::throw_type(ctx, "tls: expected a TLS engine"))
}

fn ssl_err<'js>(ctx: &Ctx<'js>, e: openssl::error::ErrorStack) -> rquickjs::Error {
    CryptoError::from(e).throw(ctx)
}

fn version_of(s: &str) -> Option<SslVersion> {
    match s {
        "TLSv1" => Some(SslVersion::TLS1),
        "TLSv1.1" => Some(SslVersion::TLS1_1),
        "TLSv1.2" => Some(SslVersion::TLS1_2),
        "TLSv1.3" => Some(SslVersion::TLS1_3),
        _ => None,
    }
}

fn list_of<'js>(ctx: &Ctx<'js>, o: &Object<'js>, key: &str) -> Result<Vec<Vec<u8>>> {
    let v: Value = o.get(key)?;
    let mut out = Vec::new();
    if let Some(a) = v.as_array() {
        for item in a.iter::<Value>() {
            out.push(bytes_vec(ctx, &item?)?);
        }
    }
    Ok(out)
}

fn passes<'js>(o: &Object<'js>, key: &str) -> Result<Vec<Option<String>>> {
    let v: Value = o.get(key)?;
    let mut out = Vec::new();
    if let Some(a) = v.as_array() {
        for item in a.iter::<Option<String>>() {
            out.push(item?);
        }
    }
    Ok(out)
}

fn private_key(pem: &[u8], pass: Option<&str>) -> std::result::Result<PKey<Private>, CryptoError> {
    let r = match pass {
        Some(p) => PKey::private_key_from_pem_passphrase(pem, p.as_bytes()),
        None => PKey::private_key_from_pem_callback(pem, |_buf| Ok(0)),
    };
    r.or_else(|e| {
        PKey::private_key_from_der(pem).map_err(|_| {
            let _ = openssl::error::ErrorStack::get();
            e
        })
    })
    .map_err(CryptoError::from)
}

/// Builds an SSL_CTX from the options JS normalized (see `_tls_common.js`).
fn build_context<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<SslContext> {
    let mut b = SslContextBuilder::new(SslMethod::tls()).map_err(|e| ssl_err(ctx, e))?;
    b.set_options(SslOptions::NO_COMPRESSION | SslOptions::NO_SSLV2 | SslOptions::NO_SSLV3);
    // Node 22's OpenSSL runs at security level 1 (Debian builds the system one with 2, which
    // refuses, e.g., 1024-bit RSA keys and DH parameters that node accepts). A cipher string
    // with `@SECLEVEL=n`, applied below, still sets its own.
    b.set_security_level(1);

    if let Some(v) = o.get::<_, Option<String>>("minVersion")? {
        b.set_min_proto_version(version_of(&v))
            .map_err(|e| ssl_err(ctx, e))?;
    }
    if let Some(v) = o.get::<_, Option<String>>("maxVersion")? {
        b.set_max_proto_version(version_of(&v))
            .map_err(|e| ssl_err(ctx, e))?;
    }
    if let Some(list) = o.get::<_, Option<String>>("cipherList")? {
        // An empty list clears the TLS 1.2 ciphers on purpose: "no cipher match" is fine.
        if let Err(e) = b.set_cipher_list(&list) {
            if !list.is_empty() {
                return Err(ssl_err(ctx, e));
            }
        }
    }
    if let Some(suites) = o.get::<_, Option<String>>("cipherSuites")? {
        b.set_ciphersuites(&suites).map_err(|e| ssl_err(ctx, e))?;
    }
    if let Some(curve) = o.get::<_, Option<String>>("ecdhCurve")? {
        if curve != "auto" {
            b.set_groups_list(&curve).map_err(|e| ssl_err(ctx, e))?;
        }
    }
    if o.get::<_, Option<bool>>("honorCipherOrder")?
        .unwrap_or(false)
    {
        b.set_options(SslOptions::CIPHER_SERVER_PREFERENCE);
    }
    // `secureOptions`: SSL_OP_* bits added to the defaults (JS checked it is an integer; a
    // negative one sets every bit, as in Node).
    if let Some(bits) = o.get::<_, Option<f64>>("secureOptions")? {
        b.set_options(SslOptions::from_bits_retain(bits as i64 as _));
    }
    if let Some(list) = o.get::<_, Option<String>>("sigalgs")? {
        b.set_sigalgs_list(&list).map_err(|e| ssl_err(ctx, e))?;
    }
    // `dhparam`: 'auto' (OpenSSL picks parameters to match the key), or PEM parameters JS
    // has sized; anything else is ignored, as in Node.
    if o.get::<_, Option<bool>>("dhAuto")?.unwrap_or(false) {
        // SAFETY: a plain setter on the context being built.
        unsafe { openssl_sys::SSL_CTX_set_dh_auto(b.as_ptr(), 1) };
    }
    for pem in list_of(ctx, o, "dhparam")? {
        match Dh::params_from_pem(&pem) {
            Ok(dh) => b.set_tmp_dh(&dh).map_err(|e| ssl_err(ctx, e))?,
            Err(_) => drop(openssl::error::ErrorStack::get()),
        }
    }
    if let Some(t) = o.get::<_, Option<f64>>("sessionTimeout")? {
        // SAFETY: a plain setter on the context being built.
        unsafe { SSL_CTX_set_timeout(b.as_ptr(), t as c_long) };
    }
    let sid: Option<String> = o.get("sessionIdContext")?;
    b.set_session_id_context(sid.as_deref().unwrap_or("rode").as_bytes())
        .map_err(|e| ssl_err(ctx, e))?;

    // Trust: the given CAs replace the default store (as in Node).
    let cas = list_of(ctx, o, "ca")?;
    let mut store = X509StoreBuilder::new().map_err(|e| ssl_err(ctx, e))?;
    if cas.is_empty() || o.get::<_, Option<bool>>("defaultCa")?.unwrap_or(false) {
        store.set_default_paths().map_err(|e| ssl_err(ctx, e))?;
    }
    for pem in &cas {
        let certs = X509::stack_from_pem(pem)
            .or_else(|e| X509::from_der(pem).map(|c| vec![c]).map_err(|_| e))
            .map_err(|e| ssl_err(ctx, e))?;
        for c in certs {
            // A CA given twice is not an error.
            if store.add_cert(c).is_err() {
                let _ = openssl::error::ErrorStack::get();
            }
        }
    }

    // Revocation lists: each is checked for every certificate of a chain (Node's flags).
    let crls = list_of(ctx, o, "crl")?;
    for pem in &crls {
        let Ok(crl) = X509Crl::from_pem(pem) else {
            let _ = openssl::error::ErrorStack::get();
            return Err(CryptoError::Coded(
                "ERR_CRYPTO_OPERATION_FAILED",
                "Error",
                "Failed to parse CRL".into(),
            )
            .throw(ctx));
        };
        // SAFETY: the store takes its own reference to the CRL.
        if unsafe { X509_STORE_add_crl(store.as_ptr(), crl.as_ptr()) } != 1 {
            // The same CRL twice is not an error.
            let _ = openssl::error::ErrorStack::get();
        }
    }
    if !crls.is_empty() {
        store
            .set_flags(X509VerifyFlags::CRL_CHECK | X509VerifyFlags::CRL_CHECK_ALL)
            .map_err(|e| ssl_err(ctx, e))?;
    }

    // Keys and certificates.
    let keys = list_of(ctx, o, "key")?;
    let key_pass = passes(o, "keyPass")?;
    let certs = list_of(ctx, o, "cert")?;
    let pfx = list_of(ctx, o, "pfx")?;
    let pfx_pass = passes(o, "pfxPass")?;
    let mut have_cert = false;
    for pem in &certs {
        let chain = X509::stack_from_pem(pem).map_err(|e| ssl_err(ctx, e))?;
        let mut it = chain.into_iter();
        if let Some(leaf) = it.next() {
            b.set_certificate(&leaf).map_err(|e| ssl_err(ctx, e))?;
            have_cert = true;
            for c in it {
                b.add_extra_chain_cert(c).map_err(|e| ssl_err(ctx, e))?;
            }
        }
    }
    for (i, k) in keys.iter().enumerate() {
        let pass = key_pass.get(i).cloned().flatten();
        let key = private_key(k, pass.as_deref()).map_err(|e| e.throw(ctx))?;
        b.set_private_key(&key).map_err(|e| ssl_err(ctx, e))?;
        if have_cert {
            b.check_private_key().map_err(|e| ssl_err(ctx, e))?;
        }
    }
    for (i, p) in pfx.iter().enumerate() {
        let pass = pfx_pass.get(i).cloned().flatten().unwrap_or_default();
        let parsed = Pkcs12::from_der(p)
            .and_then(|p| p.parse2(&pass))
            .map_err(|e| ssl_err(ctx, e))?;
        if let Some(c) = parsed.cert {
            b.set_certificate(&c).map_err(|e| ssl_err(ctx, e))?;
        }
        if let Some(k) = parsed.pkey {
            b.set_private_key(&k).map_err(|e| ssl_err(ctx, e))?;
        }
        if let Some(chain) = parsed.ca {
            for c in chain {
                if store.add_cert(c.clone()).is_err() {
                    let _ = openssl::error::ErrorStack::get();
                }
                b.add_extra_chain_cert(c).map_err(|e| ssl_err(ctx, e))?;
            }
        }
    }
    b.set_cert_store(store.build());

    // Callbacks every context carries; each looks at the connection's `Extra`.
    let idx = extra_index();
    b.set_session_cache_mode(SslSessionCacheMode::CLIENT | SslSessionCacheMode::SERVER);
    b.set_new_session_callback(move |ssl, sess| {
        if let Some(x) = ssl.ex_data_mut(idx) {
            if let Ok(der) = sess.to_der() {
                x.sessions.push(der);
            }
        }
    });
    b.set_keylog_callback(move |ssl, line| {
        if let Some(x) = ssl.ex_data(idx).filter(|x| x.keylog) {
            let mut l = Vec::with_capacity(line.len() + 1);
            l.extend_from_slice(line.as_bytes());
            l.push(b'\n');
            if let Ok(mut v) = x.keylines.lock() {
                v.push(l);
            }
        }
    });
    b.set_alpn_select_callback(move |ssl, client| {
        let Some(ours) = ssl.ex_data(idx).and_then(|x| x.alpn.as_ref()) else {
            return Err(AlpnError::NOACK);
        };
        for want in wire_list(ours) {
            for (off, have) in wire_offsets(client) {
                if have == want {
                    return Ok(&client[off..off + have.len()]);
                }
            }
        }
        // No protocol in common: a fatal no_application_protocol alert (Node 20).
        Err(AlpnError::ALERT_FATAL)
    });
    b.set_client_hello_callback(move |ssl, _alert| {
        let state = ssl.ex_data(idx).map(|x| x.sni).unwrap_or(0);
        match state {
            1 => {
                let name = client_hello_servername(ssl);
                if let Some(x) = ssl.ex_data_mut(idx) {
                    x.sni = 2;
                    x.sni_name = name;
                }
                Ok(ClientHelloResponse::RETRY)
            }
            2 => Ok(ClientHelloResponse::RETRY),
            _ => Ok(ClientHelloResponse::SUCCESS),
        }
    });
    Ok(b.build())
}

fn wire_list(list: &[u8]) -> Vec<&[u8]> {
    wire_offsets(list).map(|(_, p)| p).collect()
}

/// The protocols of an ALPN wire list with their offsets.
fn wire_offsets(list: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut i = 0;
    std::iter::from_fn(move || {
        let n = *list.get(i)? as usize;
        let start = i + 1;
        let end = start + n;
        if end > list.len() {
            return None;
        }
        i = end;
        Some((start, &list[start..end]))
    })
}

/// The host name in the ClientHello's server_name extension.
fn client_hello_servername(ssl: &mut SslRef) -> Option<String> {
    let mut p: *const u8 = std::ptr::null();
    let mut n: usize = 0;
    // SAFETY: called inside the client hello callback; the data belongs to the SSL.
    let ok = unsafe { openssl_sys::SSL_client_hello_get0_ext(ssl.as_ptr(), 0, &mut p, &mut n) };
    if ok != 1 || p.is_null() {
        return None;
    }
    // SAFETY: OpenSSL returned `n` bytes at `p`.
    let d = unsafe { std::slice::from_raw_parts(p, n) };
    // list length (2), then entries: type (1), length (2), name.
    if d.len() < 5 || d[2] != 0 {
        return None;
    }
    let len = u16::from_be_bytes([d[3], d[4]]) as usize;
    let name = d.get(5..5 + len)?;
    Some(String::from_utf8_lossy(name).into_owned())
}

// ---------------------------------------------------------------------------
// Engine operations

impl Engine {
    fn pending_out(&self) -> Vec<u8> {
        // SAFETY: wbio is owned by the live SSL; reads copy into our buffer.
        unsafe {
            let n = openssl_sys::BIO_ctrl(self.wbio, BIO_CTRL_PENDING, 0, std::ptr::null_mut());
            if n <= 0 {
                return Vec::new();
            }
            let mut v = vec![0u8; n as usize];
            let r = openssl_sys::BIO_read(self.wbio, v.as_mut_ptr() as *mut c_void, n as c_int);
            v.truncate(r.max(0) as usize);
            v
        }
    }

    fn feed(&mut self, data: &[u8]) {
        let mut off = 0;
        while off < data.len() {
            let chunk = (data.len() - off).min(i32::MAX as usize);
            // SAFETY: rbio is a memory BIO owned by the SSL; it copies the bytes.
            let r = unsafe {
                openssl_sys::BIO_write(
                    self.rbio,
                    data[off..].as_ptr() as *const c_void,
                    chunk as c_int,
                )
            };
            if r <= 0 {
                break;
            }
            off += r as usize;
        }
    }

    fn extra(&mut self) -> Option<&mut Extra> {
        self.ssl.ex_data_mut(extra_index())
    }

    /// Runs the handshake and reads what can be read. Returns (flags, plaintext, error).
    fn cycle(&mut self) -> (i32, Vec<u8>, Option<openssl::error::ErrorStack>) {
        let mut flags = 0;
        let mut plain = Vec::new();
        if self.failed {
            return (flags, plain, None);
        }
        let ssl = self.ssl.as_ptr();
        if !self.done {
            // SAFETY: a live SSL over memory BIOs.
            let r = unsafe { openssl_sys::SSL_do_handshake(ssl) };
            if r == 1 {
                self.done = true;
                flags |= F_DONE;
            } else {
                let e = unsafe { openssl_sys::SSL_get_error(ssl, r) };
                match e {
                    SSL_ERROR_WANT_READ | SSL_ERROR_WANT_WRITE => {}
                    SSL_ERROR_WANT_CLIENT_HELLO_CB => flags |= F_SNI,
                    _ => {
                        self.failed = true;
                        return (flags, plain, Some(err_stack(e)));
                    }
                }
            }
        }
        if self.done {
            let mut buf = [0u8; 16384];
            loop {
                // SAFETY: reads into our stack buffer.
                let r = unsafe {
                    openssl_sys::SSL_read(ssl, buf.as_mut_ptr() as *mut c_void, buf.len() as c_int)
                };
                if r > 0 {
                    plain.extend_from_slice(&buf[..r as usize]);
                    continue;
                }
                let e = unsafe { openssl_sys::SSL_get_error(ssl, r) };
                match e {
                    SSL_ERROR_WANT_READ | SSL_ERROR_WANT_WRITE => {}
                    SSL_ERROR_ZERO_RETURN => flags |= F_CLOSED,
                    _ => {
                        self.failed = true;
                        return (flags, plain, Some(err_stack(e)));
                    }
                }
                break;
            }
        }
        if self.extra().is_some_and(|x| !x.sessions.is_empty()) {
            flags |= F_SESSION;
        }
        (flags, plain, None)
    }
}

/// OpenSSL's queued errors for a failed call (a made-up SSL error when nothing was queued).
fn err_stack(code: c_int) -> openssl::error::ErrorStack {
    let s = openssl::error::ErrorStack::get();
    if s.errors().is_empty() && code != SSL_ERROR_SSL {
        // Nothing queued: report it through a generic SSL failure.
        // SAFETY: pushing an error onto this thread's queue, read back at once.
        unsafe {
            openssl_sys::ERR_new();
            openssl_sys::ERR_set_debug(c"ssl".as_ptr(), 0, c"tls".as_ptr());
            openssl_sys::ERR_set_error(20, 68 /* internal error */, std::ptr::null());
        }
        return openssl::error::ErrorStack::get();
    }
    s
}

impl Drop for Engine {
    fn drop(&mut self) {
        // The BIOs belong to the SSL (SSL_set_bio) and are freed with it.
        let _ = (self.rbio, self.wbio);
    }
}

fn new_engine<'js>(
    ctx: &Ctx<'js>,
    sc: &SslContext,
    server: bool,
    o: &Object<'js>,
) -> Result<Engine> {
    let mut ssl = Ssl::new(sc).map_err(|e| ssl_err(ctx, e))?;
    let mut extra = Extra::default();
    if server {
        ssl.set_accept_state();
        if o.get::<_, Option<bool>>("requestCert")?.unwrap_or(false) {
            ssl.set_verify_callback(SslVerifyMode::PEER, |_, _| true);
        } else {
            ssl.set_verify(SslVerifyMode::NONE);
        }
        let alpn: Value = o.get("alpn")?;
        if !alpn.is_undefined() && !alpn.is_null() {
            extra.alpn = Some(bytes_vec(ctx, &alpn)?);
        }
        if o.get::<_, Option<bool>>("sni")?.unwrap_or(false) {
            extra.sni = 1;
        }
    } else {
        ssl.set_connect_state();
        ssl.set_verify_callback(SslVerifyMode::PEER, |_, _| true);
        if let Some(name) = o.get::<_, Option<String>>("servername")? {
            if !name.is_empty() {
                ssl.set_hostname(&name).map_err(|e| ssl_err(ctx, e))?;
            }
        }
        let alpn: Value = o.get("alpn")?;
        if !alpn.is_undefined() && !alpn.is_null() {
            let a = bytes_vec(ctx, &alpn)?;
            ssl.set_alpn_protos(&a).map_err(|e| ssl_err(ctx, e))?;
        }
        let sess: Value = o.get("session")?;
        if !sess.is_undefined() && !sess.is_null() {
            let der = bytes_vec(ctx, &sess)?;
            match SslSession::from_der(&der) {
                // SAFETY: the session was made for a context of this method.
                Ok(s) => unsafe {
                    if ssl.set_session(&s).is_err() {
                        let _ = openssl::error::ErrorStack::get();
                    }
                },
                Err(_) => {
                    let _ = openssl::error::ErrorStack::get();
                }
            }
        }
    }
    ssl.set_ex_data(extra_index(), extra);
    // SAFETY: two new memory BIOs handed to the SSL, which owns and frees them.
    let (rbio, wbio) = unsafe {
        let rbio = openssl_sys::BIO_new(openssl_sys::BIO_s_mem());
        let wbio = openssl_sys::BIO_new(openssl_sys::BIO_s_mem());
        if rbio.is_null() || wbio.is_null() {
            return Err(bind::throw_error(ctx, "tls: out of memory"));
        }
        // An empty read BIO means "retry later", not EOF.
        openssl_sys::BIO_ctrl(
            rbio,
            openssl_sys::BIO_C_SET_BUF_MEM_EOF_RETURN,
            -1,
            std::ptr::null_mut(),
        );
        openssl_sys::SSL_set_bio(ssl.as_ptr(), rbio, wbio);
        (rbio, wbio)
    };
    Ok(Engine {
        ssl,
        rbio,
        wbio,
        done: false,
        failed: false,
    })
}

// ---------------------------------------------------------------------------
// Certificates as plain objects (JS gives them Node's legacy shape)

fn hex_upper(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02X}")).collect()
}

fn name_pairs<'js>(ctx: &Ctx<'js>, name: &openssl::x509::X509NameRef) -> Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    for (i, e) in name.entries().enumerate() {
        let nid = e.object().nid();
        let key = match nid.short_name() {
            Ok(s) if nid != Nid::UNDEF => s.to_string(),
            _ => e.object().to_string(),
        };
        let val = e.data().to_string().unwrap_or_default();
        let pair = Array::new(ctx.clone())?;
        pair.set(0, key)?;
        pair.set(1, val)?;
        arr.set(i, pair)?;
    }
    Ok(arr)
}

fn cert_object<'js>(ctx: &Ctx<'js>, cert: &X509Ref) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("subject", name_pairs(ctx, cert.subject_name())?)?;
    o.set("issuer", name_pairs(ctx, cert.issuer_name())?)?;
    if let Some(names) = cert.subject_alt_names() {
        let parts: Vec<String> = names
            .iter()
            .filter_map(|n| {
                if let Some(d) = n.dnsname() {
                    Some(format!("DNS:{d}"))
                } else if let Some(ip) = n.ipaddress() {
                    let s = match ip.len() {
                        4 => std::net::Ipv4Addr::new(ip[0], ip[1], ip[2], ip[3]).to_string(),
                        16 => {
                            let mut a = [0u8; 16];
                            a.copy_from_slice(ip);
                            // Node prints IPv6 SANs in full, upper-case groups.
                            a.chunks(2)
                                .map(|c| format!("{:X}", u16::from_be_bytes([c[0], c[1]])))
                                .collect::<Vec<_>>()
                                .join(":")
                        }
                        _ => return None,
                    };
                    Some(format!("IP Address:{s}"))
                } else if let Some(e) = n.email() {
                    Some(format!("email:{e}"))
                } else {
                    n.uri().map(|u| format!("URI:{u}"))
                }
            })
            .collect();
        o.set("subjectaltname", parts.join(", "))?;
    }
    // SAFETY: X509_check_ca only reads (and caches extension data in) the certificate.
    o.set("ca", unsafe { X509_check_ca(cert.as_ptr()) } == 1)?;
    if let Ok(pk) = cert.public_key() {
        if let Ok(rsa) = pk.rsa() {
            o.set("modulus", hex_upper(&rsa.n().to_vec()))?;
            o.set("bits", rsa.n().num_bits())?;
            let e = rsa
                .e()
                .to_hex_str()
                .map(|s| s.to_lowercase())
                .unwrap_or_default();
            o.set("exponent", format!("0x{}", e.trim_start_matches('0')))?;
            o.set(
                "pubkey",
                array_buffer(ctx, pk.public_key_to_der().unwrap_or_default())?,
            )?;
        } else if let Ok(ec) = pk.ec_key() {
            let group = ec.group();
            o.set("bits", group.degree())?;
            let mut bn = openssl::bn::BigNumContext::new().map_err(|e| ssl_err(ctx, e))?;
            let point = ec
                .public_key()
                .to_bytes(
                    group,
                    openssl::ec::PointConversionForm::UNCOMPRESSED,
                    &mut bn,
                )
                .unwrap_or_default();
            o.set("pubkey", array_buffer(ctx, point)?)?;
            if let Some(nid) = group.curve_name() {
                if let Ok(s) = nid.short_name() {
                    o.set("asn1Curve", s)?;
                }
                let nist = match nid {
                    Nid::X9_62_PRIME256V1 => Some("P-256"),
                    Nid::SECP384R1 => Some("P-384"),
                    Nid::SECP521R1 => Some("P-521"),
                    Nid::SECP224R1 => Some("P-224"),
                    _ => None,
                };
                if let Some(n) = nist {
                    o.set("nistCurve", n)?;
                }
            }
        }
    }
    o.set("valid_from", cert.not_before().to_string())?;
    o.set("valid_to", cert.not_after().to_string())?;
    o.set("fingerprint", fingerprint(cert, MessageDigest::sha1()))?;
    o.set("fingerprint256", fingerprint(cert, MessageDigest::sha256()))?;
    o.set("fingerprint512", fingerprint(cert, MessageDigest::sha512()))?;
    if let Some(eku) = ext_key_usage(cert) {
        o.set("ext_key_usage", eku)?;
    }
    o.set(
        "serialNumber",
        cert.serial_number()
            .to_bn()
            .ok()
            .and_then(|b| b.to_hex_str().ok().map(|s| s.to_string()))
            .unwrap_or_default(),
    )?;
    o.set("raw", array_buffer(ctx, cert.to_der().unwrap_or_default())?)?;
    // SAFETY: X509_check_issued only reads the certificate.
    let self_issued = unsafe { X509_check_issued(cert.as_ptr(), cert.as_ptr()) } == 0;
    o.set("selfIssued", self_issued)?;
    let _ = openssl::error::ErrorStack::get();
    Ok(o)
}

/// Node's codes for X509 verification results.
fn verify_code(code: c_int) -> Option<&'static str> {
    Some(match code {
        2 => "UNABLE_TO_GET_ISSUER_CERT",
        3 => "UNABLE_TO_GET_CRL",
        4 => "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
        5 => "UNABLE_TO_DECRYPT_CRL_SIGNATURE",
        6 => "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
        7 => "CERT_SIGNATURE_FAILURE",
        8 => "CRL_SIGNATURE_FAILURE",
        9 => "CERT_NOT_YET_VALID",
        10 => "CERT_HAS_EXPIRED",
        11 => "CRL_NOT_YET_VALID",
        12 => "CRL_HAS_EXPIRED",
        13 => "ERROR_IN_CERT_NOT_BEFORE_FIELD",
        14 => "ERROR_IN_CERT_NOT_AFTER_FIELD",
        15 => "ERROR_IN_CRL_LAST_UPDATE_FIELD",
        16 => "ERROR_IN_CRL_NEXT_UPDATE_FIELD",
        17 => "OUT_OF_MEM",
        18 => "DEPTH_ZERO_SELF_SIGNED_CERT",
        19 => "SELF_SIGNED_CERT_IN_CHAIN",
        20 => "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        21 => "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        22 => "CERT_CHAIN_TOO_LONG",
        23 => "CERT_REVOKED",
        24 => "INVALID_CA",
        25 => "PATH_LENGTH_EXCEEDED",
        26 => "INVALID_PURPOSE",
        27 => "CERT_UNTRUSTED",
        28 => "CERT_REJECTED",
        62 => "HOSTNAME_MISMATCH",
        _ => return None,
    })
}

/// The signature algorithms both peers accept, most preferred first, named as Node names
/// them: the key type (`RSA`, `RSA-PSS`, `ECDSA`, `Ed25519`, … or OpenSSL's short name)
/// and the hash's short name, joined by `+`.
fn shared_sigalgs(ssl: &SslRef) -> Vec<String> {
    let raw = ssl.as_ptr();
    let null = std::ptr::null_mut();
    // SAFETY: queries on a live connection; out-pointers are locals or null.
    let n = unsafe { SSL_get_shared_sigalgs(raw, 0, null, null, null, null as _, null as _) };
    let short_name = |nid: c_int| {
        // SAFETY: OBJ_nid2sn returns a static string or null.
        let p = unsafe { openssl_sys::OBJ_nid2sn(nid) };
        (!p.is_null()).then(|| {
            unsafe { std::ffi::CStr::from_ptr(p) }
                .to_string_lossy()
                .into_owned()
        })
    };
    (0..n.max(0))
        .map(|i| {
            let (mut sign, mut hash) = (0, 0);
            // SAFETY: as above, for an index below the count.
            unsafe {
                SSL_get_shared_sigalgs(raw, i, &mut sign, &mut hash, null, null as _, null as _)
            };
            let key = match sign {
                openssl_sys::EVP_PKEY_RSA => "RSA".to_string(),
                openssl_sys::EVP_PKEY_RSA_PSS => "RSA-PSS".to_string(),
                openssl_sys::EVP_PKEY_DSA => "DSA".to_string(),
                openssl_sys::EVP_PKEY_EC => "ECDSA".to_string(),
                openssl_sys::NID_ED25519 => "Ed25519".to_string(),
                openssl_sys::NID_ED448 => "Ed448".to_string(),
                openssl_sys::NID_id_GostR3410_2001 => "gost2001".to_string(),
                NID_GOST_R3410_2012_256 => "gost2012_256".to_string(),
                NID_GOST_R3410_2012_512 => "gost2012_512".to_string(),
                other => short_name(other).unwrap_or_else(|| "UNDEF".into()),
            };
            format!(
                "{key}+{}",
                short_name(hash).unwrap_or_else(|| "UNDEF".into())
            )
        })
        .collect()
}

/// A JS array of one ArrayBuffer per byte string.
fn buffers<'js>(ctx: &Ctx<'js>, list: Vec<Vec<u8>>) -> Result<Value<'js>> {
    let arr = Array::new(ctx.clone())?;
    for (i, d) in list.into_iter().enumerate() {
        arr.set(i, array_buffer(ctx, d)?)?;
    }
    Ok(arr.into_value())
}

fn info<'js>(ctx: &Ctx<'js>, e: &mut Engine, what: &str) -> Result<Value<'js>> {
    let ssl = &e.ssl;
    let v = match what {
        "protocol" => {
            if !e.done {
                return Ok(Value::new_null(ctx.clone()));
            }
            rquickjs::String::from_str(ctx.clone(), ssl.version_str())?.into_value()
        }
        "cipher" => match ssl.current_cipher() {
            Some(c) => {
                let o = Object::new(ctx.clone())?;
                o.set("name", c.name())?;
                o.set("standardName", c.standard_name().unwrap_or(c.name()))?;
                o.set("version", c.version())?;
                o.into_value()
            }
            None => Value::new_undefined(ctx.clone()),
        },
        "alpn" => match ssl.selected_alpn_protocol() {
            Some(p) => {
                rquickjs::String::from_str(ctx.clone(), &String::from_utf8_lossy(p))?.into_value()
            }
            None => Value::new_bool(ctx.clone(), false),
        },
        "session" => match ssl.session().and_then(|s| s.to_der().ok()) {
            Some(d) => array_buffer(ctx, d)?,
            None => Value::new_undefined(ctx.clone()),
        },
        "reused" => Value::new_bool(ctx.clone(), ssl.session_reused()),
        // The session ticket the server gave this client (none on a server).
        "ticket" => {
            let ticket = ssl.session().and_then(|sess| {
                let mut p: *const u8 = std::ptr::null();
                let mut len = 0usize;
                // SAFETY: reads a pointer into the live session's own ticket bytes.
                unsafe { SSL_SESSION_get0_ticket(sess.as_ptr(), &mut p, &mut len) };
                // SAFETY: `len` bytes at `p`, copied before the session can change.
                (!p.is_null()).then(|| unsafe { std::slice::from_raw_parts(p, len) }.to_vec())
            });
            match ticket {
                Some(t) => array_buffer(ctx, t)?,
                None => Value::new_undefined(ctx.clone()),
            }
        }
        "sharedSigalgs" => {
            let arr = Array::new(ctx.clone())?;
            for (i, name) in shared_sigalgs(ssl).into_iter().enumerate() {
                arr.set(i, name)?;
            }
            arr.into_value()
        }
        "servername" => match ssl.servername(openssl::ssl::NameType::HOST_NAME) {
            Some(s) => rquickjs::String::from_str(ctx.clone(), s)?.into_value(),
            None => Value::new_bool(ctx.clone(), false),
        },
        "sniName" => match e.extra().and_then(|x| x.sni_name.clone()) {
            Some(s) => rquickjs::String::from_str(ctx.clone(), &s)?.into_value(),
            None => Value::new_undefined(ctx.clone()),
        },
        "keylog" => {
            let list = e
                .extra()
                .and_then(|x| x.keylines.get_mut().ok().map(std::mem::take));
            buffers(ctx, list.unwrap_or_default())?
        }
        "sessions" => {
            let list = e.extra().map(|x| std::mem::take(&mut x.sessions));
            buffers(ctx, list.unwrap_or_default())?
        }
        "verifyError" => {
            // No certificate from the peer reads as Node's UNABLE_TO_GET_ISSUER_CERT.
            let code = if ssl.peer_certificate().is_none() {
                2
            } else {
                ssl.verify_result().as_raw()
            };
            if code == 0 {
                Value::new_null(ctx.clone())
            } else {
                let arr = Array::new(ctx.clone())?;
                arr.set(0, verify_code(code).unwrap_or("UNSPECIFIED"))?;
                arr.set(
                    1,
                    // SAFETY: `code` is a verification result OpenSSL reported.
                    unsafe { openssl::x509::X509VerifyResult::from_raw(code) }.error_string(),
                )?;
                arr.into_value()
            }
        }
        "finished" | "peerFinished" => {
            let mut buf = [0u8; 128];
            let n = if what == "finished" {
                ssl.finished(&mut buf)
            } else {
                ssl.peer_finished(&mut buf)
            };
            if n == 0 {
                Value::new_undefined(ctx.clone())
            } else {
                array_buffer(ctx, buf[..n.min(128)].to_vec())?
            }
        }
        "ephemeral" => match ssl.peer_tmp_key() {
            Ok(k) => {
                let o = Object::new(ctx.clone())?;
                match k.id() {
                    openssl::pkey::Id::X25519 => {
                        o.set("type", "ECDH")?;
                        o.set("name", "X25519")?;
                        o.set("size", 253)?;
                    }
                    openssl::pkey::Id::X448 => {
                        o.set("type", "ECDH")?;
                        o.set("name", "X448")?;
                        o.set("size", 448)?;
                    }
                    openssl::pkey::Id::DH => {
                        o.set("type", "DH")?;
                        o.set("size", k.bits())?;
                    }
                    _ => {
                        o.set("type", "ECDH")?;
                        if let Ok(ec) = k.ec_key() {
                            if let Some(n) = ec.group().curve_name() {
                                o.set("name", n.short_name().unwrap_or(""))?;
                            }
                        }
                        o.set("size", k.bits())?;
                    }
                }
                o.into_value()
            }
            Err(_) => {
                let _ = openssl::error::ErrorStack::get();
                Object::new(ctx.clone())?.into_value()
            }
        },
        _ => Value::new_undefined(ctx.clone()),
    };
    Ok(v)
}

/// An OpenSSL error of a connection as Node reports it: Node's code, `library` and
/// `reason`, and OpenSSL's full line as the message
/// (`<thread>:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:<file>:<line>:`).
fn tls_error<'js>(ctx: &Ctx<'js>, stack: openssl::error::ErrorStack) -> Result<Value<'js>> {
    let first = stack.errors().first().map(|e| {
        // SAFETY: pthread_self has no preconditions.
        let thread = unsafe { libc::pthread_self() } as u64;
        format!(
            "{:016X}:error:{:08X}:{}:{}:{}:{}:{}:{}\n",
            thread,
            e.code(),
            e.library().unwrap_or(""),
            e.function().unwrap_or(""),
            e.reason().unwrap_or(""),
            e.file(),
            e.line(),
            e.data().unwrap_or("")
        )
    });
    let v = CryptoError::from(stack).to_js(ctx)?;
    if let (Some(msg), Some(o)) = (first, v.as_object()) {
        o.set("message", msg)?;
    }
    Ok(v)
}

fn ab_or_undefined<'js>(ctx: &Ctx<'js>, v: Vec<u8>) -> Result<Value<'js>> {
    if v.is_empty() {
        Ok(Value::new_undefined(ctx.clone()))
    } else {
        array_buffer(ctx, v)
    }
}

/// The size in bits of PEM DH parameters, or 0 when `pem` holds none.
fn dh_param_bits(pem: &[u8]) -> u32 {
    match Dh::params_from_pem(pem) {
        Ok(dh) => dh.prime_p().num_bits().max(0) as u32,
        Err(_) => {
            let _ = openssl::error::ErrorStack::get();
            0
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(
        ctx,
        &o,
        "dhParamBits",
        |ctx: Ctx<'js>, pem: Value<'js>| -> Result<u32> { with_bytes(&ctx, &pem, dh_param_bits) },
    )?;
    bind::func(
        ctx,
        &o,
        "contextNew",
        |ctx: Ctx<'js>, opts: Object<'js>| -> Result<Value<'js>> {
            let sc = build_context(&ctx, &opts)?;
            Ok(Class::instance(ctx.clone(), SecureContext { ctx: sc })?.into_value())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineNew",
        |ctx: Ctx<'js>, sc: Value<'js>, server: bool, opts: Object<'js>| -> Result<Value<'js>> {
            let sc = context_of(&ctx, &sc)?;
            let sslctx = sc.borrow().ctx.clone();
            let e = new_engine(&ctx, &sslctx, server, &opts)?;
            Ok(Class::instance(ctx.clone(), e)?.into_value())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineCycle",
        |ctx: Ctx<'js>, e: Value<'js>, input: Value<'js>| -> Result<Array<'js>> {
            let e = engine_of(&ctx, &e)?;
            let mut eng = e.borrow_mut();
            if !input.is_undefined() {
                with_bytes(&ctx, &input, |b| eng.feed(b))?;
            }
            let (mut flags, plain, err) = eng.cycle();
            if eng
                .extra()
                .is_some_and(|x| x.keylines.get_mut().is_ok_and(|v| !v.is_empty()))
            {
                flags |= F_KEYLOG;
            }
            let out = eng.pending_out();
            drop(eng);
            let arr = Array::new(ctx.clone())?;
            arr.set(0, flags)?;
            arr.set(1, ab_or_undefined(&ctx, plain)?)?;
            arr.set(2, ab_or_undefined(&ctx, out)?)?;
            if let Some(err) = err {
                arr.set(3, tls_error(&ctx, err)?)?;
            }
            Ok(arr)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineWrite",
        |ctx: Ctx<'js>, e: Value<'js>, data: Value<'js>| -> Result<Value<'js>> {
            let e = engine_of(&ctx, &e)?;
            let mut eng = e.borrow_mut();
            let ssl = eng.ssl.as_ptr();
            let r = with_bytes(&ctx, &data, |b| {
                let mut off = 0;
                while off < b.len() {
                    let n = (b.len() - off).min(1 << 30);
                    // SAFETY: writes from the caller's bytes into the SSL (memory BIO out).
                    let r = unsafe {
                        openssl_sys::SSL_write(ssl, b[off..].as_ptr() as *const c_void, n as c_int)
                    };
                    if r <= 0 {
                        let code = unsafe { openssl_sys::SSL_get_error(ssl, r) };
                        return Err(err_stack(code));
                    }
                    off += r as usize;
                }
                Ok(())
            })?;
            if let Err(err) = r {
                eng.failed = true;
                drop(eng);
                let v = tls_error(&ctx, err)?;
                return Err(ctx.throw(v));
            }
            let out = eng.pending_out();
            drop(eng);
            ab_or_undefined(&ctx, out)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineShutdown",
        |ctx: Ctx<'js>, e: Value<'js>| -> Result<Value<'js>> {
            let e = engine_of(&ctx, &e)?;
            let eng = e.borrow_mut();
            if eng.done && !eng.failed {
                // SAFETY: queues a close_notify alert in the write BIO.
                unsafe { openssl_sys::SSL_shutdown(eng.ssl.as_ptr()) };
                let _ = openssl::error::ErrorStack::get();
            }
            let out = eng.pending_out();
            drop(eng);
            ab_or_undefined(&ctx, out)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineSetContext",
        |ctx: Ctx<'js>, e: Value<'js>, sc: Value<'js>| -> Result<()> {
            let e = engine_of(&ctx, &e)?;
            let sc = context_of(&ctx, &sc)?;
            let sslctx = sc.borrow().ctx.clone();
            let mut eng = e.borrow_mut();
            eng.ssl
                .set_ssl_context(&sslctx)
                .map_err(|err| ssl_err(&ctx, err))?;
            Ok(())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineResume",
        |ctx: Ctx<'js>, e: Value<'js>| -> Result<()> {
            let e = engine_of(&ctx, &e)?;
            let mut eng = e.borrow_mut();
            if let Some(x) = eng.extra() {
                x.sni = 3;
            }
            Ok(())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineInfo",
        |ctx: Ctx<'js>, e: Value<'js>, what: String| -> Result<Value<'js>> {
            let e = engine_of(&ctx, &e)?;
            let mut eng = e.borrow_mut();
            info(&ctx, &mut eng, &what)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineExportKeyingMaterial",
        |ctx: Ctx<'js>,
         e: Value<'js>,
         len: u32,
         label: String,
         context: Value<'js>|
         -> Result<Value<'js>> {
            let e = engine_of(&ctx, &e)?;
            let eng = e.borrow();
            let c = if context.is_undefined() {
                None
            } else {
                Some(bytes_vec(&ctx, &context)?)
            };
            let mut out = vec![0u8; len as usize];
            eng.ssl
                .export_keying_material(&mut out, &label, c.as_deref())
                .map_err(|err| ssl_err(&ctx, err))?;
            array_buffer(&ctx, out)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "enginePeerChain",
        |ctx: Ctx<'js>, e: Value<'js>| -> Result<Array<'js>> {
            let e = engine_of(&ctx, &e)?;
            let eng = e.borrow();
            let arr = Array::new(ctx.clone())?;
            let ssl = &eng.ssl;
            let Some(leaf) = ssl.peer_certificate() else {
                return Ok(arr);
            };
            arr.set(0, cert_object(&ctx, &leaf)?)?;
            // The verified chain when there is one (leaf to root); else what the peer sent.
            let chain = ssl.verified_chain().or_else(|| ssl.peer_cert_chain());
            let mut i = 1;
            if let Some(chain) = chain {
                let leaf_der = leaf.to_der().unwrap_or_default();
                for c in chain {
                    if c.to_der().unwrap_or_default() == leaf_der {
                        continue;
                    }
                    arr.set(i, cert_object(&ctx, c)?)?;
                    i += 1;
                }
            }
            Ok(arr)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineSetKeylog",
        |ctx: Ctx<'js>, e: Value<'js>| -> Result<()> {
            let e = engine_of(&ctx, &e)?;
            if let Some(x) = e.borrow_mut().extra() {
                x.keylog = true;
            }
            Ok(())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineSetMaxSendFragment",
        |ctx: Ctx<'js>, e: Value<'js>, size: i32| -> Result<bool> {
            let e = engine_of(&ctx, &e)?;
            let eng = e.borrow();
            // SAFETY: SSL_set_max_send_fragment on a live connection; OpenSSL refuses sizes
            // outside 512..=16384 with 0.
            let ok = unsafe {
                openssl_sys::SSL_ctrl(
                    eng.ssl.as_ptr(),
                    SSL_CTRL_SET_MAX_SEND_FRAGMENT,
                    size as c_long,
                    std::ptr::null_mut(),
                )
            };
            let _ = openssl::error::ErrorStack::get();
            Ok(ok == 1)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "engineOwnCert",
        |ctx: Ctx<'js>, e: Value<'js>| -> Result<Value<'js>> {
            let e = engine_of(&ctx, &e)?;
            let eng = e.borrow();
            match eng.ssl.certificate() {
                Some(c) => Ok(cert_object(&ctx, c)?.into_value()),
                None => Ok(Value::new_null(ctx.clone())),
            }
        },
    )?;
    bind::func(
        ctx,
        &o,
        "certInfo",
        |ctx: Ctx<'js>, pem: Value<'js>| -> Result<Object<'js>> {
            let b = bytes_vec(&ctx, &pem)?;
            let c = X509::from_pem(&b)
                .or_else(|_| X509::from_der(&b))
                .map_err(|e| ssl_err(&ctx, e))?;
            cert_object(&ctx, &c)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getCiphers",
        |ctx: Ctx<'js>| -> Result<Vec<String>> {
            let b = SslContextBuilder::new(SslMethod::tls()).map_err(|e| ssl_err(&ctx, e))?;
            let sc = b.build();
            let ssl = Ssl::new(&sc).map_err(|e| ssl_err(&ctx, e))?;
            let mut out = Vec::new();
            // SAFETY: SSL_get_ciphers returns a stack owned by the SSL, read while it lives.
            unsafe {
                let sk = SSL_get_ciphers(ssl.as_ptr());
                if !sk.is_null() {
                    let n = OPENSSL_sk_num(sk);
                    for i in 0..n {
                        let c = OPENSSL_sk_value(sk, i);
                        let name = SSL_CIPHER_get_name(c);
                        if !name.is_null() {
                            out.push(
                                std::ffi::CStr::from_ptr(name)
                                    .to_string_lossy()
                                    .into_owned(),
                            );
                        }
                    }
                }
            }
            Ok(out)
        },
    )?;
    Ok(o)
}
