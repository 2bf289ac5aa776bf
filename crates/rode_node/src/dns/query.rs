//! DNS protocol queries for `dns.resolve*`/`reverse` and `Resolver` (what c-ares does in
//! Node): one question over UDP to each configured server in turn, retried `tries` times
//! with a per-attempt timeout, and again over TCP when the answer is truncated. Messages are
//! encoded and decoded by hickory-proto; answers go to JS as plain arrays (see [`Answer`]).
//! Failures are c-ares' error code names (`ENOTFOUND`, `ETIMEOUT`, …).

use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One answer record, typed for JS: the record type's name, its TTL and its fields.
pub enum Answer {
    /// A/AAAA/CNAME/NS/PTR: one string.
    Text(&'static str, u32, String),
    Mx(u32, u16, String),
    Txt(u32, Vec<String>),
    Srv(u32, String, u16, u16, u16),
    Soa(u32, [String; 2], [u32; 5]),
    Caa(u32, u8, String, String),
    Naptr(u32, [String; 4], u16, u16),
}

fn name_str(n: &Name) -> String {
    let s = n.to_utf8();
    s.strip_suffix('.').map(str::to_owned).unwrap_or(s)
}

fn latin1(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap_or_else(|_| b.iter().map(|&c| c as char).collect())
}

fn convert(data: &RData, ttl: u32) -> Option<Answer> {
    Some(match data {
        RData::A(a) => Answer::Text("A", ttl, a.0.to_string()),
        RData::AAAA(a) => Answer::Text("AAAA", ttl, a.0.to_string()),
        RData::CNAME(n) => Answer::Text("CNAME", ttl, name_str(&n.0)),
        RData::NS(n) => Answer::Text("NS", ttl, name_str(&n.0)),
        RData::PTR(n) => Answer::Text("PTR", ttl, name_str(&n.0)),
        RData::MX(mx) => Answer::Mx(ttl, mx.preference, name_str(&mx.exchange)),
        RData::TXT(t) => Answer::Txt(ttl, t.txt_data.iter().map(|c| latin1(c)).collect()),
        RData::SRV(s) => Answer::Srv(ttl, name_str(&s.target), s.port, s.priority, s.weight),
        RData::SOA(s) => Answer::Soa(
            ttl,
            [name_str(&s.mname), name_str(&s.rname)],
            [
                s.serial,
                s.refresh as u32,
                s.retry as u32,
                s.expire as u32,
                s.minimum,
            ],
        ),
        RData::CAA(c) => {
            let flags = (if c.issuer_critical { 128 } else { 0 }) | c.reserved_flags;
            Answer::Caa(ttl, flags, c.tag.clone(), latin1(&c.value))
        }
        RData::NAPTR(n) => Answer::Naptr(
            ttl,
            [
                latin1(&n.flags),
                latin1(&n.services),
                latin1(&n.regexp),
                name_str(&n.replacement),
            ],
            n.order,
            n.preference,
        ),
        _ => return None,
    })
}

/// What a query ended with: answers, or a c-ares error code name.
pub type Outcome = Result<Vec<Answer>, &'static str>;

enum Attempt {
    Reply(Vec<u8>),
    Timeout,
    Refused,
}

async fn udp_exchange(server: SocketAddr, query: &[u8], timeout: Duration) -> Attempt {
    let bind: SocketAddr = if server.is_ipv4() {
        "0.0.0.0:0".parse().unwrap()
    } else {
        "[::]:0".parse().unwrap()
    };
    let Ok(sock) = tokio::net::UdpSocket::bind(bind).await else {
        return Attempt::Refused;
    };
    if sock.connect(server).await.is_err() || sock.send(query).await.is_err() {
        return Attempt::Refused;
    }
    let mut buf = vec![0u8; 65535];
    let id = &query[..2];
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        match tokio::time::timeout_at(deadline, sock.recv(&mut buf)).await {
            Err(_) => return Attempt::Timeout,
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                return Attempt::Refused
            }
            Ok(Err(_)) => return Attempt::Refused,
            // A reply to another query (a late answer to an earlier try): keep waiting.
            Ok(Ok(n)) if n < 2 || &buf[..2] != id => continue,
            Ok(Ok(n)) => return Attempt::Reply(buf[..n].to_vec()),
        }
    }
}

