'use strict';
// Node error messages as other core modules throw them (Buffer, path, util,
// timers, child_process, net, process), and how util.inspect prints them.
const assert = require('assert');
const util = require('util');
const path = require('path');

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

const cases = [
  [() => Buffer.from(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array ' +
   'or an Array-like Object. Received type number (5)'],
  [() => path.join(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "path" argument must be of type string. Received type number (5)'],
  [() => util.promisify(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "original" argument must be of type function. Received type number (5)'],
  [() => util.inherits(function() {}, null), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "superCtor" argument must be of type function. Received null'],
  [() => setTimeout('x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "callback" argument must be of type function. Received type string (\'x\')'],
  [() => Buffer.alloc(8).writeBigInt64LE(2n ** 64n), 'RangeError', 'ERR_OUT_OF_RANGE',
   'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
   'Received 18_446_744_073_709_551_616n'],
  [() => Buffer.alloc(4).readUInt32LE(1), 'RangeError', 'ERR_OUT_OF_RANGE',
   'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1'],
  [() => Buffer.alloc(4).readUInt32LE(1.5), 'RangeError', 'ERR_OUT_OF_RANGE',
   'The value of "offset" is out of range. It must be an integer. Received 1.5'],
  [() => Buffer.from('abc', 'nope'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: nope'],
  [() => require('child_process').spawn('x', { stdio: 'bad' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
   "The argument 'stdio' is invalid. Received 'bad'"],
  [() => process.kill(process.pid, 'SIGFOO'), 'TypeError', 'ERR_UNKNOWN_SIGNAL',
   'Unknown signal: SIGFOO'],
  [() => require('net').connect({ port: 70000 }), 'RangeError', 'ERR_SOCKET_BAD_PORT',
   'Port should be >= 0 and < 65536. Received type number (70000).'],
  [() => require('net').createServer().listen({ port: 'abc' }), 'RangeError', 'ERR_SOCKET_BAD_PORT',
   "options.port should be >= 0 and < 65536. Received type string ('abc')."],
];

for (const [fn, name, code, message] of cases) {
  const err = thrown(fn);
  assert.strictEqual(err.name, name, message);
  assert.strictEqual(err.code, code, message);
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.toString(), `${name} [${code}]: ${message}`);
  assert.strictEqual(err.stack.split('\n')[0], `${name} [${code}]: ${message}`);
  // util.inspect: the stack, then the own enumerable properties.
  const printed = util.inspect(err);
  assert.ok(printed.startsWith(`${name} [${code}]: ${message}\n    at `), printed);
  assert.ok(printed.endsWith(` {\n  code: '${code}'\n}`), printed);
}

// Extra properties set by the error show up in util.inspect.
{
  const fn = util.callbackify(() => Promise.reject(0));
  fn((err) => {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.reason, 0);
    assert.deepStrictEqual(Object.keys(err), ['code', 'reason']);
    assert.ok(util.inspect(err).endsWith(" {\n  code: 'ERR_FALSY_VALUE_REJECTION',\n  reason: 0\n}"));
    console.log('ok');
  });
}
