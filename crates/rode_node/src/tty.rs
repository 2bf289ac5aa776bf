//! `internalBinding('tty_wrap')`: terminal modes (termios), as libuv's `uv_tty_set_mode`.
//!
//! - `setRawMode(fd, raw)` → 0 or a negative errno. Raw mode is libuv's: no echo, no line
//!   editing, no signal keys (ctrl+c arrives as a byte), no CR→NL or flow control, 8-bit
//!   characters, reads return after one byte. Normal mode puts back the settings the fd had
//!   before the first change.
//! - `isRaw(fd)` → whether this process left `fd` in raw mode.
//!
//! Settings changed here are restored when the process exits (libuv's
//! `uv_tty_reset_mode`, which Node runs at exit), so a program that exits while in raw
//! mode doesn't leave the terminal unusable.

use rode_core::bind;
use rquickjs::{Ctx, Object, Result};
use std::sync::Mutex;

struct Saved {
    fd: i32,
    orig: libc::termios,
    raw: bool,
}

// Shared with the atexit hook, hence a static.
static SAVED: Mutex<Vec<Saved>> = Mutex::new(Vec::new());

extern "C" fn reset_at_exit() {
    // Never block at exit: skip if the lock is held (another thread is changing modes).
    if let Ok(list) = SAVED.try_lock() {
        for s in list.iter().filter(|s| s.raw) {
            unsafe { libc::tcsetattr(s.fd, libc::TCSANOW, &s.orig) };
        }
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn set_raw_mode(fd: i32, raw: bool) -> i32 {
    let Ok(mut list) = SAVED.lock() else {
        return -libc::EIO;
    };
    let idx = match list.iter().position(|s| s.fd == fd) {
        Some(i) => i,
        None => {
            let mut orig: libc::termios = unsafe { std::mem::zeroed() };
            if unsafe { libc::tcgetattr(fd, &mut orig) } != 0 {
                return -errno();
            }
            if list.is_empty() {
                unsafe { libc::atexit(reset_at_exit) };
            }
            list.push(Saved {
                fd,
                orig,
                raw: false,
            });
            list.len() - 1
        }
    };
    let saved = &mut list[idx];
    let mut t = saved.orig;
    if raw {
        t.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        t.c_oflag |= libc::ONLCR;
        t.c_cflag |= libc::CS8;
        t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        t.c_cc[libc::VMIN] = 1;
        t.c_cc[libc::VTIME] = 0;
    }
    loop {
        if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) } == 0 {
            break;
        }
        let e = errno();
        if e != libc::EINTR {
            return -e;
        }
    }
    saved.raw = raw;
    0
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(ctx, &o, "setRawMode", |fd: i32, raw: bool| -> i32 {
        set_raw_mode(fd, raw)
    })?;
    bind::func(ctx, &o, "isRaw", |fd: i32| -> bool {
        SAVED
            .lock()
            .map(|l| l.iter().any(|s| s.fd == fd && s.raw))
            .unwrap_or(false)
    })?;
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_terminal_is_enotty() {
        let mut fds = [0; 2];
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        assert_eq!(set_raw_mode(fds[0], true), -libc::ENOTTY);
        assert_eq!(set_raw_mode(-1, false), -libc::EBADF);
        unsafe {
            libc::close(fds[0]);
            libc::close(fds[1]);
        }
    }
}
