//! The few HTTP/2 frames the session reads or writes beside the `h2` crate.
//!
//! `h2` keeps SETTINGS, PING and GOAWAY to itself, but Node reports them to the program
//! (`'remoteSettings'`, `'localSettings'`, `'ping'`, `'goaway'`, `ping()` with its own
//! payload). The [`Sniffer`] reads the frame headers of the bytes fed to the session (a
//! copy, the bytes themselves go to `h2` unchanged) and picks out those frames; the
//! builders make the frames the session adds to its output between `h2`'s frames (a PING
//! with the program's payload, whose ACK `h2` ignores; GOAWAY; ALTSVC; ORIGIN).

/// The client connection preface (RFC 9113 §3.4).
pub const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

const T_SETTINGS: u8 = 0x4;
const T_PING: u8 = 0x6;
const T_GOAWAY: u8 = 0x7;
const T_ALTSVC: u8 = 0xa;
const T_ORIGIN: u8 = 0xc;
const FLAG_ACK: u8 = 0x1;
/// GOAWAY debug data kept at most (the rest is skipped).
const MAX_KEPT: usize = 16 * 1024;

/// A frame the program hears about.
#[derive(Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// SETTINGS from the peer: (identifier, value) pairs in order.
    Settings(Vec<(u16, u32)>),
    /// The peer acknowledged our SETTINGS.
    SettingsAck,
    /// A PING (`ack` false) or the ACK of one (true), with its 8-byte payload.
    Ping { ack: bool, payload: [u8; 8] },
    /// GOAWAY: last stream id, error code, debug data.
    GoAway { last: u32, code: u32, data: Vec<u8> },
}

/// Reads frame boundaries out of a byte stream, a chunk at a time.
pub struct Sniffer {
    preface_left: usize,
    head: [u8; 9],
    head_len: usize,
    /// Payload bytes of the current frame still to come.
    left: usize,
    kind: u8,
    flags: u8,
    keep: bool,
    body: Vec<u8>,
}

impl Sniffer {
    /// `server`: the stream starts with the client preface, skipped first.
    pub fn new(server: bool) -> Self {
        Sniffer {
            preface_left: if server { PREFACE.len() } else { 0 },
            head: [0; 9],
            head_len: 0,
            left: 0,
            kind: 0,
            flags: 0,
            keep: false,
            body: Vec::new(),
        }
    }

    /// Feeds `input`, appending the frames it completed to `out`.
    pub fn feed(&mut self, mut input: &[u8], out: &mut Vec<Sniffed>) {
        if self.preface_left > 0 {
            let n = self.preface_left.min(input.len());
            self.preface_left -= n;
            input = &input[n..];
        }
        while !input.is_empty() {
            if self.head_len < 9 {
                let n = (9 - self.head_len).min(input.len());
                self.head[self.head_len..self.head_len + n].copy_from_slice(&input[..n]);
                self.head_len += n;
                input = &input[n..];
                if self.head_len < 9 {
                    return;
                }
                let h = &self.head;
                self.left = (h[0] as usize) << 16 | (h[1] as usize) << 8 | h[2] as usize;
                self.kind = h[3];
                self.flags = h[4];
                self.keep = matches!(self.kind, T_SETTINGS | T_PING | T_GOAWAY);
                self.body.clear();
                if self.left == 0 {
                    self.finish(out);
                    continue;
                }
            }
            let n = self.left.min(input.len());
            if self.keep && self.body.len() < MAX_KEPT {
                let k = n.min(MAX_KEPT - self.body.len());
                self.body.extend_from_slice(&input[..k]);
            }
            self.left -= n;
            input = &input[n..];
            if self.left == 0 {
                self.finish(out);
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Sniffed>) {
        self.head_len = 0;
        let b = std::mem::take(&mut self.body);
        let stream = u32::from_be_bytes([self.head[5], self.head[6], self.head[7], self.head[8]])
            & 0x7fff_ffff;
        if stream != 0 {
            return;
        }
        match self.kind {
            T_SETTINGS if self.flags & FLAG_ACK != 0 => out.push(Sniffed::SettingsAck),
            T_SETTINGS => {
                let pairs = b
                    .chunks_exact(6)
                    .map(|c| {
                        (
                            u16::from_be_bytes([c[0], c[1]]),
                            u32::from_be_bytes([c[2], c[3], c[4], c[5]]),
                        )
                    })
                    .collect();
                out.push(Sniffed::Settings(pairs));
            }
            T_PING if b.len() == 8 => {
                let mut payload = [0; 8];
                payload.copy_from_slice(&b);
                out.push(Sniffed::Ping {
                    ack: self.flags & FLAG_ACK != 0,
                    payload,
                });
            }
            T_GOAWAY if b.len() >= 8 => out.push(Sniffed::GoAway {
                last: u32::from_be_bytes([b[0], b[1], b[2], b[3]]) & 0x7fff_ffff,
                code: u32::from_be_bytes([b[4], b[5], b[6], b[7]]),
                data: b[8..].to_vec(),
            }),
            _ => {}
        }
    }
}

fn frame(out: &mut Vec<u8>, kind: u8, flags: u8, stream: u32, payload: &[u8]) {
    let n = payload.len();
    out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8, kind, flags]);
    out.extend_from_slice(&(stream & 0x7fff_ffff).to_be_bytes());
    out.extend_from_slice(payload);
}

