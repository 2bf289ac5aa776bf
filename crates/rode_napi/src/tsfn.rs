//! Thread-safe functions: any thread queues data with `napi_call_threadsafe_function`; the
//! JS thread takes it in the poll phase and calls `call_js` (or the JS function) with it,
//! each call a callback of its own (ticks and microtasks after it). The queue, the thread
//! count and the closing state follow Node's rules (`napi_queue_full`, `napi_closing`,
//! blocking calls waiting for room, abort). A referenced function keeps the loop alive.

use crate::env::{check, env, Env as E};
use crate::types::*;
use rode_core::event_loop;
use rquickjs::qjs;
use std::collections::VecDeque;
use std::ffi::c_void;
use std::sync::{Arc, Condvar, Mutex};

struct State {
    queue: VecDeque<usize>,
    thread_count: usize,
    closing: bool,
    aborted: bool,
    /// Finalized: the JS thread no longer reads the queue.
    done: bool,
}

struct Shared {
    state: Mutex<State>,
    room: Condvar,
    wake: tokio::sync::Notify,
    max_queue: usize,
}

pub struct ThreadsafeFunction {
    env: *const E,
    func: qjs::JSValue,
    context: *mut c_void,
    call_js: TsfnCallJs,
    finalize: Finalize,
    finalize_data: *mut c_void,
    shared: Arc<Shared>,
    refed: std::cell::Cell<bool>,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_threadsafe_function(
    env: Env,
    func: Value,
    _async_resource: Value,
    async_resource_name: Value,
    max_queue_size: usize,
    initial_thread_count: usize,
    thread_finalize_data: *mut c_void,
    thread_finalize_cb: Finalize,
    context: *mut c_void,
    call_js_cb: TsfnCallJs,
    result: *mut Tsfn,
) -> Status {
    let env = env!(env);
    check!(
        env,
        !result.is_null() && initial_thread_count > 0 && !async_resource_name.is_null()
    );
    let f = if func.is_null() {
        check!(env, call_js_cb.is_some());
        qjs::JS_UNDEFINED
    } else {
        let Some(f) = env.get(func) else {
            return env.status(INVALID_ARG);
        };
        check!(env, unsafe { qjs::JS_IsFunction(env.ctx, f) });
        unsafe { qjs::JS_DupValue(env.ctx, f) }
    };
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            queue: VecDeque::new(),
            thread_count: initial_thread_count,
            closing: false,
            aborted: false,
            done: false,
        }),
        room: Condvar::new(),
        wake: tokio::sync::Notify::new(),
        max_queue: max_queue_size,
    });
    let t = Box::into_raw(Box::new(ThreadsafeFunction {
        env,
        func: f,
        context,
        call_js: call_js_cb,
        finalize: thread_finalize_cb,
        finalize_data: thread_finalize_data,
        shared: shared.clone(),
        refed: std::cell::Cell::new(true),
    }));
    event_loop::state().ref_handle();
    // The JS thread's side: wait for a wake-up, then dispatch in the poll phase.
    let addr = t as usize;
    tokio::task::spawn_local(async move {
        loop {
            shared.wake.notified().await;
            if shared.lock().done {
                return;
            }
            let sh = shared.clone();
            event_loop::queue_completion(Box::new(move |ctx| {
                // Several wake-ups may queue several dispatches: the later ones find it done.
                if sh.lock().done {
                    return Ok(());
                }
                dispatch(ctx, addr as *mut ThreadsafeFunction)
            }));
        }
    });
    unsafe { *result = t };
    env.ok()
}

/// Runs what is queued (at most 1000 calls, as Node), finalizing once closed and drained.
fn dispatch(ctx: &rquickjs::Ctx<'_>, t: *mut ThreadsafeFunction) -> rquickjs::Result<()> {
    // SAFETY: the function is freed only by `finalize`, which sets `done` first; the caller
    // checked `done`.
    let tf = unsafe { &*t };
    let env = unsafe { &*tf.env };
    for _ in 0..1000 {
        let item = {
            let mut st = tf.shared.lock();
            if st.aborted {
                None
            } else {
                let item = st.queue.pop_front();
                if item.is_some() && tf.shared.max_queue > 0 {
                    tf.shared.room.notify_one();
                }
                if item.is_none() && st.thread_count == 0 {
                    st.closing = true;
                }
                item
            }
        };
        let Some(data) = item else {
            let closing = {
                let st = tf.shared.lock();
                st.closing || st.aborted
            };
            if closing {
                finalize(t);
            }
            return Ok(());
        };
        let r = env.call_into_module(|| unsafe {
            match tf.call_js {
                Some(cb) => {
                    let f = if qjs::JS_IsUndefined(tf.func) {
                        std::ptr::null_mut()
                    } else {
                        env.push_dup(tf.func)
                    };
                    cb(tf.env as Env, f, tf.context, data as *mut c_void)
                }
                None => {
                    let mut none = [];
                    let r = qjs::JS_Call(env.ctx, tf.func, qjs::JS_UNDEFINED, 0, none.as_mut_ptr());
                    qjs::JS_FreeValue(env.ctx, r);
                }
            }
        });
        event_loop::call_js(ctx, r)?;
        if event_loop::state().stopped() {
            return Ok(());
        }
    }
    // More left: come back in the next poll phase.
    tf.shared.wake.notify_one();
    Ok(())
}

