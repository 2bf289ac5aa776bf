//! `buf.readUInt32LE(offset)`, `buf.writeInt16BE(value, offset)`, `buf.readDoubleLE(offset)`
//! and the other 8-, 16- and 32-bit integer and float/double reads and writes of
//! `Buffer.prototype`, C-level for the common case: a Uint8Array `this`, an integer offset
//! (or none) whose bytes exist and, for writes, a number the method takes as it is (an
//! integer in range; any number but NaN for floats). Anything else (a fraction for an
//! integer, a string, NaN, a value or offset out of range, another receiver) calls the JS
//! method (the data value), which converts, checks and throws Node's errors as before.

use rquickjs::qjs;

/// What one method reads or writes: its width in bytes, signedness, byte order, direction.
#[derive(Clone, Copy)]
pub struct Kind {
    pub width: u8,
    pub signed: bool,
    pub little_endian: bool,
    pub write: bool,
    /// An IEEE float (width 4) or double (width 8), not an integer.
    pub float: bool,
}

impl Kind {
    /// Packed into the small integer kept as the function's second data value.
    pub fn code(self) -> i32 {
        self.width as i32
            | (self.signed as i32) << 4
            | (self.little_endian as i32) << 5
            | (self.write as i32) << 6
            | (self.float as i32) << 7
    }

    fn from_code(c: i32) -> Kind {
        Kind {
            width: (c & 15) as u8,
            signed: c & 16 != 0,
            little_endian: c & 32 != 0,
            write: c & 64 != 0,
            float: c & 128 != 0,
        }
    }

    /// The values the method accepts.
    fn range(self) -> (i64, i64) {
        let bits = self.width as u32 * 8;
        if self.signed {
            (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
        } else {
            (0, (1i64 << bits) - 1)
        }
    }
}

/// An integer held by a JS number (int or a float with no fraction), if it is one.
unsafe fn integer(v: qjs::JSValue) -> Option<i64> {
    unsafe {
        match qjs::JS_VALUE_GET_TAG(v) {
            qjs::JS_TAG_INT => Some(qjs::JS_VALUE_GET_INT(v) as i64),
            qjs::JS_TAG_FLOAT64 => {
                let d = qjs::JS_VALUE_GET_FLOAT64(v);
                // (-0 is left to the JS method, which writes it as 0 as well)
                (d.trunc() == d && d.abs() < 9.0e15 && !(d == 0.0 && d.is_sign_negative()))
                    .then_some(d as i64)
            }
            _ => None,
        }
    }
}

/// The byte offset argument: absent/undefined is 0; otherwise an int at least 0.
unsafe fn offset(argc: i32, argv: *mut qjs::JSValue, i: usize) -> Option<usize> {
    unsafe {
        if (argc as usize) <= i {
            return Some(0);
        }
        let v = *argv.add(i);
        match qjs::JS_VALUE_GET_TAG(v) {
            qjs::JS_TAG_UNDEFINED => Some(0),
            qjs::JS_TAG_INT => usize::try_from(qjs::JS_VALUE_GET_INT(v)).ok(),
            _ => None,
        }
    }
}

/// The bytes of `this` when it is a Uint8Array (a Buffer), without leaving an exception.
unsafe fn bytes(ctx: *mut qjs::JSContext, this: qjs::JSValue) -> Option<&'static mut [u8]> {
    unsafe {
        if !qjs::JS_IsObject(this) {
            return None;
        }
        if qjs::JS_GetTypedArrayType(this) != qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 as i32 {
            return None;
        }
        let mut len: qjs::size_t = 0;
        let p = qjs::JS_GetUint8Array(ctx, &mut len, this);
        if p.is_null() {
            // (a detached buffer: the JS method reports it)
            qjs::JS_FreeValue(ctx, qjs::JS_GetException(ctx));
            return None;
        }
        // SAFETY: the view's memory; the slice is dropped before any JS runs.
        Some(std::slice::from_raw_parts_mut(p, len as usize))
    }
}

/// A number that is not NaN (NaN's bits are left to the JS method).
unsafe fn number(v: qjs::JSValue) -> Option<f64> {
    unsafe {
        match qjs::JS_VALUE_GET_TAG(v) {
            qjs::JS_TAG_INT => Some(qjs::JS_VALUE_GET_INT(v) as f64),
            qjs::JS_TAG_FLOAT64 => Some(qjs::JS_VALUE_GET_FLOAT64(v)).filter(|d| !d.is_nan()),
            _ => None,
        }
    }
}

