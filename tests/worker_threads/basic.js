'use strict';
// Worker basics: eval and file workers, workerData, argv, threadId, messages both ways,
// the order of events, exit codes, env and environment data.
const assert = require('assert');
const path = require('path');
const wt = require('worker_threads');
const { Worker, isMainThread, threadId, parentPort, workerData, SHARE_ENV } = wt;

assert.strictEqual(isMainThread, true);
assert.strictEqual(threadId, 0);
assert.strictEqual(parentPort, null);
assert.strictEqual(workerData, null);
assert.deepStrictEqual(Object.keys(wt).sort(), [
  'BroadcastChannel', 'MessageChannel', 'MessagePort', 'SHARE_ENV', 'Worker',
  'getEnvironmentData', 'isMainThread', 'markAsUntransferable', 'moveMessagePortToContext',
  'parentPort', 'postMessageToThread', 'receiveMessageOnPort', 'resourceLimits',
  'setEnvironmentData', 'threadId', 'workerData',
]);
assert.strictEqual(typeof SHARE_ENV, 'symbol');
// Both postMessage methods are declared with no named parameters, and both need a message.
assert.strictEqual(Worker.prototype.postMessage.length, 0);
assert.strictEqual(wt.MessagePort.prototype.postMessage.length, 0);

function run(worker) {
  const events = [];
  const messages = [];
  return new Promise((resolve, reject) => {
    worker.on('online', () => events.push('online'));
    worker.on('message', (m) => { events.push('message'); messages.push(m); });
    worker.on('error', (e) => { events.push('error'); worker.lastError = e; });
    worker.on('exit', (code) => { events.push('exit'); resolve({ code, events, messages }); });
    setTimeout(() => reject(new Error('worker timed out')), 20000).unref();
  });
}

