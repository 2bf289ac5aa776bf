// transform-objects.js — issue 4: 1 000 000 small objects from an objectMode Readable through an objectMode
// Transform into an objectMode Writable with stream.pipeline ("transform-objects <ms>"). Exits non-zero if
// the count, order or sums at the end are wrong.
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const N = 1000000;

const t0 = performance.now();
let i = 0;
const source = new Readable({
  objectMode: true,
  read() {
    while (i < N) {
      const o = { id: i, name: `item${i}`, value: i % 1000 };
      i++;
      if (!this.push(o)) return;
    }
    this.push(null);
  },
});
const double = new Transform({
  objectMode: true,
  transform(o, _enc, cb) {
    cb(null, { id: o.id, len: o.name.length, twice: o.value * 2 });
  },
});
let count = 0;
let sum = 0;
let lenSum = 0;
let inOrder = true;
const sink = new Writable({
  objectMode: true,
  write(o, _enc, cb) {
    if (o.id !== count) inOrder = false;
    count++;
    sum += o.twice;
    lenSum += o.len;
    cb();
  },
});
await pipeline(source, double, sink);
const t1 = performance.now();

// sum of 2*(i % 1000) over 1e6 = 1000 * 2 * 499500; name lengths: "item" + digits of i.
let expectLen = 0;
for (let k = 0; k < N; k++) expectLen += 4 + String(k).length;
if (count !== N || !inOrder) throw new Error(`transform-objects: ${count} objects, in order: ${inOrder}`);
if (sum !== 999000000) throw new Error(`transform-objects: sum ${sum}`);
if (lenSum !== expectLen) throw new Error(`transform-objects: name lengths ${lenSum} != ${expectLen}`);
console.log(`transform-objects ${(t1 - t0).toFixed(2)}`);
