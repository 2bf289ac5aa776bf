//! `internalBinding('http2')`: HTTP/2 sessions for `node:http2`, on the `h2` crate.
//!
//! A session is an `h2` client or server connection over an in-memory transport
//! ([`io::Pipe`]): it does no I/O of its own, so it runs over any Duplex the JS side has
//! (a net.Socket for h2c, a TLSSocket for h2). JS feeds the bytes its socket read
//! (`sessionFeed`), and gets back the bytes to write, with everything else the session did,
//! as events.
//!
//! The `h2` objects are futures polled on the JS thread with one waker per session. A wake
//! (bytes fed, a stream written to, `h2` asking to be polled again) queues one completion
//! that polls the connection and its streams until nothing moves, then calls
//! `owner.onevents(list)` once with what happened. `list` is flat, five slots per event:
//! `[type, key, a, b, c, …]` (the `E_*` constants below, mirrored in
//! `js/internal/http2/core.js`). Streams are named by a key the session gives them (their
//! HTTP/2 id may come later: a request queued behind `maxConcurrentStreams`).
//!
//! SETTINGS, PING and GOAWAY frames from the peer are read beside `h2` by
//! [`frames::Sniffer`] (Node reports them; `h2` keeps them to itself), and the frames `h2`
//! has no API for (a PING with the program's payload, GOAWAY with any code, ALTSVC, ORIGIN)
//! are added to the output between `h2`'s frames.

mod frames;
mod io;

use bytes::Bytes;
use frames::{Sniffed, Sniffer};
use h2::client::{self, PushPromises, PushedResponseFuture, ResponseFuture, SendRequest};
use h2::server::{self, SendPushedResponse, SendResponse};
use h2::{Reason, RecvStream, SendStream};
use http::{HeaderMap, HeaderName, HeaderValue, Method, Request, Response, StatusCode, Uri};
use io::Io;
use rode_core::async_context::{self, Frame};
use rode_core::bind;
use rode_core::event_loop::queue_completion;
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::ThreadId;

const E_OUT: i32 = 1;
const E_STREAM: i32 = 2;
const E_HEADERS: i32 = 3;
const E_DATA: i32 = 4;
const E_TRAILERS: i32 = 5;
const E_END: i32 = 6;
const E_WRITE: i32 = 7;
const E_CLOSE: i32 = 8;
const E_READY: i32 = 9;
const E_SETTINGS: i32 = 10;
const E_SETTINGS_ACK: i32 = 11;
const E_PING: i32 = 12;
const E_GOAWAY: i32 = 13;
const E_ERROR: i32 = 14;
const E_DONE: i32 = 15;
const E_PUSH: i32 = 16;

/// NGHTTP2_INTERNAL_ERROR.
const INTERNAL_ERROR: u32 = 2;

/// How many rounds one drive polls before yielding to the loop.
const MAX_ROUNDS: usize = 64;

enum Ev {
    Out(Vec<u8>),
    Stream {
        key: u32,
        sid: u32,
        headers: Vec<String>,
        end: bool,
    },
    Headers {
        key: u32,
        headers: Vec<String>,
        end: bool,
        info: bool,
    },
    Data(u32, Bytes),
    Trailers(u32, Vec<String>),
    End(u32),
    Write(u32, u32),
    Close {
        key: u32,
        code: u32,
        remote: bool,
    },
    Ready(u32, u32),
    Settings(Vec<(u16, u32)>),
    SettingsAck,
    Ping([u8; 8], bool),
    GoAway(u32, u32, Vec<u8>),
    Error {
        code: u32,
        msg: String,
        kind: i32,
    },
    Done,
    Push {
        key: u32,
        parent: u32,
        sid: u32,
        headers: Vec<String>,
    },
}

/// The waker of one session: a wake queues one drive of it on the loop.
struct SessionWaker {
    id: u32,
    woke: AtomicBool,
    scheduled: AtomicBool,
    thread: ThreadId,
}

impl Wake for SessionWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref()
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.woke.store(true, Ordering::Relaxed);
        // h2 only runs on this JS thread; a wake from elsewhere has nothing to schedule.
        if std::thread::current().id() != self.thread {
            return;
        }
        if DRIVING.with(|d| d.get()) == self.id {
            return; // the drive running now polls again
        }
        schedule(self);
    }
}

fn schedule(w: &SessionWaker) {
    if !w.scheduled.swap(true, Ordering::Relaxed) {
        let id = w.id;
        queue_completion(Box::new(move |ctx| drive(ctx, id)));
    }
}

enum Responder {
    Normal(SendResponse<Bytes>),
    Pushed(SendPushedResponse<Bytes>),
}

impl Responder {
    fn send_response(
        &mut self,
        r: Response<()>,
        end: bool,
    ) -> std::result::Result<SendStream<Bytes>, h2::Error> {
        match self {
            Responder::Normal(s) => s.send_response(r, end),
            Responder::Pushed(s) => s.send_response(r, end),
        }
    }
    fn send_reset(&mut self, reason: Reason) {
        match self {
            Responder::Normal(s) => s.send_reset(reason),
            Responder::Pushed(s) => s.send_reset(reason),
        }
    }
    fn poll_reset(&mut self, cx: &mut Context) -> Poll<std::result::Result<Reason, h2::Error>> {
        match self {
            Responder::Normal(s) => s.poll_reset(cx),
            Responder::Pushed(s) => s.poll_reset(cx),
        }
    }
}

#[derive(Default)]
struct H2Stream {
    sid: u32,
    responder: Option<Responder>,
    responded: bool,
    send: Option<SendStream<Bytes>>,
    recv: Option<RecvStream>,
    response: Option<ResponseFuture>,
    pushed: Option<PushedResponseFuture>,
    promises: Option<PushPromises>,
    out: VecDeque<Bytes>,
    out_len: usize,
    end_pending: bool,
    trailers: Option<HeaderMap>,
    send_done: bool,
    recv_done: bool,
    /// Reset (or failed): the code, and whether the peer did it.
    reset: Option<(u32, bool)>,
    paused: bool,
    unreleased: usize,
}

