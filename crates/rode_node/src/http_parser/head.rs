//! The header block of an outgoing HTTP/1 message (`OutgoingMessage._storeHeader`'s loop
//! over the user's headers), built natively for the common case: names and values that
//! are strings or integers. Validation and the special headers (Connection,
//! Transfer-Encoding, Content-Length, Date, Expect, Trailer, Keep-Alive) follow
//! `_http_outgoing.js`; anything else (arrays, other value types, invalid names or values,
//! a Content-Length that isn't plain digits) is left to that JS loop, which throws Node's
//! errors. The text is Latin-1: header values may hold bytes 0x80-0xFF, which JS keeps as
//! characters.

/// Bits of the headers seen (the same values as `_http_outgoing.js`'s `kSeen*`).
pub const SEEN_CONNECTION: u32 = 1;
pub const SEEN_CONT_LEN: u32 = 2;
pub const SEEN_TE: u32 = 4;
pub const SEEN_DATE: u32 = 8;
pub const SEEN_EXPECT: u32 = 16;
pub const SEEN_TRAILER: u32 = 32;
/// Other facts about the special headers, in the same word as the bits above.
pub const CONN_CLOSE: u32 = 64;
pub const CONN_OTHER: u32 = 128;
pub const TE_CHUNKED: u32 = 256;
pub const KEEP_ALIVE: u32 = 512;
/// The block has a character above 0x7F (the first line's reason or a value).
pub const NOT_ASCII: u32 = 1024;

/// A header value the native builder takes: Latin-1 text or an integer.
pub enum Value<'a> {
    Text(&'a [u8]),
    Int(i64),
}

/// The block being built and what its headers said.
pub struct Head {
    pub block: Vec<u8>,
    pub flags: u32,
    /// The last Content-Length's value (`+value` in JS).
    pub content_length: f64,
}

/// Why the JS loop must do it instead (the builder's output is then discarded).
#[derive(Debug, PartialEq)]
pub struct Bail;

/// An RFC 9110 token character (`_checkIsHttpToken`).
pub(crate) fn is_token_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c)
}

/// What `_checkInvalidHeaderChar` accepts: tab, 0x20-0x7E, 0x80-0xFF.
pub(crate) fn is_value_char(c: u8) -> bool {
    c == b'\t' || (0x20..=0x7e).contains(&c) || c >= 0x80
}

/// `/(?:^|\W)word(?:$|\W)/i` on Latin-1 text (`word` in lower case).
fn has_word(text: &[u8], word: &[u8]) -> bool {
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    if text.len() < word.len() {
        return false;
    }
    (0..=text.len() - word.len()).any(|i| {
        text[i..i + word.len()].eq_ignore_ascii_case(word)
            && (i == 0 || !is_word(text[i - 1]))
            && (i + word.len() == text.len() || !is_word(text[i + word.len()]))
    })
}

impl Head {
    pub fn new(first_line: &[u8]) -> Self {
        let mut block = Vec::with_capacity(first_line.len() + 128);
        block.extend_from_slice(first_line);
        let flags = if first_line.is_ascii() { 0 } else { NOT_ASCII };
        Head {
            block,
            flags,
            content_length: f64::NAN,
        }
    }

    /// Appends `name: value\r\n` (`validate`: check both as `writeHead` does).
    pub fn add(&mut self, name: &[u8], value: Value<'_>, validate: bool) -> Result<(), Bail> {
        if validate && (name.is_empty() || !name.iter().all(|&c| is_token_char(c))) {
            return Err(Bail);
        }
        let mut digits = [0u8; 24];
        let text: &[u8] = match value {
            Value::Text(t) => {
                if validate && !t.iter().all(|&c| is_value_char(c)) {
                    return Err(Bail);
                }
                t
            }
            Value::Int(n) => format_int(n, &mut digits),
        };
        if !text.is_ascii() {
            self.flags |= NOT_ASCII;
        }
        self.block.extend_from_slice(name);
        self.block.extend_from_slice(b": ");
        self.block.extend_from_slice(text);
        self.block.extend_from_slice(b"\r\n");
        self.matched(name, &value, text)
    }