/// Closes the function: queued data goes to `call_js` with no env (so it can be freed),
/// then the finalizer runs and the function is freed.
fn finalize(t: *mut ThreadsafeFunction) {
    let tf = unsafe { Box::from_raw(t) };
    let rest: Vec<usize> = {
        let mut st = tf.shared.lock();
        st.done = true;
        st.closing = true;
        tf.shared.room.notify_all();
        st.queue.drain(..).collect()
    };
    // Let the waiting task end.
    tf.shared.wake.notify_one();
    let env = unsafe { &*tf.env };
    let _ = env.call_into_module(|| {
        if let Some(cb) = tf.call_js {
            for d in rest {
                unsafe {
                    cb(
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                        tf.context,
                        d as *mut c_void,
                    )
                };
            }
        }
        if let Some(f) = tf.finalize {
            unsafe { f(tf.env as Env, tf.finalize_data, tf.context) };
        }
    });
    if tf.refed.get() {
        event_loop::state().unref_handle();
    }
    unsafe { qjs::JS_FreeValue(env.ctx, tf.func) };
}

#[no_mangle]
pub unsafe extern "C" fn napi_call_threadsafe_function(
    func: Tsfn,
    data: *mut c_void,
    is_blocking: i32,
) -> Status {
    if func.is_null() {
        return INVALID_ARG;
    }
    let sh = unsafe { &(*func).shared };
    let mut st = sh.lock();
    while sh.max_queue > 0 && st.queue.len() >= sh.max_queue && !st.closing {
        if is_blocking == 0 {
            return QUEUE_FULL;
        }
        st = sh.room.wait(st).unwrap_or_else(|e| e.into_inner());
    }
    if st.closing || st.aborted {
        if st.thread_count == 0 {
            return INVALID_ARG;
        }
        st.thread_count -= 1;
        return CLOSING;
    }
    st.queue.push_back(data as usize);
    drop(st);
    sh.wake.notify_one();
    OK
}

#[no_mangle]
pub unsafe extern "C" fn napi_acquire_threadsafe_function(func: Tsfn) -> Status {
    if func.is_null() {
        return INVALID_ARG;
    }
    let sh = unsafe { &(*func).shared };
    let mut st = sh.lock();
    if st.closing {
        return CLOSING;
    }
    st.thread_count += 1;
    OK
}

#[no_mangle]
pub unsafe extern "C" fn napi_release_threadsafe_function(func: Tsfn, mode: i32) -> Status {
    if func.is_null() {
        return INVALID_ARG;
    }
    let sh = unsafe { &(*func).shared };
    let mut st = sh.lock();
    if st.thread_count == 0 {
        return INVALID_ARG;
    }
    st.thread_count -= 1;
    if st.thread_count == 0 || mode == 1 {
        if !st.closing {
            st.closing = true;
            if mode == 1 {
                st.aborted = true;
            }
            if sh.max_queue > 0 {
                sh.room.notify_all();
            }
        }
        drop(st);
        sh.wake.notify_one();
    }
    OK
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_threadsafe_function_context(
    func: Tsfn,
    result: *mut *mut c_void,
) -> Status {
    if func.is_null() || result.is_null() {
        return INVALID_ARG;
    }
    unsafe { *result = (*func).context };
    OK
}

#[no_mangle]
pub unsafe extern "C" fn napi_ref_threadsafe_function(_env: Env, func: Tsfn) -> Status {
    // Node doesn't look at the env here.
    if func.is_null() {
        return INVALID_ARG;
    }
    let tf = unsafe { &*func };
    if !tf.refed.replace(true) {
        event_loop::state().ref_handle();
    }
    OK
}

#[no_mangle]
pub unsafe extern "C" fn napi_unref_threadsafe_function(_env: Env, func: Tsfn) -> Status {
    if func.is_null() {
        return INVALID_ARG;
    }
    let tf = unsafe { &*func };
    if tf.refed.replace(false) {
        event_loop::state().unref_handle();
    }
    OK
}
