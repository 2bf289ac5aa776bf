//! The parts of Web Crypto (`crypto.subtle`, js/internal/crypto/webcrypto.js) the rest of
//! the binding does not already provide: one-shot AES (CTR with Web Crypto's counter-length
//! rule, CBC, GCM with the tag appended, and RFC 3394 key wrap), one-shot HMAC and digests
//! (on the blocking pool), and raw EC public points.
//!
//! | function | does |
//! |---|---|
//! | `wcAes(mode, key, data, {decrypt, iv, aad, n}, cb?)` | `mode` 'ctr'/'cbc'/'gcm'/'kw'; `n` is the counter length in bits (CTR) or the tag length in bytes (GCM); GCM decryption takes the tag at the end of `data` |
//! | `wcHmac(digest, key, data, cb?)` | the HMAC of `data` |
//! | `wcDigest(digest, data, cb?)` | the digest of `data` |
//! | `wcEcPublicRaw(h)` | the uncompressed point of an EC key |
//! | `wcEcImportRaw(curve, bytes)` | a public EC key handle from an (un)compressed point; throws when the point is not on the curve |
//!
//! Failures come back as plain errors; JS turns them into Web Crypto's `OperationError`.

use super::error::{CResult, CryptoError};
use super::hash::{digest, hmac};
use super::keys::{curve_nid, key_of, KeyData};
use super::{array_buffer, bytes_vec, new_handle, run_job, string_arg, with_bytes, Out, State};
use openssl::bn::BigNumContext;
use openssl::cipher::{Cipher, CipherRef};
use openssl::cipher_ctx::CipherCtx;
use openssl::ec::{EcGroup, EcKey, EcPoint, PointConversionForm};
use openssl::pkey::{Id, PKey};
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};

/// Largest piece handed to one EVP_CipherUpdate call (its length is a C int).
const CHUNK: usize = 1 << 30;

fn op_failed() -> CryptoError {
    CryptoError::msg("The operation failed for an operation-specific reason")
}

fn aes_cipher(mode: &str, key_len: usize) -> CResult<&'static CipherRef> {
    Ok(match (mode, key_len) {
        ("ctr", 16) => Cipher::aes_128_ctr(),
        ("ctr", 24) => Cipher::aes_192_ctr(),
        ("ctr", 32) => Cipher::aes_256_ctr(),
        ("cbc", 16) => Cipher::aes_128_cbc(),
        ("cbc", 24) => Cipher::aes_192_cbc(),
        ("cbc", 32) => Cipher::aes_256_cbc(),
        ("gcm", 16) => Cipher::aes_128_gcm(),
        ("gcm", 24) => Cipher::aes_192_gcm(),
        ("gcm", 32) => Cipher::aes_256_gcm(),
        _ => return Err(op_failed()),
    })
}

/// Runs a stream mode (CTR, GCM) over `buf` in place.
fn update_in_place(ctx: &mut CipherCtx, buf: &mut [u8]) -> CResult<()> {
    for piece in buf.chunks_mut(CHUNK) {
        let n = piece.len();
        ctx.cipher_update_inplace(piece, n)?;
    }
    Ok(())
}

/// AES-CTR where only the low `bits` bits of the counter block count (Web Crypto's rule):
/// when they would wrap, the rest of the data continues from a counter whose low bits are 0.
fn aes_ctr(key: &[u8], counter: &[u8], bits: u32, data: &mut [u8]) -> CResult<()> {
    if counter.len() != 16 || bits == 0 || bits > 128 {
        return Err(op_failed());
    }
    let cipher = aes_cipher("ctr", key.len())?;
    let blocks = (data.len() as u128).div_ceil(16);
    let ctr = u128::from_be_bytes(counter.try_into().map_err(|_| op_failed())?);
    let (first_blocks, restart) = if bits == 128 {
        (blocks, None)
    } else {
        let modulus = 1u128 << bits;
        if blocks > modulus {
            return Err(op_failed());
        }
        let low = ctr & (modulus - 1);
        let left = modulus - low;
        if blocks <= left {
            (blocks, None)
        } else {
            (left, Some(ctr & !(modulus - 1)))
        }
    };
    let split = ((first_blocks * 16) as usize).min(data.len());
    let (a, b) = data.split_at_mut(split);
    let mut ctx = CipherCtx::new()?;
    ctx.encrypt_init(Some(cipher), Some(key), Some(counter))?;
    update_in_place(&mut ctx, a)?;
    if let Some(c) = restart {
        let mut ctx = CipherCtx::new()?;
        ctx.encrypt_init(Some(cipher), Some(key), Some(&c.to_be_bytes()))?;
        update_in_place(&mut ctx, b)?;
    }
    Ok(())
}

