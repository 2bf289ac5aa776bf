'use strict';
// navigator (node 21+): absent on node 20, and when present exactly node 22's values.
const assert = require('assert');
const os = require('os');

if (typeof navigator === 'undefined') {
  assert.strictEqual(typeof Navigator, 'undefined');
  assert.strictEqual('navigator' in globalThis, false);
} else {
  const major = process.version.slice(1).split('.')[0];
  assert.strictEqual(navigator.userAgent, `Node.js/${major}`);
  const arch = { x64: 'x86_64', ia32: 'i686' }[process.arch] || process.arch;
  assert.strictEqual(navigator.platform, process.platform === 'linux' ? `Linux ${arch}` : navigator.platform);
  assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
  assert.strictEqual(navigator.language, new Intl.DateTimeFormat().resolvedOptions().locale);
  assert.deepStrictEqual(navigator.languages, [navigator.language]);
  assert.ok(Object.isFrozen(navigator.languages));
  assert.strictEqual(navigator.languages, navigator.languages);
  assert.strictEqual(Object.prototype.toString.call(navigator), '[object Navigator]');
  assert.ok(navigator instanceof Navigator);
  assert.throws(() => new Navigator(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
  assert.deepStrictEqual(Object.keys(Object.getOwnPropertyDescriptors(Navigator.prototype)),
    ['constructor', 'hardwareConcurrency', 'language', 'languages', 'platform', 'userAgent']);
  assert.strictEqual(Object.getOwnPropertyDescriptor(Navigator.prototype, 'language').enumerable, true);
}
