//! The compression engines behind `node:zlib`, as plain Rust: one [`Engine`] per stream,
//! driven one step at a time like Node's `CompressionStream::Write` — hand it the flush
//! mode, the input and an output window, get back how much of each is left, or Node's
//! error (`message`, `code`, `errno`).
//!
//! zlib formats come from zlib-rs (through its C-API crate, for windowBits, memLevel,
//! strategy, dictionaries and `deflateParams`), brotli from the `brotli` crate.

use super::brotli::{BrotliDec, BrotliEnc};
use super::zstream::ZlibCtx;

/// Node's `node_zlib_mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Deflate = 1,
    Inflate = 2,
    Gzip = 3,
    Gunzip = 4,
    DeflateRaw = 5,
    InflateRaw = 6,
    Unzip = 7,
    BrotliDecode = 8,
    BrotliEncode = 9,
}

impl Mode {
    pub fn from_i32(m: i32) -> Option<Mode> {
        Some(match m {
            1 => Mode::Deflate,
            2 => Mode::Inflate,
            3 => Mode::Gzip,
            4 => Mode::Gunzip,
            5 => Mode::DeflateRaw,
            6 => Mode::InflateRaw,
            7 => Mode::Unzip,
            8 => Mode::BrotliDecode,
            9 => Mode::BrotliEncode,
            _ => return None,
        })
    }
}

/// A failed step, as Node reports it: `new Error(message)` with `errno` and `code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZError {
    pub message: String,
    pub code: String,
    pub errno: i32,
}

impl ZError {
    pub fn new(message: impl Into<String>, code: impl Into<String>, errno: i32) -> Self {
        ZError {
            message: message.into(),
            code: code.into(),
            errno,
        }
    }
}

/// What is left after a step: `(avail_in, avail_out)`.
pub type Left = (usize, usize);

/// One compression stream.
pub enum Engine {
    Zlib(Box<ZlibCtx>),
    BrotliEnc(Box<BrotliEnc>),
    BrotliDec(Box<BrotliDec>),
}

/// The zlib options (already validated by JS, as Node's `Zlib` constructor does).
#[derive(Clone, Debug)]
pub struct ZlibOptions {
    pub window_bits: i32,
    pub level: i32,
    pub mem_level: i32,
    pub strategy: i32,
    pub dictionary: Vec<u8>,
}

impl Default for ZlibOptions {
    fn default() -> Self {
        ZlibOptions {
            window_bits: 15,
            level: -1,
            mem_level: 8,
            strategy: 0,
            dictionary: Vec::new(),
        }
    }
}

impl Engine {
    /// A zlib-format engine (deflate, inflate, gzip, gunzip, raw, unzip). Like Node, the
    /// zlib stream itself is set up on the first step, so this cannot fail.
    pub fn zlib(mode: Mode, opts: ZlibOptions) -> Option<Engine> {
        ZlibCtx::new(mode, opts).map(|c| Engine::Zlib(Box::new(c)))
    }

    /// A brotli engine with Node's init params: `params[i]` for parameter `i`, `u32::MAX`
    /// meaning unset. Fails ("Initialization failed") when a parameter is refused.
    pub fn brotli(mode: Mode, params: &[u32]) -> Result<Engine, ZError> {
        let init_failed = || {
            ZError::new(
                "Initialization failed",
                "ERR_ZLIB_INITIALIZATION_FAILED",
                -1,
            )
        };
        match mode {
            Mode::BrotliEncode => {
                let mut e = BrotliEnc::new();
                for (k, &v) in params.iter().enumerate() {
                    if v != u32::MAX && !e.set_param(k as u32, v) {
                        return Err(init_failed());
                    }
                }
                Ok(Engine::BrotliEnc(Box::new(e)))
            }
            Mode::BrotliDecode => {
                let mut d = BrotliDec::new();
                for (k, &v) in params.iter().enumerate() {
                    if v != u32::MAX && !d.set_param(k as u32, v) {
                        return Err(init_failed());
                    }
                }
                Ok(Engine::BrotliDec(Box::new(d)))
            }
            _ => Err(init_failed()),
        }
    }

