//! Starting a child process the way libuv's `uv_spawn` does, as plain Rust.
//!
//! The child is started with `std::process::Command`. With nothing more than a program,
//! arguments, an environment, a cwd and stdio 0–2, std uses `posix_spawn` (glibc's
//! `clone(CLONE_VM|CLONE_VFORK)`), which is several times cheaper than `fork` for a parent
//! with a large heap and reports the child's `chdir`/`execve` errno synchronously — exactly
//! what Node needs to report `spawn x ENOENT`. Extra fds (3 and up), `detached` (`setsid`)
//! and uid/gid make std fall back to fork+exec (with the same error reporting through its
//! close-on-exec pipe).
//!
//! The program is looked up in the child environment's `PATH` here in the parent (as libuv
//! searches the `PATH` of the environment it passes), so std never has to search itself:
//! std refuses `posix_spawn` when the child's environment sets `PATH`.
//!
//! Every fd created here is close-on-exec; the child only gets the ones dup'ed onto its
//! stdio slots.

use std::ffi::OsStr;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

/// What the child gets on one stdio slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdioSpec {
    /// `/dev/null` on 0–2, nothing (closed) above.
    Ignore,
    /// A new socketpair (libuv's `UV_CREATE_PIPE`); the parent keeps the other end.
    Pipe,
    /// The parent's fd, shared with the child.
    Fd(RawFd),
}

pub struct SpawnOptions {
    pub file: String,
    /// argv, including argv[0].
    pub args: Vec<String>,
    /// `KEY=VALUE` pairs: the child's whole environment.
    pub env: Vec<String>,
    pub cwd: Option<String>,
    pub detached: bool,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    pub stdio: Vec<StdioSpec>,
}

/// A started child: its pid and the parent's ends of the pipes (one entry per stdio slot).
pub struct Spawned {
    pub pid: i32,
    pub pipes: Vec<Option<OwnedFd>>,
}

/// A failed start. `pipes` holds the parent's ends of pipes already made (their child ends
/// are closed), so the caller can still give the program stdio streams, as Node does for
/// `ENOENT`.
pub struct SpawnError {
    pub errno: i32,
    pub pipes: Vec<Option<OwnedFd>>,
}

fn last_errno() -> i32 {
    io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// A connected pair of Unix stream sockets, both close-on-exec and blocking (the parent's
/// end is made non-blocking by whoever polls it).
pub fn socketpair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    let r = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A close-on-exec duplicate of `fd` numbered 3 or higher.
fn dup_cloexec(fd: RawFd) -> io::Result<OwnedFd> {
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(unsafe { OwnedFd::from_raw_fd(r) })
}

fn is_executable_file(path: &[u8]) -> Result<(), i32> {
    let Ok(c) = std::ffi::CString::new(path) else {
        return Err(libc::ENOENT);
    };
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::stat(c.as_ptr(), &mut st) } != 0 {
        return Err(last_errno());
    }
    if st.st_mode & libc::S_IFMT != libc::S_IFREG {
        return Err(libc::EACCES);
    }
    if unsafe { libc::access(c.as_ptr(), libc::X_OK) } != 0 {
        return Err(last_errno());
    }
    Ok(())
}

/// Finds `file` the way `execvp` would, in the `PATH` of the child's environment
/// (`/usr/bin:/bin` without one, libuv's default). A name with a `/` is used as it is.
/// The error is `execvp`'s: `EACCES` if some candidate exists but can't be run, else
/// `ENOENT`.
pub fn resolve_program(file: &str, env: &[String]) -> Result<Vec<u8>, i32> {
    if file.is_empty() {
        return Err(libc::ENOENT);
    }
    if file.contains('/') {
        return Ok(file.as_bytes().to_vec());
    }
    let path = env
        .iter()
        .rev()
        .find_map(|kv| kv.strip_prefix("PATH="))
        .unwrap_or("/usr/bin:/bin");
    let mut saw_eacces = false;
    for dir in path.split(':') {
        let mut cand = Vec::with_capacity(dir.len() + file.len() + 1);
        if dir.is_empty() {
            cand.extend_from_slice(b"./");
        } else {
            cand.extend_from_slice(dir.as_bytes());
            cand.push(b'/');
        }
        cand.extend_from_slice(file.as_bytes());
        match is_executable_file(&cand) {
            Ok(()) => return Ok(cand),
            Err(libc::EACCES) | Err(libc::EPERM) => saw_eacces = true,
            Err(_) => {}
        }
    }
    Err(if saw_eacces {
        libc::EACCES
    } else {
        libc::ENOENT
    })
}

fn fail(errno: i32, pipes: Vec<Option<OwnedFd>>) -> SpawnError {
    SpawnError { errno, pipes }
}

