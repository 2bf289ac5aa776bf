//! The zlib formats (deflate, zlib, gzip, raw, auto-detect) over zlib-rs's zlib API, with
//! Node's rules: the stream is set up lazily on first use, a dictionary is applied at set-up
//! (deflate, raw inflate) or when inflate asks for it, `unzip` sniffs the gzip magic, gunzip
//! goes on through concatenated members and ignores trailing zero padding, and errors are
//! reported as in `node_zlib.cc` (`ZlibContext::GetErrorInfo`).

use super::engine::{Left, Mode, ZError, ZlibOptions};
use libz_rs_sys as z;
use std::ffi::CStr;

const Z_OK: i32 = 0;
const Z_STREAM_END: i32 = 1;
const Z_NEED_DICT: i32 = 2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;
const Z_FINISH: i32 = 4;

const GZIP_ID1: u8 = 0x1f;
const GZIP_ID2: u8 = 0x8b;

fn strerror(err: i32) -> &'static str {
    match err {
        0 => "Z_OK",
        1 => "Z_STREAM_END",
        2 => "Z_NEED_DICT",
        -1 => "Z_ERRNO",
        -2 => "Z_STREAM_ERROR",
        -3 => "Z_DATA_ERROR",
        -4 => "Z_MEM_ERROR",
        -5 => "Z_BUF_ERROR",
        -6 => "Z_VERSION_ERROR",
        _ => "Z_UNKNOWN_ERROR",
    }
}

pub struct ZlibCtx {
    /// Boxed: zlib keeps a pointer back to its `z_stream`, so it must not move.
    strm: Box<z::z_stream>,
    mode: Mode,
    level: i32,
    window_bits: i32,
    mem_level: i32,
    strategy: i32,
    dictionary: Vec<u8>,
    init_done: bool,
    /// Set when the lazy set-up failed; no zlib state exists then.
    dead: bool,
    err: i32,
    flush: i32,
    gzip_id_bytes_read: u32,
}

// SAFETY: the z_stream's pointers refer to memory owned by zlib-rs's state for this stream
// alone (next_in/next_out are reset before every step); the context is used by one thread
// at a time and has no thread affinity.
unsafe impl Send for ZlibCtx {}

impl ZlibCtx {
    pub fn new(mode: Mode, o: ZlibOptions) -> Option<ZlibCtx> {
        let mut window_bits = o.window_bits;
        match mode {
            Mode::Gzip | Mode::Gunzip => window_bits += 16,
            Mode::Unzip => window_bits += 32,
            Mode::DeflateRaw | Mode::InflateRaw => window_bits = -window_bits,
            Mode::Deflate | Mode::Inflate => {}
            Mode::BrotliDecode | Mode::BrotliEncode => return None,
        }
        Some(ZlibCtx {
            // SAFETY: an all-zero z_stream is the documented initial state (no allocator
            // functions: zlib-rs uses its default one).
            strm: Box::new(unsafe { std::mem::zeroed() }),
            mode,
            level: o.level,
            window_bits,
            mem_level: o.mem_level,
            strategy: o.strategy,
            dictionary: o.dictionary,
            init_done: false,
            dead: false,
            err: Z_OK,
            flush: 0,
            gzip_id_bytes_read: 0,
        })
    }

    fn is_deflate(&self) -> bool {
        matches!(self.mode, Mode::Deflate | Mode::Gzip | Mode::DeflateRaw)
    }

    /// Sets the zlib stream up on first use; true when this call did it.
    fn init_zlib(&mut self) -> bool {
        if self.init_done || self.dead {
            return false;
        }
        let version = z::zlibVersion();
        let size = std::mem::size_of::<z::z_stream>() as i32;
        // SAFETY: strm is a zeroed, boxed z_stream.
        self.err = unsafe {
            if self.is_deflate() {
                z::deflateInit2_(
                    &mut *self.strm,
                    self.level,
                    8,
                    self.window_bits,
                    self.mem_level,
                    self.strategy,
                    version,
                    size,
                )
            } else {
                z::inflateInit2_(&mut *self.strm, self.window_bits, version, size)
            }
        };
        if self.err != Z_OK {
            self.dictionary.clear();
            self.dead = true;
            return true;
        }
        self.init_done = true;
        let _ = self.set_dictionary();
        true
    }

