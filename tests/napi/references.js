'use strict';
// Node-API references and handle scopes. The weak-reference part re-runs this file with
// --expose-gc.
const assert = require('assert');
const a = require('./_addon').load('references');

const ok = 0, invalid_arg = 1, generic_failure = 9, escape_called_twice = 12,
  handle_scope_mismatch = 13;

if (process.argv[2] === 'gc-child') {
  gcChild();
} else {
  main();
}

function main() {
  // --- counts ---
  const o = { k: 1 };
  const [st, slot] = a.createRef(o, 1);
  assert.strictEqual(st, ok);
  assert.deepStrictEqual(a.getRefValue(slot), [ok, o]);
  assert.deepStrictEqual(a.refRef(slot), [ok, 2]);
  assert.deepStrictEqual(a.refRef(slot), [ok, 3]);
  assert.deepStrictEqual(a.refUnref(slot), [ok, 2]);
  assert.deepStrictEqual(a.refUnref(slot), [ok, 1]);
  assert.deepStrictEqual(a.refUnref(slot), [ok, 0]);
  // Unref below zero fails and leaves the out-param alone.
  assert.deepStrictEqual(a.refUnref(slot), [generic_failure, 999]);
  // Weak but the object is alive: the value is still there.
  assert.deepStrictEqual(a.getRefValue(slot), [ok, o]);
  assert.deepStrictEqual(a.refRef(slot), [ok, 1]);
  assert.strictEqual(a.deleteRef(slot), ok);

  // --- what can be referenced (Node-API 9: objects, functions, symbols only) ---
  assert.deepStrictEqual(a.createRef(5, 1), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.createRef('s', 0), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.createRef(null, 1), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.createRef(undefined, 1), [invalid_arg, undefined]);
  const sym = Symbol('x');
  const [sst, sslot] = a.createRef(sym, 1);
  assert.strictEqual(sst, ok);
  assert.deepStrictEqual(a.getRefValue(sslot), [ok, sym]);
  assert.strictEqual(a.deleteRef(sslot), ok);
  const fn = () => 1;
  const [fst, fslot] = a.createRef(fn, 0);
  assert.strictEqual(fst, ok);
  assert.deepStrictEqual(a.getRefValue(fslot), [ok, fn]);
  assert.strictEqual(a.deleteRef(fslot), ok);

  // --- handle scopes ---
  assert.strictEqual(a.scopeLoop(1000), 499500);
  assert.deepStrictEqual({ ...a.scopeStatuses() }, {
    close: ok,
    closeAgain: handle_scope_mismatch, // no scope open any more
    closeEscapable: ok,
    closeEscapableAgain: handle_scope_mismatch,
    openNullResult: invalid_arg,
  });
  const e = a.escape();
  assert.strictEqual(e.escape, ok);
  assert.strictEqual(e.escapeAgain, escape_called_twice);
  assert.strictEqual(e.secondResultSet, false);
  assert.deepStrictEqual(e.value, { tag: 'made inside' });

  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'gc-child'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  assert.strictEqual(out, 'gc-child ok\n');
}

function gcChild() {
  assert.strictEqual(typeof globalThis.gc, 'function');
  let strongObj = { strong: true };
  const weak = a.createRef({ weak: true }, 0)[1];
  const strong = a.createRef(strongObj, 1)[1];
  strongObj = null;
  let turns = 0;
  (function again() {
    globalThis.gc();
    const [st, v] = a.getRefValue(weak);
    assert.strictEqual(st, ok);
    if (v !== 'collected' && ++turns < 20) {
      setImmediate(again);
      return;
    }
    // A weak (count 0) reference yields NULL once its target is collected...
    assert.strictEqual(v, 'collected');
    // ...a strong one keeps its target alive.
    assert.deepStrictEqual(a.getRefValue(strong), [ok, { strong: true }]);
    // Making it weak and collecting: gone too.
    assert.deepStrictEqual(a.refUnref(strong), [ok, 0]);
    let t2 = 0;
    (function again2() {
      globalThis.gc();
      const [, v2] = a.getRefValue(strong);
      if (v2 !== 'collected' && ++t2 < 20) {
        setImmediate(again2);
        return;
      }
      assert.strictEqual(v2, 'collected');
      // Ref on a reference whose target is gone succeeds but reports a count of 0.
      assert.deepStrictEqual(a.refRef(strong), [ok, 0]);
      assert.deepStrictEqual(a.getRefValue(strong), [ok, 'collected']);
      assert.strictEqual(a.deleteRef(strong), ok);
      assert.strictEqual(a.deleteRef(weak), ok);
      console.log('gc-child ok');
    })();
  })();
}