fn aes_cbc(key: &[u8], iv: &[u8], decrypt: bool, data: &[u8]) -> CResult<Vec<u8>> {
    let cipher = aes_cipher("cbc", key.len())?;
    if iv.len() != 16 {
        return Err(op_failed());
    }
    let mut ctx = CipherCtx::new()?;
    if decrypt {
        ctx.decrypt_init(Some(cipher), Some(key), Some(iv))?;
    } else {
        ctx.encrypt_init(Some(cipher), Some(key), Some(iv))?;
    }
    let mut out = Vec::with_capacity(data.len() + 16);
    for piece in data.chunks(CHUNK) {
        ctx.cipher_update_vec(piece, &mut out)?;
    }
    ctx.cipher_final_vec(&mut out)?;
    Ok(out)
}

fn aes_gcm(
    key: &[u8],
    iv: &[u8],
    decrypt: bool,
    mut data: Vec<u8>,
    aad: Option<&[u8]>,
    tag_len: usize,
) -> CResult<Vec<u8>> {
    let cipher = aes_cipher("gcm", key.len())?;
    if iv.is_empty() || !(4..=16).contains(&tag_len) {
        return Err(op_failed());
    }
    let mut ctx = CipherCtx::new()?;
    if decrypt {
        ctx.decrypt_init(Some(cipher), None, None)?;
    } else {
        ctx.encrypt_init(Some(cipher), None, None)?;
    }
    ctx.set_iv_length(iv.len())?;
    if decrypt {
        ctx.decrypt_init(None, Some(key), Some(iv))?;
    } else {
        ctx.encrypt_init(None, Some(key), Some(iv))?;
    }
    if let Some(a) = aad {
        for piece in a.chunks(CHUNK) {
            ctx.cipher_update(piece, None)?;
        }
    }
    if decrypt {
        if data.len() < tag_len {
            return Err(op_failed());
        }
        let tag = data.split_off(data.len() - tag_len);
        update_in_place(&mut ctx, &mut data)?;
        ctx.set_tag(&tag)?;
        ctx.cipher_final(&mut []).map_err(|_| op_failed())?;
        Ok(data)
    } else {
        update_in_place(&mut ctx, &mut data)?;
        ctx.cipher_final(&mut [])?;
        let mut tag = vec![0u8; tag_len];
        ctx.tag(&mut tag)?;
        data.extend_from_slice(&tag);
        Ok(data)
    }
}

/// RFC 3394 AES key wrap with the default IV.
fn aes_kw(key: &[u8], decrypt: bool, data: &[u8]) -> CResult<Vec<u8>> {
    use openssl::aes::{unwrap_key, wrap_key, AesKey};
    if !matches!(key.len(), 16 | 24 | 32) || !data.len().is_multiple_of(8) {
        return Err(op_failed());
    }
    if decrypt {
        if data.len() < 24 {
            return Err(op_failed());
        }
        let k = AesKey::new_decrypt(key).map_err(|_| op_failed())?;
        let mut out = vec![0u8; data.len() - 8];
        let n = unwrap_key(&k, None, &mut out, data).map_err(|_| op_failed())?;
        out.truncate(n);
        Ok(out)
    } else {
        if data.len() < 16 {
            return Err(op_failed());
        }
        let k = AesKey::new_encrypt(key).map_err(|_| op_failed())?;
        let mut out = vec![0u8; data.len() + 8];
        let n = wrap_key(&k, None, &mut out, data).map_err(|_| op_failed())?;
        out.truncate(n);
        Ok(out)
    }
}

/// The uncompressed point of an EC key.
fn ec_public_raw(k: &KeyData) -> CResult<Vec<u8>> {
    let ec = match k {
        KeyData::Public(p) if p.id() == Id::EC => p.ec_key()?,
        KeyData::Private(p) if p.id() == Id::EC => {
            let e = p.ec_key()?;
            EcKey::from_public_key(e.group(), e.public_key())?
        }
        _ => return Err(CryptoError::msg("Not an EC key")),
    };
    let mut bctx = BigNumContext::new()?;
    Ok(ec
        .public_key()
        .to_bytes(ec.group(), PointConversionForm::UNCOMPRESSED, &mut bctx)?)
}