/// Copies `src` to `dst`, reversed unless little-endian is wanted.
fn copy_ordered(dst: &mut [u8], src: &[u8], little_endian: bool) {
    if little_endian {
        dst.copy_from_slice(src);
    } else {
        for (d, s) in dst.iter_mut().zip(src.iter().rev()) {
            *d = *s;
        }
    }
}

/// A write's value argument (the first), as `convert` takes it.
unsafe fn value_arg<T>(
    argc: i32,
    argv: *mut qjs::JSValue,
    convert: unsafe fn(qjs::JSValue) -> Option<T>,
) -> Option<T> {
    if argc < 1 {
        return None;
    }
    // SAFETY: argv holds argc values.
    unsafe { convert(*argv) }
}

/// A write's bytes: `le` (the value little-endian) stored at the offset argument (the
/// second) in the method's byte order; the offset after them, as the method returns.
unsafe fn store(
    buf: &mut [u8],
    kind: Kind,
    argc: i32,
    argv: *mut qjs::JSValue,
    le: &[u8],
) -> Option<qjs::JSValue> {
    // SAFETY: argv holds argc values.
    let at = unsafe { offset(argc, argv, 1)? };
    let dst = buf.get_mut(at..at.checked_add(le.len())?)?;
    copy_ordered(dst, le, kind.little_endian);
    Some(qjs::JS_MKVAL(qjs::JS_TAG_INT, (at + le.len()) as i32))
}

/// A read's bytes: the `kind.width` bytes at the offset argument (the first), put
/// little-endian at the start of the result.
unsafe fn load(buf: &[u8], kind: Kind, argc: i32, argv: *mut qjs::JSValue) -> Option<[u8; 8]> {
    let w = kind.width as usize;
    // SAFETY: argv holds argc values.
    let at = unsafe { offset(argc, argv, 0)? };
    let src = buf.get(at..at.checked_add(w)?)?;
    let mut b = [0u8; 8];
    copy_ordered(&mut b[..w], src, kind.little_endian);
    Some(b)
}

/// A float or double method (see `int_access`).
unsafe fn float_access(
    buf: &mut [u8],
    kind: Kind,
    argc: i32,
    argv: *mut qjs::JSValue,
) -> Option<qjs::JSValue> {
    unsafe {
        if kind.write {
            let value = value_arg(argc, argv, number)?;
            if kind.width == 4 {
                store(buf, kind, argc, argv, &(value as f32).to_le_bytes())
            } else {
                store(buf, kind, argc, argv, &value.to_le_bytes())
            }
        } else {
            let b = load(buf, kind, argc, argv)?;
            let d = if kind.width == 4 {
                f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64
            } else {
                f64::from_le_bytes(b)
            };
            (!d.is_nan()).then(|| qjs::JS_NewFloat64(d))
        }
    }
}

/// An integer method (see `int_access`).
unsafe fn integer_access(
    buf: &mut [u8],
    kind: Kind,
    argc: i32,
    argv: *mut qjs::JSValue,
) -> Option<qjs::JSValue> {
    unsafe {
        let w = kind.width as usize;
        if kind.write {
            let value = value_arg(argc, argv, integer)?;
            let (min, max) = kind.range();
            if value < min || value > max {
                return None;
            }
            store(buf, kind, argc, argv, &(value as u32).to_le_bytes()[..w])
        } else {
            let b = load(buf, kind, argc, argv)?;
            let u = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let shift = 32 - 8 * w as u32;
            Some(if kind.signed {
                qjs::JS_MKVAL(qjs::JS_TAG_INT, ((u << shift) as i32) >> shift)
            } else if u <= i32::MAX as u32 {
                qjs::JS_MKVAL(qjs::JS_TAG_INT, u as i32)
            } else {
                qjs::JS_NewFloat64(u as f64)
            })
        }
    }
}

rode_core::raw_fn! {
    /// One of the methods (data: the JS method, then the kind's code).
    fn int_access(ctx, this, argc, argv, data) {
        unsafe {
            let slow = || qjs::JS_Call(ctx, *data, this, argc, argv);
            let kind = Kind::from_code(qjs::JS_VALUE_GET_INT(*data.add(1)));
            let Some(buf) = bytes(ctx, this) else { return slow() };
            let fast = if kind.float {
                float_access(buf, kind, argc, argv)
            } else {
                integer_access(buf, kind, argc, argv)
            };
            fast.unwrap_or_else(slow)
        }
    }
}

/// The C function behind every method (see `int_access`), for `JS_NewCFunctionData`.
pub fn c_function() -> qjs::JSCFunctionData {
    Some(int_access)
}
