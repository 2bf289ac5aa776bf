'use strict';
// The exact response heads a server writes for many header shapes (writeHead with an
// object, with setHeader first, numbers, Latin-1 values, the special headers in any case,
// getters, odd Content-Length text) and the errors bad ones throw. rode builds the common
// shapes natively and leaves the rest to the JS loop; both must give Node's bytes. The
// Date line is replaced by a placeholder (_raw.js) before printing.
const raw = require('./_raw');

const cases = [
  ['plain object', (res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('hi'); }],
  ['reason and numbers', (res) => {
    res.writeHead(201, 'Made', { 'X-Int': 42, 'X-Neg': -7, 'X-Zero': -0, 'X-Big': 123456789012, 'X-Float': 1.5 });
    res.end();
  }],
  ['content-length text', (res) => { res.writeHead(200, { 'content-length': '011' }); res.end('hello world'); }],
  ['content-length spaced', (res) => { res.writeHead(200, { 'Content-Length': ' 3 ' }); res.end('abc'); }],
  ['content-length number', (res) => { res.writeHead(200, { 'CONTENT-LENGTH': 2 }); res.end('ab'); }],
  ['connection close', (res) => { res.writeHead(200, { Connection: 'Keep-Alive, close' }); res.end('x'); }],
  ['connection word inside', (res) => { res.writeHead(200, { Connection: 'closed' }); res.end('x'); }],
  ['te chunked', (res) => { res.writeHead(200, { 'Transfer-Encoding': 'gzip, Chunked' }); res.end('x'); }],
  ['own date and keep-alive', (res) => {
    res.writeHead(200, { Date: 'Thu, 01 Jan 1970 00:00:00 GMT', 'Keep-Alive': 'timeout=9' });
    res.end('x');
  }],
  ['latin1 value', (res) => { res.writeHead(200, { 'X-L': 'caf\u00e9 \u00ff' }); res.end('x'); }],
  ['setHeader then writeHead', (res) => {
    res.setHeader('Content-Type', 'text/html');
    res.setHeader('X-Count', 3);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.writeHead(200, { 'X-More': 'yes' });
    res.end('x');
  }],
  ['setHeader and end', (res) => {
    res.setHeader('Content-Length', 5);
    res.setHeader('ETag', 'W/"5-abc"');
    res.end('hello');
  }],
  ['array value', (res) => { res.writeHead(200, { 'X-A': ['1', '2'] }); res.end('x'); }],
  ['array of pairs', (res) => { res.writeHead(200, [['X-P', '1'], ['X-Q', 2]]); res.end('x'); }],
  ['flat array', (res) => { res.writeHead(200, ['X-F', 'v', 'x-f', 'w']); res.end('x'); }],
  ['getter', (res) => {
    let calls = 0;
    const h = {};
    Object.defineProperty(h, 'X-Get', { enumerable: true, get() { calls++; return 'g'; } });
    res.writeHead(200, h);
    res.end(`calls=${calls}`);
  }],
  ['inherited ignored', (res) => {
    const h = Object.create({ 'X-Inherited': 'no' });
    h['X-Own'] = 'yes';
    res.writeHead(200, h);
    res.end('x');
  }],
  ['numeric names', (res) => { res.writeHead(200, { b: '1', 2: 'two', a: '3', 1: 'one' }); res.end('x'); }],
  ['empty object', (res) => { res.writeHead(204, {}); res.end(); }],
  ['bad value char', (res) => {
    try {
      res.writeHead(200, { 'X-Bad': 'a\nb' });
    } catch (e) {
      res.end(`${e.code} ${e.message}`);
    }
  }],
  ['bad name', (res) => {
    try {
      res.writeHead(200, { 'Bad Name': 'v' });
    } catch (e) {
      res.end(`${e.code} ${e.message}`);
    }
  }],
  ['undefined value', (res) => {
    try {
      res.writeHead(200, { 'X-U': undefined });
    } catch (e) {
      res.end(`${e.code} ${e.message}`);
    }
  }],
  ['wide value', (res) => {
    try {
      res.writeHead(200, { 'X-W': 'snow \u2603' });
    } catch (e) {
      res.end(`${e.code} ${e.message}`);
    }
  }],
];

raw.eachCase(cases, (name, out) => {
  console.log(`--- ${name}`);
  console.log(JSON.stringify(out));
});
