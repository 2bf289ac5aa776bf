//! An incremental HTTP/1.x message parser with llhttp's rules and error codes, as Node's
//! `http` needs it: request or response heads (via `httparse`), bodies delimited by
//! Content-Length, chunked encoding (with trailers) or end of stream, keep-alive and upgrade
//! decisions. Plain Rust: no JS types.
//!
//! [`Parser::execute`] takes the next bytes of the stream and returns what they completed, as
//! [`Event`]s; body data is returned as offsets into that call's input (no copy).

/// Parsed request or response head.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Head {
    pub major: u8,
    pub minor: u8,
    /// Names and values as sent (bytes read as latin1, as Node does).
    pub headers: Vec<(String, String)>,
    pub method: String,
    pub url: String,
    pub status: u16,
    pub reason: String,
    pub upgrade: bool,
    pub keep_alive: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Head(Head),
    /// Body bytes at `input[start..end]`.
    Body {
        start: usize,
        end: usize,
    },
    /// The message ended; trailers of a chunked body, if any.
    Complete {
        trailers: Vec<(String, String)>,
    },
    /// The connection switched protocol (upgrade or CONNECT); bytes from `offset` on belong
    /// to the new protocol and the parser stops.
    Upgrade {
        offset: usize,
    },
}

/// llhttp's error code name and reason, and how many bytes of the input were parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub code: &'static str,
    pub reason: &'static str,
    pub bytes_parsed: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Request,
    Response,
}

#[derive(Debug)]
enum State {
    Head,
    Length(u64),
    ChunkSize,
    ChunkData(u64),
    /// After a chunk's data: expects CR (`false`), then LF (`true`).
    ChunkDataEnd(bool),
    Trailers,
    UntilEof,
    /// After a `Connection: close` message, an upgrade or an error: nothing more is parsed.
    Done,
}

pub struct Parser {
    kind: Kind,
    state: State,
    /// Bytes of an incomplete head, chunk-size line or trailer section.
    pending: Vec<u8>,
    max_header_size: usize,
    /// What the request this response answers was (set by the client): 1 HEAD (no body),
    /// 2 CONNECT (a 2xx response switches protocol), 0 anything else.
    pub response_to: u8,
    /// Which requests switch protocol (requests only; set by the server): bit 1 those with
    /// `Connection: upgrade` and `Upgrade`, bit 2 CONNECT. A request not honoured is parsed
    /// as an ordinary message, as llhttp does when Node's server has no 'upgrade' listener.
    pub upgrade_mask: u8,
    /// The message being parsed asked for an upgrade that was not honoured: as llhttp pauses
    /// after such a message and Node resumes it only with the next chunk, the rest of the
    /// current input is not parsed.
    declined_upgrade: bool,
    /// Set by `complete` after a declined upgrade: `run` stops at the end of the message.
    stop_input: bool,
    keep_alive: bool,
    upgrade: bool,
    trailers: Vec<(String, String)>,
    /// Bytes of the trailer section so far (limited by `max_header_size`, as a head is).
    trailer_bytes: usize,
    error: Option<ParseError>,
}

/// [`Parser::upgrade_mask`] bits.
pub const UPGRADE_HEADER: u8 = 1;
pub const UPGRADE_CONNECT: u8 = 2;
pub const UPGRADE_ALL: u8 = UPGRADE_HEADER | UPGRADE_CONNECT;

/// The methods llhttp accepts (Node's `http.METHODS`).
pub const METHODS: [&str; 35] = [
    "ACL",
    "BIND",
    "CHECKOUT",
    "CONNECT",
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "M-SEARCH",
    "MERGE",
    "MKACTIVITY",
    "MKCALENDAR",
    "MKCOL",
    "MOVE",
    "NOTIFY",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PROPPATCH",
    "PURGE",
    "PUT",
    "QUERY",
    "REBIND",
    "REPORT",
    "SEARCH",
    "SOURCE",
    "SUBSCRIBE",
    "TRACE",
    "UNBIND",
    "UNLINK",
    "UNLOCK",
    "UNSUBSCRIBE",
];

