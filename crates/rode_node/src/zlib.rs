//! `internalBinding('zlib')`: the native half of `node:zlib`.
//!
//! Each zlib/brotli stream is an [`engine::Engine`] kept on the JS thread under an id. The
//! async form of a step runs on tokio's blocking pool (`spawn_blocking_op`), one step at a
//! time per stream, as Node runs its `CompressionStream::Write` on the libuv pool; the sync
//! form runs a whole buffer through at once (Node's `processChunkSync` loop, done natively).
//!
//! - `create(mode, windowBits, level, memLevel, strategy, dictionary?)` → id (zlib modes)
//! - `createBrotli(mode, params: Uint32Array)` → id, or -1 when a parameter is refused
//! - `write(id, flush, chunk | null, outLen, cb)`: one step on the pool. A chunk replaces the
//!   stream's pending input (copied); null goes on with what is left of it. `cb` is called in
//!   the poll phase with `(null, output: ArrayBuffer, availInAfter, availOutAfter)` or
//!   `([message, errno, code])`.
//! - `writeSync(id, flush, chunk, firstOutLen, chunkSize, maxOutputLength)` →
//!   `[output: ArrayBuffer, bytesRead]`, `[null, message, errno, code]` on a stream error, or
//!   `[false]` once the output passes maxOutputLength.
//! - `writeAll(id, flush, chunk, chunkSize, maxOutputLength, cb)`: the same for a fresh
//!   stream, on the pool (the one-shot callback forms); `cb(null, output, bytesRead)`,
//!   `cb([message, errno, code])` or `cb(false)`.
//! - `params(id, level, strategy)`, `reset(id)` → null or `[message, errno, code]`
//! - `close(id)`: frees the stream (after the step in flight, if any)
//! - `crc32(bytes: Uint8Array, value)` → number

mod brotli;
pub mod engine;
mod zstream;

use engine::{Engine, Mode, ZError, ZlibOptions};
use rode_core::{bind, event_loop};
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A stream's engine with its pending input.
struct Job {
    engine: Engine,
    input: Vec<u8>,
    pos: usize,
}

struct Slot {
    /// None while a step is on the pool.
    job: Option<Job>,
    pending_close: bool,
}

thread_local! {
    static STREAMS: RefCell<HashMap<u32, Slot>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

fn register(engine: Engine) -> u32 {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    STREAMS.with(|s| {
        s.borrow_mut().insert(
            id,
            Slot {
                job: Some(Job {
                    engine,
                    input: Vec::new(),
                    pos: 0,
                }),
                pending_close: false,
            },
        )
    });
    id
}

/// Takes the stream's job out for a step (None when closed or busy).
fn take(id: u32) -> Option<Job> {
    STREAMS.with(|s| s.borrow_mut().get_mut(&id).and_then(|slot| slot.job.take()))
}

/// Puts the job back after a step, or frees it when a close came meanwhile.
fn give_back(id: u32, job: Job) {
    STREAMS.with(|s| {
        let mut map = s.borrow_mut();
        let close = match map.get_mut(&id) {
            Some(slot) if !slot.pending_close => {
                slot.job = Some(job);
                false
            }
            Some(_) => true,
            None => false,
        };
        if close {
            map.remove(&id);
        }
    });
}

/// Runs `f` on the stream's engine now (on the JS thread).
fn with_job<R>(ctx: &Ctx<'_>, id: u32, f: impl FnOnce(&mut Job) -> R) -> Result<R> {
    STREAMS.with(|s| {
        let mut map = s.borrow_mut();
        match map.get_mut(&id).and_then(|slot| slot.job.as_mut()) {
            Some(job) => Ok(f(job)),
            None => Err(bind::throw_error(
                ctx,
                "zlib: the stream is closed or a write is in progress",
            )),
        }
    })
}

fn error_array<'js>(ctx: &Ctx<'js>, e: &ZError) -> Result<Value<'js>> {
    let a = Array::new(ctx.clone())?;
    a.set(0, e.message.as_str())?;
    a.set(1, e.errno)?;
    a.set(2, e.code.as_str())?;
    Ok(a.into_value())
}

