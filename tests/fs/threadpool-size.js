'use strict';
// Blocking fs work runs on libuv's thread pool: 4 threads unless UV_THREADPOOL_SIZE says
// otherwise. An open() of a FIFO blocks its thread until a writer comes; with one thread a
// stat() queued behind it waits too, with the default four it completes at once.
const assert = require('assert');
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

if (process.argv[2] === 'child') {
  const fifo = process.argv[3];
  const events = [];
  fs.readFile(fifo, 'utf8', (err, data) => {
    assert.ifError(err);
    events.push(`read ${data}`);
    if (events.length === 3) console.log(JSON.stringify(events));
  });
  fs.stat(__filename, (err) => {
    assert.ifError(err);
    events.push('stat');
    if (events.length === 3) console.log(JSON.stringify(events));
  });
  setTimeout(() => {
    events.push('timer');
    fs.writeFileSync(fifo, 'x');
  }, 200);
  return;
}

const dir = tmpdir('threadpool');
const fifo = path.join(dir, 'fifo');
execFileSync('mkfifo', [fifo]);
function run(size) {
  const env = { ...process.env };
  if (size === undefined) delete env.UV_THREADPOOL_SIZE;
  else env.UV_THREADPOOL_SIZE = size;
  const r = spawnSync(process.execPath, [__filename, 'child', fifo], { env, encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}
// (Whether the read's callback comes before the stat's once the FIFO opens is not
// asserted: node's readFile is several pool jobs, rode's one.)
const statFirst = (events) => {
  assert.deepStrictEqual([...events].sort(), ['read x', 'stat', 'timer']);
  return events.indexOf('stat') < events.indexOf('timer');
};
assert.strictEqual(statFirst(run(undefined)), true);
assert.strictEqual(statFirst(run('2')), true);
assert.strictEqual(statFirst(run('1')), false);
assert.strictEqual(statFirst(run('0')), false); // libuv: 0 means 1
assert.strictEqual(statFirst(run('junk')), false); // atoi("junk") is 0
console.log('ok');