(async () => {
  // An eval worker: workerData is a structured clone; argv follows '[worker eval]'.
  process.env.RODE_WT_TEST = 'parent';
  wt.setEnvironmentData('answer', { n: 42 });
  const data = { list: [1, 'two', { three: 3n }], when: new Date(5), map: new Map([[1, 2]]) };
  let w = new Worker(`
    const wt = require('worker_threads');
    wt.parentPort.postMessage({
      isMainThread: wt.isMainThread,
      threadId: wt.threadId,
      data: wt.workerData,
      argv: process.argv.slice(1),
      env: process.env.RODE_WT_TEST,
      envData: wt.getEnvironmentData('answer'),
      filename: __filename,
    });
    process.env.RODE_WT_TEST = 'changed in worker';
  `, { eval: true, workerData: data, argv: ['a', 1] });
  assert.strictEqual(typeof w.threadId, 'number');
  assert.ok(w.threadId > 0);
  const id = w.threadId;
  let r = await run(w);
  assert.strictEqual(r.code, 0);
  assert.deepStrictEqual(r.events, ['online', 'message', 'exit']);
  assert.deepStrictEqual(r.messages[0], {
    isMainThread: false,
    threadId: id,
    data,
    argv: ['[worker eval]', 'a', '1'],
    env: 'parent',
    envData: { n: 42 },
    filename: '[worker eval]',
  });
  assert.strictEqual(w.threadId, -1);
  // The worker had its own copy of the environment.
  assert.strictEqual(process.env.RODE_WT_TEST, 'parent');

  // env: an object replaces the environment; SHARE_ENV shares the process's.
  w = new Worker(`require('worker_threads').parentPort.postMessage(
    [process.env.A, process.env.RODE_WT_TEST, Object.keys(process.env).length])`,
  { eval: true, env: { A: 1 } });
  r = await run(w);
  assert.deepStrictEqual(r.messages, [['1', undefined, 1]]);
  w = new Worker('process.env.RODE_WT_TEST = "shared"', { eval: true, env: SHARE_ENV });
  r = await run(w);
  assert.strictEqual(process.env.RODE_WT_TEST, 'shared');

  // A file worker, by path and by file: URL; messages both ways.
  const file = path.join(__dirname, 'fixtures', 'echo.js');
  for (const spec of [file, require('url').pathToFileURL(file)]) {
    w = new Worker(spec, { workerData: 'wd' });
    const replies = [];
    w.on('message', (m) => {
      replies.push(m);
      if (replies.length === 2) w.postMessage('stop');
    });
    w.postMessage({ n: 1 });
    w.postMessage({ n: 2 });
    r = await run(w);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(replies, [
      { echo: { n: 1 }, workerData: 'wd', argv1: file },
      { echo: { n: 2 }, workerData: 'wd', argv1: file },
    ]);
  }

  // process.exit(n) in a worker ends only the worker, with n; 'exit' listeners there run.
  w = new Worker(`
    process.on('exit', (c) => require('worker_threads').parentPort.postMessage('exit ' + c));
    process.exit(7);
    require('worker_threads').parentPort.postMessage('not reached');
  `, { eval: true });
  r = await run(w);
  assert.strictEqual(r.code, 7);
  assert.deepStrictEqual(r.messages, ['exit 7']);

  // An uncaught exception: 'error' with a copy of it (name, message, stack, own
  // properties), then 'exit' with 1.
  w = new Worker(`
    const e = new TypeError('boom');
    e.code = 'E_BOOM';
    throw e;
  `, { eval: true });
  r = await run(w);
  assert.strictEqual(r.code, 1);
  assert.deepStrictEqual(r.events, ['online', 'error', 'exit']);
  assert.ok(w.lastError instanceof TypeError);
  assert.strictEqual(w.lastError.message, 'boom');
  assert.strictEqual(w.lastError.code, 'E_BOOM');
  assert.match(w.lastError.stack, /TypeError: boom\n {4}at /);

  // A thrown primitive and an unhandled rejection.
  w = new Worker('throw 42', { eval: true });
  r = await run(w);
  assert.strictEqual(w.lastError, 42);
  w = new Worker('Promise.reject(new RangeError("nope"))', { eval: true });
  r = await run(w);
  assert.strictEqual(r.code, 1);
  assert.ok(w.lastError instanceof RangeError);
  assert.strictEqual(w.lastError.message, 'nope');

  // An 'uncaughtException' listener in the worker keeps it going.
  w = new Worker(`
    process.on('uncaughtException', (e) => require('worker_threads').parentPort.postMessage('caught ' + e.message));
    setTimeout(() => { throw new Error('late'); }, 1);
  `, { eval: true });
  r = await run(w);
  assert.strictEqual(r.code, 0);
  assert.deepStrictEqual(r.messages, ['caught late']);

  // Module not found: 'error' with the loader's error.
  w = new Worker(path.join(__dirname, 'fixtures', 'missing.js'));
  r = await run(w);
  assert.strictEqual(r.code, 1);
  assert.strictEqual(w.lastError.code, 'MODULE_NOT_FOUND');

  // Whole-process operations are refused in a worker.
  w = new Worker(`
    const { parentPort } = require('worker_threads');
    const out = [];
    for (const f of [() => process.chdir('/'), () => process.umask(0o22)]) {
      try { f(); out.push('no error'); } catch (e) { out.push([e.name, e.code, e.message]); }
    }
    out.push(typeof process.umask());
    parentPort.postMessage(out);
  `, { eval: true });
  r = await run(w);
  assert.deepStrictEqual(r.messages[0], [
    ['TypeError', 'ERR_WORKER_UNSUPPORTED_OPERATION', 'process.chdir() is not supported in workers'],
    ['TypeError', 'ERR_WORKER_UNSUPPORTED_OPERATION', 'Setting process.umask() is not supported in workers'],
    'number',
  ]);

  // terminate() stops a busy worker; its promise gives 1; a second call gives undefined.
  w = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
  const exited = run(w);
  await new Promise((resolve) => w.once('message', resolve));
  assert.strictEqual(await w.terminate(), 1);
  r = await exited;
  assert.strictEqual(r.code, 1);
  assert.strictEqual(await w.terminate(), undefined);

  // A worker that listens on parentPort stays alive until the port closes.
  w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (m) => { parentPort.postMessage(m * 2); if (m === 3) parentPort.close(); });
  `, { eval: true });
  const doubled = [];
  w.on('message', (m) => doubled.push(m));
  for (const n of [1, 2, 3]) w.postMessage(n);
  r = await run(w);
  assert.strictEqual(r.code, 0);
  assert.deepStrictEqual(doubled, [2, 4, 6]);

  // unref(): the program doesn't wait for the worker.
  w = new Worker('setInterval(() => {}, 1000)', { eval: true });
  w.unref();
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
