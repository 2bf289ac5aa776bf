// Helper for interop.js: an HTTP/2 (h2c) client for the port in argv[2]; prints one JSON
// line with what it got. Run by `node` and by rode.
'use strict';
const http2 = require('http2');
const c = http2.connect(`http://127.0.0.1:${process.argv[2]}`);
const result = {};
let pending = 3;
const done = () => { if (--pending === 0) c.close(() => console.log(JSON.stringify(result))); };

const r1 = c.request({ ':path': '/echo', ':method': 'POST' }, { waitForTrailers: true });
r1.on('wantTrailers', () => r1.sendTrailers({ 'x-client': 'ct' }));
const body = Buffer.alloc(200000, 'a');
r1.end(body);
let got = 0;
r1.on('response', (h) => { result.echo = [h[':status'], h['x-len'], h['x-client-trailer']]; });
r1.on('data', (d) => { got += d.length; });
r1.on('trailers', (t) => { result.trailer = t['x-trailer']; });
r1.on('end', () => { result.echoBytes = got; });
r1.on('close', done);

const r2 = c.request({ ':path': '/big' });
let sum = 0;
let n = 0;
r2.on('data', (d) => { for (const b of d) sum = (sum * 31 + b) % 1000003; n += d.length; });
r2.on('end', () => { result.big = [n, sum]; });
r2.on('close', done);

const r3 = c.request({ ':path': '/missing' });
r3.setEncoding('utf8');
let s = '';
r3.on('response', (h) => { result.missing = h[':status']; });
r3.on('data', (d) => { s += d; });
r3.on('end', () => { result.missingBody = s; });
r3.on('close', done);
