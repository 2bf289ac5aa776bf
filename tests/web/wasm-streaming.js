'use strict';
// WebAssembly.compileStreaming/instantiateStreaming over a Response, with Node's checks on
// the source; nested reentrancy across two instances and an exception through nested wasm.
const assert = require('assert');

// (module (import "env" "f" (func (param i32) (result i32)))
//         (func (export "twice") (param i32) (result i32) local.get 0 call 0 local.get 0 call 0 i32.add))
const bytes = new Uint8Array([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  1, 6, 1, 0x60, 1, 0x7f, 1, 0x7f,
  2, 9, 1, 3, 0x65, 0x6e, 0x76, 1, 0x66, 0, 0,
  3, 2, 1, 0,
  7, 9, 1, 5, 0x74, 0x77, 0x69, 0x63, 0x65, 0, 1,
  10, 13, 1, 11, 0, 0x20, 0, 0x10, 0, 0x20, 0, 0x10, 0, 0x6a, 0x0b,
]);
const wasmResponse = () => new Response(bytes, { headers: { 'content-type': 'application/wasm' } });

let done = false;
process.on('exit', (code) => {
  if (code === 0) assert.ok(done, 'the async checks did not finish');
});

(async () => {
  const m = await WebAssembly.compileStreaming(wasmResponse());
  assert.ok(m instanceof WebAssembly.Module);
  assert.deepStrictEqual(WebAssembly.Module.exports(m), [{ name: 'twice', kind: 'function' }]);
  const { module, instance } = await WebAssembly.instantiateStreaming(
    Promise.resolve(wasmResponse()), { env: { f: (x) => x * 10 } });
  assert.ok(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.twice(2), 40);

  await assert.rejects(WebAssembly.compileStreaming(5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  await assert.rejects(WebAssembly.compileStreaming(new Response(bytes)), {
    name: 'TypeError', code: 'ERR_WEBASSEMBLY_RESPONSE',
    message: "WebAssembly response has unsupported MIME type 'null'",
  });
  await assert.rejects(WebAssembly.compileStreaming(new Response(bytes, {
    status: 404, headers: { 'content-type': 'application/wasm' },
  })), { code: 'ERR_WEBASSEMBLY_RESPONSE', message: 'WebAssembly response has status code 404' });
  await assert.rejects(WebAssembly.compileStreaming(new Response(new Uint8Array([1, 2]), {
    headers: { 'content-type': 'application/wasm' },
  })), WebAssembly.CompileError);

  // Two instances calling each other through JS imports, three levels deep.
  let b;
  const a = new WebAssembly.Instance(m, { env: { f: (x) => (x > 100 ? x : b.exports.twice(x * 3)) } });
  b = new WebAssembly.Instance(m, { env: { f: (x) => a.exports.twice(x + 1) } });
  // b.twice(1) = 2 * f_b(1) = 2 * a.twice(2) = 2 * 2 * f_a(2) = 4 * b.twice(6) = ...
  const expected = (() => {
    const fa = (x) => (x > 100 ? x : twiceB(x * 3));
    const fb = (x) => twiceA(x + 1);
    const twiceA = (x) => 2 * fa(x);
    const twiceB = (x) => 2 * fb(x);
    return twiceB(1);
  })();
  assert.strictEqual(b.exports.twice(1), expected);

  // An exception thrown deep inside nested wasm -> JS -> wasm frames comes out unchanged,
  // and can be caught halfway.
  const err = new RangeError('deep');
  let depth = 0;
  const c = new WebAssembly.Instance(m, {
    env: {
      f: (x) => {
        depth++;
        if (x === 0) throw err;
        return c.exports.twice(x - 1);
      },
    },
  });
  assert.throws(() => c.exports.twice(3), (e) => e === err);
  let inner;
  const d = new WebAssembly.Instance(m, {
    env: {
      f: (x) => {
        try {
          return c.exports.twice(x);
        } catch (e) {
          inner = e;
          return 7;
        }
      },
    },
  });
  assert.strictEqual(d.exports.twice(1), 14);
  assert.strictEqual(inner, err);
  assert.ok(depth > 3);
  done = true;
})();