type ClientHandshake = Pin<
    Box<
        dyn Future<
            Output = std::result::Result<
                (SendRequest<Bytes>, client::Connection<Io, Bytes>),
                h2::Error,
            >,
        >,
    >,
>;

enum Conn {
    ServerHandshake(Pin<Box<server::Handshake<Io, Bytes>>>),
    Server(server::Connection<Io, Bytes>),
    ClientHandshake(ClientHandshake),
    Client {
        send: Option<SendRequest<Bytes>>,
        conn: client::Connection<Io, Bytes>,
    },
    Done,
}

struct Inner {
    conn: Conn,
    streams: BTreeMap<u32, H2Stream>,
    next_key: u32,
    /// Client requests waiting for the connection (handshake, or stream concurrency).
    queued: VecDeque<(u32, Request<()>, bool)>,
    sniffer: Sniffer,
    /// Frames the session adds after `h2`'s output.
    extra_out: Vec<u8>,
    events: Vec<Ev>,
    /// `close()`: no new streams; the client drops its request sender once idle.
    closing: bool,
    push_enabled: bool,
    last_peer_sid: u32,
    /// Settings waiting for the handshake to finish.
    initial_window: Option<u32>,
    target_window: Option<u32>,
}

struct Session {
    owner: RefCell<Option<Persistent<Object<'static>>>>,
    frame: Frame,
    waker: Arc<SessionWaker>,
    io: Io,
    inner: RefCell<Inner>,
}

thread_local! {
    static SESSIONS: RefCell<HashMap<u32, Rc<Session>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static DRIVING: Cell<u32> = const { Cell::new(0) };
}

fn session(id: u32) -> Option<Rc<Session>> {
    SESSIONS.with(|s| s.borrow().get(&id).cloned())
}

