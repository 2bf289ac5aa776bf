//! Node-API's C types as addons see them: status codes, value types, the structs passed by
//! pointer, and the callback signatures (the ABI of Node's `js_native_api_types.h` and
//! `node_api_types.h`, written from Node's documentation).

use std::ffi::{c_char, c_void};

pub type Status = i32;
pub const OK: Status = 0;
pub const INVALID_ARG: Status = 1;
pub const OBJECT_EXPECTED: Status = 2;
pub const STRING_EXPECTED: Status = 3;
pub const NAME_EXPECTED: Status = 4;
pub const FUNCTION_EXPECTED: Status = 5;
pub const NUMBER_EXPECTED: Status = 6;
pub const BOOLEAN_EXPECTED: Status = 7;
pub const ARRAY_EXPECTED: Status = 8;
pub const GENERIC_FAILURE: Status = 9;
pub const PENDING_EXCEPTION: Status = 10;
pub const CANCELLED: Status = 11;
pub const ESCAPE_CALLED_TWICE: Status = 12;
pub const HANDLE_SCOPE_MISMATCH: Status = 13;
pub const CALLBACK_SCOPE_MISMATCH: Status = 14;
pub const QUEUE_FULL: Status = 15;
pub const CLOSING: Status = 16;
pub const BIGINT_EXPECTED: Status = 17;
pub const DATE_EXPECTED: Status = 18;
pub const ARRAYBUFFER_EXPECTED: Status = 19;
pub const DETACHABLE_ARRAYBUFFER_EXPECTED: Status = 20;

/// `napi_get_last_error_info`'s message for each status, as Node words them.
pub const STATUS_MESSAGES: [&std::ffi::CStr; 24] = [
    c"",
    c"Invalid argument",
    c"An object was expected",
    c"A string was expected",
    c"A string or symbol was expected",
    c"A function was expected",
    c"A number was expected",
    c"A boolean was expected",
    c"An array was expected",
    c"Unknown failure",
    c"An exception is pending",
    c"The async work item was cancelled",
    c"napi_escape_handle already called on scope",
    c"Invalid handle scope usage",
    c"Invalid callback scope usage",
    c"Thread-safe function queue is full",
    c"Thread-safe function handle is closing",
    c"A bigint was expected",
    c"A date was expected",
    c"An arraybuffer was expected",
    c"A detachable arraybuffer was expected",
    c"Main thread would deadlock",
    c"External buffers are not allowed",
    c"Cannot run JavaScript",
];

/// `napi_valuetype`.
pub mod valuetype {
    pub const UNDEFINED: i32 = 0;
    pub const NULL: i32 = 1;
    pub const BOOLEAN: i32 = 2;
    pub const NUMBER: i32 = 3;
    pub const STRING: i32 = 4;
    pub const SYMBOL: i32 = 5;
    pub const OBJECT: i32 = 6;
    pub const FUNCTION: i32 = 7;
    pub const EXTERNAL: i32 = 8;
    pub const BIGINT: i32 = 9;
}

/// `napi_property_attributes` bits.
pub mod attr {
    pub const WRITABLE: i32 = 1;
    pub const ENUMERABLE: i32 = 1 << 1;
    pub const CONFIGURABLE: i32 = 1 << 2;
    pub const STATIC: i32 = 1 << 10;
}

/// Opaque handles: each is a pointer-sized token the addon hands back.
pub type Env = *mut crate::env::Env;
pub type Value = *mut c_void;
pub type Ref = *mut crate::refs::Reference;
pub type HandleScope = *mut c_void;
pub type CallbackInfo = *mut crate::functions::CallInfo;
pub type Deferred = *mut crate::promise::DeferredState;
pub type AsyncWork = *mut crate::async_work::Work;
pub type Tsfn = *mut crate::tsfn::ThreadsafeFunction;

pub type Callback = Option<unsafe extern "C" fn(Env, CallbackInfo) -> Value>;
pub type Finalize = Option<unsafe extern "C" fn(Env, *mut c_void, *mut c_void)>;
pub type AsyncExecute = Option<unsafe extern "C" fn(Env, *mut c_void)>;
pub type AsyncComplete = Option<unsafe extern "C" fn(Env, Status, *mut c_void)>;
pub type TsfnCallJs = Option<unsafe extern "C" fn(Env, Value, *mut c_void, *mut c_void)>;
pub type CleanupHook = Option<unsafe extern "C" fn(*mut c_void)>;
pub type RegisterFunc = Option<unsafe extern "C" fn(Env, Value) -> Value>;

#[repr(C)]
pub struct PropertyDescriptor {
    pub utf8name: *const c_char,
    pub name: Value,
    pub method: Callback,
    pub getter: Callback,
    pub setter: Callback,
    pub value: Value,
    pub attributes: i32,
    pub data: *mut c_void,
}

#[repr(C)]
pub struct ExtendedErrorInfo {
    pub error_message: *const c_char,
    pub engine_reserved: *mut c_void,
    pub engine_error_code: u32,
    pub error_code: Status,
}

#[repr(C)]
pub struct NodeVersion {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
    pub release: *const c_char,
}

#[repr(C)]
pub struct TypeTag {
    pub lower: u64,
    pub upper: u64,
}

/// The old registration record (`napi_module_register`).
#[repr(C)]
pub struct Module {
    pub nm_version: i32,
    pub nm_flags: u32,
    pub nm_filename: *const c_char,
    pub nm_register_func: RegisterFunc,
    pub nm_modname: *const c_char,
    pub nm_priv: *mut c_void,
    pub reserved: [*mut c_void; 4],
}

/// `NAPI_AUTO_LENGTH`.
pub const AUTO_LENGTH: usize = usize::MAX;