    fn set_dictionary(&mut self) -> Result<(), ZError> {
        if self.dictionary.is_empty() {
            return Ok(());
        }
        self.err = Z_OK;
        let (p, n) = (self.dictionary.as_ptr(), self.dictionary.len() as u32);
        // SAFETY: the stream is initialised; the dictionary outlives the call.
        unsafe {
            match self.mode {
                Mode::Deflate | Mode::DeflateRaw => {
                    self.err = z::deflateSetDictionary(&mut *self.strm, p, n);
                }
                Mode::InflateRaw => {
                    self.err = z::inflateSetDictionary(&mut *self.strm, p, n);
                }
                _ => {}
            }
        }
        if self.err != Z_OK {
            return Err(self.error_for("Failed to set dictionary"));
        }
        Ok(())
    }

    fn error_for(&self, message: &str) -> ZError {
        let msg = if self.strm.msg.is_null() {
            message.to_string()
        } else {
            // SAFETY: zlib's messages are static NUL-terminated strings.
            unsafe { CStr::from_ptr(self.strm.msg) }
                .to_string_lossy()
                .into_owned()
        };
        ZError::new(msg, strerror(self.err), self.err)
    }

    fn error_info(&self) -> Option<ZError> {
        match self.err {
            Z_OK | Z_BUF_ERROR => {
                if self.strm.avail_out != 0 && self.flush == Z_FINISH {
                    return Some(self.error_for("unexpected end of file"));
                }
                None
            }
            Z_STREAM_END => None,
            Z_NEED_DICT => Some(if self.dictionary.is_empty() {
                self.error_for("Missing dictionary")
            } else {
                self.error_for("Bad dictionary")
            }),
            _ => Some(self.error_for("Zlib error")),
        }
    }

    fn next_in_byte(&self) -> Option<u8> {
        if self.strm.avail_in > 0 {
            // SAFETY: next_in points at avail_in readable bytes.
            Some(unsafe { *self.strm.next_in })
        } else {
            None
        }
    }

    fn inflate(&mut self) -> i32 {
        // SAFETY: the stream is initialised and its buffers are set for this step.
        unsafe { z::inflate(&mut *self.strm, self.flush) }
    }

    /// Node's `ZlibContext::DoThreadPoolWork`.
    fn work(&mut self) {
        let first = self.init_zlib();
        if self.dead || (first && self.err != Z_OK) {
            return;
        }
        if self.is_deflate() {
            // SAFETY: as in `inflate`.
            self.err = unsafe { z::deflate(&mut *self.strm, self.flush) };
            return;
        }
        if self.mode == Mode::Unzip {
            // Sniff the gzip magic, possibly across steps.
            if self.strm.avail_in > 0 {
                // SAFETY: next_in points at avail_in readable bytes.
                let bytes = unsafe {
                    std::slice::from_raw_parts(self.strm.next_in, self.strm.avail_in as usize)
                };
                let mut i = 0;
                if self.gzip_id_bytes_read == 0 {
                    if bytes[0] == GZIP_ID1 {
                        self.gzip_id_bytes_read = 1;
                        i = 1;
                    } else {
                        self.mode = Mode::Inflate;
                    }
                }
                if self.mode == Mode::Unzip && self.gzip_id_bytes_read == 1 && i < bytes.len() {
                    if bytes[i] == GZIP_ID2 {
                        self.gzip_id_bytes_read = 2;
                        self.mode = Mode::Gunzip;
                    } else {
                        self.mode = Mode::Inflate;
                    }
                }
            }
        }
        self.err = self.inflate();
        if self.mode != Mode::InflateRaw && self.err == Z_NEED_DICT && !self.dictionary.is_empty() {
            let (p, n) = (self.dictionary.as_ptr(), self.dictionary.len() as u32);
            // SAFETY: initialised stream; the dictionary outlives the call.
            self.err = unsafe { z::inflateSetDictionary(&mut *self.strm, p, n) };
            if self.err == Z_OK {
                self.err = self.inflate();
            } else if self.err == Z_DATA_ERROR {
                // Tell a bad dictionary from bad input.
                self.err = Z_NEED_DICT;
            }
        }
        while self.mode == Mode::Gunzip
            && self.err == Z_STREAM_END
            && matches!(self.next_in_byte(), Some(b) if b != 0)
        {
            // Another gzip member, or trailing garbage (which then fails the header check).
            let _ = self.reset_stream();
            self.err = self.inflate();
        }
    }