/// A PING frame (not an ACK) with `payload`.
pub fn ping(out: &mut Vec<u8>, payload: &[u8; 8]) {
    frame(out, T_PING, 0, 0, payload);
}

/// A GOAWAY frame.
pub fn goaway(out: &mut Vec<u8>, last: u32, code: u32, data: &[u8]) {
    let mut p = Vec::with_capacity(8 + data.len());
    p.extend_from_slice(&(last & 0x7fff_ffff).to_be_bytes());
    p.extend_from_slice(&code.to_be_bytes());
    p.extend_from_slice(data);
    frame(out, T_GOAWAY, 0, 0, &p);
}

/// An ALTSVC frame (RFC 7838): on stream 0 with an origin, or on a stream without one.
pub fn altsvc(out: &mut Vec<u8>, stream: u32, origin: &[u8], value: &[u8]) {
    let mut p = Vec::with_capacity(2 + origin.len() + value.len());
    p.extend_from_slice(&(origin.len() as u16).to_be_bytes());
    p.extend_from_slice(origin);
    p.extend_from_slice(value);
    frame(out, T_ALTSVC, 0, stream, &p);
}

/// An ORIGIN frame (RFC 8336).
pub fn origin(out: &mut Vec<u8>, origins: &[Vec<u8>]) {
    let mut p = Vec::new();
    for o in origins {
        p.extend_from_slice(&(o.len() as u16).to_be_bytes());
        p.extend_from_slice(o);
    }
    frame(out, T_ORIGIN, 0, 0, &p);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_frames_split_anywhere() {
        let mut wire = PREFACE.to_vec();
        frame(
            &mut wire,
            T_SETTINGS,
            0,
            0,
            &[0, 4, 0, 1, 0, 0, 0, 3, 0, 0, 0, 100],
        );
        frame(&mut wire, 0x0, 0, 1, b"hello"); // DATA on stream 1: ignored
        frame(&mut wire, T_SETTINGS, FLAG_ACK, 0, &[]);
        ping(&mut wire, b"abcdefgh");
        goaway(&mut wire, 7, 2, b"bye");
        let want = vec![
            Sniffed::Settings(vec![(4, 65536), (3, 100)]),
            Sniffed::SettingsAck,
            Sniffed::Ping {
                ack: false,
                payload: *b"abcdefgh",
            },
            Sniffed::GoAway {
                last: 7,
                code: 2,
                data: b"bye".to_vec(),
            },
        ];
        for step in [1, 2, 5, 9, 13, wire.len()] {
            let mut s = Sniffer::new(true);
            let mut got = Vec::new();
            for c in wire.chunks(step) {
                s.feed(c, &mut got);
            }
            assert_eq!(got, want, "chunks of {step}");
        }
    }

    #[test]
    fn builds_extension_frames() {
        let mut o = Vec::new();
        altsvc(&mut o, 0, b"https://a", b"h2=\":8000\"");
        assert_eq!(&o[..9], &[0, 0, 21, 0xa, 0, 0, 0, 0, 0]);
        assert_eq!(&o[9..11], &[0, 9]);
        let mut o = Vec::new();
        origin(&mut o, &[b"https://a".to_vec(), b"https://b".to_vec()]);
        assert_eq!(&o[..9], &[0, 0, 22, 0xc, 0, 0, 0, 0, 0]);
    }
}
