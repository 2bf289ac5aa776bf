//! Brotli streams over the `brotli` crate, with the parameters and errors of Node's
//! `BrotliEncoderContext` / `BrotliDecoderContext` (brotli's C API).

use super::engine::{Left, ZError};
use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::StandardAlloc;
use brotli::{BrotliResult, BrotliState, HeapAlloc, HuffmanCode};

/// BROTLI_OPERATION_FINISH
const FINISH: i32 = 2;

pub struct BrotliEnc {
    state: BrotliEncoderStateStruct<StandardAlloc>,
}

impl BrotliEnc {
    pub fn new() -> Self {
        BrotliEnc {
            state: BrotliEncoderStateStruct::new(StandardAlloc::default()),
        }
    }

    /// `BrotliEncoderSetParameter` for the parameters Node knows (0..=8).
    pub fn set_param(&mut self, key: u32, value: u32) -> bool {
        use BrotliEncoderParameter::*;
        let p = match key {
            0 => BROTLI_PARAM_MODE,
            1 => BROTLI_PARAM_QUALITY,
            2 => BROTLI_PARAM_LGWIN,
            3 => BROTLI_PARAM_LGBLOCK,
            4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
            5 => BROTLI_PARAM_SIZE_HINT,
            6 => BROTLI_PARAM_LARGE_WINDOW,
            // BROTLI_PARAM_NPOSTFIX / NDIRECT: stored as the C encoder does (it checks them
            // when it starts, falling back to 0 when they don't fit).
            7 => {
                self.state.params.dist.distance_postfix_bits = value;
                return true;
            }
            8 => {
                self.state.params.dist.num_direct_distance_codes = value;
                return true;
            }
            _ => return false,
        };
        if p == BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING {
            // The C encoder takes any value as a boolean.
            return self.state.set_parameter(p, (value != 0) as u32);
        }
        self.state.set_parameter(p, value)
    }

    pub fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Left, ZError> {
        let op = match flush {
            0 => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
            1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
            2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
            _ => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        };
        let mut avail_in = input.len();
        let mut in_off = 0usize;
        let mut avail_out = out.len();
        let mut out_off = 0usize;
        let mut total = None;
        let ok = self.state.compress_stream(
            op,
            &mut avail_in,
            input,
            &mut in_off,
            &mut avail_out,
            out,
            &mut out_off,
            &mut total,
            &mut |_, _, _, _| (),
        );
        if !ok {
            return Err(ZError::new(
                "Compression failed",
                "ERR_BROTLI_COMPRESSION_FAILED",
                -1,
            ));
        }
        Ok((avail_in, avail_out))
    }
}

impl Default for BrotliEnc {
    fn default() -> Self {
        Self::new()
    }
}

type DecState = BrotliState<HeapAlloc<u8>, HeapAlloc<u32>, HeapAlloc<HuffmanCode>>;

pub struct BrotliDec {
    state: Box<DecState>,
    last: BrotliResult,
    error: i32,
    error_name: String,
}

// SAFETY: the decoder state owns all its memory (heap allocators, no shared references).
unsafe impl Send for BrotliDec {}

/// The C library's `BrotliDecoderErrorString` (e.g. `_ERROR_FORMAT_CL_SPACE`) from the
/// error code's name (`BROTLI_DECODER_ERROR_FORMAT_CL_SPACE`).
fn error_string(name: String) -> String {
    match name.strip_prefix("BROTLI_DECODER") {
        Some(rest) if rest.starts_with("_ERROR") => rest.to_string(),
        Some(rest) => rest.trim_start_matches('_').to_string(),
        None => name,
    }
}

impl BrotliDec {
    pub fn new() -> Self {
        BrotliDec {
            // The C decoder only accepts large-window streams when asked to.
            state: Box::new(BrotliState::new_strict(
                HeapAlloc::<u8>::new(0),
                HeapAlloc::<u32>::new(0),
                HeapAlloc::<HuffmanCode>::new(HuffmanCode::default()),
            )),
            last: BrotliResult::ResultSuccess,
            error: 0,
            error_name: String::new(),
        }
    }

    /// `BrotliDecoderSetParameter`: 0 (disable ring buffer reallocation: accepted, the
    /// buffer is sized by the stream here) and 1 (large window).
    pub fn set_param(&mut self, key: u32, value: u32) -> bool {
        match key {
            0 => true,
            1 => {
                self.state.large_window = value != 0;
                true
            }
            _ => false,
        }
    }

    pub fn write(&mut self, flush: i32, input: &[u8], out: &mut [u8]) -> Result<Left, ZError> {
        let mut avail_in = input.len();
        let mut in_off = 0usize;
        let mut avail_out = out.len();
        let mut out_off = 0usize;
        let mut total = 0usize;
        self.last = brotli::BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            out,
            &mut total,
            &mut self.state,
        );
        if let BrotliResult::ResultFailure = self.last {
            let code = self.state.error_code;
            self.error = code as i32;
            self.error_name = format!("ERR_{}", error_string(format!("{code:?}")));
        }
        if self.error != 0 {
            return Err(ZError::new(
                "Decompression failed",
                self.error_name.clone(),
                self.error,
            ));
        }
        if flush == FINISH && matches!(self.last, BrotliResult::NeedsMoreInput) {
            return Err(ZError::new("unexpected end of file", "Z_BUF_ERROR", -5));
        }
        Ok((avail_in, avail_out))
    }
}

impl Default for BrotliDec {
    fn default() -> Self {
        Self::new()
    }
}
