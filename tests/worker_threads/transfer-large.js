'use strict';
// Large ArrayBuffers transferred between threads keep their bytes through every hop: made
// by the worker, moved to the main thread, resized there with transfer(newLength) (grown
// with zeros, then shrunk; Node 21+, skipped on Node 20) and moved back. A worker under a small memory limit can make and
// transfer away far more than its limit: what it transferred no longer counts against it.
const assert = require('assert');
const { Worker } = require('worker_threads');

const MiB = 1 << 20;

function checkPattern(ab, length, seed) {
  const u8 = new Uint8Array(ab);
  for (let i = 0; i < length; i += 4093) assert.strictEqual(u8[i], (i * 7 + seed) & 0xff, `byte ${i}`);
}

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const MiB = 1 << 20;
  parentPort.on('message', (m) => {
    if (m.cmd === 'make') {
      // Made here, 4 MiB at a time, 40 times: 160 MiB through a 32 MiB heap.
      for (let n = 0; n < m.count; n++) {
        const ab = new ArrayBuffer(4 * MiB);
        const u8 = new Uint8Array(ab);
        for (let i = 0; i < u8.length; i += 4093) u8[i] = (i * 7 + n) & 0xff;
        parentPort.postMessage({ n, ab }, [ab]);
        if (ab.byteLength !== 0) throw new Error('not detached');
      }
    } else if (m.cmd === 'check') {
      const u8 = new Uint8Array(m.ab);
      let sum = 0;
      for (let i = 0; i < u8.length; i += 4093) sum += u8[i];
      parentPort.postMessage({ cmd: 'sum', length: m.ab.byteLength, sum });
      parentPort.close();
    }
  });
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });

const COUNT = 40;
let got = 0;
let last;
let checked = false;
process.on('exit', () => assert.strictEqual(checked && got === COUNT, true));
w.on('error', (e) => { throw e; });
w.on('message', (m) => {
  if (m.cmd === 'sum') {
    let sum = 0;
    const u8 = new Uint8Array(last);
    for (let i = 0; i < u8.length; i += 4093) sum += u8[i];
    assert.deepStrictEqual(m, { cmd: 'sum', length: last.byteLength, sum });
    checked = true;
    return;
  }
  assert.strictEqual(m.n, got++);
  assert.strictEqual(m.ab.byteLength, 4 * MiB);
  checkPattern(m.ab, 4 * MiB, m.n);
  if (got < COUNT) return;
  if (typeof ArrayBuffer.prototype.transfer !== 'function') {
    last = m.ab.slice(0);
    w.postMessage({ cmd: 'check', ab: m.ab }, [m.ab]);
    return;
  }
  // Grown in place of the moved block: old bytes kept, new ones zero.
  const grown = m.ab.transfer(9 * MiB);
  assert.strictEqual(m.ab.byteLength, 0);
  assert.strictEqual(grown.byteLength, 9 * MiB);
  checkPattern(grown, 4 * MiB, m.n);
  const tail = new Uint8Array(grown, 4 * MiB);
  assert.strictEqual(tail.every((b) => b === 0), true);
  tail[5 * MiB - 1] = 200;
  // Shrunk, then sent back and read there.
  last = grown.transfer(4 * MiB + 3);
  checkPattern(last, 4 * MiB, m.n);
  const copyForCheck = last.slice(0);
  w.postMessage({ cmd: 'check', ab: last }, [last]);
  assert.strictEqual(last.byteLength, 0);
  last = copyForCheck;
});
w.postMessage({ cmd: 'make', count: COUNT });
w.on('exit', (code) => assert.strictEqual(code, 0));
