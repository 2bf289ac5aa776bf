// Two udp4 sockets on 127.0.0.1: every message form send() takes (string, Buffer, offset and
// length, array of chunks, TypedArray, DataView, empty), the bytes and rinfo that arrive,
// the byte counts send callbacks get, and an echo back to the sender.
'use strict';
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const received = [];
const sent = [];

const cases = [
  ['string', (port, cb) => client.send('hello', port, '127.0.0.1', cb), '68656c6c6f'],
  ['buffer', (port, cb) => client.send(Buffer.from([1, 2, 3]), port, '127.0.0.1', cb), '010203'],
  ['offset/length', (port, cb) => client.send(Buffer.from('abcdef'), 1, 3, port, '127.0.0.1', cb),
    '626364'],
  ['string offset/length', (port, cb) => client.send('abcdef', 4, 2, port, '127.0.0.1', cb),
    '6566'],
  ['array', (port, cb) => client.send(['ab', Buffer.from('c'), new Uint8Array([100])], port,
                                     '127.0.0.1', cb), '61626364'],
  ['Uint16Array', (port, cb) => client.send(new Uint16Array([0x0201, 0x0403]), port,
                                           '127.0.0.1', cb), '01020304'],
  ['DataView', (port, cb) => client.send(new DataView(new Uint8Array([7, 8, 9]).buffer, 1),
                                        port, '127.0.0.1', cb), '0809'],
  ['empty array', (port, cb) => client.send([], port, '127.0.0.1', cb), ''],
  ['empty string', (port, cb) => client.send('', port, cb), ''],
];

server.on('message', (msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  received.push(msg.toString('hex'));
  server.send(msg, rinfo.port, rinfo.address);
});

let echoes = 0;
client.on('message', (msg, rinfo) => {
  assert.strictEqual(rinfo.port, server.address().port);
  assert.strictEqual(msg.toString('hex'), cases[echoes][2]);
  if (++echoes === cases.length) {
    assert.deepStrictEqual(received, cases.map((c) => c[2]));
    assert.deepStrictEqual(sent, cases.map((c) => [c[0], null, c[2].length / 2]));
    client.close();
    server.close();
  }
});

server.bind(0, '127.0.0.1', () => {
  const a = server.address();
  assert.strictEqual(a.address, '127.0.0.1');
  assert.strictEqual(a.family, 'IPv4');
  assert.ok(a.port > 0);
  client.bind(0, '127.0.0.1', () => {
    let i = 0;
    // One at a time, so the order of arrival is known.
    const next = () => {
      if (i === cases.length) return;
      const [name, send] = cases[i++];
      send(a.port, (err, bytes) => {
        sent.push([name, err, bytes]);
        next();
      });
    };
    next();
  });
});