/// The longest chunk-size line (size and extensions, CR included).
const CHUNK_LINE_MAX: usize = 16 * 1024 + 2;
const CHUNK_OVERFLOW: (&str, &str) = ("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
const HEADER_OVERFLOW: (&str, &str) = ("HPE_HEADER_OVERFLOW", "Header overflow");

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn err(code: &'static str, reason: &'static str, at: usize) -> ParseError {
    ParseError {
        code,
        reason,
        bytes_parsed: at,
    }
}

fn has_token(value: &str, token: &str) -> bool {
    value
        .split(',')
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

impl Parser {
    pub fn new(kind: Kind, max_header_size: usize) -> Parser {
        Parser {
            kind,
            state: State::Head,
            pending: Vec::new(),
            max_header_size,
            response_to: 0,
            upgrade_mask: UPGRADE_ALL,
            declined_upgrade: false,
            stop_input: false,
            keep_alive: false,
            upgrade: false,
            trailers: Vec::new(),
            trailer_bytes: 0,
            error: None,
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Starts over for a new connection (Node reuses parsers).
    pub fn reset(&mut self, kind: Kind, max_header_size: usize) {
        let upgrade_mask = self.upgrade_mask;
        *self = Parser::new(kind, max_header_size);
        self.upgrade_mask = upgrade_mask;
    }

    /// Whether a message is partly parsed.
    pub fn in_message(&self) -> bool {
        !matches!(self.state, State::Head | State::Done) || !self.pending.is_empty()
    }

    /// Parses `input`, appending what it completes to `out`.
    pub fn execute(&mut self, input: &[u8], out: &mut Vec<Event>) -> Result<(), ParseError> {
        if let Some(e) = &self.error {
            return Err(ParseError {
                bytes_parsed: 0,
                ..e.clone()
            });
        }
        self.stop_input = false;
        let r = self.run(input, out);
        if let Err(e) = &r {
            self.error = Some(e.clone());
            self.state = State::Done;
        }
        r
    }

    /// The end of the stream: completes a body that runs until EOF.
    pub fn finish(&mut self, out: &mut Vec<Event>) -> Result<(), ParseError> {
        match self.state {
            State::UntilEof => {
                self.state = State::Done;
                out.push(Event::Complete {
                    trailers: Vec::new(),
                });
                Ok(())
            }
            State::Head if self.pending.iter().all(|&b| b == b'\r' || b == b'\n') => Ok(()),
            State::Done => Ok(()),
            _ => {
                let e = err("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0);
                self.error = Some(e.clone());
                self.state = State::Done;
                Err(e)
            }
        }
    }

    fn run(&mut self, input: &[u8], out: &mut Vec<Event>) -> Result<(), ParseError> {
        let mut pos = 0;
        while pos < input.len() {
            if self.stop_input {
                self.stop_input = false;
                return Ok(());
            }
            match self.state {
                State::Done => return Ok(()),
                State::Head => {
                    let used = self.head(input, pos, out)?;
                    if used == 0 {
                        return Ok(()); // incomplete: kept in `pending`
                    }
                    pos += used;
                    if let Some(Event::Upgrade { .. }) = out.last() {
                        if let Some(Event::Upgrade { offset }) = out.last_mut() {
                            *offset = pos;
                        }
                        return Ok(());
                    }
                }
                State::Length(rest) => {
                    let n = rest.min((input.len() - pos) as u64) as usize;
                    out.push(Event::Body {
                        start: pos,
                        end: pos + n,
                    });
                    pos += n;
                    if rest == n as u64 {
                        self.complete(out);
                    } else {
                        self.state = State::Length(rest - n as u64);
                    }
                }
                State::UntilEof => {
                    out.push(Event::Body {
                        start: pos,
                        end: input.len(),
                    });
                    pos = input.len();
                }
                State::ChunkSize => {
                    let Some(line_end) =
                        self.line(input, &mut pos, CHUNK_LINE_MAX, CHUNK_OVERFLOW)?
                    else {
                        return Ok(());
                    };
                    let size = parse_chunk_size(&line_end).ok_or_else(|| {
                        err(
                            "HPE_INVALID_CHUNK_SIZE",
                            "Invalid character in chunk size",
                            pos,
                        )
                    })?;
                    self.state = if size == 0 {
                        State::Trailers
                    } else {
                        State::ChunkData(size)
                    };
                }
                State::ChunkData(rest) => {
                    let n = rest.min((input.len() - pos) as u64) as usize;
                    out.push(Event::Body {
                        start: pos,
                        end: pos + n,
                    });
                    pos += n;
                    self.state = if rest == n as u64 {
                        State::ChunkDataEnd(false)
                    } else {
                        State::ChunkData(rest - n as u64)
                    };
                }
                State::ChunkDataEnd(seen_cr) => {
                    // Byte by byte, so the error does not depend on where the input is cut.
                    let c = input[pos];
                    match (seen_cr, c) {
                        (false, b'\r') => self.state = State::ChunkDataEnd(true),
                        (true, b'\n') => self.state = State::ChunkSize,
                        (false, b'\n') => {
                            return Err(err(
                                "HPE_CR_EXPECTED",
                                "Missing expected CR after chunk data",
                                pos,
                            ))
                        }
                        _ => return Err(err("HPE_STRICT", "Expected LF after chunk data", pos)),
                    }
                    pos += 1;
                }
                State::Trailers => {
                    let limit = self.max_header_size.saturating_sub(self.trailer_bytes) + 2;
                    let Some(line) = self.line(input, &mut pos, limit, HEADER_OVERFLOW)? else {
                        return Ok(());
                    };
                    self.trailer_bytes += line.len() + 2;
                    if line.is_empty() {
                        self.complete(out);
                        continue;
                    }
                    let Some(colon) = line.iter().position(|&c| c == b':') else {
                        return Err(err(
                            "HPE_INVALID_HEADER_TOKEN",
                            "Invalid header field char",
                            pos,
                        ));
                    };
                    let name = latin1(&line[..colon]);
                    let value = latin1(trim(&line[colon + 1..]));
                    self.trailers.push((name, value));
                }
            }
        }
        Ok(())
    }

    /// Reads one CRLF-terminated line (without the CRLF), buffering across calls. A line
    /// longer than `max` bytes (CR included) is the `overflow` error, whether or not its end
    /// has arrived (so the result does not depend on how the input is cut).
    fn line(
        &mut self,
        input: &[u8],
        pos: &mut usize,
        max: usize,
        overflow: (&'static str, &'static str),
    ) -> Result<Option<Vec<u8>>, ParseError> {
        let rest = &input[*pos..];
        match memchr_lf(rest) {
            Some(i) => {
                if self.pending.len() + i > max {
                    return Err(err(overflow.0, overflow.1, *pos + i));
                }
                self.pending.extend_from_slice(&rest[..i]);
                *pos += i + 1;
                let mut line = std::mem::take(&mut self.pending);
                if line.last() == Some(&b'\r') {
                    line.pop();
                } else {
                    return Err(err(
                        "HPE_LF_EXPECTED",
                        "Missing expected CR after line",
                        *pos,
                    ));
                }
                Ok(Some(line))
            }
            None => {
                self.pending.extend_from_slice(rest);
                *pos = input.len();
                if self.pending.len() > max {
                    return Err(err(overflow.0, overflow.1, *pos));
                }
                Ok(None)
            }
        }
    }

    fn complete(&mut self, out: &mut Vec<Event>) {
        out.push(Event::Complete {
            trailers: std::mem::take(&mut self.trailers),
        });
        self.trailer_bytes = 0;
        if self.declined_upgrade {
            self.declined_upgrade = false;
            self.stop_input = true;
        }
        self.state = if self.keep_alive {
            State::Head
        } else {
            State::Done
        };
    }

    /// Parses a head starting at `input[pos..]` (after any buffered bytes). Returns how many
    /// bytes of `input` it used, or 0 when the head is still incomplete.
    fn head(
        &mut self,
        input: &[u8],
        pos: usize,
        out: &mut Vec<Event>,
    ) -> Result<usize, ParseError> {
        let mut fresh = &input[pos..];
        // Empty lines before a message are skipped (as llhttp does), and not counted
        // against the header size limit.
        let mut skipped = 0;
        if self.pending.is_empty() {
            skipped = fresh
                .iter()
                .position(|&c| c != b'\r' && c != b'\n')
                .unwrap_or(fresh.len());
            fresh = &fresh[skipped..];
            if fresh.is_empty() {
                return Ok(0);
            }
        }
        let buffered = self.pending.len();
        let data: std::borrow::Cow<[u8]> = if buffered == 0 {
            std::borrow::Cow::Borrowed(fresh)
        } else {
            let mut v = std::mem::take(&mut self.pending);
            v.extend_from_slice(fresh);
            std::borrow::Cow::Owned(v)
        };
        let overflow = || err("HPE_HEADER_OVERFLOW", "Header overflow", fresh.len());
        let invalid_method = || err("HPE_INVALID_METHOD", "Invalid method encountered", 0);
        match parse_head(self.kind, &data) {
            Ok(None) => {
                if data.len() > self.max_header_size {
                    // llhttp reads the method first, byte by byte.
                    if self.kind == Kind::Request && !method_may_be_valid(&data) {
                        return Err(invalid_method());
                    }
                    return Err(overflow());
                }
                self.pending = data.into_owned();
                Ok(0)
            }
            Ok(Some((len, head))) => {
                if self.kind == Kind::Request && !METHODS.contains(&head.method.as_str()) {
                    return Err(invalid_method());
                }
                if len > self.max_header_size {
                    return Err(err(
                        "HPE_HEADER_OVERFLOW",
                        "Header overflow",
                        skipped + len - buffered,
                    ));
                }
                let used = skipped + len - buffered;
                self.start_message(head, out, used)?;
                Ok(used)
            }
            Err(e) => {
                // An error past the size limit: had the head come in pieces, the limit would
                // have been passed first. Give the same answer when it comes in one.
                let limit = self.max_header_size.saturating_add(1);
                if data.len() > limit && matches!(parse_head(self.kind, &data[..limit]), Ok(None)) {
                    if self.kind == Kind::Request && !method_may_be_valid(&data) {
                        return Err(invalid_method());
                    }
                    return Err(overflow());
                }
                let (code, reason) = match (e, self.kind) {
                    (httparse::Error::Token, Kind::Request) => {
                        let method = data.split(|&c| c == b' ').next().unwrap_or(&[]);
                        if METHODS.iter().any(|m| m.as_bytes() == method) {
                            ("HPE_INVALID_URL", "Invalid URL")
                        } else {
                            ("HPE_INVALID_METHOD", "Invalid method encountered")
                        }
                    }
                    (httparse::Error::Token, Kind::Response) => {
                        ("HPE_INVALID_CONSTANT", "Expected HTTP/")
                    }
                    (httparse::Error::Version, _) => {
                        ("HPE_INVALID_VERSION", "Invalid HTTP version")
                    }
                    (httparse::Error::Status, _) => ("HPE_INVALID_STATUS", "Invalid status code"),
                    (httparse::Error::HeaderName, _) => {
                        ("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
                    }
                    (httparse::Error::HeaderValue, _) => {
                        ("HPE_INVALID_HEADER_TOKEN", "Invalid header value char")
                    }
                    (httparse::Error::NewLine, _) => {
                        ("HPE_LF_EXPECTED", "Missing expected LF after header value")
                    }
                    _ => ("HPE_INTERNAL", "Unexpected data"),
                };
                Err(err(code, reason, 0))
            }
        }
    }

    /// Decides body framing, keep-alive and upgrade for a parsed head.
    fn start_message(
        &mut self,
        mut head: Head,
        out: &mut Vec<Event>,
        at: usize,
    ) -> Result<(), ParseError> {
        let mut content_length: Option<u64> = None;
        let mut chunked = false;
        let mut has_te = false;
        let mut conn_close = false;
        let mut conn_keep_alive = false;
        let mut conn_upgrade = false;
        let mut has_upgrade = false;
        for (name, value) in &head.headers {
            if name.eq_ignore_ascii_case("content-length") {
                let v = value.trim();
                if v.is_empty() || !v.bytes().all(|c| c.is_ascii_digit()) {
                    return Err(err(
                        "HPE_INVALID_CONTENT_LENGTH",
                        "Invalid character in Content-Length",
                        at,
                    ));
                }
                let n: u64 = v.parse().map_err(|_| {
                    err("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", at)
                })?;
                if content_length.is_some() {
                    return Err(err(
                        "HPE_UNEXPECTED_CONTENT_LENGTH",
                        "Duplicate Content-Length",
                        at,
                    ));
                }
                content_length = Some(n);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                has_te = true;
                chunked = value
                    .rsplit(',')
                    .next()
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("chunked"));
            } else if name.eq_ignore_ascii_case("connection") {
                conn_close |= has_token(value, "close");
                conn_keep_alive |= has_token(value, "keep-alive");
                conn_upgrade |= has_token(value, "upgrade");
            } else if name.eq_ignore_ascii_case("upgrade") {
                has_upgrade = true;
            }
        }
        if has_te && content_length.is_some() {
            return Err(err(
                "HPE_UNEXPECTED_CONTENT_LENGTH",
                "Content-Length can't be present with Transfer-Encoding",
                at,
            ));
        }
        let http11 = head.major == 1 && head.minor >= 1;
        let mut keep_alive = if http11 { !conn_close } else { conn_keep_alive };

        let upgrade = match self.kind {
            Kind::Request => {
                let (connect, asked) = (head.method == "CONNECT", has_upgrade && conn_upgrade);
                let honoured = (connect && self.upgrade_mask & UPGRADE_CONNECT != 0)
                    || (!connect && asked && self.upgrade_mask & UPGRADE_HEADER != 0);
                self.declined_upgrade = (connect || asked) && !honoured;
                honoured
            }
            Kind::Response => {
                head.status == 101 || (self.response_to == 2 && (200..300).contains(&head.status))
            }
        };
        head.upgrade = upgrade;

        enum Body {
            None,
            Length(u64),
            Chunked,
            Eof,
        }
        let body = match self.kind {
            Kind::Request => {
                if has_te && !chunked {
                    return Err(err(
                        "HPE_INVALID_TRANSFER_ENCODING",
                        "Request has invalid `Transfer-Encoding`",
                        at,
                    ));
                }
                if chunked {
                    Body::Chunked
                } else {
                    match content_length {
                        Some(n) if n > 0 => Body::Length(n),
                        _ => Body::None,
                    }
                }
            }
            Kind::Response => {
                let s = head.status;
                if self.response_to == 1 || (100..200).contains(&s) || s == 204 || s == 304 {
                    Body::None
                } else if chunked {
                    Body::Chunked
                } else if let Some(n) = content_length {
                    if n > 0 {
                        Body::Length(n)
                    } else {
                        Body::None
                    }
                } else {
                    keep_alive = false;
                    Body::Eof
                }
            }
        };
        head.keep_alive = keep_alive;
        self.keep_alive = keep_alive;
        self.upgrade = upgrade;
        let informational =
            self.kind == Kind::Response && (100..200).contains(&head.status) && !upgrade;
        out.push(Event::Head(head));
        if upgrade {
            out.push(Event::Upgrade { offset: 0 });
            self.state = State::Done;
            return Ok(());
        }
        if informational {
            // 1xx: a complete message; the real response follows on the same connection.
            out.push(Event::Complete {
                trailers: Vec::new(),
            });
            self.state = State::Head;
            return Ok(());
        }
        match body {
            Body::None => self.complete(out),
            Body::Length(n) => self.state = State::Length(n),
            Body::Chunked => self.state = State::ChunkSize,
            Body::Eof => self.state = State::UntilEof,
        }
        Ok(())
    }
}

/// Parses a request or response head: `None` while incomplete.
fn parse_head(kind: Kind, data: &[u8]) -> Result<Option<(usize, Head)>, httparse::Error> {
    let mut n_headers = 64;
    loop {
        let mut headers = vec![httparse::EMPTY_HEADER; n_headers];
        let parsed = match kind {
            Kind::Request => {
                let mut req = httparse::Request::new(&mut headers);
                req.parse(data).map(|status| match status {
                    httparse::Status::Complete(len) => Some((
                        len,
                        Head {
                            major: 1,
                            minor: req.version.unwrap_or(1),
                            method: req.method.unwrap_or("").to_string(),
                            url: req.path.unwrap_or("").to_string(),
                            headers: collect(req.headers),
                            ..Head::default()
                        },
                    )),
                    httparse::Status::Partial => None,
                })
            }
            Kind::Response => {
                let mut res = httparse::Response::new(&mut headers);
                res.parse(data).map(|status| match status {
                    httparse::Status::Complete(len) => Some((
                        len,
                        Head {
                            major: 1,
                            minor: res.version.unwrap_or(1),
                            status: res.code.unwrap_or(0),
                            reason: res.reason.unwrap_or("").to_string(),
                            headers: collect(res.headers),
                            ..Head::default()
                        },
                    )),
                    httparse::Status::Partial => None,
                })
            }
        };
        match parsed {
            Err(httparse::Error::TooManyHeaders) if n_headers < 65536 => n_headers *= 4,
            other => return other,
        }
    }
}

/// Whether the method of a request line (after any empty lines) is one of [`METHODS`], or
/// still could become one if the line is incomplete.
fn method_may_be_valid(data: &[u8]) -> bool {
    let start = data
        .iter()
        .position(|&c| c != b'\r' && c != b'\n')
        .unwrap_or(data.len());
    let line = &data[start..];
    match line.iter().position(|&c| c == b' ') {
        Some(end) => METHODS.iter().any(|m| m.as_bytes() == &line[..end]),
        None => METHODS.iter().any(|m| m.as_bytes().starts_with(line)),
    }
}

fn collect(headers: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|h| (h.name.to_string(), latin1(h.value)))
        .collect()
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|&c| c != b' ' && c != b'\t')
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| c != b' ' && c != b'\t')
        .map_or(start, |e| e + 1);
    &b[start..end.max(start)]
}

fn memchr_lf(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

/// A chunk-size line: hex digits, then optional `;extensions`.
fn parse_chunk_size(line: &[u8]) -> Option<u64> {
    let end = line
        .iter()
        .position(|&c| c == b';' || c == b' ' || c == b'\t')
        .unwrap_or(line.len());
    let hex = &line[..end];
    if hex.is_empty() || hex.len() > 16 {
        return None;
    }
    let mut n: u64 = 0;
    for &c in hex {
        let d = (c as char).to_digit(16)?;
        n = n.checked_mul(16)?.checked_add(d as u64)?;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(kind: Kind, parts: &[&[u8]]) -> (Vec<Event>, Vec<Vec<u8>>) {
        let mut p = Parser::new(kind, 16384);
        let mut all = Vec::new();
        let mut bodies = Vec::new();
        for part in parts {
            let mut out = Vec::new();
            p.execute(part, &mut out).unwrap();
            for e in &out {
                if let Event::Body { start, end } = e {
                    bodies.push(part[*start..*end].to_vec());
                }
            }
            all.extend(out);
        }
        (all, bodies)
    }

    #[test]
    fn simple_get_keep_alive() {
        let (ev, _) = run(Kind::Request, &[b"GET /a?b=1 HTTP/1.1\r\nHost: x\r\n\r\n"]);
        let Event::Head(h) = &ev[0] else { panic!() };
        assert_eq!(h.method, "GET");
        assert_eq!(h.url, "/a?b=1");
        assert!(h.keep_alive);
        assert_eq!(h.headers, vec![("Host".into(), "x".into())]);
        assert!(matches!(ev[1], Event::Complete { .. }));
    }

    #[test]
    fn head_split_across_calls_and_body() {
        let (ev, bodies) = run(
            Kind::Request,
            &[
                b"POST / HTTP/1.1\r\nContent-",
                b"Length: 5\r\n\r\nhel",
                b"lo",
            ],
        );
        assert!(matches!(ev[0], Event::Head(_)));
        assert_eq!(bodies.concat(), b"hello");
        assert!(matches!(ev.last(), Some(Event::Complete { .. })));
    }

    #[test]
    fn chunked_with_trailers() {
        let (ev, bodies) = run(
            Kind::Request,
            &[b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\nX-T: 1\r\n\r\n"],
        );
        assert_eq!(bodies.concat(), b"abcde");
        let Some(Event::Complete { trailers }) = ev.last() else {
            panic!()
        };
        assert_eq!(trailers, &vec![("X-T".to_string(), "1".to_string())]);
    }

    #[test]
    fn pipelined_requests() {
        let (ev, _) = run(
            Kind::Request,
            &[b"GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"],
        );
        assert_eq!(ev.len(), 4);
    }

    #[test]
    fn response_until_eof() {
        let mut p = Parser::new(Kind::Response, 16384);
        let mut out = Vec::new();
        p.execute(b"HTTP/1.1 200 OK\r\n\r\nabc", &mut out).unwrap();
        let Event::Head(h) = &out[0] else { panic!() };
        assert!(!h.keep_alive);
        p.finish(&mut out).unwrap();
        assert!(matches!(out.last(), Some(Event::Complete { .. })));
    }

    #[test]
    fn errors_have_llhttp_codes() {
        let mut p = Parser::new(Kind::Request, 16384);
        let e = p
            .execute(b"G@T / HTTP/1.1\r\n\r\n", &mut Vec::new())
            .unwrap_err();
        assert_eq!(e.code, "HPE_INVALID_METHOD");
        let mut p = Parser::new(Kind::Request, 100);
        let big = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(200));
        let e = p.execute(big.as_bytes(), &mut Vec::new()).unwrap_err();
        assert_eq!(e.code, "HPE_HEADER_OVERFLOW");
        let mut p = Parser::new(Kind::Request, 16384);
        let e = p
            .execute(
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                &mut Vec::new(),
            )
            .unwrap_err();
        assert_eq!(e.code, "HPE_INVALID_CHUNK_SIZE");
    }

    #[test]
    fn upgrade_stops_parsing() {
        let (ev, _) = run(
            Kind::Request,
            &[b"GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nrest"],
        );
        assert!(matches!(ev[1], Event::Upgrade { offset } if offset == 59));
    }

    #[test]
    fn declined_upgrade_is_an_ordinary_message() {
        let mut p = Parser::new(Kind::Request, 16384);
        p.upgrade_mask = UPGRADE_CONNECT;
        let mut out = Vec::new();
        let msg = b"POST / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: h2c\r\nContent-Length: 3\r\n\r\nabcGET /next HTTP/1.1\r\n\r\n";
        p.execute(msg, &mut out).unwrap();
        let Event::Head(h) = &out[0] else { panic!() };
        assert!(!h.upgrade);
        assert!(h.keep_alive);
        assert!(matches!(out[1], Event::Body { start, end } if &msg[start..end] == b"abc"));
        assert!(matches!(out[2], Event::Complete { .. }));
        // The rest of that input is not parsed (llhttp paused); the next input is.
        assert_eq!(out.len(), 3);
        out.clear();
        p.execute(b"GET /2 HTTP/1.1\r\n\r\n", &mut out).unwrap();
        assert!(matches!(&out[0], Event::Head(h) if h.url == "/2" && !h.upgrade));
        assert!(matches!(out[1], Event::Complete { .. }));
        // CONNECT is still honoured.
        out.clear();
        p.execute(b"CONNECT a:1 HTTP/1.1\r\n\r\nxy", &mut out)
            .unwrap();
        assert!(matches!(&out[0], Event::Head(h) if h.upgrade));
        assert!(matches!(out[1], Event::Upgrade { offset } if offset == 24));
    }

    /// The error of a stream, parsed whole and cut at every position.
    fn errors_however_cut(max_header_size: usize, msg: &[u8]) -> Vec<&'static str> {
        let mut codes = Vec::new();
        for cut in 0..=msg.len() {
            let mut p = Parser::new(Kind::Request, max_header_size);
            let mut out = Vec::new();
            let r = p
                .execute(&msg[..cut], &mut out)
                .and_then(|_| p.execute(&msg[cut..], &mut out));
            codes.push(r.err().map_or("ok", |e| e.code));
        }
        codes.dedup();
        codes
    }

    // Found by fuzz/fuzz_targets/http_parser.rs: these depended on where the input was cut.
    #[test]
    fn framing_errors_do_not_depend_on_the_cut() {
        let chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        let case = |rest: &str| format!("{chunked}{rest}").into_bytes();
        assert_eq!(
            errors_however_cut(16384, &case("4\r\nwikiXYZW\r\n0\r\n\r\n")),
            ["HPE_STRICT"]
        );
        assert_eq!(
            errors_however_cut(16384, &case("4\r\nwiki\rX0\r\n\r\n")),
            ["HPE_STRICT"]
        );
        assert_eq!(
            errors_however_cut(16384, &case("4\r\nwiki\n0\r\n\r\n")),
            ["HPE_CR_EXPECTED"]
        );
        let ext = "a".repeat(20000);
        assert_eq!(
            errors_however_cut(16384, &case(&format!("4;{ext}\r\nwiki\r\n0\r\n\r\n"))),
            ["HPE_CHUNK_EXTENSIONS_OVERFLOW"]
        );
        // Trailers count together against the header limit.
        let t = "a".repeat(150);
        let two = format!("4\r\nwiki\r\n0\r\nX-T: {t}\r\nX-U: {t}\r\n\r\n");
        assert_eq!(
            errors_however_cut(200, &case(&two)),
            ["HPE_HEADER_OVERFLOW"]
        );
        assert_eq!(errors_however_cut(16384, &case(&two)), ["ok"]);
        // Heads: a bad method is seen first, a bad byte past the size limit is an overflow.
        let method = format!("GgE{}\u{99}TVR", "g".repeat(60));
        assert_eq!(
            errors_however_cut(16, method.as_bytes()),
            ["HPE_INVALID_METHOD"]
        );
        let lines = format!("{}\u{ff}\u{ff}\nF0F", "\n".repeat(105));
        assert_eq!(
            errors_however_cut(80, lines.as_bytes()),
            ["HPE_INVALID_METHOD"]
        );
        let late = format!("GET / HTTP/1.1\r\nX: {}\x01\r\n\r\n", "a".repeat(100));
        assert_eq!(
            errors_however_cut(64, late.as_bytes()),
            ["HPE_HEADER_OVERFLOW"]
        );
        assert_eq!(
            errors_however_cut(16384, late.as_bytes()),
            ["HPE_INVALID_HEADER_TOKEN"]
        );
    }

    #[test]
    fn any_split_gives_same_events() {
        let msg: &[u8] = b"POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwiki\r\n5\r\npedia\r\n0\r\n\r\nGET /y HTTP/1.0\r\n\r\n";
        let (whole, wb) = run(Kind::Request, &[msg]);
        for i in 1..msg.len() {
            let (ev, b) = run(Kind::Request, &[&msg[..i], &msg[i..]]);
            assert_eq!(b.concat(), wb.concat(), "split at {i}");
            let heads = |v: &Vec<Event>| {
                v.iter()
                    .filter(|e| !matches!(e, Event::Body { .. }))
                    .cloned()
                    .collect::<Vec<_>>()
            };
            assert_eq!(heads(&ev), heads(&whole), "split at {i}");
        }
    }
}