    /// One step: consume from `input`, produce into `out`, with Node's flush value
    /// (`Z_*` for zlib, `BROTLI_OPERATION_*` for brotli).
    pub fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Left, ZError> {
        // A panic inside a codec (a bug, not bad input) must not take the process down:
        // it fails this stream like a corrupt input would.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match self {
            Engine::Zlib(z) => z.write(flush, input, out),
            Engine::BrotliEnc(e) => e.write(flush, input, out),
            Engine::BrotliDec(d) => d.write(flush, input, out),
        }));
        r.unwrap_or_else(|_| {
            Err(match self {
                Engine::BrotliDec(_) => {
                    ZError::new("Decompression failed", "ERR__ERROR_UNREACHABLE", -31)
                }
                Engine::BrotliEnc(_) => {
                    ZError::new("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1)
                }
                Engine::Zlib(_) => ZError::new("Zlib error", "Z_STREAM_ERROR", -2),
            })
        })
    }

    /// `zlib.reset()`: back to the state after construction (Node keeps the dictionary for
    /// zlib; brotli gets a fresh instance with default parameters, as Node's does).
    pub fn reset(&mut self) -> Result<(), ZError> {
        match self {
            Engine::Zlib(z) => z.reset(),
            Engine::BrotliEnc(e) => {
                **e = BrotliEnc::new();
                Ok(())
            }
            Engine::BrotliDec(d) => {
                **d = BrotliDec::new();
                Ok(())
            }
        }
    }

    /// `deflateParams` (a no-op for other kinds, as in Node).
    pub fn params(&mut self, level: i32, strategy: i32) -> Result<(), ZError> {
        match self {
            Engine::Zlib(z) => z.params(level, strategy),
            _ => Ok(()),
        }
    }

    /// Runs a whole buffer through, as Node's `processChunkSync` does: output windows of
    /// `first` bytes then `chunk` bytes, until a step leaves output room. Returns the output
    /// and how much input was consumed, or `Err(None)` once the output would pass `max`.
    pub fn run(
        &mut self,
        flush: i32,
        input: &[u8],
        first: usize,
        chunk: usize,
        max: usize,
    ) -> Result<(Vec<u8>, usize), Option<ZError>> {
        let mut out: Vec<u8> = Vec::new();
        let mut pos = 0usize;
        let mut window = first.max(1);
        loop {
            let start = out.len();
            out.resize(start + window, 0);
            let (avail_in, avail_out) = self
                .write(flush, &input[pos..], &mut out[start..])
                .map_err(Some)?;
            pos = input.len() - avail_in;
            out.truncate(start + (window - avail_out));
            if out.len() > max {
                return Err(None);
            }
            if avail_out != 0 {
                break;
            }
            window = chunk.max(1);
        }
        Ok((out, pos))
    }
}

