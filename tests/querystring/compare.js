'use strict';
// Seeded random inputs through parse (separators, maxKeys, decoders), unescape, escape and
// stringify; the .out file comes from Node.
const qs = require('querystring');
let seed = 777;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const alpha = ['a', 'b', '&', '=', '+', '%', '2', '0', 'F', 'f', 'g', '€', ';', ':', '%E2%82%AC', '%zz', '%C3', ' ', '&&', '==', '\uD83D\uDE00', '%2', 'x'];
function rs(n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[rnd(alpha.length)]; return s; }
const out = [];
for (let t = 0; t < 600; t++) {
  const s = rs(rnd(12));
  const seps = [undefined, '&', ';', '&&', 'ab', ''];
  const eqs = [undefined, '=', ':', '==', 'b='];
  const sep = seps[rnd(seps.length)], eq = eqs[rnd(eqs.length)];
  const opts = [undefined, { maxKeys: rnd(4) }, { decodeURIComponent: (x) => x.toUpperCase() }, { decodeURIComponent: (x) => { if (x.includes('a')) throw new Error('x'); return '<' + x + '>'; } }, { maxKeys: -1 }][rnd(5)];
  let r;
  try { r = qs.parse(s, sep, eq, opts); } catch (e) { r = 'ERR ' + e.message; }
  out.push(JSON.stringify([s, sep, eq, r && typeof r === 'object' ? Object.entries(r) : r]));
  out.push(JSON.stringify([qs.unescape(s), qs.unescape(s, true), qs.escape(s)]));
}
const vals = ['a b', 1, -0, 1e21, 1.5e300, NaN, Infinity, true, false, null, undefined, 10n, {}, [], ['x', 'y'], [1, [2]], 'é&=', '\uD800', Symbol.iterator];
for (let t = 0; t < 200; t++) {
  const o = {};
  const n = rnd(4);
  for (let i = 0; i < n; i++) o[rs(rnd(3))] = vals[rnd(vals.length)];
  const sep = [undefined, ';', '', 0, 'X'][rnd(5)];
  const eq = [undefined, ':', '', 1][rnd(4)];
  const opts = [undefined, { encodeURIComponent: (x) => `[${x}]` }, { encodeURIComponent: encodeURIComponent }][rnd(3)];
  let r;
  try { r = qs.stringify(o, sep, eq, opts); } catch (e) { r = 'ERR ' + e.name + ' ' + e.message; }
  out.push(JSON.stringify(r));
}
for (const x of [1, null, undefined, {}, [1, 2], true, 'a b', { toString() { return 'q r'; } }]) out.push(JSON.stringify([qs.escape(x), qs.stringify(x)]));
console.log(out.join('\n'));