async fn tcp_exchange(server: SocketAddr, query: &[u8], timeout: Duration) -> Attempt {
    let work = async {
        let mut s = tokio::net::TcpStream::connect(server).await?;
        let mut out = Vec::with_capacity(query.len() + 2);
        out.extend_from_slice(&(query.len() as u16).to_be_bytes());
        out.extend_from_slice(query);
        s.write_all(&out).await?;
        let mut len = [0u8; 2];
        s.read_exact(&mut len).await?;
        let mut reply = vec![0u8; u16::from_be_bytes(len) as usize];
        s.read_exact(&mut reply).await?;
        Ok::<_, std::io::Error>(reply)
    };
    match tokio::time::timeout(timeout, work).await {
        Err(_) => Attempt::Timeout,
        Ok(Ok(r)) => Attempt::Reply(r),
        Ok(Err(_)) => Attempt::Refused,
    }
}

fn interpret(reply: &[u8], qtype: RecordType) -> Result<Message, &'static str> {
    let m = Message::from_vec(reply).map_err(|_| "EBADRESP")?;
    if m.metadata.message_type != MessageType::Response {
        return Err("EBADRESP");
    }
    Ok(m).and_then(|m| match m.metadata.response_code {
        ResponseCode::NoError => Ok(m),
        ResponseCode::NXDomain => Err("ENOTFOUND"),
        ResponseCode::ServFail => Err("ESERVFAIL"),
        ResponseCode::Refused => Err("EREFUSED"),
        ResponseCode::FormErr => Err("EFORMERR"),
        ResponseCode::NotImp => Err("ENOTIMP"),
        _ if qtype == RecordType::ANY => Err("EBADRESP"),
        _ => Err("EBADRESP"),
    })
}

/// Asks `servers` (in order, `tries` rounds) for `name`'s records of type `qtype`.
pub async fn query(
    servers: Vec<SocketAddr>,
    name: String,
    qtype: u16,
    timeout_ms: u64,
    tries: u32,
) -> Outcome {
    let rtype = RecordType::from(qtype);
    let Ok(qname) = Name::from_utf8(&name) else {
        return Err("EBADNAME");
    };
    if servers.is_empty() {
        return Err("ECONNREFUSED");
    }
    let mut msg = Message::new(rand_id(), MessageType::Query, OpCode::Query);
    msg.metadata.recursion_desired = true;
    let mut q = Query::query(qname, rtype);
    q.set_query_class(hickory_proto::rr::DNSClass::IN);
    msg.add_query(q);
    let Ok(bytes) = msg.to_vec() else {
        return Err("EBADNAME");
    };
    let timeout = Duration::from_millis(timeout_ms.max(1));
    let mut timed_out = false;
    for _ in 0..tries.max(1) {
        for &server in &servers {
            let reply = match udp_exchange(server, &bytes, timeout).await {
                Attempt::Reply(r) => r,
                Attempt::Timeout => {
                    timed_out = true;
                    continue;
                }
                Attempt::Refused => continue,
            };
            let m = match interpret(&reply, rtype) {
                Ok(m) if m.metadata.truncation => {
                    match tcp_exchange(server, &bytes, timeout).await {
                        Attempt::Reply(r) => match interpret(&r, rtype) {
                            Ok(m) => m,
                            Err(e) => return Err(e),
                        },
                        Attempt::Timeout => {
                            timed_out = true;
                            continue;
                        }
                        Attempt::Refused => continue,
                    }
                }
                Ok(m) => m,
                // Another server may answer a SERVFAIL/REFUSED differently.
                Err(e @ ("ESERVFAIL" | "EREFUSED")) if servers.len() > 1 => {
                    if server == *servers.last().unwrap() {
                        return Err(e);
                    }
                    continue;
                }
                Err(e) => return Err(e),
            };
            let answers: Vec<Answer> = m
                .answers
                .iter()
                .filter(|r| rtype == RecordType::ANY || r.record_type() == rtype)
                .filter_map(|r| convert(&r.data, r.ttl))
                .collect();
            if answers.is_empty() {
                return Err("ENODATA");
            }
            return Ok(answers);
        }
    }
    Err(if timed_out {
        "ETIMEOUT"
    } else {
        "ECONNREFUSED"
    })
}

fn rand_id() -> u16 {
    let mut b = [0u8; 2];
    if openssl::rand::rand_bytes(&mut b).is_err() {
        return std::process::id() as u16;
    }
    u16::from_ne_bytes(b)
}

/// The `nameserver` lines of /etc/resolv.conf, as c-ares reads them (default 127.0.0.1).
pub fn system_servers() -> Vec<SocketAddr> {
    let text = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let mut out: Vec<SocketAddr> = text
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            (w.next() == Some("nameserver")).then(|| w.next()).flatten()
        })
        .filter_map(|ip| ip.split('%').next()?.parse().ok())
        .map(|ip| SocketAddr::new(ip, 53))
        .collect();
    if out.is_empty() {
        out.push("127.0.0.1:53".parse().unwrap());
    }
    out
}