fn result_value<'js>(ctx: &Ctx<'js>, r: std::result::Result<(), ZError>) -> Result<Value<'js>> {
    match r {
        Ok(()) => Ok(Value::new_null(ctx.clone())),
        Err(e) => error_array(ctx, &e),
    }
}

/// The bytes of a Uint8Array argument, or None for anything else.
fn with_u8<R>(v: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let ta = v.as_object()?.as_typed_array::<u8>()?;
    // SAFETY: no JS runs while the slice is borrowed.
    let bytes = unsafe { ta.as_bytes() }.unwrap_or(&[]);
    Some(f(bytes))
}

/// A JS length as usize (NaN, negatives → 0; clamped to `max`).
fn len_arg(x: f64, max: usize) -> usize {
    if x.is_nan() || x <= 0.0 {
        0
    } else if x >= max as f64 {
        max
    } else {
        x as usize
    }
}

/// Gives back the spare capacity of a grown output buffer before JS owns it.
fn fit(mut out: Vec<u8>) -> Vec<u8> {
    if out.capacity() > out.len() + out.len() / 4 + 4096 {
        out.shrink_to_fit();
    }
    out
}

/// Output windows never exceed this (zlib counts in u32).
const MAX_WINDOW: usize = u32::MAX as usize;

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;

    bind::func(
        ctx,
        &o,
        "create",
        |ctx: Ctx<'js>,
         mode: i32,
         window_bits: i32,
         level: i32,
         mem_level: i32,
         strategy: i32,
         dictionary: rquickjs::function::Opt<Value<'js>>|
         -> Result<u32> {
            let dictionary = dictionary
                .0
                .and_then(|d| with_u8(&d, |b| b.to_vec()))
                .unwrap_or_default();
            let opts = ZlibOptions {
                window_bits,
                level,
                mem_level,
                strategy,
                dictionary,
            };
            let engine = Mode::from_i32(mode)
                .and_then(|m| Engine::zlib(m, opts))
                .ok_or_else(|| bind::throw_error(&ctx, "zlib: invalid mode"))?;
            Ok(register(engine))
        },
    )?;

    bind::func(
        ctx,
        &o,
        "createBrotli",
        |mode: i32, params: Value<'js>| -> Result<f64> {
            let mut p: Vec<u32> = Vec::new();
            if let Some(ta) = params.as_object().and_then(|o| o.as_typed_array::<u32>()) {
                // SAFETY: read at once, no JS runs meanwhile.
                p = unsafe { ta.as_slice() }.to_vec();
            }
            let Some(mode) = Mode::from_i32(mode) else {
                return Ok(-1.0);
            };
            match Engine::brotli(mode, &p) {
                Ok(e) => Ok(register(e) as f64),
                Err(_) => Ok(-1.0),
            }
        },
    )?;

    bind::func(
        ctx,
        &o,
        "write",
        |ctx: Ctx<'js>,
         id: u32,
         flush: i32,
         chunk: Value<'js>,
         out_len: f64,
         cb: Function<'js>|
         -> Result<()> {
            let Some(mut job) = take(id) else {
                return Err(bind::throw_error(
                    &ctx,
                    "zlib: the stream is closed or a write is in progress",
                ));
            };
            if let Some(bytes) = with_u8(&chunk, |b| b.to_vec()) {
                job.input = bytes;
                job.pos = 0;
            }
            let out_len = len_arg(out_len, MAX_WINDOW);
            let cb = Persistent::save(&ctx, cb);
            event_loop::spawn_blocking_op(
                move || {
                    let mut out = vec![0u8; out_len];
                    let r = job.engine.write(flush, &job.input[job.pos..], &mut out);
                    if let Ok((avail_in, avail_out)) = r {
                        job.pos = job.input.len() - avail_in;
                        out.truncate(out_len - avail_out);
                    }
                    if job.pos == job.input.len() {
                        job.input = Vec::new();
                        job.pos = 0;
                    }
                    (job, out, r)
                },
                move |ctx, (job, out, r)| {
                    give_back(id, job);
                    let cb = cb.restore(ctx)?;
                    match r {
                        Ok((avail_in, avail_out)) => cb.call::<_, ()>((
                            Value::new_null(ctx.clone()),
                            ArrayBuffer::new(ctx.clone(), out)?,
                            avail_in as f64,
                            avail_out as f64,
                        )),
                        Err(e) => cb.call::<_, ()>((error_array(ctx, &e)?,)),
                    }
                },
            );
            Ok(())
        },
    )?;

    bind::func(
        ctx,
        &o,
        "writeSync",
        |ctx: Ctx<'js>,
         id: u32,
         flush: i32,
         chunk: Value<'js>,
         first: f64,
         chunk_size: f64,
         max: f64|
         -> Result<Array<'js>> {
            let first = len_arg(first, MAX_WINDOW);
            let chunk_size = len_arg(chunk_size, MAX_WINDOW);
            let max = len_arg(max, usize::MAX);
            let r = with_job(&ctx, id, |job| {
                with_u8(&chunk, |input| {
                    job.engine.run(flush, input, first, chunk_size, max)
                })
                .unwrap_or_else(|| job.engine.run(flush, &[], first, chunk_size, max))
            })?;
            let a = Array::new(ctx.clone())?;
            match r {
                Ok((out, read)) => {
                    a.set(0, ArrayBuffer::new(ctx.clone(), fit(out))?)?;
                    a.set(1, read as f64)?;
                }
                Err(Some(e)) => {
                    a.set(0, Value::new_null(ctx.clone()))?;
                    a.set(1, e.message.as_str())?;
                    a.set(2, e.errno)?;
                    a.set(3, e.code.as_str())?;
                }
                Err(None) => a.set(0, false)?,
            }
            Ok(a)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "writeAll",
        |ctx: Ctx<'js>,
         id: u32,
         flush: i32,
         chunk: Value<'js>,
         chunk_size: f64,
         max: f64,
         cb: Function<'js>|
         -> Result<()> {
            let Some(mut job) = take(id) else {
                return Err(bind::throw_error(
                    &ctx,
                    "zlib: the stream is closed or a write is in progress",
                ));
            };
            let input = with_u8(&chunk, |b| b.to_vec()).unwrap_or_default();
            let chunk_size = len_arg(chunk_size, MAX_WINDOW);
            let max = len_arg(max, usize::MAX);
            let cb = Persistent::save(&ctx, cb);
            event_loop::spawn_blocking_op(
                move || {
                    let r = job.engine.run(flush, &input, chunk_size, chunk_size, max);
                    (job, r)
                },
                move |ctx, (job, r)| {
                    give_back(id, job);
                    let cb = cb.restore(ctx)?;
                    match r {
                        Ok((out, read)) => cb.call::<_, ()>((
                            Value::new_null(ctx.clone()),
                            ArrayBuffer::new(ctx.clone(), fit(out))?,
                            read as f64,
                        )),
                        Err(Some(e)) => cb.call::<_, ()>((error_array(ctx, &e)?,)),
                        Err(None) => cb.call::<_, ()>((false,)),
                    }
                },
            );
            Ok(())
        },
    )?;

    bind::func(
        ctx,
        &o,
        "params",
        |ctx: Ctx<'js>, id: u32, level: i32, strategy: i32| -> Result<Value<'js>> {
            let r = with_job(&ctx, id, |job| job.engine.params(level, strategy))?;
            result_value(&ctx, r)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "reset",
        |ctx: Ctx<'js>, id: u32| -> Result<Value<'js>> {
            let r = with_job(&ctx, id, |job| {
                job.input = Vec::new();
                job.pos = 0;
                job.engine.reset()
            })?;
            result_value(&ctx, r)
        },
    )?;

    bind::func(ctx, &o, "close", |id: u32| {
        STREAMS.with(|s| {
            let mut map = s.borrow_mut();
            let busy = match map.get_mut(&id) {
                Some(slot) if slot.job.is_none() => {
                    slot.pending_close = true;
                    true
                }
                _ => false,
            };
            if !busy {
                map.remove(&id);
            }
        })
    })?;

    bind::func(ctx, &o, "crc32", |data: Value<'js>, value: f64| -> f64 {
        let start = value as u32;
        with_u8(&data, |b| engine::crc32(start, b)).unwrap_or(start) as f64
    })?;

    Ok(o)
}