/// Starts the child. On success the child's ends of the pipes are closed in the parent.
pub fn spawn(o: &SpawnOptions) -> Result<Spawned, SpawnError> {
    // Slots 0–2 always get something (`/dev/null` when not given).
    let mut specs = o.stdio.clone();
    while specs.len() < 3 {
        specs.push(StdioSpec::Ignore);
    }
    let n = specs.len();
    let mut parent: Vec<Option<OwnedFd>> = (0..n).map(|_| None).collect();
    let mut child_ends: Vec<Option<OwnedFd>> = (0..n).map(|_| None).collect();
    for (i, s) in specs.iter().enumerate() {
        match *s {
            StdioSpec::Ignore => {}
            StdioSpec::Pipe => match socketpair() {
                Ok((p, c)) => {
                    parent[i] = Some(p);
                    child_ends[i] = Some(c);
                }
                Err(e) => return Err(fail(e.raw_os_error().unwrap_or(libc::EIO), vec![])),
            },
            StdioSpec::Fd(fd) => {
                // The child's own slot inherits as it is; anything else gets a duplicate.
                if fd != i as RawFd || i > 2 {
                    match dup_cloexec(fd) {
                        Ok(d) => child_ends[i] = Some(d),
                        Err(e) => return Err(fail(e.raw_os_error().unwrap_or(libc::EIO), vec![])),
                    }
                }
            }
        }
    }

    let program = match resolve_program(&o.file, &o.env) {
        Ok(p) => p,
        Err(e) => return Err(fail(e, parent)),
    };
    let mut cmd = Command::new(OsStr::from_bytes(&program));
    let argv0 = o.args.first().map(String::as_str).unwrap_or(&o.file);
    cmd.arg0(argv0);
    if o.args.len() > 1 {
        cmd.args(&o.args[1..]);
    }
    cmd.env_clear();
    for kv in &o.env {
        match kv.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                cmd.env(k, v);
            }
            _ => {}
        }
    }
    if let Some(cwd) = &o.cwd {
        cmd.current_dir(cwd);
    }
    if let Some(uid) = o.uid {
        cmd.uid(uid);
    }
    if let Some(gid) = o.gid {
        cmd.gid(gid);
    }
    for (i, end) in child_ends.iter_mut().enumerate().take(3) {
        let stdio = match specs[i] {
            StdioSpec::Ignore => Stdio::null(),
            StdioSpec::Pipe => match end.take() {
                Some(fd) => Stdio::from(fd),
                None => Stdio::null(),
            },
            StdioSpec::Fd(_) => match end.take() {
                Some(fd) => Stdio::from(fd),
                None => Stdio::inherit(),
            },
        };
        match i {
            0 => cmd.stdin(stdio),
            1 => cmd.stdout(stdio),
            _ => cmd.stderr(stdio),
        };
    }
    // Slots 3 and up: (target, source) pairs, set up in the child after std has set 0–2.
    let mut extra: Vec<(RawFd, RawFd)> = child_ends
        .iter()
        .enumerate()
        .skip(3)
        .filter_map(|(i, fd)| fd.as_ref().map(|f| (i as RawFd, f.as_raw_fd())))
        .collect();
    let detached = o.detached;
    // Another stream's fd (a socket or pipe the parent made non-blocking) given as stdin,
    // stdout or stderr: make it blocking in the child, as libuv does, or programs that
    // expect blocking stdio fail with EAGAIN (e.g. `sort` reading a pipe from another child).
    let clear_nonblock = specs
        .iter()
        .take(3)
        .enumerate()
        .any(|(i, s)| matches!(*s, StdioSpec::Fd(fd) if fd != i as RawFd));
    if detached || !extra.is_empty() || clear_nonblock {
        let top = n as RawFd;
        // SAFETY: runs between fork and exec; only async-signal-safe calls (setsid, fcntl,
        // dup2) and no allocation (`extra` is updated in place).
        unsafe {
            cmd.pre_exec(move || {
                if detached && libc::setsid() < 0 {
                    return Err(io::Error::last_os_error());
                }
                // Move every source above the highest target first, so that no dup2 below
                // overwrites a source still to be used.
                for pair in extra.iter_mut() {
                    let moved = libc::fcntl(pair.1, libc::F_DUPFD_CLOEXEC, top);
                    if moved < 0 {
                        return Err(io::Error::last_os_error());
                    }
                    pair.1 = moved;
                }
                for &(target, src) in extra.iter() {
                    if libc::dup2(src, target) < 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
                if clear_nonblock {
                    for fd in 0..3 {
                        let flags = libc::fcntl(fd, libc::F_GETFL);
                        if flags >= 0 && flags & libc::O_NONBLOCK != 0 {
                            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
                        }
                    }
                }
                Ok(())
            });
        }
    }
    let r = cmd.spawn();
    drop(cmd);
    drop(child_ends);
    match r {
        Ok(child) => {
            let pid = child.id() as i32;
            // `child` holds no pipes of its own; dropping it neither waits nor kills.
            drop(child);
            Ok(Spawned { pid, pipes: parent })
        }
        Err(e) => {
            let errno = match e.raw_os_error() {
                Some(n) => n,
                // std's own failures (a NUL byte in a string): libuv would say EINVAL.
                None => libc::EINVAL,
            };
            Err(fail(errno, parent))
        }
    }
}