    /// `matchHeader`: what a special header tells the message.
    fn matched(&mut self, name: &[u8], value: &Value<'_>, text: &[u8]) -> Result<(), Bail> {
        let is = |s: &[u8]| name.eq_ignore_ascii_case(s);
        match name.len() {
            4 if is(b"date") => self.flags |= SEEN_DATE,
            6 if is(b"expect") => self.flags |= SEEN_EXPECT,
            7 if is(b"trailer") => self.flags |= SEEN_TRAILER,
            10 if is(b"connection") => {
                self.flags |= SEEN_CONNECTION;
                self.flags |= if has_word(text, b"close") {
                    CONN_CLOSE
                } else {
                    CONN_OTHER
                };
            }
            10 if is(b"keep-alive") => self.flags |= KEEP_ALIVE,
            14 if is(b"content-length") => {
                self.flags |= SEEN_CONT_LEN;
                self.content_length = match value {
                    Value::Int(n) => *n as f64,
                    Value::Text(t)
                        if !t.is_empty() && t.len() <= 15 && t.iter().all(u8::is_ascii_digit) =>
                    {
                        t.iter().fold(0f64, |n, &d| n * 10.0 + f64::from(d - b'0'))
                    }
                    // `+value` of anything else (spaces, signs, hex, ...) is JS's business.
                    _ => return Err(Bail),
                };
            }
            17 if is(b"transfer-encoding") => {
                self.flags |= SEEN_TE;
                if has_word(text, b"chunked") {
                    self.flags |= TE_CHUNKED;
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// `String(n)` for an integer (no exponent below 1e21, which callers ensure).
fn format_int(n: i64, buf: &mut [u8; 24]) -> &[u8] {
    let mut i = buf.len();
    let neg = n < 0;
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_lines_and_flags() {
        let mut h = Head::new(b"HTTP/1.1 200 OK\r\n");
        h.add(b"Content-Type", Value::Text(b"text/plain"), true)
            .unwrap();
        h.add(b"content-length", Value::Int(11), true).unwrap();
        h.add(b"Connection", Value::Text(b"Keep-Alive, Close"), true)
            .unwrap();
        h.add(b"Transfer-Encoding", Value::Text(b"gzip, chunked"), true)
            .unwrap();
        h.add(b"X-N", Value::Int(-42), true).unwrap();
        assert_eq!(
            h.block,
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\ncontent-length: 11\r\nConnection: Keep-Alive, Close\r\nTransfer-Encoding: gzip, chunked\r\nX-N: -42\r\n"
        );
        assert_eq!(
            h.flags,
            SEEN_CONT_LEN | SEEN_CONNECTION | CONN_CLOSE | SEEN_TE | TE_CHUNKED
        );
        assert_eq!(h.content_length, 11.0);
    }

    #[test]
    fn words_need_boundaries() {
        assert!(has_word(b"close", b"close"));
        assert!(has_word(b"x,CLOSE ", b"close"));
        assert!(!has_word(b"closed", b"close"));
        assert!(!has_word(b"_close", b"close"));
        assert!(has_word(b"\xe9close", b"close"));
        assert!(!has_word(b"chunkedx", b"chunked"));
    }

    #[test]
    fn leaves_the_unusual_to_js() {
        let mut h = Head::new(b"");
        assert_eq!(h.add(b"", Value::Text(b"x"), true), Err(Bail));
        assert_eq!(h.add(b"a b", Value::Text(b"x"), true), Err(Bail));
        assert_eq!(h.add(b"x", Value::Text(b"a\r\nb"), true), Err(Bail));
        assert_eq!(
            h.add(b"Content-Length", Value::Text(b" 5"), true),
            Err(Bail)
        );
        assert_eq!(h.add(b"Content-Length", Value::Text(b""), true), Err(Bail));
        // Unvalidated (setHeader already checked): still built.
        assert_eq!(h.flags & NOT_ASCII, 0);
        assert!(h.add(b"x", Value::Text(b"\xff ok"), false).is_ok());
        assert_eq!(h.flags & NOT_ASCII, NOT_ASCII);
    }
}
