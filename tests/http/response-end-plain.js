'use strict';
// end(chunk) on a response that is not chunked (Content-Length set by writeHead, by
// setHeader, or implied by end() itself): the exact bytes for string, Latin-1 and Buffer
// bodies, a HEAD request, a Latin-1 head, the callback and 'finish' order and
// socket.bytesWritten. rode sends head and body as one write straight to the socket when
// it is idle.
const raw = require('./_raw');

const cases = [
  ['content-length', (res) => { res.writeHead(200, { 'Content-Length': 7 }); res.end('h\u00e9llo'); }],
  ['implicit', (res) => { res.end('plain \u2713'); }],
  ['implicit buffer', (res) => { res.end(Buffer.from([0, 1, 2, 255])); }],
  ['implicit latin1', (res) => { res.end('caf\u00e9', 'latin1'); }],
  ['setHeader', (res) => { res.setHeader('Content-Type', 'text/plain'); res.statusCode = 201; res.end('made'); }],
  ['latin1 head', (res) => { res.writeHead(200, { 'X-L': '\u00e9', 'Content-Length': 2 }); res.end('ok'); }],
  ['lone surrogate', (res) => { res.end('a\ud800b'); }],
  ['head request', (res) => { res.end('not sent'); }],
  ['callback order', (res) => {
    const order = [];
    res.on('finish', () => order.push('finish'));
    res.on('close', () => console.log('order:', order.join(' ')));
    res.end('x', () => order.push('callback'));
    order.push('returned');
  }],
  ['bytesWritten', (res) => {
    const socket = res.socket;
    res.on('close', () => console.log('socket.bytesWritten:', socket.bytesWritten));
    res.end('count me');
  }],
];

raw.eachCase(cases, (name, out) => {
  console.log(`--- ${name} (${out.length} bytes)`);
  console.log(JSON.stringify(out.slice(out.indexOf('\r\n\r\n') + 4)));
}, (name) => (name === 'head request' ? 'HEAD' : 'GET'));
