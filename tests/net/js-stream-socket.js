'use strict';
// A TLSSocket over a stream that isn't a net.Socket has a JSStreamSocket as
// `_handle._parentWrap`; http2-wrapper (got) takes that class at load time and wraps streams
// with it. The class must work: a net.Socket whose bytes go through the stream.
const assert = require('assert');
const http = require('http');
const net = require('net');
const tls = require('tls');
const { Duplex, PassThrough } = require('stream');

const reached = new Set();
process.on('exit', () => assert.deepStrictEqual([...reached].sort(),
  ['close', 'end', 'peer end', 'response', 'response over a served JSStreamSocket']));

const JSStreamSocket = new tls.TLSSocket(new PassThrough())._handle._parentWrap.constructor;
assert.strictEqual(JSStreamSocket.name, 'JSStreamSocket');
assert.ok(JSStreamSocket.prototype instanceof net.Socket);

// Two Duplex ends joined: what one writes, the other reads.
function pair() {
  const ends = [];
  for (let i = 0; i < 2; i++) {
    ends.push(new Duplex({
      read() {},
      write(chunk, enc, cb) {
        ends[1 - i].push(chunk);
        cb();
      },
      final(cb) {
        ends[1 - i].push(null);
        cb();
      },
    }));
  }
  return ends;
}

// Bytes both ways, then each side's end.
{
  const [a, b] = pair();
  const socket = new JSStreamSocket(a);
  assert.ok(socket instanceof net.Socket);
  let fromSocket = '';
  let fromPeer = '';
  b.setEncoding('utf8');
  b.on('data', (d) => { fromSocket += d; });
  socket.setEncoding('utf8');
  socket.on('data', (d) => { fromPeer += d; });
  socket.write('hello ');
  socket.write(Buffer.from('world'));
  b.write('back');
  socket.end();
  b.on('end', () => {
    reached.add('peer end');
    assert.strictEqual(fromSocket, 'hello world');
    b.end();
  });
  socket.on('end', () => {
    reached.add('end');
    assert.strictEqual(fromPeer, 'back');
  });
  socket.on('close', () => {
    reached.add('close');
    assert.ok(socket.destroyed);
  });
}

// An HTTP request whose connection is a JSStreamSocket over one end, served over the other
// end as it is, then over a JSStreamSocket of it.
for (const served of ['plain', 'wrapped']) {
  const [a, b] = pair();
  const server = http.createServer((req, res) => res.end(`${req.method} ${req.url}`));
  server.emit('connection', served === 'plain' ? b : new JSStreamSocket(b));
  const req = http.request({ path: '/over-a-stream', createConnection: () => new JSStreamSocket(a) }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      reached.add(served === 'plain' ? 'response' : 'response over a served JSStreamSocket');
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(body, 'GET /over-a-stream');
      req.destroy();
      b.destroy();
    });
  });
  req.end();
}
