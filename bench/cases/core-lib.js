// core-lib.js — issue 3: the core library's hot paths. Prints "core-lib <ms>" (the sum) and
// one "core-lib.<part> <ms>" per part: base64, hex and utf8 encode+decode of 64 MiB, indexOf
// in 64 MiB (x20), concat of 100 000 small buffers, 1 M EventEmitter emits to 2 listeners,
// TextEncoder/TextDecoder of 16 MiB (x4) and 100 000 URL parses. Exits non-zero on a wrong
// result.
import { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';

const MiB = 1 << 20;
const big = Buffer.alloc(64 * MiB);
let seed = 7;
for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), i);
const text = 'ascii text, ünïcödé ✓ and 𝄞 '.repeat((64 * MiB) / 40);
const parts = {};
function part(name, fn) {
  const t0 = performance.now();
  fn();
  parts[name] = performance.now() - t0;
}
function check(ok, what) {
  if (!ok) throw new Error(`core-lib: ${what} is wrong`);
}

part('base64', () => {
  const s = big.toString('base64');
  const back = Buffer.from(s, 'base64');
  check(back.equals(big), 'base64 round trip');
});
part('hex', () => {
  const s = big.toString('hex');
  const back = Buffer.from(s, 'hex');
  check(back.equals(big), 'hex round trip');
});
part('utf8', () => {
  const b = Buffer.from(text, 'utf8');
  const s = b.toString('utf8');
  check(s.length === text.length && s === text, 'utf8 round trip');
});
part('indexof', () => {
  const needle = Buffer.from('the needle in the haystack');
  const hay = Buffer.alloc(64 * MiB, 'abcdefgh');
  needle.copy(hay, hay.length - 100);
  let at = -1;
  for (let i = 0; i < 20; i++) at = hay.indexOf(needle);
  check(at === hay.length - 100, 'indexOf');
});
part('concat', () => {
  const list = [];
  for (let i = 0; i < 100000; i++) list.push(Buffer.from([i & 255, (i >> 8) & 255, 1, 2, 3, 4, 5, 6]));
  const all = Buffer.concat(list);
  check(all.length === 800000 && all[8 * 99999] === (99999 & 255), 'concat');
});
part('emit', () => {
  const e = new EventEmitter();
  let n = 0;
  e.on('tick', (a) => { n += a; });
  e.on('tick', () => { n++; });
  for (let i = 0; i < 1e6; i++) e.emit('tick', 1);
  check(n === 2e6, 'emit count');
});
part('textcodec', () => {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const s = text.slice(0, 16 * MiB);
  let out = '';
  for (let i = 0; i < 4; i++) out = dec.decode(enc.encode(s));
  check(out === s, 'TextEncoder/TextDecoder');
});
part('url', () => {
  let total = 0;
  for (let i = 0; i < 100000; i++) {
    const u = new URL(`https://user:pw@example.com:8080/a/b/${i}?q=${i}&x=y#frag`);
    total += u.pathname.length + u.searchParams.get('q').length;
  }
  check(total > 0, 'URL');
});

let sum = 0;
for (const v of Object.values(parts)) sum += v;
console.log(`core-lib ${sum.toFixed(1)}`);
for (const [k, v] of Object.entries(parts)) console.log(`core-lib.${k} ${v.toFixed(1)}`);
