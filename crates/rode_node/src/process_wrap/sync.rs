//! `spawnSync`: runs a child to the end on the calling thread, as Node's
//! `SyncProcessRunner` does: writes each pipe's input, collects what the child writes, kills
//! it with `killSignal` when `timeout` passes (`ETIMEDOUT`) or the output grows past
//! `maxBuffer` (`ENOBUFS`) — closing the pipes at that moment — and returns once the child
//! has exited and every pipe is closed.

use super::spawn::{self, SpawnOptions, StdioSpec};
use std::os::fd::{AsRawFd, OwnedFd};
use std::time::{Duration, Instant};

const CHUNK: usize = 64 * 1024;

pub struct SyncOptions {
    pub spawn: SpawnOptions,
    /// Bytes to write to each pipe (index = stdio slot).
    pub input: Vec<Option<Vec<u8>>>,
    pub timeout: Option<Duration>,
    /// `None` for no limit.
    pub max_buffer: Option<f64>,
    pub kill_signal: i32,
}

pub struct SyncResult {
    /// errno of the failure (positive), if any: the spawn's, or ETIMEDOUT / ENOBUFS.
    pub error: Option<i32>,
    pub pid: i32,
    /// (exit code, signal) once the child ran; `None` when it never started.
    pub status: Option<(i32, i32)>,
    /// What the child wrote on each slot it writes to (`None` for the others).
    pub output: Option<Vec<Option<Vec<u8>>>>,
}

struct Pipe {
    fd: Option<OwnedFd>,
    /// The child writes here (slots other than 0).
    readable: bool,
    input: Vec<u8>,
    written: usize,
    out: Vec<u8>,
}

