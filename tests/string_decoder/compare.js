'use strict';
// Seeded random byte chunks (rich in UTF-8 lead/continuation bytes and surrogate halves)
// through every encoding: each write's output, lastNeed, lastTotal and lastChar, then
// end(). The .out file comes from Node.
const { StringDecoder } = require('string_decoder');
let seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xd8, 0xdc, 0x3d, 0xa0, 0x9f, 0x8f, 0x90];
const out = [];
for (let t = 0; t < 700; t++) {
  const enc = encs[t % encs.length];
  const d = new StringDecoder(enc);
  const parts = [];
  const nchunks = 1 + rnd(5);
  for (let c = 0; c < nchunks; c++) {
    const len = rnd(6);
    const bytes = new Uint8Array(len);
    for (let i = 0; i < len; i++) bytes[i] = rnd(3) === 0 ? rnd(256) : interesting[rnd(interesting.length)];
    parts.push(d.write(bytes), d.lastNeed, d.lastTotal, [...d.lastChar].join(','));
  }
  parts.push(d.end(), d.lastNeed);
  out.push(JSON.stringify(parts));
}
console.log(out.join('\n'));
