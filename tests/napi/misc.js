'use strict';
// Node-API misc: napi_get_version, napi_get_node_version, node_api_get_module_file_name,
// napi_run_script, napi_adjust_external_memory, env cleanup hooks (output in misc.out),
// process.dlopen and per-load module init, napi_module_register, an init returning a
// non-exports value.
const assert = require('assert');
const { pathToFileURL } = require('url');
const addon = require('./_addon');
const a = addon.load('misc');
const file = addon.path('misc');

const ok = 0, string_expected = 3, generic_failure = 9;

assert.ok(a.version() >= 8);
assert.strictEqual(a.version(), Number(process.versions.napi));
const v = a.nodeVersion();
assert.deepStrictEqual({ ...v }, {
  major: Number(process.versions.node.split('.')[0]),
  minor: Number(process.versions.node.split('.')[1]),
  patch: Number(process.versions.node.split('.')[2]),
  release: process.release.name,
});
assert.strictEqual(a.fileName(), pathToFileURL(file).href);
assert.match(a.fileName(), /^file:\/\/\/.*\.node$/);

// --- napi_run_script: [status, result or exception] ---
assert.deepStrictEqual(a.runScript('1 + 2'), [ok, 3]);
assert.deepStrictEqual(a.runScript('this === globalThis'), [ok, true]);
assert.deepStrictEqual(a.runScript('var napiScriptVar = 5; napiScriptVar * 2'), [ok, 10]);
assert.strictEqual(globalThis.napiScriptVar, 5); // global scope, sloppy script
assert.deepStrictEqual(a.runScript('typeof require'), [ok, 'undefined']); // not a module wrapper
assert.deepStrictEqual(a.runScript(5), [string_expected, undefined]);
{
  const [st, e] = a.runScript('throw new TypeError("t")');
  assert.strictEqual(st, generic_failure);
  assert.ok(e instanceof TypeError);
  assert.strictEqual(e.message, 't');
  const [st2, e2] = a.runScript('((');
  assert.strictEqual(st2, generic_failure);
  assert.ok(e2 instanceof SyntaxError);
}

// --- napi_adjust_external_memory: the running total moves by the change ---
{
  const [s1, before] = a.adjust(0);
  const [s2, up] = a.adjust(1024 * 1024);
  const [s3, down] = a.adjust(-1024 * 1024);
  assert.deepStrictEqual([s1, s2, s3], [ok, ok, ok]);
  assert.strictEqual(up - before, 1024 * 1024);
  assert.strictEqual(down, before);
  assert.ok(before >= 0);
}

// --- loading: require caches, process.dlopen runs init again for each module object ---
assert.strictEqual(a.initCount(), 1);
assert.strictEqual(require(file), a);
assert.strictEqual(a.initCount(), 1);
const m = { exports: {} };
process.dlopen(m, file);
assert.strictEqual(a.initCount(), 2); // same shared object, init ran again
assert.strictEqual(m.exports.initCount(), 2);
assert.notStrictEqual(m.exports, a);
assert.notStrictEqual(m.exports.token, a.token);
assert.strictEqual(typeof m.exports.version, 'function');
// dlopen fills the module's existing exports object.
const pre = {};
const m2 = { exports: pre };
process.dlopen(m2, file);
assert.strictEqual(m2.exports, pre);
assert.strictEqual(typeof pre.runScript, 'function');
assert.strictEqual(a.initCount(), 3);

// An init that returns another value replaces module.exports.
const replaced = addon.load('replace_exports');
assert.strictEqual(typeof replaced, 'function');
assert.strictEqual(replaced(), 42);
assert.strictEqual(replaced.name, 'answer');

// Old-style registration with napi_module_register.
const legacy = addon.load('legacy');
assert.strictEqual(legacy.hello(), 'legacy hello');

// --- env cleanup hooks run at exit, after 'exit' listeners, most recent first ---
a.addHook('first');
const second = a.addHook('second');
a.addHook('third');
assert.strictEqual(a.removeHook(second), ok);
process.on('exit', () => console.log('exit event'));
console.log('main done');
