'use strict';
// end(chunk) on a chunked response: the exact bytes (UTF-8 and Latin-1 chunks, a lone
// surrogate, trailers), the callback and 'finish' order, and socket.bytesWritten counting
// every byte sent. rode sends this as one write straight to the socket when it is idle.
const raw = require('./_raw');

const cases = [
  ['utf8', (res) => { res.writeHead(200); res.end('h\u00e9llo \u2713 \ud834\udd1e'); }],
  ['latin1', (res) => { res.writeHead(200); res.end('caf\u00e9', 'latin1'); }],
  ['lone surrogate', (res) => { res.writeHead(200); res.end('a\ud800b'); }],
  ['trailers', (res) => {
    res.writeHead(200, { Trailer: 'X-T' });
    res.addTrailers({ 'X-T': 'done' });
    res.end('body');
  }],
  ['after write', (res) => { res.writeHead(200); res.write('first'); res.end('second'); }],
  ['callback order', (res) => {
    const order = [];
    res.on('finish', () => order.push('finish'));
    res.on('close', () => console.log('order:', order.join(' ')));
    res.writeHead(200);
    res.end('x', () => order.push('callback'));
    order.push('returned');
  }],
  ['bytesWritten', (res) => {
    res.writeHead(200);
    res.end('count me');
    res.on('finish', () => { console.log('bytesWritten:', res.socket === null ? 'detached' : res.socket.bytesWritten); });
    const socket = res.socket;
    res.on('close', () => console.log('socket.bytesWritten:', socket.bytesWritten));
  }],
];

raw.eachCase(cases, (name, out) => {
  console.log(`--- ${name} (${out.length} bytes)`);
  console.log(JSON.stringify(out.slice(out.indexOf('\r\n\r\n') + 4)));
});