/// CRC-32 (zlib's polynomial) of `data`, continuing from `crc`.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    // SAFETY: the pointer and length come from a live slice.
    unsafe { libz_rs_sys::crc32_z(crc as _, data.as_ptr(), data.len()) as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    const Z_NO_FLUSH: i32 = 0;
    const Z_SYNC_FLUSH: i32 = 2;
    const Z_FULL_FLUSH: i32 = 3;
    const Z_FINISH: i32 = 4;

    fn zlib(mode: Mode) -> Engine {
        zlib_with(mode, ZlibOptions::default())
    }

    fn zlib_with(mode: Mode, opts: ZlibOptions) -> Engine {
        let mut o = opts;
        if matches!(mode, Mode::Inflate | Mode::Gunzip | Mode::Unzip) && o.window_bits == 15 {
            o.window_bits = 0;
        }
        Engine::zlib(mode, o).unwrap()
    }

    fn all(e: &mut Engine, flush: i32, input: &[u8]) -> Result<Vec<u8>, ZError> {
        e.run(flush, input, 16384, 16384, usize::MAX)
            .map(|(o, _)| o)
            .map_err(|e| e.unwrap())
    }

    fn text(n: usize) -> Vec<u8> {
        let words = [
            "lorem ",
            "ipsum ",
            "dolor ",
            "sit ",
            "amet\n",
            "{\"id\": 42} ",
        ];
        let mut seed = 1234u32;
        let mut v = Vec::with_capacity(n);
        while v.len() < n {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            v.extend_from_slice(words[(seed >> 16) as usize % words.len()].as_bytes());
        }
        v.truncate(n);
        v
    }

    #[test]
    fn crc32_vectors() {
        assert_eq!(crc32(0, b""), 0);
        assert_eq!(crc32(0, b"hello"), 907060870);
        assert_eq!(crc32(0, b"123456789"), 0xcbf43926);
        assert_eq!(crc32(crc32(0, b"hello "), b"world"), 222957957);
    }

    #[test]
    fn round_trips_every_format() {
        let data = text(300_000);
        for (c, d) in [
            (Mode::Deflate, Mode::Inflate),
            (Mode::Gzip, Mode::Gunzip),
            (Mode::DeflateRaw, Mode::InflateRaw),
            (Mode::Gzip, Mode::Unzip),
            (Mode::Deflate, Mode::Unzip),
        ] {
            let z = all(&mut zlib(c), Z_FINISH, &data).unwrap();
            assert!(z.len() < data.len() / 2, "{c:?}");
            let back = all(&mut zlib(d), Z_FINISH, &z).unwrap();
            assert_eq!(back, data, "{c:?} -> {d:?}");
        }
    }

    #[test]
    fn gzip_header_is_zlibs() {
        let z = all(&mut zlib(Mode::Gzip), Z_FINISH, b"hello").unwrap();
        assert_eq!(&z[..10], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
        assert_eq!(
            z,
            [
                0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0, 0x86,
                0xa6, 0x10, 0x36, 5, 0, 0, 0
            ]
        );
    }

    #[test]
    fn corrupt_input_errors() {
        let e = all(&mut zlib(Mode::Inflate), Z_FINISH, b"hello world").unwrap_err();
        assert_eq!(e, ZError::new("incorrect header check", "Z_DATA_ERROR", -3));
        let gz = all(&mut zlib(Mode::Gzip), Z_FINISH, b"hello hello hello").unwrap();
        let e = all(&mut zlib(Mode::Gunzip), Z_FINISH, &gz[..gz.len() - 4]).unwrap_err();
        assert_eq!(e, ZError::new("unexpected end of file", "Z_BUF_ERROR", -5));
        let e = all(&mut zlib(Mode::Gunzip), Z_FINISH, b"").unwrap_err();
        assert_eq!(e.code, "Z_BUF_ERROR");
        let mut bad = gz.clone();
        let n = bad.len();
        bad[n - 6] ^= 1;
        let e = all(&mut zlib(Mode::Gunzip), Z_FINISH, &bad).unwrap_err();
        assert_eq!(e, ZError::new("incorrect data check", "Z_DATA_ERROR", -3));
        let e = all(&mut zlib(Mode::InflateRaw), Z_FINISH, b"hello world").unwrap_err();
        assert_eq!(
            e,
            ZError::new("invalid stored block lengths", "Z_DATA_ERROR", -3)
        );
    }

    #[test]
    fn gunzip_members_and_padding() {
        let gz = all(&mut zlib(Mode::Gzip), Z_FINISH, b"abc").unwrap();
        let two = [gz.clone(), gz.clone()].concat();
        assert_eq!(
            all(&mut zlib(Mode::Gunzip), Z_FINISH, &two).unwrap(),
            b"abcabc"
        );
        assert_eq!(
            all(&mut zlib(Mode::Unzip), Z_FINISH, &two).unwrap(),
            b"abcabc"
        );
        let padded = [gz.clone(), vec![0; 10]].concat();
        assert_eq!(
            all(&mut zlib(Mode::Gunzip), Z_FINISH, &padded).unwrap(),
            b"abc"
        );
        let junk = [gz.clone(), b"xyz".to_vec()].concat();
        let e = all(&mut zlib(Mode::Gunzip), Z_FINISH, &junk).unwrap_err();
        assert_eq!(e.message, "incorrect header check");
    }

    #[test]
    fn dictionaries() {
        let dict = b"hello world dictionary".to_vec();
        let with = ZlibOptions {
            dictionary: dict.clone(),
            ..Default::default()
        };
        let z = all(
            &mut zlib_with(Mode::Deflate, with.clone()),
            Z_FINISH,
            b"hello world",
        )
        .unwrap();
        let e = all(&mut zlib(Mode::Inflate), Z_FINISH, &z).unwrap_err();
        assert_eq!(e, ZError::new("Missing dictionary", "Z_NEED_DICT", 2));
        let other = ZlibOptions {
            dictionary: b"other".to_vec(),
            ..Default::default()
        };
        let e = all(&mut zlib_with(Mode::Inflate, other), Z_FINISH, &z).unwrap_err();
        assert_eq!(e, ZError::new("Bad dictionary", "Z_NEED_DICT", 2));
        let back = all(&mut zlib_with(Mode::Inflate, with.clone()), Z_FINISH, &z).unwrap();
        assert_eq!(back, b"hello world");
        let raw = all(
            &mut zlib_with(Mode::DeflateRaw, with.clone()),
            Z_FINISH,
            b"hello world",
        )
        .unwrap();
        let back = all(&mut zlib_with(Mode::InflateRaw, with), Z_FINISH, &raw).unwrap();
        assert_eq!(back, b"hello world");
    }

    #[test]
    fn flushes_and_params() {
        let mut c = zlib(Mode::Deflate);
        let a = all(&mut c, Z_SYNC_FLUSH, b"first part ").unwrap();
        assert_eq!(&a[a.len() - 4..], &[0, 0, 0xff, 0xff]);
        let mut d = zlib(Mode::Inflate);
        assert_eq!(all(&mut d, Z_SYNC_FLUSH, &a).unwrap(), b"first part ");
        c.params(0, 0).unwrap();
        let b = all(&mut c, Z_FULL_FLUSH, b"second part").unwrap();
        assert_eq!(all(&mut d, Z_SYNC_FLUSH, &b).unwrap(), b"second part");
        let end = all(&mut c, Z_FINISH, b"").unwrap();
        assert_eq!(all(&mut d, Z_FINISH, &end).unwrap(), b"");
        // No flush: nothing is emitted yet beyond the header.
        let mut c = zlib(Mode::Deflate);
        let out = all(&mut c, Z_NO_FLUSH, b"abc").unwrap();
        assert!(out.len() <= 2);
    }

    #[test]
    fn reset_restarts_the_stream() {
        let mut c = zlib(Mode::Gzip);
        let a = all(&mut c, Z_FINISH, b"one").unwrap();
        c.reset().unwrap();
        let b = all(&mut c, Z_FINISH, b"one").unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn max_output_stops_a_bomb() {
        let zeros = vec![0u8; 10 << 20];
        let z = all(&mut zlib(Mode::Gzip), Z_FINISH, &zeros).unwrap();
        assert!(z.len() < 20_000);
        let r = zlib(Mode::Gunzip).run(Z_FINISH, &z, 16384, 16384, 1000);
        assert_eq!(r.unwrap_err(), None);
    }

    #[test]
    fn small_windows_and_strategies() {
        let data = text(50_000);
        for wb in 9..=15 {
            for strategy in 0..=4 {
                for mem in [1, 8, 9] {
                    let o = ZlibOptions {
                        window_bits: wb,
                        level: 6,
                        mem_level: mem,
                        strategy,
                        dictionary: vec![],
                    };
                    let z = all(&mut zlib_with(Mode::Deflate, o.clone()), Z_FINISH, &data).unwrap();
                    let back = all(&mut zlib_with(Mode::Inflate, o), Z_FINISH, &z).unwrap();
                    assert_eq!(back, data);
                }
            }
        }
        // windowBits 8 is accepted for zlib deflate (zlib turns it into 9).
        let o = ZlibOptions {
            window_bits: 8,
            ..Default::default()
        };
        let z = all(&mut zlib_with(Mode::Deflate, o), Z_FINISH, b"x").unwrap();
        assert_eq!(z, [0x18, 0x95, 0xab, 0, 0, 0, 0x79, 0, 0x79]);
    }

    #[test]
    fn brotli_round_trip_and_errors() {
        let data = text(200_000);
        for q in [0u32, 1, 5, 9, 11] {
            let mut p = vec![u32::MAX; 9];
            p[1] = q;
            let mut enc = Engine::brotli(Mode::BrotliEncode, &p).unwrap();
            let z = all(&mut enc, 2, &data).unwrap();
            assert!(z.len() < data.len() / 3, "quality {q}");
            let mut dec = Engine::brotli(Mode::BrotliDecode, &[]).unwrap();
            assert_eq!(all(&mut dec, 2, &z).unwrap(), data);
            let mut dec = Engine::brotli(Mode::BrotliDecode, &[]).unwrap();
            let e = all(&mut dec, 2, &z[..z.len() / 2]).unwrap_err();
            assert_eq!(e, ZError::new("unexpected end of file", "Z_BUF_ERROR", -5));
        }
        let mut dec = Engine::brotli(Mode::BrotliDecode, &[]).unwrap();
        let e = all(&mut dec, 2, b"hello world garbage").unwrap_err();
        assert_eq!(
            e,
            ZError::new("Decompression failed", "ERR__ERROR_FORMAT_CL_SPACE", -6)
        );
        let mut dec = Engine::brotli(Mode::BrotliDecode, &[]).unwrap();
        assert_eq!(all(&mut dec, 2, b"").unwrap_err().code, "Z_BUF_ERROR");
        // Decoder parameters other than 0 and 1 are refused.
        let mut p = vec![u32::MAX; 9];
        p[5] = 1;
        assert_eq!(
            Engine::brotli(Mode::BrotliDecode, &p).err().unwrap().code,
            "ERR_ZLIB_INITIALIZATION_FAILED"
        );
    }

    /// Mutated and random streams through every decoder, in small and odd output windows
    /// and split inputs: each ends in output or an error, never a panic or a hang.
    #[test]
    fn fuzz_decoders() {
        let data = text(20_000);
        let mut valid: Vec<(Mode, Vec<u8>)> = Vec::new();
        for (c, d) in [
            (Mode::Deflate, Mode::Inflate),
            (Mode::Gzip, Mode::Gunzip),
            (Mode::DeflateRaw, Mode::InflateRaw),
            (Mode::Gzip, Mode::Unzip),
        ] {
            valid.push((d, all(&mut zlib(c), Z_FINISH, &data).unwrap()));
        }
        let mut enc = Engine::brotli(Mode::BrotliEncode, &[u32::MAX, 5]).unwrap();
        valid.push((Mode::BrotliDecode, all(&mut enc, 2, &data).unwrap()));

        let mut seed = 0x9e3779b9u32;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for round in 0..1500 {
            let (mode, base) = &valid[round % valid.len()];
            let mut input = base.clone();
            match rand() % 4 {
                0 => {
                    for _ in 0..1 + rand() % 8 {
                        let i = rand() as usize % input.len();
                        input[i] ^= 1 << (rand() % 8);
                    }
                }
                1 => input.truncate(rand() as usize % input.len()),
                2 => {
                    let i = rand() as usize % input.len();
                    let n = (rand() as usize % 64).min(input.len() - i);
                    for b in &mut input[i..i + n] {
                        *b = rand() as u8;
                    }
                }
                _ => input = (0..rand() % 300).map(|_| rand() as u8).collect(),
            }
            let mut dec = if *mode == Mode::BrotliDecode {
                Engine::brotli(Mode::BrotliDecode, &[]).unwrap()
            } else {
                zlib(*mode)
            };
            let finish = if *mode == Mode::BrotliDecode {
                2
            } else {
                Z_FINISH
            };
            let window = 1 + rand() as usize % 5000;
            // Split the input in two steps, as a stream would.
            let cut = rand() as usize % (input.len() + 1);
            let first = dec.run(0, &input[..cut], window, window, 1 << 26);
            if first.is_ok() {
                let _ = dec.run(finish, &input[cut..], window, window, 1 << 26);
            }
        }
    }

    #[test]
    fn brotli_known_answers() {
        // Small inputs: the same bytes as brotli 1.1.0 (node 20).
        let mut enc = Engine::brotli(Mode::BrotliEncode, &[]).unwrap();
        assert_eq!(
            all(&mut enc, 2, b"x").unwrap(),
            [0x0b, 0x00, 0x80, 0x78, 0x03]
        );
        let mut enc = Engine::brotli(Mode::BrotliEncode, &[]).unwrap();
        assert_eq!(all(&mut enc, 2, b"").unwrap(), [0x3b]);
    }
}
