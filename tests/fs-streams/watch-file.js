'use strict';
// fs.watchFile / fs.unwatchFile: stat polling; the listener gets (current, previous)
// Stats on every change; a missing file reads as zeroed Stats; one StatWatcher per path.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('watch-file');
const file = path.join(dir, 'a');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// Polling runs on a timer; on a loaded machine one interval can stretch well past
// 150 ms, so wait for the report itself (up to 10 s) instead of a fixed sleep.
async function waitFor(list, length) {
  for (let waited = 0; list.length < length && waited < 10000; waited += 10) await wait(10);
  await wait(50); // and a little more, so an extra (wrong) report would show
}

(async () => {
  const seen = [];
  const listener = (curr, prev) => {
    assert.ok(curr instanceof fs.Stats);
    assert.ok(prev instanceof fs.Stats);
    seen.push([curr.size, prev.size, curr.nlink, prev.nlink, curr.isFile(), prev.isFile(),
               curr.mtimeMs === 0, prev.mtimeMs === 0]);
  };
  const sw = fs.watchFile(file, { interval: 10 }, listener);
  assert.strictEqual(sw.constructor.name, 'StatWatcher');
  assert.ok(sw instanceof require('events'));
  // Same path (resolved): the same watcher.
  const other = () => {};
  assert.strictEqual(fs.watchFile(path.relative(process.cwd(), file), other), sw);
  fs.unwatchFile(file, other);

  await waitFor(seen, 1);
  // The file didn't exist at start: one report with zeroed Stats.
  assert.deepStrictEqual(seen, [[0, 0, 0, 0, false, false, true, true]]);
  fs.writeFileSync(file, 'abc');
  await waitFor(seen, 2);
  fs.appendFileSync(file, 'de');
  await waitFor(seen, 3);
  fs.unlinkSync(file);
  await waitFor(seen, 4);
  assert.deepStrictEqual(seen, [
    [0, 0, 0, 0, false, false, true, true],
    [3, 0, 1, 0, true, false, false, true],
    [5, 3, 1, 1, true, true, false, false],
    [0, 5, 0, 1, false, true, true, false],
  ]);

  // unwatchFile: 'stop' on the next tick, no more reports.
  let stops = 0;
  sw.on('stop', () => stops++);
  fs.unwatchFile(file, listener);
  assert.strictEqual(stops, 0);
  await wait(0);
  assert.strictEqual(stops, 1);
  const before = seen.length;
  fs.writeFileSync(file, 'again');
  await wait(150);
  assert.strictEqual(seen.length, before);
  // Unknown paths and listeners are ignored.
  fs.unwatchFile(path.join(dir, 'never'));

  // bigint: BigIntStats; an existing file reports nothing until it changes.
  const big = [];
  fs.watchFile(file, { interval: 10, bigint: true }, (curr, prev) => big.push([curr.size, prev.size]));
  await wait(150);
  assert.deepStrictEqual(big, []);
  fs.writeFileSync(file, '1234567');
  await waitFor(big, 1);
  assert.deepStrictEqual(big, [[7n, 5n]]);
  fs.unwatchFile(file);

  // Validation.
  assert.throws(() => fs.watchFile(file), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received undefined',
  });
  assert.throws(() => fs.watchFile(file, { interval: -1 }, () => {}), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "interval" is out of range. It must be >= 0 && <= 4294967295. Received -1',
  });
  assert.throws(() => fs.watchFile(5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.unwatchFile(5), { code: 'ERR_INVALID_ARG_TYPE' });

  // persistent: false / unref(): the process can exit with the watcher running.
  fs.watchFile(file, { persistent: false }, () => {});
  fs.watchFile(path.join(dir, 'other'), () => {}).unref();
  process.on('exit', () => console.log('exit'));
})();
