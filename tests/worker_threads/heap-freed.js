'use strict';
// Workers that end give their memory back: starting and ending workers one after another
// keeps the process's memory about flat. Each worker here builds several MB of objects; if a
// worker's heap were not freed when it ends, 30 of them would add well over 100 MB.
const assert = require('assert');
const { Worker } = require('worker_threads');

function one() {
  return new Promise((resolve, reject) => {
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      const keep = [];
      for (let i = 0; i < 50000; i++) keep.push({ i, s: 'item ' + i, list: [i, i + 1] });
      parentPort.postMessage(keep.length);
    `, { eval: true });
    let got;
    w.on('message', (n) => { got = n; });
    w.on('error', reject);
    w.on('exit', (code) => {
      if (code !== 0 || got !== 50000) reject(new Error(`exit ${code}, message ${got}`));
      else resolve();
    });
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  for (let i = 0; i < 5; i++) await one();
  await pause(100);
  const before = process.memoryUsage().rss;
  for (let i = 0; i < 30; i++) await one();
  await pause(100);
  const grown = process.memoryUsage().rss - before;
  assert.ok(grown < 32 * 1024 * 1024, `RSS grew by ${(grown / 1048576).toFixed(1)} MB over 30 workers`);
})().then(() => console.log('ok'));
