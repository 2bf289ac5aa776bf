'use strict';
// Loading failures of native addons: missing file, not a shared object, a shared object
// without a Node-API registration.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const addon = require('./_addon');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-napi-errors-'));
try {
  // process.dlopen of a missing path: the dlerror text is the whole message.
  const missing = path.join(dir, 'missing.node');
  assert.throws(() => process.dlopen({ exports: {} }, missing), (e) => {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
    assert.strictEqual(e.message, `${missing}: cannot open shared object file: No such file or directory`);
    assert.deepStrictEqual(Object.keys(e), ['code']);
    return true;
  });
  // require() of a missing .node path fails in resolution, before dlopen.
  assert.throws(() => require(missing), (e) => {
    assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
    assert.ok(e.message.startsWith(`Cannot find module '${missing}'`));
    return true;
  });

  // Not a shared object: the loader's message, prefixed by the path.
  const short = path.join(dir, 'short.node');
  fs.writeFileSync(short, 'hello');
  assert.throws(() => require(short), (e) => {
    assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
    assert.strictEqual(e.message, `${short}: file too short`);
    return true;
  });
  const text = path.join(dir, 'text.node');
  fs.writeFileSync(text, 'this is not an ELF file, just some text\n'.repeat(20));
  assert.throws(() => require(text), (e) => {
    assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
    assert.strictEqual(e.message, `${text}: invalid ELF header`);
    return true;
  });
  assert.throws(() => process.dlopen({ exports: {} }, dir), (e) => {
    assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
    assert.strictEqual(e.message, `${dir}: cannot read file data: Is a directory`);
    return true;
  });

  // A real shared object without napi_register_module_v1 / napi_module_register.
  const noreg = addon.path('no_register');
  assert.throws(() => require(noreg), (e) => {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, 'ERR_DLOPEN_FAILED');
    assert.strictEqual(e.message, `Module did not self-register: '${noreg}'.`);
    return true;
  });
  // A failed load leaves no cache entry: it fails the same way again.
  assert.strictEqual(require.cache[noreg], undefined);
  assert.throws(() => require(noreg), { code: 'ERR_DLOPEN_FAILED' });

  // A module object without an exports object: a TypeError (V8: "Cannot convert undefined
  // or null to object").
  assert.throws(() => process.dlopen({}, addon.path('misc')), TypeError);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