fn ec_import_raw(curve: &str, bytes: &[u8]) -> CResult<KeyData> {
    let nid = curve_nid(curve).ok_or_else(|| CryptoError::msg("Invalid curve"))?;
    let group = EcGroup::from_curve_name(nid)?;
    let mut bctx = BigNumContext::new()?;
    let point = EcPoint::from_bytes(&group, bytes, &mut bctx)?;
    let key = EcKey::from_public_key(&group, &point)?;
    key.check_key()?;
    Ok(KeyData::Public(PKey::from_ec_key(key)?))
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "wcAes",
        |ctx: Ctx<'js>,
         mode: Value<'js>,
         key: Value<'js>,
         data: Value<'js>,
         params: Object<'js>,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let mode = string_arg(&ctx, &mode)?;
            let decrypt = params.get::<_, Option<bool>>("decrypt")?.unwrap_or(false);
            let n = params.get::<_, Option<f64>>("n")?.unwrap_or(0.0);
            let key = bytes_vec(&ctx, &key)?;
            let iv = super::opt_bytes_vec(&ctx, &params.get::<_, Value<'js>>("iv")?)?
                .unwrap_or_default();
            // Room for a GCM tag, so appending it does not copy the whole buffer again.
            let data = with_bytes(&ctx, &data, |b| {
                let mut v = Vec::with_capacity(b.len() + 16);
                v.extend_from_slice(b);
                v
            })?;
            let aad = super::opt_bytes_vec(&ctx, &params.get::<_, Value<'js>>("aad")?)?;
            let n = if n.is_finite() && n >= 0.0 {
                n as u32
            } else {
                0
            };
            run_job(&ctx, cb, move || {
                let out = match mode.as_str() {
                    "ctr" => {
                        let mut data = data;
                        aes_ctr(&key, &iv, n, &mut data)?;
                        data
                    }
                    "cbc" => aes_cbc(&key, &iv, decrypt, &data)?,
                    "gcm" => aes_gcm(&key, &iv, decrypt, data, aad.as_deref(), n as usize)?,
                    "kw" => aes_kw(&key, decrypt, &data)?,
                    _ => return Err(op_failed()),
                };
                Ok(Out::Bytes(out))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "wcHmac",
        |ctx: Ctx<'js>,
         md: Value<'js>,
         key: Value<'js>,
         data: Value<'js>,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let md = string_arg(&ctx, &md)?;
            let Some(md) = digest(&md) else {
                return Err(op_failed().throw(&ctx));
            };
            let key = bytes_vec(&ctx, &key)?;
            let data = bytes_vec(&ctx, &data)?;
            run_job(&ctx, cb, move || Ok(Out::Bytes(hmac(md, &key, &[&data])?)))
        },
    )?;
    bind::func(
        ctx,
        o,
        "wcDigest",
        |ctx: Ctx<'js>, md: Value<'js>, data: Value<'js>, cb: Value<'js>| -> Result<Value<'js>> {
            let md = string_arg(&ctx, &md)?;
            let Some(md) = digest(&md) else {
                return Err(op_failed().throw(&ctx));
            };
            let data = bytes_vec(&ctx, &data)?;
            run_job(&ctx, cb, move || {
                Ok(Out::Bytes(openssl::hash::hash(md, &data)?.to_vec()))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "wcEcPublicRaw",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            match ec_public_raw(&key_of(&ctx, &h)?) {
                Ok(b) => array_buffer(&ctx, b),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "wcEcImportRaw",
        |ctx: Ctx<'js>, curve: Value<'js>, bytes: Value<'js>| -> Result<Value<'js>> {
            let curve = string_arg(&ctx, &curve)?;
            let bytes = bytes_vec(&ctx, &bytes)?;
            match ec_import_raw(&curve, &bytes) {
                Ok(k) => new_handle(&ctx, State::Key(k)),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn kw_rfc3394_vector() {
        // RFC 3394 section 4.1: 128-bit KEK, 128-bit key data.
        let kek = hex("000102030405060708090A0B0C0D0E0F");
        let data = hex("00112233445566778899AABBCCDDEEFF");
        let wrapped = aes_kw(&kek, false, &data).unwrap();
        assert_eq!(
            wrapped,
            hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5")
        );
        assert_eq!(aes_kw(&kek, true, &wrapped).unwrap(), data);
        assert!(aes_kw(&kek, false, &data[..12]).is_err());
    }

    #[test]
    fn ctr_counter_wraps_in_low_bits() {
        let key = [7u8; 16];
        let mut counter = [0u8; 16];
        counter[15] = 0xff;
        counter[0] = 0xaa;
        // 2 blocks with an 8-bit counter: block 0 uses ..ff, block 1 uses ..00 (upper bits kept).
        let mut data = vec![0u8; 32];
        aes_ctr(&key, &counter, 8, &mut data).unwrap();
        let mut b1 = vec![0u8; 16];
        let mut c1 = counter;
        c1[15] = 0;
        aes_ctr(&key, &c1, 128, &mut b1).unwrap();
        assert_eq!(&data[16..], &b1[..]);
        // More blocks than the counter can count.
        let mut big = vec![0u8; 16 * 257];
        assert!(aes_ctr(&key, &counter, 8, &mut big).is_err());
    }
}