fn reason_code(e: &h2::Error) -> u32 {
    e.reason().map(u32::from).unwrap_or(INTERNAL_ERROR)
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn push_map(out: &mut Vec<String>, map: &HeaderMap) {
    for (n, v) in map.iter() {
        out.push(n.as_str().to_owned());
        out.push(latin1(v.as_bytes()));
    }
}

fn request_headers(req: &Request<()>) -> Vec<String> {
    let mut h = Vec::with_capacity(8 + req.headers().len() * 2);
    h.push(":method".into());
    h.push(req.method().as_str().into());
    if let Some(p) = req.extensions().get::<h2::ext::Protocol>() {
        h.push(":protocol".into());
        h.push(p.as_str().into());
    }
    let uri = req.uri();
    if let Some(a) = uri.authority() {
        h.push(":authority".into());
        h.push(a.as_str().into());
    }
    if let Some(s) = uri.scheme_str() {
        h.push(":scheme".into());
        h.push(s.into());
    }
    if let Some(p) = uri.path_and_query() {
        if req.method() != Method::CONNECT || uri.scheme().is_some() {
            h.push(":path".into());
            h.push(p.as_str().into());
        }
    }
    push_map(&mut h, req.headers());
    h
}

fn response_headers(status: StatusCode, map: &HeaderMap) -> Vec<String> {
    let mut h = Vec::with_capacity(2 + map.len() * 2);
    h.push(":status".into());
    h.push(status.as_u16().to_string());
    push_map(&mut h, map);
    h
}

/// Headers from JS: a flat `[name, value, …]` list (names lower-case, validated by JS)
/// split into pseudo-headers and the rest.
struct InHeaders {
    pseudo: Vec<(String, String)>,
    map: HeaderMap,
}

impl InHeaders {
    fn parse(flat: &[String], sensitive: &[String]) -> std::result::Result<Self, String> {
        let mut pseudo = Vec::new();
        let mut map = HeaderMap::new();
        for pair in flat.chunks_exact(2) {
            let (n, v) = (&pair[0], &pair[1]);
            if n.starts_with(':') {
                pseudo.push((n.clone(), v.clone()));
                continue;
            }
            let name = HeaderName::from_bytes(n.as_bytes())
                .map_err(|_| format!("invalid header name {n:?}"))?;
            let mut value = HeaderValue::from_bytes(v.as_bytes())
                .map_err(|_| format!("invalid value for header {n:?}"))?;
            if sensitive.iter().any(|s| s == n) {
                value.set_sensitive(true);
            }
            map.append(name, value);
        }
        Ok(InHeaders { pseudo, map })
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.pseudo
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn request(self) -> std::result::Result<Request<()>, String> {
        let method = self.get(":method").unwrap_or("GET");
        let method = Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let protocol = self.get(":protocol").map(str::to_owned);
        let mut uri = Uri::builder();
        let plain_connect = method == Method::CONNECT && protocol.is_none();
        if !plain_connect {
            uri = uri.scheme(self.get(":scheme").unwrap_or("https"));
            uri = uri.path_and_query(self.get(":path").unwrap_or("/"));
        }
        if let Some(a) = self.get(":authority") {
            uri = uri.authority(a);
        }
        let uri = uri.build().map_err(|e| e.to_string())?;
        let mut req = Request::new(());
        *req.method_mut() = method;
        *req.uri_mut() = uri;
        *req.headers_mut() = self.map;
        if let Some(p) = protocol {
            req.extensions_mut()
                .insert(h2::ext::Protocol::from(p.as_str()));
        }
        Ok(req)
    }

    fn response(self) -> std::result::Result<Response<()>, String> {
        let status: u16 = self
            .get(":status")
            .unwrap_or("200")
            .parse()
            .map_err(|_| "invalid :status".to_string())?;
        let mut res = Response::new(());
        *res.status_mut() = StatusCode::from_u16(status).map_err(|e| e.to_string())?;
        *res.headers_mut() = self.map;
        Ok(res)
    }
}

impl Inner {
    fn new_key(&mut self) -> u32 {
        self.next_key += 1;
        self.next_key
    }

    fn error(&mut self, e: &h2::Error) {
        let kind = if e.is_go_away() && e.is_remote() {
            1
        } else if e.is_io() {
            2
        } else {
            3
        };
        self.events.push(Ev::Error {
            code: reason_code(e),
            msg: e.to_string(),
            kind,
        });
        self.finish_conn();
    }

    fn finish_conn(&mut self) {
        self.conn = Conn::Done;
        for (key, st) in std::mem::take(&mut self.streams) {
            let code = st.reset.map(|r| r.0).unwrap_or(INTERNAL_ERROR);
            self.events.push(Ev::Close {
                key,
                code,
                remote: false,
            });
        }
        self.queued.clear();
    }

    /// One round: the connection, then every stream. Wakes during it mean "poll again".
    fn poll_all(&mut self, cx: &mut Context) {
        self.poll_conn(cx);
        let keys: Vec<u32> = self.streams.keys().copied().collect();
        for key in keys {
            self.poll_stream(key, cx);
        }
    }

    fn poll_conn(&mut self, cx: &mut Context) {
        if let Conn::ServerHandshake(f) = &mut self.conn {
            match f.as_mut().poll(cx) {
                Poll::Ready(Ok(c)) => self.conn = Conn::Server(c),
                Poll::Ready(Err(e)) => return self.error(&e),
                Poll::Pending => return,
            }
            self.apply_windows();
        }
        if let Conn::ClientHandshake(f) = &mut self.conn {
            match f.as_mut().poll(cx) {
                Poll::Ready(Ok((send, conn))) => {
                    self.conn = Conn::Client {
                        send: Some(send),
                        conn,
                    }
                }
                Poll::Ready(Err(e)) => return self.error(&e),
                Poll::Pending => return,
            }
            self.apply_windows();
        }
        if let Conn::Server(_) = &self.conn {
            loop {
                let r = match &mut self.conn {
                    Conn::Server(c) => c.poll_accept(cx),
                    _ => return,
                };
                match r {
                    Poll::Ready(Some(Ok((req, respond)))) => self.accept(req, respond),
                    Poll::Ready(Some(Err(e))) => return self.error(&e),
                    Poll::Ready(None) => {
                        self.events.push(Ev::Done);
                        return self.finish_conn();
                    }
                    Poll::Pending => return,
                }
            }
        }
        if let Conn::Client { .. } = &self.conn {
            self.send_queued(cx);
            let Conn::Client { send, conn } = &mut self.conn else {
                return;
            };
            if self.closing && self.queued.is_empty() {
                send.take();
            }
            match Pin::new(conn).poll(cx) {
                Poll::Ready(Ok(())) => {
                    self.events.push(Ev::Done);
                    self.finish_conn();
                }
                Poll::Ready(Err(e)) => self.error(&e),
                Poll::Pending => {}
            }
        }
    }

    fn apply_windows(&mut self) {
        let (iw, tw) = (self.initial_window.take(), self.target_window.take());
        let r = match &mut self.conn {
            Conn::Server(c) => {
                if let Some(t) = tw {
                    c.set_target_window_size(t);
                }
                iw.map(|w| c.set_initial_window_size(w))
            }
            Conn::Client { conn, .. } => {
                if let Some(t) = tw {
                    conn.set_target_window_size(t);
                }
                iw.map(|w| conn.set_initial_window_size(w))
            }
            _ => None,
        };
        if let Some(Err(e)) = r {
            self.error(&e);
        }
    }

    fn accept(&mut self, req: Request<RecvStream>, respond: SendResponse<Bytes>) {
        let sid = respond.stream_id().as_u32();
        self.last_peer_sid = self.last_peer_sid.max(sid);
        let (parts, body) = req.into_parts();
        let headers = request_headers(&Request::from_parts(parts, ()));
        let end = body.is_end_stream();
        let key = self.new_key();
        self.streams.insert(
            key,
            H2Stream {
                sid,
                responder: Some(Responder::Normal(respond)),
                recv: Some(body),
                ..Default::default()
            },
        );
        self.events.push(Ev::Stream {
            key,
            sid,
            headers,
            end,
        });
    }

    fn send_queued(&mut self, cx: &mut Context) {
        let Conn::Client {
            send: Some(send), ..
        } = &mut self.conn
        else {
            return;
        };
        while let Some((key, _, _)) = self.queued.front() {
            let key = *key;
            if !self.streams.contains_key(&key) {
                self.queued.pop_front();
                continue;
            }
            match send.poll_ready(cx) {
                Poll::Pending => return,
                Poll::Ready(Err(e)) => {
                    let code = reason_code(&e);
                    for (k, _, _) in std::mem::take(&mut self.queued) {
                        if let Some(st) = self.streams.get_mut(&k) {
                            st.reset = Some((code, e.is_remote()));
                        }
                    }
                    return;
                }
                Poll::Ready(Ok(())) => {}
            }
            let Some((key, req, end)) = self.queued.pop_front() else {
                return;
            };
            let st = self.streams.get_mut(&key).expect("checked above");
            match send.send_request(req, end) {
                Ok((mut resp, s)) => {
                    st.sid = resp.stream_id().as_u32();
                    if self.push_enabled {
                        st.promises = Some(resp.push_promises());
                    }
                    st.response = Some(resp);
                    st.send = Some(s);
                    st.send_done = end;
                    self.events.push(Ev::Ready(key, st.sid));
                }
                Err(e) => {
                    st.reset = Some((reason_code(&e), e.is_remote()));
                }
            }
        }
    }

    fn poll_stream(&mut self, key: u32, cx: &mut Context) {
        let Some(st) = self.streams.get_mut(&key) else {
            return;
        };
        let events = &mut self.events;
        // Client: informational headers, the response, push promises.
        if let Some(f) = st.response.as_mut() {
            while let Poll::Ready(Some(Ok(r))) = f.poll_informational(cx) {
                events.push(Ev::Headers {
                    key,
                    headers: response_headers(r.status(), r.headers()),
                    end: false,
                    info: true,
                });
            }
        }
        let mut new_pushes = Vec::new();
        if let Some(p) = st.promises.as_mut() {
            loop {
                match p.poll_push_promise(cx) {
                    Poll::Ready(Some(Ok(pp))) => new_pushes.push(pp),
                    Poll::Ready(Some(Err(_))) | Poll::Ready(None) => {
                        st.promises = None;
                        break;
                    }
                    Poll::Pending => break,
                }
            }
        }
        let head = if let Some(f) = st.response.as_mut() {
            match Pin::new(f).poll(cx) {
                Poll::Ready(r) => {
                    st.response = None;
                    Some(r)
                }
                Poll::Pending => None,
            }
        } else if let Some(f) = st.pushed.as_mut() {
            match Pin::new(f).poll(cx) {
                Poll::Ready(r) => {
                    st.pushed = None;
                    Some(r)
                }
                Poll::Pending => None,
            }
        } else {
            None
        };
        match head {
            Some(Ok(res)) => {
                let (parts, body) = res.into_parts();
                let end = body.is_end_stream();
                events.push(Ev::Headers {
                    key,
                    headers: response_headers(parts.status, &parts.headers),
                    end,
                    info: false,
                });
                st.recv = Some(body);
            }
            Some(Err(e)) => st.reset = Some((reason_code(&e), e.is_remote())),
            None => {}
        }
        // Received data, trailers, end.
        if !st.recv_done && st.reset.is_none() {
            if let Some(r) = st.recv.as_mut() {
                loop {
                    match r.poll_data(cx) {
                        Poll::Ready(Some(Ok(b))) => {
                            let n = b.len();
                            if st.paused {
                                st.unreleased += n;
                            } else {
                                let _ = r.flow_control().release_capacity(n);
                            }
                            events.push(Ev::Data(key, b));
                        }
                        Poll::Ready(Some(Err(e))) => {
                            st.reset = Some((reason_code(&e), e.is_remote()));
                            break;
                        }
                        Poll::Ready(None) => match r.poll_trailers(cx) {
                            Poll::Ready(Ok(t)) => {
                                if let Some(t) = t {
                                    let mut h = Vec::new();
                                    push_map(&mut h, &t);
                                    events.push(Ev::Trailers(key, h));
                                }
                                st.recv_done = true;
                                events.push(Ev::End(key));
                                break;
                            }
                            Poll::Ready(Err(e)) => {
                                st.reset = Some((reason_code(&e), e.is_remote()));
                                break;
                            }
                            Poll::Pending => break,
                        },
                        Poll::Pending => break,
                    }
                }
            }
        }
        // Data to send, as the peer's window allows.
        if st.reset.is_none() {
            if let Some(s) = st.send.as_mut() {
                let mut done = 0;
                loop {
                    let queued = st.out.len();
                    let Some(front) = st.out.front_mut() else {
                        break;
                    };
                    if front.is_empty() {
                        st.out.pop_front();
                        done += 1;
                        continue;
                    }
                    let mut cap = s.capacity();
                    if cap == 0 {
                        s.reserve_capacity(st.out_len);
                        match s.poll_capacity(cx) {
                            Poll::Ready(Some(Ok(_))) => cap = s.capacity(),
                            Poll::Ready(Some(Err(e))) => {
                                st.reset = Some((reason_code(&e), e.is_remote()));
                                break;
                            }
                            Poll::Ready(None) | Poll::Pending => break,
                        }
                        if cap == 0 {
                            break;
                        }
                    }
                    let n = cap.min(front.len());
                    let chunk = front.split_to(n);
                    st.out_len -= n;
                    let last =
                        front.is_empty() && queued == 1 && st.end_pending && st.trailers.is_none();
                    if let Err(e) = s.send_data(chunk, last) {
                        st.reset = Some((reason_code(&e), e.is_remote()));
                        break;
                    }
                    if front.is_empty() {
                        st.out.pop_front();
                        done += 1;
                    }
                    if last {
                        st.end_pending = false;
                        st.send_done = true;
                    }
                }
                if st.out.is_empty() && st.end_pending && st.reset.is_none() {
                    let r = match st.trailers.take() {
                        Some(t) => s.send_trailers(t),
                        None => s.send_data(Bytes::new(), true),
                    };
                    st.end_pending = false;
                    st.send_done = true;
                    if let Err(e) = r {
                        st.reset = Some((reason_code(&e), e.is_remote()));
                    }
                }
                if done > 0 {
                    events.push(Ev::Write(key, done));
                }
            }
        }
        // A reset while nothing else is polled (the body already read, or not sent yet).
        if st.reset.is_none() && !(st.send_done && st.recv_done) {
            let r = if let Some(s) = st.send.as_mut() {
                s.poll_reset(cx)
            } else if let Some(r) = st.responder.as_mut() {
                r.poll_reset(cx)
            } else {
                Poll::Pending
            };
            match r {
                Poll::Ready(Ok(reason)) => st.reset = Some((u32::from(reason), true)),
                Poll::Ready(Err(e)) => st.reset = Some((reason_code(&e), e.is_remote())),
                Poll::Pending => {}
            }
        }
        let closed = st.reset.is_some() || (st.send_done && st.recv_done);
        if closed {
            let (code, remote) = st.reset.unwrap_or((0, false));
            self.streams.remove(&key);
            self.events.push(Ev::Close { key, code, remote });
        }
        for pp in new_pushes {
            let (req, fut) = pp.into_parts();
            let psid = fut.stream_id().as_u32();
            let headers = request_headers(&req);
            let pkey = self.new_key();
            self.streams.insert(
                pkey,
                H2Stream {
                    sid: psid,
                    pushed: Some(fut),
                    // A pushed stream has nothing to send.
                    send_done: true,
                    ..Default::default()
                },
            );
            self.events.push(Ev::Push {
                key: pkey,
                parent: key,
                sid: psid,
                headers,
            });
        }
    }
}

/// Polls session `id` until nothing moves, then hands what happened to its owner.
fn drive<'js>(ctx: &Ctx<'js>, id: u32) -> Result<()> {
    let Some(s) = session(id) else {
        return Ok(());
    };
    s.waker.scheduled.store(false, Ordering::Relaxed);
    let events = {
        let prev = DRIVING.with(|d| d.replace(id));
        let waker = Waker::from(s.waker.clone());
        let mut cx = Context::from_waker(&waker);
        let mut inner = s.inner.borrow_mut();
        let mut rounds = 0;
        loop {
            s.waker.woke.store(false, Ordering::Relaxed);
            inner.poll_all(&mut cx);
            rounds += 1;
            if !s.waker.woke.load(Ordering::Relaxed) || rounds >= MAX_ROUNDS {
                break;
            }
        }
        DRIVING.with(|d| d.set(prev));
        if s.waker.woke.load(Ordering::Relaxed) {
            schedule(&s.waker);
        }
        let mut out = std::mem::take(&mut s.io.0.borrow_mut().output);
        out.append(&mut inner.extra_out);
        let mut events = std::mem::take(&mut inner.events);
        if !out.is_empty() {
            events.insert(0, Ev::Out(out));
        }
        events
    };
    deliver(ctx, &s, events)
}

fn strings<'js>(ctx: &Ctx<'js>, v: Vec<String>) -> Result<Value<'js>> {
    let a = Array::new(ctx.clone())?;
    for (i, s) in v.into_iter().enumerate() {
        a.set(i, s)?;
    }
    Ok(a.into_value())
}

