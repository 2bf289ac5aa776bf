'use strict';
// fs.watch (inotify): 'change' events with ('rename' | 'change', filename) for a directory
// and for a file, encodings, close/ref/unref, AbortSignal, and Node's errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('watch');
const j = (...p) => path.join(dir, ...p);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  fs.writeFileSync(j('a.txt'), 'x');
  const events = [];
  const wd = fs.watch(dir, (type, name) => events.push(['dir', type, name]));
  const wf = fs.watch(j('a.txt'), { persistent: true }, (type, name) => events.push(['file', type, name]));
  assert.ok(wd instanceof require('events'));
  assert.strictEqual(wd.constructor.name, 'FSWatcher');
  assert.strictEqual(wd.ref(), wd);
  assert.strictEqual(wd.unref(), wd);
  wd.ref();

  const steps = [
    [() => fs.appendFileSync(j('a.txt'), 'y'), [['dir', 'change', 'a.txt'], ['file', 'change', 'a.txt']]],
    [() => fs.writeFileSync(j('b'), ''), [['dir', 'rename', 'b']]],
    [() => fs.chmodSync(j('a.txt'), 0o600), [['dir', 'change', 'a.txt'], ['file', 'change', 'a.txt']]],
    [() => fs.renameSync(j('b'), j('c')), [['dir', 'rename', 'b'], ['dir', 'rename', 'c']]],
    [() => fs.mkdirSync(j('sub')), [['dir', 'rename', 'sub']]],
    // Not recursive: nothing for a file inside sub/.
    [() => fs.writeFileSync(j('sub', 'deep'), 'z'), []],
  ];
  for (const [act, want] of steps) {
    events.length = 0;
    act();
    await wait(150);
    assert.deepStrictEqual(events, want);
  }

  // Deleting the watched file: its watcher sees the link count change and the removal.
  events.length = 0;
  fs.unlinkSync(j('a.txt'));
  await wait(150);
  assert.deepStrictEqual(events.filter((e) => e[0] === 'dir'), [['dir', 'rename', 'a.txt']]);
  const fileEvents = events.filter((e) => e[0] === 'file');
  assert.deepStrictEqual(fileEvents[0], ['file', 'change', 'a.txt']);
  assert.ok(fileEvents.slice(1).every((e) => e[1] === 'rename' && e[2] === 'a.txt'));
  assert.ok(fileEvents.length >= 2);

  // close(): 'close' on the next tick, once; no events after it.
  let closes = 0;
  wd.on('close', () => closes++);
  wd.close();
  wd.close();
  assert.strictEqual(closes, 0);
  await wait(0);
  assert.strictEqual(closes, 1);
  wf.close();
  events.length = 0;
  fs.writeFileSync(j('after'), '');
  await wait(150);
  assert.deepStrictEqual(events, []);

  // encoding: 'buffer' gives Buffers, 'hex' hex strings.
  const got = [];
  const wb = fs.watch(dir, { encoding: 'buffer' }, (type, name) => got.push(name));
  const wh = fs.watch(dir, 'hex', (type, name) => got.push(name));
  fs.writeFileSync(j('é'), '');
  await wait(150);
  wb.close();
  wh.close();
  assert.ok(Buffer.isBuffer(got[0]));
  assert.strictEqual(got[0].toString(), 'é');
  assert.strictEqual(got[1], Buffer.from('é').toString('hex'));

  // AbortSignal closes the watcher.
  const ac = new AbortController();
  const ws = fs.watch(dir, { signal: ac.signal });
  const closed = new Promise((resolve) => ws.on('close', resolve));
  ac.abort();
  await closed;
  const aborted = AbortSignal.abort();
  const wa = fs.watch(dir, { signal: aborted });
  await new Promise((resolve) => wa.on('close', resolve));

  // Errors.
  const missing = j('missing');
  assert.throws(() => fs.watch(missing), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'watch');
    assert.strictEqual(err.path, missing);
    assert.strictEqual(err.filename, missing);
    assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${missing}'`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path', 'filename']);
    return true;
  });
  assert.throws(() => fs.watch(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
  });
  assert.throws(() => fs.watch(dir, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.watch(dir, { encoding: 'nope' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'encoding' is invalid encoding. Received 'nope'",
  });
  assert.throws(() => fs.watch(dir, { recursive: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => fs.watch(dir, { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
  });

  // An unref'd watcher (and one with persistent: false) doesn't keep the process alive:
  // this test ends with both still open.
  fs.watch(dir).unref();
  fs.watch(dir, { persistent: false });
  process.on('exit', () => console.log('exit'));
})();