    pub fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Left, ZError> {
        let (Ok(in_len), Ok(out_len)) = (u32::try_from(input.len()), u32::try_from(out.len()))
        else {
            return Err(ZError::new("Zlib error", "Z_BUF_ERROR", Z_BUF_ERROR));
        };
        self.strm.next_in = input.as_ptr();
        self.strm.avail_in = in_len;
        self.strm.next_out = out.as_mut_ptr();
        self.strm.avail_out = out_len;
        self.flush = flush;
        self.work();
        let left = (self.strm.avail_in as usize, self.strm.avail_out as usize);
        // Don't keep pointers into the caller's buffers.
        self.strm.next_in = std::ptr::null();
        self.strm.next_out = std::ptr::null_mut();
        match self.error_info() {
            Some(e) => Err(e),
            None => Ok(left),
        }
    }

    fn reset_stream(&mut self) -> Result<(), ZError> {
        let first = self.init_zlib();
        if self.dead || (first && self.err != Z_OK) {
            return Err(self.error_for("Failed to init stream before reset"));
        }
        self.err = Z_OK;
        // SAFETY: initialised stream.
        unsafe {
            match self.mode {
                Mode::Deflate | Mode::DeflateRaw | Mode::Gzip => {
                    self.err = z::deflateReset(&mut *self.strm)
                }
                Mode::Inflate | Mode::InflateRaw | Mode::Gunzip => {
                    self.err = z::inflateReset(&mut *self.strm)
                }
                _ => {}
            }
        }
        if self.err != Z_OK {
            return Err(self.error_for("Failed to reset stream"));
        }
        self.set_dictionary()
    }

    pub fn reset(&mut self) -> Result<(), ZError> {
        self.reset_stream()
    }

    pub fn params(&mut self, level: i32, strategy: i32) -> Result<(), ZError> {
        let first = self.init_zlib();
        if self.dead || (first && self.err != Z_OK) {
            return Err(self.error_for("Failed to init stream before set parameters"));
        }
        self.err = Z_OK;
        if matches!(self.mode, Mode::Deflate | Mode::DeflateRaw) {
            // deflateParams first flushes a block when the compression function changes; JS
            // always does a sync flush before calling this, so nothing is pending. Give it
            // valid, empty buffers: with no room it reports Z_BUF_ERROR (accepted, as Node
            // does) instead of writing anywhere.
            let mut scratch = [0u8; 1];
            self.strm.next_in = scratch.as_ptr();
            self.strm.avail_in = 0;
            self.strm.next_out = scratch.as_mut_ptr();
            self.strm.avail_out = 0;
            // SAFETY: initialised stream; the buffers are valid (and empty) for the call.
            self.err = unsafe { z::deflateParams(&mut *self.strm, level, strategy) };
            self.strm.next_in = std::ptr::null();
            self.strm.next_out = std::ptr::null_mut();
        }
        if self.err != Z_OK && self.err != Z_BUF_ERROR {
            return Err(self.error_for("Failed to set parameters"));
        }
        Ok(())
    }
}

impl Drop for ZlibCtx {
    fn drop(&mut self) {
        if !self.init_done {
            return;
        }
        // SAFETY: initialised stream, ended exactly once.
        unsafe {
            if self.is_deflate() {
                z::deflateEnd(&mut *self.strm);
            } else {
                z::inflateEnd(&mut *self.strm);
            }
        }
    }
}
