'use strict';
// Argument errors of new Worker(), with Node's codes and messages.
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.throws(() => new Worker('worker.js'), {
  name: 'TypeError',
  code: 'ERR_WORKER_PATH',
  message: 'The worker script or module filename must be an absolute path or a relative ' +
    'path starting with \'./\' or \'../\'. Received "worker.js"',
});
assert.throws(() => new Worker('file:///tmp/x.js'), {
  code: 'ERR_WORKER_PATH',
  message: 'The worker script or module filename must be an absolute path or a relative ' +
    'path starting with \'./\' or \'../\'. Wrap file:// URLs with `new URL`. ' +
    'Received "file:///tmp/x.js"',
});
assert.throws(() => new Worker(42), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "filename" argument must be of type string or an instance of URL. ' +
    'Received type number (42)',
});
assert.throws(() => new Worker(new URL('http://example.com/w.js')), {
  name: 'TypeError',
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => new Worker('./x.js', { execArgv: ['--foo', '--no-warnings', '--bar=1'] }), {
  name: 'Error',
  code: 'ERR_WORKER_INVALID_EXEC_ARGV',
  message: 'Initiated Worker with invalid execArgv flags: --foo, --bar=1',
});
assert.throws(() => new Worker('./x.js', { execArgv: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.execArgv" property must be an instance of Array. ' +
    "Received type string ('x')",
});
assert.throws(() => new Worker('./x.js', { env: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.env" property must be of type object or one of undefined, null, ' +
    'or worker_threads.SHARE_ENV. Received type number (1)',
});
assert.throws(() => new Worker('./x.js', { argv: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.argv" property must be an instance of Array. ' +
    "Received type string ('a')",
});
assert.throws(() => new Worker('1', { eval: true, workerData: () => {} }), {
  name: 'DataCloneError',
  message: '() => {} could not be cloned.',
});
assert.throws(() => new Worker('1', { eval: true, transferList: [{}] }), {
  code: 'ERR_INVALID_TRANSFER_OBJECT',
});

// postMessage() with no message throws; an explicit undefined is a message.
{
  const w = new Worker(`require('worker_threads').parentPort.once('message', (m) => {
    require('worker_threads').parentPort.postMessage(m === undefined ? 'got undefined' : 'got ' + m);
  });`, { eval: true });
  assert.throws(() => w.postMessage(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'Not enough arguments to MessagePort.postMessage',
  });
  w.postMessage(undefined);
  w.once('message', (m) => {
    assert.strictEqual(m, 'got undefined');
    w.terminate();
    console.log('ok');
  });
}