fn ab<'js>(ctx: &Ctx<'js>, b: &[u8]) -> Result<Value<'js>> {
    Ok(ArrayBuffer::new_copy(ctx.clone(), b)?.into_value())
}

fn deliver<'js>(ctx: &Ctx<'js>, s: &Session, events: Vec<Ev>) -> Result<()> {
    if events.is_empty() {
        return Ok(());
    }
    let Some(owner) = s.owner.borrow().clone() else {
        return Ok(());
    };
    let list = Array::new(ctx.clone())?;
    let mut i = 0;
    let mut put = |t: i32, key: u32, a: Value<'js>, b: Value<'js>, c: Value<'js>| -> Result<()> {
        list.set(i, t)?;
        list.set(i + 1, key)?;
        list.set(i + 2, a)?;
        list.set(i + 3, b)?;
        list.set(i + 4, c)?;
        i += 5;
        Ok(())
    };
    let u = || Value::new_undefined(ctx.clone());
    let int = |n: u32| Value::new_number(ctx.clone(), n as f64);
    let boolean = |b: bool| Value::new_bool(ctx.clone(), b);
    for ev in events {
        match ev {
            Ev::Out(b) => put(
                E_OUT,
                0,
                ArrayBuffer::new(ctx.clone(), b)?.into_value(),
                u(),
                u(),
            )?,
            Ev::Stream {
                key,
                sid,
                headers,
                end,
            } => put(
                E_STREAM,
                key,
                int(sid),
                strings(ctx, headers)?,
                boolean(end),
            )?,
            Ev::Headers {
                key,
                headers,
                end,
                info,
            } => put(
                E_HEADERS,
                key,
                strings(ctx, headers)?,
                boolean(end),
                boolean(info),
            )?,
            Ev::Data(key, b) => put(E_DATA, key, ab(ctx, &b)?, u(), u())?,
            Ev::Trailers(key, h) => put(E_TRAILERS, key, strings(ctx, h)?, u(), u())?,
            Ev::End(key) => put(E_END, key, u(), u(), u())?,
            Ev::Write(key, n) => put(E_WRITE, key, int(n), u(), u())?,
            Ev::Close { key, code, remote } => put(E_CLOSE, key, int(code), boolean(remote), u())?,
            Ev::Ready(key, sid) => put(E_READY, key, int(sid), u(), u())?,
            Ev::Settings(pairs) => {
                let a = Array::new(ctx.clone())?;
                for (j, (id, v)) in pairs.into_iter().enumerate() {
                    a.set(j * 2, id as u32)?;
                    a.set(j * 2 + 1, v as f64)?;
                }
                put(E_SETTINGS, 0, a.into_value(), u(), u())?
            }
            Ev::SettingsAck => put(E_SETTINGS_ACK, 0, u(), u(), u())?,
            Ev::Ping(p, ack) => put(E_PING, 0, ab(ctx, &p)?, boolean(ack), u())?,
            Ev::GoAway(code, last, data) => {
                put(E_GOAWAY, 0, int(code), int(last), ab(ctx, &data)?)?
            }
            Ev::Error { code, msg, kind } => put(
                E_ERROR,
                0,
                int(code),
                rquickjs::String::from_str(ctx.clone(), &msg)?.into_value(),
                Value::new_int(ctx.clone(), kind),
            )?,
            Ev::Done => put(E_DONE, 0, u(), u(), u())?,
            Ev::Push {
                key,
                parent,
                sid,
                headers,
            } => put(E_PUSH, key, int(parent), int(sid), strings(ctx, headers)?)?,
        }
    }
    let o = owner.restore(ctx)?;
    let f: Function = o.get("onevents")?;
    let prev = async_context::enter(&s.frame);
    let r = f.call::<_, ()>((rquickjs::function::This(o), list));
    async_context::leave(prev);
    r
}

