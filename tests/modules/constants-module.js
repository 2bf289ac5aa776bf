'use strict';
// node:constants (deprecated in the docs, still required by fs-extra and graceful-fs): os's
// dlopen, errno, priority and signal constants, then fs's and crypto's, frozen.
const assert = require('assert');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
const constants = require('constants');

assert.strictEqual(require('node:constants'), constants);
assert.ok(Object.isFrozen(constants));
const expected = {};
for (const group of [os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals,
  fs.constants, crypto.constants]) {
  for (const key of Object.keys(group)) {
    if (key !== 'defaultCipherList') expected[key] = group[key];
  }
}
// defaultCipherList: absent from Node 22 on; Node 20 copies it only if node:crypto loaded first.
const { defaultCipherList, ...rest } = constants;
assert.ok(defaultCipherList === undefined || defaultCipherList === crypto.constants.defaultCipherList);
assert.deepStrictEqual(Object.keys(rest), Object.keys(expected));
assert.deepStrictEqual(rest, expected);
assert.strictEqual(constants.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.SIGTERM, 15);
assert.strictEqual(constants.O_RDONLY, fs.constants.O_RDONLY);
