//! `napi_async_work`: `execute` runs on the blocking thread pool, then `complete` runs on
//! the JS thread in the poll phase (with `napi_cancelled` if it was cancelled before it
//! started). Queued work keeps the process alive, as a libuv work request does.

use crate::env::{check, env, Env as E};
use crate::types::*;
use std::ffi::c_void;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

const IDLE: u8 = 0;
const QUEUED: u8 = 1;
const RUNNING: u8 = 2;
const CANCELLED: u8 = 3;

pub struct Work {
    env: *const E,
    execute: AsyncExecute,
    complete: AsyncComplete,
    data: *mut c_void,
    state: Arc<AtomicU8>,
}

/// What crosses to the pool thread: `execute` must not touch JS, and the addon promised
/// that `data` may be used from there.
struct Job {
    env: *const E,
    execute: AsyncExecute,
    data: *mut c_void,
    state: Arc<AtomicU8>,
}
// SAFETY: see above: Node-API's contract for `execute`.
unsafe impl Send for Job {}

#[no_mangle]
pub unsafe extern "C" fn napi_create_async_work(
    env: Env,
    _async_resource: Value,
    _async_resource_name: Value,
    execute: AsyncExecute,
    complete: AsyncComplete,
    data: *mut c_void,
    result: *mut AsyncWork,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null() && execute.is_some());
    unsafe {
        *result = Box::into_raw(Box::new(Work {
            env,
            execute,
            complete,
            data,
            state: Arc::new(AtomicU8::new(IDLE)),
        }))
    };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_delete_async_work(env: Env, work: AsyncWork) -> Status {
    let env = env!(env);
    check!(env, !work.is_null());
    // The queued job holds copies of what it needs, not the work itself.
    drop(unsafe { Box::from_raw(work) });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_queue_async_work(env: Env, work: AsyncWork) -> Status {
    let env = env!(env);
    check!(env, !work.is_null());
    let w = unsafe { &*work };
    w.state.store(QUEUED, Ordering::SeqCst);
    let job = Job {
        env: w.env,
        execute: w.execute,
        data: w.data,
        state: w.state.clone(),
    };
    let (env_p, complete, data) = (w.env, w.complete, w.data as usize);
    rode_core::event_loop::spawn_blocking_op(
        move || {
            let job = job;
            if job
                .state
                .compare_exchange(QUEUED, RUNNING, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
            {
                return false;
            }
            if let Some(f) = job.execute {
                unsafe { f(job.env as Env, job.data) };
            }
            job.state.store(IDLE, Ordering::SeqCst);
            true
        },
        move |_ctx, ran: bool| {
            let Some(complete) = complete else {
                return Ok(());
            };
            // SAFETY: envs live for the whole process.
            let env = unsafe { &*env_p };
            let status = if ran { OK } else { crate::types::CANCELLED };
            env.call_into_module(|| unsafe { complete(env_p as Env, status, data as *mut c_void) })
        },
    );
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_cancel_async_work(env: Env, work: AsyncWork) -> Status {
    let env = env!(env);
    check!(env, !work.is_null());
    let w = unsafe { &*work };
    match w
        .state
        .compare_exchange(QUEUED, CANCELLED, Ordering::SeqCst, Ordering::SeqCst)
    {
        Ok(_) => env.ok(),
        Err(_) => env.status(GENERIC_FAILURE),
    }
}