fn opt_u32(o: &Object, k: &str) -> Result<Option<u32>> {
    let v: Value = o.get(k)?;
    Ok(v.as_number().map(|n| n as u32))
}

fn new_session<'js>(
    ctx: &Ctx<'js>,
    owner: Object<'js>,
    server: bool,
    opts: Object<'js>,
) -> Result<u32> {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    let io = Io::default();
    let table = opt_u32(&opts, "headerTableSize")?;
    let window = opt_u32(&opts, "initialWindowSize")?;
    let frame_size = opt_u32(&opts, "maxFrameSize")?;
    let streams = opt_u32(&opts, "maxConcurrentStreams")?;
    let list = opt_u32(&opts, "maxHeaderListSize")?;
    let push: Option<bool> = opts.get("enablePush")?;
    let connect: Option<bool> = opts.get("enableConnectProtocol")?;
    let conn = if server {
        let mut b = server::Builder::new();
        if let Some(v) = table {
            b.header_table_size(v);
        }
        if let Some(v) = window {
            b.initial_window_size(v);
        }
        if let Some(v) = frame_size {
            b.max_frame_size(v);
        }
        if let Some(v) = streams {
            b.max_concurrent_streams(v);
        }
        if let Some(v) = list {
            b.max_header_list_size(v);
        }
        if connect == Some(true) {
            b.enable_connect_protocol();
        }
        Conn::ServerHandshake(Box::pin(b.handshake(io.clone())))
    } else {
        let mut b = client::Builder::new();
        if let Some(v) = table {
            b.header_table_size(v);
        }
        if let Some(v) = window {
            b.initial_window_size(v);
        }
        if let Some(v) = frame_size {
            b.max_frame_size(v);
        }
        if let Some(v) = streams {
            b.max_concurrent_streams(v);
        }
        if let Some(v) = list {
            b.max_header_list_size(v);
        }
        b.enable_push(push.unwrap_or(true));
        Conn::ClientHandshake(Box::pin(b.handshake(io.clone())))
    };
    let waker = Arc::new(SessionWaker {
        id,
        woke: AtomicBool::new(false),
        scheduled: AtomicBool::new(false),
        thread: std::thread::current().id(),
    });
    let s = Rc::new(Session {
        owner: RefCell::new(Some(Persistent::save(ctx, owner))),
        frame: async_context::capture(),
        waker,
        io,
        inner: RefCell::new(Inner {
            conn,
            streams: BTreeMap::new(),
            next_key: 0,
            queued: VecDeque::new(),
            sniffer: Sniffer::new(server),
            extra_out: Vec::new(),
            events: Vec::new(),
            closing: false,
            push_enabled: !server && push.unwrap_or(true),
            last_peer_sid: 0,
            initial_window: None,
            target_window: None,
        }),
    });
    schedule(&s.waker);
    SESSIONS.with(|m| m.borrow_mut().insert(id, s));
    Ok(id)
}