fn set_nonblocking(fd: &OwnedFd) {
    unsafe {
        let fl = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
        if fl >= 0 {
            libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, fl | libc::O_NONBLOCK);
        }
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

pub fn run(mut o: SyncOptions) -> SyncResult {
    let spawned = match spawn::spawn(&o.spawn) {
        Ok(s) => s,
        Err(e) => {
            return SyncResult {
                error: Some(e.errno),
                pid: 0,
                status: None,
                output: None,
            }
        }
    };
    let pid = spawned.pid;
    let mut pipes: Vec<Option<Pipe>> = spawned
        .pipes
        .into_iter()
        .enumerate()
        .map(|(i, fd)| {
            fd.map(|fd| {
                set_nonblocking(&fd);
                Pipe {
                    fd: Some(fd),
                    readable: i != 0,
                    input: o
                        .input
                        .get_mut(i)
                        .and_then(|x| x.take())
                        .unwrap_or_default(),
                    written: 0,
                    out: Vec::new(),
                }
            })
        })
        .collect();
    // A pipe with nothing (more) to write and nothing to read is done: close it now so the
    // child sees the end of its input.
    for p in pipes.iter_mut().flatten() {
        if !p.readable && p.input.is_empty() {
            p.fd = None;
        }
    }
    let pidfd = spawn::pidfd_open(pid).ok();
    let deadline = o.timeout.and_then(|t| Instant::now().checked_add(t));
    let mut status: Option<(i32, i32)> = None;
    let mut error: Option<i32> = None;
    // A failed read or write on a pipe (EPIPE when the child stops reading its input):
    // reported when nothing worse happened, as libuv's spawn_sync.
    let mut pipe_error: Option<i32> = None;
    let mut killed = false;
    let mut total = 0f64;
    let mut buf = vec![0u8; CHUNK];

    let kill = |pipes: &mut Vec<Option<Pipe>>, status: &Option<(i32, i32)>| {
        if status.is_none() {
            unsafe { libc::kill(pid, o.kill_signal) };
        }
        for p in pipes.iter_mut().flatten() {
            p.fd = None;
        }
    };

    loop {
        if status.is_none() {
            status = spawn::try_reap(pid);
        }
        let open: Vec<usize> = (0..pipes.len())
            .filter(|&i| pipes[i].as_ref().is_some_and(|p| p.fd.is_some()))
            .collect();
        if status.is_some() && open.is_empty() {
            break;
        }
        let mut pfds: Vec<libc::pollfd> = Vec::with_capacity(open.len() + 1);
        for &i in &open {
            let p = pipes[i].as_ref().unwrap();
            let mut events = 0;
            if p.readable {
                events |= libc::POLLIN;
            }
            if p.written < p.input.len() {
                events |= libc::POLLOUT;
            }
            pfds.push(libc::pollfd {
                fd: p.fd.as_ref().unwrap().as_raw_fd(),
                events,
                revents: 0,
            });
        }
        let watch_exit = status.is_none() && pidfd.is_some();
        if watch_exit {
            pfds.push(libc::pollfd {
                fd: pidfd.as_ref().unwrap().as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        // Without a pidfd, look at the child again every few milliseconds.
        let mut wait_ms: i32 = if status.is_none() && pidfd.is_none() {
            5
        } else {
            -1
        };
        if let (Some(d), false) = (deadline, killed) {
            let left = d.saturating_duration_since(Instant::now());
            let ms = (left.as_millis().min(i32::MAX as u128) as i32)
                .saturating_add(i32::from(left.subsec_nanos() % 1_000_000 != 0));
            wait_ms = if wait_ms < 0 { ms } else { wait_ms.min(ms) };
        }
        let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, wait_ms) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            error.get_or_insert(errno());
            kill(&mut pipes, &status);
            killed = true;
            continue;
        }
        if !killed {
            if let Some(d) = deadline {
                if Instant::now() >= d {
                    error.get_or_insert(libc::ETIMEDOUT);
                    kill(&mut pipes, &status);
                    killed = true;
                    continue;
                }
            }
        }
        for (k, &i) in open.iter().enumerate() {
            let revents = pfds[k].revents;
            if revents == 0 {
                continue;
            }
            let p = pipes[i].as_mut().unwrap();
            let Some(fd) = p.fd.as_ref().map(|f| f.as_raw_fd()) else {
                continue;
            };
            if p.written < p.input.len()
                && revents & (libc::POLLOUT | libc::POLLERR | libc::POLLHUP) != 0
            {
                let rest = &p.input[p.written..];
                let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
                if n >= 0 {
                    p.written += n as usize;
                } else {
                    match errno() {
                        libc::EAGAIN | libc::EINTR => {}
                        // The child stopped reading: drop the rest of the input.
                        e => {
                            pipe_error.get_or_insert(e);
                            p.written = p.input.len();
                        }
                    }
                }
                if p.written >= p.input.len() {
                    if p.readable {
                        unsafe { libc::shutdown(fd, libc::SHUT_WR) };
                    } else {
                        p.fd = None;
                        continue;
                    }
                }
            }
            if p.readable && revents & (libc::POLLIN | libc::POLLERR | libc::POLLHUP) != 0 {
                let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
                if n > 0 {
                    let n = n as usize;
                    p.out.extend_from_slice(&buf[..n]);
                    total += n as f64;
                    if o.max_buffer.is_some_and(|m| total > m) && !killed {
                        error.get_or_insert(libc::ENOBUFS);
                        kill(&mut pipes, &status);
                        killed = true;
                        break;
                    }
                } else if n == 0 {
                    p.fd = None;
                } else {
                    let e = errno();
                    if !matches!(e, libc::EAGAIN | libc::EINTR) {
                        pipe_error.get_or_insert(e);
                        p.fd = None;
                    }
                }
            }
        }
        if watch_exit && pfds.last().is_some_and(|p| p.revents != 0) {
            status = spawn::try_reap(pid);
        }
    }
    let output = pipes
        .into_iter()
        .enumerate()
        .map(|(i, p)| match (p, o.spawn.stdio.get(i)) {
            (Some(p), Some(StdioSpec::Pipe)) if p.readable => Some(p.out),
            _ => None,
        })
        .collect();
    SyncResult {
        error: error.or(pipe_error),
        pid,
        status,
        output: Some(output),
    }
}
