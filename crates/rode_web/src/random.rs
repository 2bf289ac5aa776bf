//! `internalBinding('random')`: the OS's cryptographically secure random bytes (getrandom),
//! for `crypto.getRandomValues` and `crypto.randomUUID`.

use rode_core::bind;
use rquickjs::{Ctx, Object, Result, TypedArray, Value};

/// Fills `buf` from the kernel's CSPRNG.
pub fn fill(buf: &mut [u8]) -> std::io::Result<()> {
    let mut done = 0;
    while done < buf.len() {
        let n = unsafe { libc::getrandom(buf[done..].as_mut_ptr().cast(), buf.len() - done, 0) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(e);
        }
        done += n as usize;
    }
    Ok(())
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // fill(u8): overwrites the Uint8Array's bytes (JS passes a view over the caller's array).
    bind::func(
        ctx,
        &o,
        "fill",
        |ctx: Ctx<'js>, v: Value<'js>| -> Result<()> {
            let t = TypedArray::<u8>::from_value(v)?;
            let Some(raw) = t.as_raw() else { return Ok(()) };
            // SAFETY: the view's memory stays valid while no JS runs; nothing runs here.
            let bytes = unsafe { &mut *raw.as_ptr() };
            fill(bytes).map_err(|e| bind::throw_error(&ctx, &format!("getrandom failed: {e}")))
        },
    )?;
    Ok(o)
}

#[cfg(test)]
mod tests {
    #[test]
    fn fills_with_varying_bytes() {
        let mut a = [0u8; 64];
        let mut b = [0u8; 64];
        super::fill(&mut a).unwrap();
        super::fill(&mut b).unwrap();
        assert_ne!(a, b);
        assert!(a.iter().any(|&x| x != 0));
    }
}