/// The status `waitpid` returned, as (exit code, terminating signal or 0).
pub fn decode_status(status: libc::c_int) -> (i32, i32) {
    if libc::WIFSIGNALED(status) {
        (0, libc::WTERMSIG(status))
    } else if libc::WIFEXITED(status) {
        (libc::WEXITSTATUS(status), 0)
    } else {
        (0, 0)
    }
}

/// `waitpid(pid, WNOHANG)`: `Some((code, signal))` once the child has ended.
pub fn try_reap(pid: i32) -> Option<(i32, i32)> {
    loop {
        let mut status: libc::c_int = 0;
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == 0 {
            return None;
        }
        if r < 0 {
            match last_errno() {
                libc::EINTR => continue,
                // Someone else reaped it (SIGCHLD ignored): it has ended, status unknown.
                _ => return Some((0, 0)),
            }
        }
        return Some(decode_status(status));
    }
}

/// `pidfd_open(pid)`: an fd that becomes readable when the child ends (Linux 5.3+).
pub fn pidfd_open(pid: i32) -> io::Result<OwnedFd> {
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    let fd = r as RawFd;
    unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Vec<String> {
        vec!["PATH=/usr/bin:/bin".into()]
    }

    fn wait(pid: i32) -> (i32, i32) {
        let mut st = 0;
        unsafe { libc::waitpid(pid, &mut st, 0) };
        decode_status(st)
    }

    #[test]
    fn resolves_like_execvp() {
        assert!(resolve_program("sh", &env()).unwrap().ends_with(b"/sh"));
        assert_eq!(resolve_program("no-such-cmd-x", &env()), Err(libc::ENOENT));
        assert_eq!(resolve_program("./rel", &env()).unwrap(), b"./rel".to_vec());
        // A directory on PATH named like the command is EACCES, as execvp says.
        let dir = std::env::temp_dir().join(format!("rode-spawn-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("cmdx")).unwrap();
        let e = vec![format!("PATH={}", dir.display())];
        assert_eq!(resolve_program("cmdx", &e), Err(libc::EACCES));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn exit_codes_and_errors() {
        let o = |args: &[&str]| SpawnOptions {
            file: args[0].into(),
            args: args.iter().map(|s| s.to_string()).collect(),
            env: env(),
            cwd: None,
            detached: false,
            uid: None,
            gid: None,
            stdio: vec![StdioSpec::Ignore; 3],
        };
        let s = spawn(&o(&["sh", "-c", "exit 7"])).ok().unwrap();
        assert_eq!(wait(s.pid), (7, 0));
        let s = spawn(&o(&["sh", "-c", "kill -9 $$"])).ok().unwrap();
        assert_eq!(wait(s.pid), (0, 9));
        let e = spawn(&o(&["nosuchcmd-rode"])).err().unwrap();
        assert_eq!(e.errno, libc::ENOENT);
        let mut bad_cwd = o(&["true"]);
        bad_cwd.cwd = Some("/no/such/dir".into());
        assert_eq!(spawn(&bad_cwd).err().unwrap().errno, libc::ENOENT);
    }

    #[test]
    fn pipes_and_extra_fds() {
        let o = SpawnOptions {
            file: "sh".into(),
            args: vec!["sh".into(), "-c".into(), "echo out; echo three >&3".into()],
            env: env(),
            cwd: None,
            detached: false,
            uid: None,
            gid: None,
            stdio: vec![
                StdioSpec::Ignore,
                StdioSpec::Pipe,
                StdioSpec::Ignore,
                StdioSpec::Pipe,
            ],
        };
        let mut s = spawn(&o).ok().unwrap();
        let read_all = |fd: OwnedFd| {
            use std::io::Read;
            let mut f = std::fs::File::from(fd);
            let mut v = String::new();
            f.read_to_string(&mut v).unwrap();
            v
        };
        assert_eq!(read_all(s.pipes[1].take().unwrap()), "out\n");
        assert_eq!(read_all(s.pipes[3].take().unwrap()), "three\n");
        assert_eq!(wait(s.pid), (0, 0));
    }
}
