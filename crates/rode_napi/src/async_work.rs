//! `napi_async_work`: `execute` runs on a pool of `UV_THREADPOOL_SIZE` threads (4 by
//! default, as libuv's), then `complete` runs on the JS thread in the poll phase (with
//! `napi_cancelled` if it was cancelled before it started). Work is handed to the pool at
//! once (an addon may wait for it to start), runs in queue order, and keeps the process
//! alive until `complete` has run, as a libuv work request does.

use crate::env::{check, env, Env as E};
use crate::types::*;
use std::collections::VecDeque;
use std::ffi::c_void;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

const IDLE: u8 = 0;
const QUEUED: u8 = 1;
const RUNNING: u8 = 2;
const CANCELLED: u8 = 3;
const DONE: u8 = 4;

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

/// A queued job and where to report that it ran (or was skipped, cancelled).
type Task = (Job, tokio::sync::oneshot::Sender<bool>);

struct Pool {
    queue: Mutex<VecDeque<Task>>,
    ready: Condvar,
}

/// The work pool, its threads started on first use.
fn pool() -> &'static Pool {
    static POOL: OnceLock<&'static Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let pool: &'static Pool = Box::leak(Box::new(Pool {
            queue: Mutex::new(VecDeque::new()),
            ready: Condvar::new(),
        }));
        let size = std::env::var("UV_THREADPOOL_SIZE")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(4)
            .clamp(1, 1024);
        for i in 0..size {
            let _ = std::thread::Builder::new()
                .name(format!("rode-napi-{i}"))
                .spawn(move || worker(pool));
        }
        pool
    })
}

fn worker(pool: &'static Pool) {
    loop {
        let (job, done) = {
            let mut q = pool.queue.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(t) = q.pop_front() {
                    break t;
                }
                q = pool.ready.wait(q).unwrap_or_else(|e| e.into_inner());
            }
        };
        let ran = job
            .state
            .compare_exchange(QUEUED, RUNNING, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok();
        if ran {
            if let Some(f) = job.execute {
                unsafe { f(job.env as Env, job.data) };
            }
            job.state.store(DONE, Ordering::SeqCst);
        }
        let _ = done.send(ran);
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_async_work(
    env: Env,
    _async_resource: Value,
    async_resource_name: Value,
    execute: AsyncExecute,
    complete: AsyncComplete,
    data: *mut c_void,
    result: *mut AsyncWork,
) -> Status {
    let env = env!(env);
    check!(
        env,
        !result.is_null() && execute.is_some() && !async_resource_name.is_null()
    );
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
    let (tx, rx) = tokio::sync::oneshot::channel();
    {
        let p = pool();
        p.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back((job, tx));
        p.ready.notify_one();
    }
    rode_core::event_loop::spawn_op(
        async move { rx.await.unwrap_or(false) },
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
        // Never queued: libuv's EINVAL; started or finished: EBUSY.
        Err(IDLE) => env.status(INVALID_ARG),
        Err(_) => env.status(GENERIC_FAILURE),
    }
}
