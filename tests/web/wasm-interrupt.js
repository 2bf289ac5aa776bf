'use strict';
// An endless WebAssembly loop ends like an endless JS one: a node:vm `timeout` throws
// ERR_SCRIPT_EXECUTION_TIMEOUT, and `worker.terminate()` stops a worker spinning in wasm.
const assert = require('assert');
const vm = require('vm');
const { Worker } = require('worker_threads');

// (module (func (export "spin") (loop (br 0))))
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
  0x03, 0x02, 0x01, 0x00,
  0x07, 0x08, 0x01, 0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x00,
  0x0a, 0x09, 0x01, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b,
]);
const { spin } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;

const t0 = Date.now();
assert.throws(() => vm.runInNewContext('spin()', { spin }, { timeout: 100 }), {
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: 'Script execution timed out after 100ms',
});
assert.ok(Date.now() - t0 < 5000);

// The timed-out run leaves the instance usable: a guarded run times out again.
assert.throws(() => vm.runInNewContext('spin()', { spin }, { timeout: 50 }), {
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
});

let exited = false;
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const bytes = new Uint8Array(${JSON.stringify(Array.from(bytes))});
  const { spin } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
  parentPort.postMessage('spinning');
  spin();
`, { eval: true });
w.once('message', (m) => {
  assert.strictEqual(m, 'spinning');
  setTimeout(() => w.terminate(), 50);
});
w.on('exit', (code) => {
  assert.strictEqual(code, 1);
  exited = true;
});
process.on('exit', () => assert.ok(exited, 'the spinning worker ended'));