fn get<'js>(ctx: &Ctx<'js>, id: u32) -> Result<Rc<Session>> {
    session(id).ok_or_else(|| bind::throw_error(ctx, "ERR_HTTP2_INVALID_SESSION"))
}

/// Runs `f` on stream `key` of session `id`, then schedules a drive. `Ok(false)` when the
/// stream is gone.
fn with_stream<'js, R>(
    ctx: &Ctx<'js>,
    id: u32,
    key: u32,
    f: impl FnOnce(&mut H2Stream) -> std::result::Result<R, String>,
) -> Result<Option<R>> {
    let Some(s) = session(id) else {
        return Ok(None);
    };
    let r = {
        let mut inner = s.inner.borrow_mut();
        inner.streams.get_mut(&key).map(f)
    };
    schedule(&s.waker);
    match r {
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(msg)) => Err(bind::throw_error(ctx, &msg)),
        None => Ok(None),
    }
}

fn h2err(e: h2::Error) -> String {
    e.to_string()
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // sessionNew(owner, isServer, settings) → id
    bind::func(
        ctx,
        &o,
        "sessionNew",
        |ctx: Ctx<'js>, owner: Object<'js>, server: bool, opts: Object<'js>| {
            new_session(&ctx, owner, server, opts)
        },
    )?;
    // sessionFeed(id, bytes): bytes the transport read.
    bind::func(
        ctx,
        &o,
        "sessionFeed",
        |ctx: Ctx<'js>, id: u32, data: Value<'js>| -> Result<()> {
            let Some(s) = session(id) else { return Ok(()) };
            crate::crypto::with_bytes(&ctx, &data, |b| {
                let mut inner = s.inner.borrow_mut();
                let mut found = Vec::new();
                inner.sniffer.feed(b, &mut found);
                for f in found {
                    let ev = match f {
                        Sniffed::Settings(p) => Ev::Settings(p),
                        Sniffed::SettingsAck => Ev::SettingsAck,
                        Sniffed::Ping { ack, payload } => Ev::Ping(payload, ack),
                        Sniffed::GoAway { last, code, data } => Ev::GoAway(code, last, data),
                    };
                    inner.events.push(ev);
                }
                drop(inner);
                s.io.0.borrow_mut().feed(b);
            })?;
            schedule(&s.waker);
            Ok(())
        },
    )?;
    // sessionEnd(id): the transport's end of stream.
    bind::func(ctx, &o, "sessionEnd", |id: u32| {
        if let Some(s) = session(id) {
            s.io.0.borrow_mut().end();
            schedule(&s.waker);
        }
    })?;
    // sessionRequest(id, headers, sensitive, endStream) → [key, streamId (0: queued)]
    bind::func(
        ctx,
        &o,
        "sessionRequest",
        |ctx: Ctx<'js>,
         id: u32,
         flat: Vec<String>,
         sensitive: Vec<String>,
         end: bool|
         -> Result<Vec<u32>> {
            let s = get(&ctx, id)?;
            let req = InHeaders::parse(&flat, &sensitive)
                .and_then(InHeaders::request)
                .map_err(|m| bind::throw_error(&ctx, &m))?;
            let mut inner = s.inner.borrow_mut();
            let key = inner.new_key();
            inner.streams.insert(
                key,
                H2Stream {
                    send_done: end,
                    ..Default::default()
                },
            );
            inner.queued.push_back((key, req, end));
            // Send at once when the connection is ready, so the stream id is known now.
            let waker = Waker::from(s.waker.clone());
            let mut cx = Context::from_waker(&waker);
            let n = inner.events.len();
            if matches!(inner.conn, Conn::Client { .. }) {
                inner.send_queued(&mut cx);
            }
            let mut sid = 0;
            if inner.events.len() > n {
                if let Some(Ev::Ready(k, s2)) = inner.events.last() {
                    if *k == key {
                        sid = *s2;
                        inner.events.pop();
                    }
                }
            }
            drop(inner);
            schedule(&s.waker);
            Ok(vec![key, sid])
        },
    )?;
    // streamRespond(id, key, headers, sensitive, endStream, informational)
    bind::func(
        ctx,
        &o,
        "streamRespond",
        |ctx: Ctx<'js>,
         id: u32,
         key: u32,
         flat: Vec<String>,
         sensitive: Vec<String>,
         end: bool,
         info: bool|
         -> Result<bool> {
            let res = InHeaders::parse(&flat, &sensitive)
                .and_then(InHeaders::response)
                .map_err(|m| bind::throw_error(&ctx, &m))?;
            let r = with_stream(&ctx, id, key, |st| {
                if info {
                    return match st.responder.as_mut() {
                        Some(Responder::Normal(r)) => r.send_informational(res).map_err(h2err),
                        _ => Err("informational headers need a request stream".into()),
                    };
                }
                if st.responded {
                    return Err("ERR_HTTP2_HEADERS_SENT".into());
                }
                let Some(r) = st.responder.as_mut() else {
                    return Err("ERR_HTTP2_INVALID_STREAM".into());
                };
                let s = r.send_response(res, end).map_err(h2err)?;
                st.responded = true;
                st.send = Some(s);
                st.send_done = end;
                Ok(())
            })?;
            Ok(r.is_some())
        },
    )?;
    // streamPush(id, key, headers, sensitive) → [key, streamId]
    bind::func(
        ctx,
        &o,
        "streamPush",
        |ctx: Ctx<'js>,
         id: u32,
         key: u32,
         flat: Vec<String>,
         sensitive: Vec<String>|
         -> Result<Vec<u32>> {
            let s = get(&ctx, id)?;
            let req = InHeaders::parse(&flat, &sensitive)
                .and_then(InHeaders::request)
                .map_err(|m| bind::throw_error(&ctx, &m))?;
            let mut inner = s.inner.borrow_mut();
            let r = match inner
                .streams
                .get_mut(&key)
                .and_then(|st| st.responder.as_mut())
            {
                Some(Responder::Normal(r)) => r.push_request(req).map_err(h2err),
                Some(Responder::Pushed(_)) => Err("ERR_HTTP2_NESTED_PUSH".into()),
                None => Err("ERR_HTTP2_INVALID_STREAM".into()),
            };
            let pushed = match r {
                Ok(p) => p,
                Err(m) => {
                    drop(inner);
                    return Err(bind::throw_error(&ctx, &m));
                }
            };
            let sid = pushed.stream_id().as_u32();
            let pkey = inner.new_key();
            inner.streams.insert(
                pkey,
                H2Stream {
                    sid,
                    responder: Some(Responder::Pushed(pushed)),
                    // A pushed stream receives nothing.
                    recv_done: true,
                    ..Default::default()
                },
            );
            drop(inner);
            schedule(&s.waker);
            Ok(vec![pkey, sid])
        },
    )?;
    // streamWrite(id, key, bytes): queued; E_WRITE reports it sent.
    bind::func(
        ctx,
        &o,
        "streamWrite",
        |ctx: Ctx<'js>, id: u32, key: u32, data: Value<'js>| -> Result<bool> {
            let b = Bytes::from(crate::crypto::bytes_vec(&ctx, &data)?);
            Ok(with_stream(&ctx, id, key, |st| {
                st.out_len += b.len();
                st.out.push_back(b);
                Ok(())
            })?
            .is_some())
        },
    )?;
    // streamEnd(id, key, trailers?, sensitive?): end the stream after queued data.
    bind::func(
        ctx,
        &o,
        "streamEnd",
        |ctx: Ctx<'js>,
         id: u32,
         key: u32,
         trailers: Option<Vec<String>>,
         sensitive: Option<Vec<String>>|
         -> Result<bool> {
            let t = match trailers {
                Some(flat) => Some(
                    InHeaders::parse(&flat, &sensitive.unwrap_or_default())
                        .map_err(|m| bind::throw_error(&ctx, &m))?
                        .map,
                ),
                None => None,
            };
            Ok(with_stream(&ctx, id, key, |st| {
                if !st.send_done {
                    st.end_pending = true;
                    st.trailers = t;
                }
                Ok(())
            })?
            .is_some())
        },
    )?;
    // streamReset(id, key, code)
    bind::func(
        ctx,
        &o,
        "streamReset",
        |ctx: Ctx<'js>, id: u32, key: u32, code: u32| -> Result<()> {
            with_stream(&ctx, id, key, |st| {
                let reason = Reason::from(code);
                if let Some(s) = st.send.as_mut() {
                    s.send_reset(reason);
                } else if let Some(r) = st.responder.as_mut() {
                    r.send_reset(reason);
                }
                if st.reset.is_none() {
                    st.reset = Some((code, false));
                }
                Ok(())
            })?;
            Ok(())
        },
    )?;
    // streamPause(id, key, paused): stop / restart giving the peer window for read data.
    bind::func(
        ctx,
        &o,
        "streamPause",
        |ctx: Ctx<'js>, id: u32, key: u32, paused: bool| -> Result<()> {
            with_stream(&ctx, id, key, |st| {
                st.paused = paused;
                if !paused && st.unreleased > 0 {
                    if let Some(r) = st.recv.as_mut() {
                        let _ = r.flow_control().release_capacity(st.unreleased);
                    }
                    st.unreleased = 0;
                }
                Ok(())
            })?;
            Ok(())
        },
    )?;
    // sessionPing(id, payload): a PING frame with the program's 8 bytes.
    bind::func(
        ctx,
        &o,
        "sessionPing",
        |ctx: Ctx<'js>, id: u32, data: Value<'js>| -> Result<()> {
            let s = get(&ctx, id)?;
            let p = crate::crypto::bytes_vec(&ctx, &data)?;
            let mut payload = [0u8; 8];
            payload.copy_from_slice(&p[..8.min(p.len())]);
            frames::ping(&mut s.inner.borrow_mut().extra_out, &payload);
            schedule(&s.waker);
            Ok(())
        },
    )?;
    // sessionGoaway(id, code, lastStreamId (0: the last the peer opened), data)
    bind::func(
        ctx,
        &o,
        "sessionGoaway",
        |ctx: Ctx<'js>, id: u32, code: u32, last: i64, data: Value<'js>| -> Result<()> {
            let s = get(&ctx, id)?;
            let d = if data.is_undefined() {
                Vec::new()
            } else {
                crate::crypto::bytes_vec(&ctx, &data)?
            };
            let mut inner = s.inner.borrow_mut();
            // As nghttp2: 0 (or less) means the last stream the peer opened.
            let last = if last <= 0 {
                inner.last_peer_sid
            } else {
                last as u32
            };
            frames::goaway(&mut inner.extra_out, last, code, &d);
            drop(inner);
            schedule(&s.waker);
            Ok(())
        },
    )?;
    // sessionAltsvc(id, streamKeyOr0, origin, value) / sessionOrigin(id, origins)
    bind::func(
        ctx,
        &o,
        "sessionAltsvc",
        |ctx: Ctx<'js>, id: u32, sid: u32, origin: String, value: String| -> Result<()> {
            let s = get(&ctx, id)?;
            frames::altsvc(
                &mut s.inner.borrow_mut().extra_out,
                sid,
                origin.as_bytes(),
                value.as_bytes(),
            );
            schedule(&s.waker);
            Ok(())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "sessionOrigin",
        |ctx: Ctx<'js>, id: u32, origins: Vec<String>| -> Result<()> {
            let s = get(&ctx, id)?;
            let o: Vec<Vec<u8>> = origins.into_iter().map(String::into_bytes).collect();
            frames::origin(&mut s.inner.borrow_mut().extra_out, &o);
            schedule(&s.waker);
            Ok(())
        },
    )?;
    // sessionClose(id): graceful: no new streams, finish the open ones (E_DONE follows).
    bind::func(
        ctx,
        &o,
        "sessionClose",
        |ctx: Ctx<'js>, id: u32| -> Result<()> {
            let s = get(&ctx, id)?;
            let mut inner = s.inner.borrow_mut();
            inner.closing = true;
            if let Conn::Server(c) = &mut inner.conn {
                c.graceful_shutdown();
            }
            drop(inner);
            schedule(&s.waker);
            Ok(())
        },
    )?;
    // sessionDestroy(id, code, sendGoaway) → the last bytes to write (GOAWAY), or undefined.
    bind::func(
        ctx,
        &o,
        "sessionDestroy",
        |ctx: Ctx<'js>, id: u32, code: u32, goaway: bool| -> Result<Value<'js>> {
            let Some(s) = SESSIONS.with(|m| m.borrow_mut().remove(&id)) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            s.owner.borrow_mut().take();
            let (out, inner) = {
                let mut inner = s.inner.borrow_mut();
                let mut out = std::mem::take(&mut s.io.0.borrow_mut().output);
                out.append(&mut inner.extra_out);
                if goaway && !matches!(inner.conn, Conn::Done) {
                    let last = inner.last_peer_sid;
                    frames::goaway(&mut out, last, code, &[]);
                }
                let conn = std::mem::replace(&mut inner.conn, Conn::Done);
                let streams = std::mem::take(&mut inner.streams);
                (out, (conn, streams))
            };
            s.io.0.borrow_mut().closed = true;
            drop(inner);
            if out.is_empty() {
                Ok(Value::new_undefined(ctx.clone()))
            } else {
                Ok(ArrayBuffer::new(ctx.clone(), out)?.into_value())
            }
        },
    )?;
    // sessionSettings(id, initialWindowSize | -1) → whether a SETTINGS frame goes out.
    bind::func(
        ctx,
        &o,
        "sessionSettings",
        |ctx: Ctx<'js>, id: u32, window: i64| -> Result<bool> {
            let s = get(&ctx, id)?;
            if window < 0 {
                return Ok(false);
            }
            let w = window as u32;
            let mut inner = s.inner.borrow_mut();
            let r = match &mut inner.conn {
                Conn::Server(c) => c.set_initial_window_size(w),
                Conn::Client { conn, .. } => conn.set_initial_window_size(w),
                Conn::Done => return Ok(false),
                _ => {
                    inner.initial_window = Some(w);
                    Ok(())
                }
            };
            drop(inner);
            schedule(&s.waker);
            r.map(|_| true)
                .map_err(|e| bind::throw_error(&ctx, &e.to_string()))
        },
    )?;
    // sessionSetLocalWindowSize(id, size): the connection's receive window.
    bind::func(
        ctx,
        &o,
        "sessionSetLocalWindowSize",
        |ctx: Ctx<'js>, id: u32, size: u32| -> Result<()> {
            let s = get(&ctx, id)?;
            let mut inner = s.inner.borrow_mut();
            match &mut inner.conn {
                Conn::Server(c) => c.set_target_window_size(size),
                Conn::Client { conn, .. } => conn.set_target_window_size(size),
                Conn::Done => {}
                _ => inner.target_window = Some(size),
            }
            drop(inner);
            schedule(&s.waker);
            Ok(())
        },
    )?;
    // sessionInfo(id) → [openStreams, maxConcurrentSendStreams, maxConcurrentRecvStreams]
    bind::func(
        ctx,
        &o,
        "sessionInfo",
        |ctx: Ctx<'js>, id: u32| -> Result<Vec<f64>> {
            let s = get(&ctx, id)?;
            let inner = s.inner.borrow();
            let (send, recv) = match &inner.conn {
                Conn::Server(c) => (
                    c.max_concurrent_send_streams(),
                    c.max_concurrent_recv_streams(),
                ),
                Conn::Client { conn, .. } => (
                    conn.max_concurrent_send_streams(),
                    conn.max_concurrent_recv_streams(),
                ),
                _ => (0, 0),
            };
            Ok(vec![inner.streams.len() as f64, send as f64, recv as f64])
        },
    )?;
    let c = Object::new(ctx.clone())?;
    for (k, v) in [
        ("E_OUT", E_OUT),
        ("E_STREAM", E_STREAM),
        ("E_HEADERS", E_HEADERS),
        ("E_DATA", E_DATA),
        ("E_TRAILERS", E_TRAILERS),
        ("E_END", E_END),
        ("E_WRITE", E_WRITE),
        ("E_CLOSE", E_CLOSE),
        ("E_READY", E_READY),
        ("E_SETTINGS", E_SETTINGS),
        ("E_SETTINGS_ACK", E_SETTINGS_ACK),
        ("E_PING", E_PING),
        ("E_GOAWAY", E_GOAWAY),
        ("E_ERROR", E_ERROR),
        ("E_DONE", E_DONE),
        ("E_PUSH", E_PUSH),
    ] {
        c.set(k, v)?;
    }
    o.set("events", c)?;
    Ok(o)
}
