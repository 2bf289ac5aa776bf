'use strict';
// util.debuglog without NODE_DEBUG naming the section: the logger's shape, `enabled`,
// the callback, and that nothing is written. (util-debuglog-env.js covers NODE_DEBUG.)
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.debug, util.debuglog);

const section = 'rode_test_section_not_enabled';
if (process.env.NODE_DEBUG) {
  console.log('debuglog ok (NODE_DEBUG set: skipped)');
  return;
}

const writes = [];
const realWrite = process.stderr.write;
process.stderr.write = function (chunk, ...rest) {
  writes.push(String(chunk));
  return realWrite.call(this, chunk, ...rest);
};

const log = util.debuglog(section);
assert.strictEqual(typeof log, 'function');
const desc = Object.getOwnPropertyDescriptor(log, 'enabled');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(log.enabled, false);
assert.strictEqual(log('message %s', 'x'), undefined);
log({ an: 'object' }, 1, 2, 3);

// The callback gets the real logger the first time something is logged.
let callbackArg;
let callbackCalls = 0;
const withCallback = util.debuglog(`${section}_2`, (impl) => {
  callbackCalls++;
  callbackArg = impl;
});
assert.strictEqual(callbackCalls, 0);
assert.strictEqual(withCallback.enabled, false);
assert.strictEqual(callbackCalls, 0); // reading `enabled` does not call it
withCallback('first');
withCallback('second');
assert.strictEqual(callbackCalls, 1);
assert.strictEqual(typeof callbackArg, 'function');
assert.strictEqual(callbackArg('direct'), undefined);

// Section names are not validated until used; anything with toUpperCase-able text works.
assert.strictEqual(util.debuglog(12345).enabled, false);

process.stderr.write = realWrite;
assert.deepStrictEqual(writes, []);
console.log('debuglog ok');
