'use strict';
// Callback and promise delivery: never synchronous, after the current tick's nextTicks and
// microtasks, `this` undefined, pending operations keep the process alive, an exception in a
// callback is an uncaught exception, util.promisify knows fs's custom forms.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const util = require('util');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('callbacks');
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'abc');

const log = [];
fs.stat(file, function(err) {
  assert.strictEqual(this, undefined);
  assert.ifError(err);
  log.push('stat');
});
fs.readFile(path.join(dir, 'missing'), () => log.push('readFile-error'));
// Zero-length reads and empty writev complete on a later tick, not synchronously.
fs.read(fs.openSync(file, 'r'), Buffer.alloc(1), 0, 0, null, (err, n) => log.push(`read0:${n}`));
fs.writev(fs.openSync(file, 'r+'), [], (err, n) => log.push(`writev0:${n}`));
fs.exists(file, (e) => log.push(`exists:${e}`));
fs.exists(path.join(dir, 'missing'), (e) => log.push(`exists:${e}`));
fs.promises.stat(file).then(() => log.push('promise'));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));
log.push('sync');
assert.deepStrictEqual(log, ['sync']);

setTimeout(() => {
  const sorted = log.slice().sort();
  assert.deepStrictEqual(sorted, [
    'exists:false', 'exists:true', 'micro', 'promise', 'read0:0', 'readFile-error', 'stat', 'sync',
    'tick', 'writev0:0',
  ]);
  assert.deepStrictEqual(log.slice(0, 5), ['sync', 'read0:0', 'writev0:0', 'tick', 'micro']);
  next();
}, 200);

function next() {
  // util.promisify uses fs's custom forms.
  const read = util.promisify(fs.read);
  const exists = util.promisify(fs.exists);
  const fd = fs.openSync(file, 'r');
  read(fd, Buffer.alloc(3), 0, 3, 0).then(async ({ bytesRead, buffer }) => {
    assert.strictEqual(bytesRead, 3);
    assert.strictEqual(buffer.toString(), 'abc');
    assert.strictEqual(await exists(file), true);
    assert.strictEqual(await exists(path.join(dir, 'nope')), false);
    const { bytesWritten } = await util.promisify(fs.write)(fs.openSync(path.join(dir, 'w'), 'w'), 'hey');
    assert.strictEqual(bytesWritten, 3);
    assert.strictEqual(await util.promisify(fs.readFile)(file, 'utf8'), 'abc');
    throwing();
  });
}

function throwing() {
  // An exception thrown by a callback reaches 'uncaughtException'.
  process.once('uncaughtException', (err) => {
    assert.strictEqual(err.message, 'from callback');
    lastOne();
  });
  fs.stat(file, () => {
    throw new Error('from callback');
  });
}

function lastOne() {
  // Work started from 'exit'-bound code keeps the loop alive until it completes.
  let done = false;
  process.on('exit', () => {
    assert.strictEqual(done, true);
  });
  fs.readFile(file, 'utf8', (err, s) => {
    assert.strictEqual(s, 'abc');
    fs.writeFile(path.join(dir, 'late'), 'x', () => {
      done = true;
      console.log('ok');
    });
  });
}
