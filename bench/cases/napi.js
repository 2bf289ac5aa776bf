// napi.js — Node-API call costs, over the C test addons in tests/napi/fixtures (built with cc
// on first use): 1 M calls of a plain native function, 1 M method calls and 1 M getter reads
// on a wrapped class instance (napi_unwrap per call), and 200 k instances constructed (napi_wrap
// with a finalizer). Prints "napi <ms>" and a line per part; exits non-zero on a wrong result.
import { createRequire } from 'node:module';

const addon = createRequire(import.meta.url)('../../tests/napi/_addon');
const fns = addon.load('functions');
const cls = addon.load('classes');

const N = 1e6;
const parts = {};
const t0 = performance.now();
function part(name, f) {
  const s = performance.now();
  f();
  parts[name] = performance.now() - s;
}

let check = 0;
part('call', () => {
  for (let i = 0; i < N; i++) check += fns.countArgs(i, 2, 3);
});
const Point = cls.makeClass();
const p = new Point(1.5, 2);
part('method', () => {
  for (let i = 0; i < N; i++) check += p.sum();
});
part('getter', () => {
  for (let i = 0; i < N; i++) check += p.x;
});
part('construct', () => {
  for (let i = 0; i < N / 5; i++) check += new Point(i, 1).x;
});
const total = performance.now() - t0;
const want = 3 * N + 3.5 * N + 1.5 * N + (N / 5) * (N / 5 - 1) / 2;
if (check !== want) {
  console.error(`napi: wrong result ${check}, want ${want}`);
  process.exit(1);
}
console.log(`napi ${total.toFixed(1)}`);
for (const [k, v] of Object.entries(parts)) console.log(`napi.${k} ${v.toFixed(1)}`);
