'use strict';
// The WebAssembly global: compile/validate/instantiate, value conversions, memory aliasing and
// detaching, reentrant imports, traps, reflection, Global and Table. Modules are built from
// bytes here (no .wasm tooling).
const assert = require('assert');

// --- a tiny binary-format writer ---
const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, FUNCREF = 0x70, EXTERNREF = 0x6f;
function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}
function sleb(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}
const str = (s) => { const b = [...Buffer.from(s)]; return [...leb(b.length), ...b]; };
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const limits = (min, max) => (max === undefined ? [0, ...leb(min)] : [1, ...leb(min), ...leb(max)]);
function wasmModule({ types = [], imports = [], funcs = [], table, memory, globals = [],
  exports = [], elem, data, custom = [] }) {
  const bytes = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
  for (const c of custom) bytes.push(...section(0, [...str(c.name), ...c.bytes]));
  bytes.push(...section(1, vec(types.map(([p, r]) => [0x60, ...vec(p), ...vec(r)]))));
  if (imports.length) bytes.push(...section(2, vec(imports.map(([m, n, desc]) => [...str(m), ...str(n), ...desc]))));
  bytes.push(...section(3, vec(funcs.map((f) => leb(f.type)))));
  if (table) bytes.push(...section(4, vec([[table.elem, ...limits(table.min, table.max)]])));
  if (memory) bytes.push(...section(5, vec([limits(memory.min, memory.max)])));
  if (globals.length) bytes.push(...section(6, vec(globals.map((g) => [g.type, g.mut ? 1 : 0, ...g.init, 0x0b]))));
  bytes.push(...section(7, vec(exports.map(([name, kind, idx]) => [...str(name), kind, ...leb(idx)]))));
  if (elem) bytes.push(...section(9, vec([[0, 0x41, ...sleb(elem.offset), 0x0b, ...vec(elem.funcs.map(leb))]])));
  bytes.push(...section(10, vec(funcs.map((f) => {
    const body = [...vec(f.locals || []), ...f.code, 0x0b];
    return [...leb(body.length), ...body];
  }))));
  if (data) bytes.push(...section(11, vec([[0, 0x41, ...sleb(data.offset), 0x0b, ...vec(data.bytes)]])));
  return new Uint8Array(bytes);
}
const FUNC = 0, TABLE = 1, MEM = 2, GLOBAL = 3;

// Types: 0 (i32,i32)->i32, 1 (i64,i64)->i64, 2 (f32)->f32, 3 (i32)->(i32,i32), 4 ()->i32,
// 5 (i32)->i32, 6 ()->()
const types = [[[I32, I32], [I32]], [[I64, I64], [I64]], [[F32], [F32]], [[I32], [I32, I32]],
  [[], [I32]], [[I32], [I32]], [[], []]];
// Imports: func 0 env.cb (i32)->i32, func 1 env.thrower ()->(), global 0 env.gi i32.
// Functions from index 2.
const moduleParts = {
  types,
  imports: [['env', 'cb', [FUNC, 5]], ['env', 'thrower', [FUNC, 6]], ['env', 'gi', [GLOBAL, I32, 0]]],
  funcs: [
    { type: 0, code: [0x20, 0, 0x20, 1, 0x6a] }, // 2 add
    { type: 1, code: [0x20, 0, 0x20, 1, 0x7c] }, // 3 add64
    { type: 2, code: [0x20, 0] }, // 4 f32id
    { type: 3, code: [0x20, 0, 0x41, 1, 0x6a, 0x20, 0] }, // 5 swap: (x+1, x)
    { type: 5, code: [0x20, 0, 0x10, 0, 0x41, 1, 0x6a] }, // 6 callcb: cb(x)+1
    { type: 6, code: [0x10, 1] }, // 7 callthrow
    { type: 6, code: [0x00] }, // 8 trap: unreachable
    { type: 0, code: [0x20, 0, 0x20, 1, 0x6d] }, // 9 div_s
    { type: 5, code: [0x20, 0, 0x28, 2, 0] }, // 10 load
    { type: 5, code: [0x20, 0, 0x40, 0] }, // 11 grow
    { type: 4, code: [0x3f, 0] }, // 12 size
    { type: 5, code: [0x20, 0, 0x11, 4, 0] }, // 13 callind: table[x]() as ()->i32
    { type: 6, code: [0x10, 14] }, // 14 recurse forever
    { type: 4, code: [0x41, 42] }, // 15 const42
    { type: 4, code: [0x23, 0, 0x23, 1, 0x6a] }, // 16 globals: gi + g
    { type: 5, code: [0x20, 0, 0x40, 0, 0x1a, 0x20, 0, 0x10, 0] }, // 17 growcb: grow x, cb(x)
  ],
  table: { elem: FUNCREF, min: 2 },
  memory: { min: 1, max: 10 },
  globals: [{ type: I32, mut: true, init: [0x41, 7] }],
  exports: [['add', FUNC, 2], ['add64', FUNC, 3], ['f32id', FUNC, 4], ['swap', FUNC, 5],
    ['callcb', FUNC, 6], ['callthrow', FUNC, 7], ['trap', FUNC, 8], ['div', FUNC, 9],
    ['load', FUNC, 10], ['grow', FUNC, 11], ['size', FUNC, 12], ['callind', FUNC, 13],
    ['recurse', FUNC, 14], ['globals', FUNC, 16], ['growcb', FUNC, 17], ['add2', FUNC, 2],
    ['mem', MEM, 0], ['tbl', TABLE, 0], ['g', GLOBAL, 1]],
  elem: { offset: 0, funcs: [15] },
  data: { offset: 0, bytes: [1, 2, 3, 4] },
  custom: [{ name: 'meta', bytes: [9, 8] }, { name: 'other', bytes: [1] }, { name: 'meta', bytes: [7] }],
};
const goodBytes = wasmModule(moduleParts);
// Not valid: an f32 operator (i32.trunc_f32_s) on an i32.
const badBytes = wasmModule({ ...moduleParts, funcs: [...moduleParts.funcs, { type: 5, code: [0x20, 0, 0xa8] }] });

const checkpoints = new Set();
const reached = (name) => checkpoints.add(name);
process.on('exit', (code) => {
  if (code !== 0) return;
  const want = ['sync', 'memory', 'reentrant', 'traps', 'reflection', 'global', 'table', 'errors', 'async'];
  for (const w of want) assert.ok(checkpoints.has(w), `checkpoint ${w} not reached`);
});

// --- the namespace ---
assert.strictEqual(typeof WebAssembly, 'object');
const desc = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly');
assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [true, false, true]);
assert.strictEqual(Object.prototype.toString.call(WebAssembly), '[object WebAssembly]');
for (const C of ['CompileError', 'LinkError', 'RuntimeError']) {
  const e = new WebAssembly[C]('m');
  assert.ok(e instanceof Error);
  assert.strictEqual(e.name, C);
  assert.strictEqual(e.message, 'm');
}

// --- validate, sync compile and instantiate ---
assert.strictEqual(WebAssembly.validate(badBytes), false);
assert.strictEqual(WebAssembly.validate(goodBytes), true);
assert.strictEqual(WebAssembly.validate(goodBytes.buffer), true);
assert.strictEqual(WebAssembly.validate(new Uint8Array([0, 0x61, 0x73, 0x6d])), false);
assert.throws(() => WebAssembly.validate(5), TypeError);

const mod = new WebAssembly.Module(goodBytes);
assert.strictEqual(Object.prototype.toString.call(mod), '[object WebAssembly.Module]');
const calls = [];
let inst;
const env = {
  cb(x) {
    calls.push(x);
    // Reentrancy: call back into another export and read memory meanwhile.
    const viaAdd = inst.exports.add(x, 100);
    const view = new Uint8Array(inst.exports.mem.buffer);
    return viaAdd + view[0];
  },
  thrower() {
    throw new Error('from import');
  },
  gi: 35,
};
inst = new WebAssembly.Instance(mod, { env });
const ex = inst.exports;
assert.strictEqual(Object.getPrototypeOf(ex), null);
assert.ok(Object.isFrozen(ex));
assert.strictEqual(Object.prototype.toString.call(inst), '[object WebAssembly.Instance]');

// add(i32, i32): ToInt32 on the arguments, name is the function index, length the params.
assert.strictEqual(typeof ex.add, 'function');
assert.strictEqual(ex.add.name, '2');
assert.strictEqual(ex.add.length, 2);
assert.strictEqual(ex.add(2, 3), 5);
assert.strictEqual(ex.add(2 ** 32 + 1, '2'), 3);
assert.strictEqual(ex.add(0x7fffffff, 1), -0x80000000);
assert.strictEqual(ex.add(), 0);
assert.strictEqual(ex.add2, ex.add);
// i64 <-> BigInt
assert.strictEqual(ex.add64(1n, 2n), 3n);
assert.strictEqual(ex.add64(2n ** 63n - 1n, 1n), -(2n ** 63n));
assert.strictEqual(ex.add64(2n ** 64n + 5n, true), 6n);
assert.throws(() => ex.add64(1, 2), { name: 'TypeError', message: 'Cannot convert 1 to a BigInt' });
// f32 rounding
assert.strictEqual(ex.f32id(1.1), Math.fround(1.1));
assert.ok(Number.isNaN(ex.f32id(undefined)));
// multi-value
assert.deepStrictEqual(ex.swap(5), [6, 5]);
assert.ok(Array.isArray(ex.swap(1)));
// globals: imported number + defined mutable global
assert.strictEqual(ex.globals(), 42);
reached('sync');

// --- memory ---
const mem = ex.mem;
assert.ok(mem instanceof WebAssembly.Memory);
assert.strictEqual(Object.prototype.toString.call(mem), '[object WebAssembly.Memory]');
const buf1 = mem.buffer;
assert.ok(buf1 instanceof ArrayBuffer);
assert.strictEqual(buf1.byteLength, 65536);
assert.strictEqual(mem.buffer, buf1);
assert.deepStrictEqual([...new Uint8Array(buf1, 0, 5)], [1, 2, 3, 4, 0]);
assert.strictEqual(ex.load(0), 0x04030201);
// Written from JS, read by wasm (the buffer aliases linear memory).
new DataView(buf1).setUint32(100, 0xdeadbeef, true);
assert.strictEqual(ex.load(100), 0xdeadbeef | 0);
// grow from JS: old page count, old buffer detached, new one bigger with the same bytes.
const view1 = new Uint8Array(buf1);
assert.strictEqual(mem.grow(1), 1);
assert.strictEqual(buf1.byteLength, 0);
assert.strictEqual(view1.length, 0);
const buf2 = mem.buffer;
assert.notStrictEqual(buf2, buf1);
assert.strictEqual(buf2.byteLength, 2 * 65536);
assert.strictEqual(new Uint8Array(buf2)[0], 1);
assert.strictEqual(ex.size(), 2);
// grow inside wasm (memory.grow): the JS buffer is detached, the new size is seen.
assert.strictEqual(ex.grow(3), 2);
assert.strictEqual(buf2.byteLength, 0);
assert.strictEqual(mem.buffer.byteLength, 5 * 65536);
assert.strictEqual(new Uint8Array(mem.buffer)[3], 4);
assert.strictEqual(ex.grow(100), -1); // above the maximum: wasm gets -1
assert.throws(() => mem.grow(100), RangeError);
// A memory made in JS and imported into another module, then re-exported (same object).
const jsMem = new WebAssembly.Memory({ initial: 1, maximum: 3 });
assert.strictEqual(jsMem.buffer.byteLength, 65536);
const memModule = new WebAssembly.Module(wasmModule({
  types: [[[I32, I32], []], [[I32, I32], [I32]]],
  imports: [['env', 'mem', [MEM, ...limits(1)]], ['env', 'add', [FUNC, 1]]],
  funcs: [{ type: 0, code: [0x20, 0, 0x20, 1, 0x36, 2, 0] }], // store32(addr, value)
  exports: [['store', FUNC, 1], ['mem', MEM, 0], ['add', FUNC, 0]],
}));
const inst2 = new WebAssembly.Instance(memModule, { env: { mem: jsMem, add: ex.add } });
assert.strictEqual(inst2.exports.mem, jsMem);
assert.strictEqual(inst2.exports.add, ex.add); // a re-exported wasm function keeps its identity
inst2.exports.store(8, 0x01020304);
assert.strictEqual(new DataView(jsMem.buffer).getUint32(8, true), 0x01020304);
reached('memory');

// --- JS imports: reentrancy and exceptions ---
assert.strictEqual(ex.callcb(5), 5 + 100 + 1 + 1); // cb(5) = add(5,100) + mem[0] (1); +1
assert.deepStrictEqual(calls, [5]);
const thrown = assert.throws(() => ex.callthrow(), { message: 'from import' });
let caught;
try {
  ex.callthrow();
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof Error && !(caught instanceof WebAssembly.RuntimeError));
void thrown;
// An import that grows memory through another export and then reads the buffer.
{
  let seen;
  const m2 = new WebAssembly.Instance(mod, {
    env: {
      cb(x) {
        const before = m2.exports.mem.buffer;
        m2.exports.grow(1);
        seen = [before.byteLength, m2.exports.mem.buffer.byteLength];
        return x;
      },
      thrower() {},
      gi: 0,
    },
  });
  assert.strictEqual(m2.exports.callcb(1), 2);
  assert.deepStrictEqual(seen, [0, 2 * 65536]);
}
// wasm grows its memory, then calls an import: the import already sees the old buffer
// detached and the new size.
{
  let seen;
  let view;
  const m3 = new WebAssembly.Instance(mod, {
    env: {
      cb(x) {
        seen = [view.length, m3.exports.mem.buffer.byteLength];
        return x;
      },
      thrower() {},
      gi: 0,
    },
  });
  view = new Uint8Array(m3.exports.mem.buffer);
  assert.strictEqual(view.length, 65536);
  assert.strictEqual(m3.exports.growcb(2), 2);
  assert.deepStrictEqual(seen, [0, 3 * 65536]);
}
reached('reentrant');

// --- traps ---
const trap = (fn, message, type = WebAssembly.RuntimeError) => {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof type, `${e} is not a ${type.name}`);
    assert.strictEqual(e.message, message);
    return true;
  });
};
trap(() => ex.trap(), 'unreachable');
trap(() => ex.div(1, 0), 'divide by zero');
trap(() => ex.div(-0x80000000, -1), 'divide result unrepresentable');
trap(() => ex.load(5 * 65536), 'memory access out of bounds');
trap(() => ex.callind(1), 'null function or function signature mismatch');
trap(() => ex.callind(7), 'table index is out of bounds');
trap(() => ex.recurse(), 'Maximum call stack size exceeded', RangeError);
assert.strictEqual(ex.callind(0), 42);
// Still usable after traps.
assert.strictEqual(ex.add(1, 1), 2);
reached('traps');

// --- reflection ---
assert.deepStrictEqual(WebAssembly.Module.imports(mod), [
  { module: 'env', name: 'cb', kind: 'function' },
  { module: 'env', name: 'thrower', kind: 'function' },
  { module: 'env', name: 'gi', kind: 'global' },
]);
const exps = WebAssembly.Module.exports(mod);
assert.strictEqual(exps.length, 19);
assert.deepStrictEqual(exps[0], { name: 'add', kind: 'function' });
assert.deepStrictEqual(exps.slice(-3), [
  { name: 'mem', kind: 'memory' }, { name: 'tbl', kind: 'table' }, { name: 'g', kind: 'global' },
]);
const meta = WebAssembly.Module.customSections(mod, 'meta');
assert.strictEqual(meta.length, 2);
assert.ok(meta[0] instanceof ArrayBuffer);
assert.deepStrictEqual([...new Uint8Array(meta[0])], [9, 8]);
assert.deepStrictEqual([...new Uint8Array(meta[1])], [7]);
assert.deepStrictEqual(WebAssembly.Module.customSections(mod, 'none'), []);
assert.throws(() => WebAssembly.Module.exports({}), TypeError);
reached('reflection');

// --- Global ---
assert.strictEqual(ex.g.value, 7);
ex.g.value = 8;
assert.strictEqual(ex.g.value, 8);
assert.strictEqual(ex.globals(), 35 + 8);
const gi = new WebAssembly.Global({ value: 'i32' }, 42.9);
assert.strictEqual(gi.value, 42);
assert.strictEqual(gi.valueOf(), 42);
assert.throws(() => { gi.value = 1; }, TypeError);
const g64 = new WebAssembly.Global({ value: 'i64', mutable: true }, 5n);
g64.value = 2n ** 64n + 1n;
assert.strictEqual(g64.value, 1n);
assert.throws(() => new WebAssembly.Global({ value: 'i64' }, 3), TypeError);
assert.strictEqual(new WebAssembly.Global({ value: 'f32' }, 1.1).value, Math.fround(1.1));
assert.strictEqual(new WebAssembly.Global({ value: 'f64' }).value, 0);
const gref = new WebAssembly.Global({ value: 'externref', mutable: true }, { a: 1 });
assert.deepStrictEqual(gref.value, { a: 1 });
const o = {};
gref.value = o;
assert.strictEqual(gref.value, o);
const gfn = new WebAssembly.Global({ value: 'anyfunc', mutable: true }, ex.add);
assert.strictEqual(gfn.value, ex.add);
gfn.value = null;
assert.strictEqual(gfn.value, null);
assert.throws(() => { gfn.value = () => 1; }, TypeError);
assert.strictEqual(Object.prototype.toString.call(gi), '[object WebAssembly.Global]');
// A WebAssembly.Global as an import.
{
  const inst3 = new WebAssembly.Instance(mod, { env: { cb: (x) => x, thrower() {}, gi: new WebAssembly.Global({ value: 'i32' }, 1000) } });
  assert.strictEqual(inst3.exports.globals(), 1007);
}
reached('global');

// --- Table ---
const tbl = ex.tbl;
assert.ok(tbl instanceof WebAssembly.Table);
assert.strictEqual(tbl.length, 2);
const f42 = tbl.get(0);
assert.strictEqual(typeof f42, 'function');
assert.strictEqual(f42(), 42);
assert.strictEqual(tbl.get(0), f42);
assert.strictEqual(tbl.get(1), null);
assert.throws(() => tbl.get(2), RangeError);
tbl.set(1, f42);
assert.strictEqual(ex.callind(1), 42);
tbl.set(1, ex.add); // wrong signature for call_indirect
trap(() => ex.callind(1), 'null function or function signature mismatch');
tbl.set(1, null);
assert.throws(() => tbl.set(1, () => 1), TypeError);
assert.strictEqual(tbl.grow(2), 2);
assert.strictEqual(tbl.length, 4);
assert.strictEqual(tbl.get(3), null);
const et = new WebAssembly.Table({ element: 'externref', initial: 2 }, 'x');
assert.strictEqual(et.get(1), 'x');
et.set(0, o);
assert.strictEqual(et.get(0), o);
assert.strictEqual(new WebAssembly.Table({ element: 'externref', initial: 1 }).get(0), undefined);
const ft = new WebAssembly.Table({ element: 'anyfunc', initial: 1, maximum: 2 });
assert.strictEqual(ft.get(0), null);
assert.throws(() => ft.grow(5), RangeError);
assert.throws(() => ft.get(1), {
  name: 'RangeError', message: 'WebAssembly.Table.get(): invalid index 1 into function table',
});
assert.throws(() => ft.set(1, null), {
  name: 'RangeError', message: 'WebAssembly.Table.set(): invalid index 1 into function table',
});
// node 20 says "function table" for an externref table too.
assert.throws(() => et.set(2, 'y'), {
  name: 'RangeError', message: 'WebAssembly.Table.set(): invalid index 2 into function table',
});
assert.throws(() => new WebAssembly.Table({ element: 'i32', initial: 1 }), TypeError);
reached('table');

// --- errors ---
assert.throws(() => new WebAssembly.Module(new Uint8Array([1, 2, 3, 4])), WebAssembly.CompileError);
assert.throws(() => new WebAssembly.Module(badBytes), WebAssembly.CompileError);
assert.throws(() => new WebAssembly.Module(5), TypeError);
assert.throws(() => WebAssembly.Module(goodBytes), TypeError);
assert.throws(() => new WebAssembly.Instance(mod), {
  name: 'TypeError',
  message: 'WebAssembly.Instance(): Imports argument must be present and must be an object',
});
assert.throws(() => new WebAssembly.Instance(mod, {}), {
  name: 'TypeError',
  message: 'WebAssembly.Instance(): Import #0 module="env" error: module is not an object or function',
});
assert.throws(() => new WebAssembly.Instance(mod, { env: {} }), {
  name: 'LinkError',
  message: 'WebAssembly.Instance(): Import #0 module="env" function="cb" error: function import requires a callable',
});
assert.throws(() => new WebAssembly.Instance(mod, { env: { cb: ex.add, thrower() {}, gi: 1 } }),
  WebAssembly.LinkError); // wrong signature
assert.throws(() => new WebAssembly.Instance(memModule, { env: { mem: {}, add: ex.add } }), WebAssembly.LinkError);
assert.throws(() => new WebAssembly.Memory({ initial: 2, maximum: 1 }), RangeError);
assert.throws(() => new WebAssembly.Memory({}), TypeError);
reached('errors');

// --- promise forms ---
(async () => {
  const m = await WebAssembly.compile(goodBytes);
  assert.ok(m instanceof WebAssembly.Module);
  const { module: m2, instance } = await WebAssembly.instantiate(goodBytes.buffer, { env });
  assert.ok(m2 instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(40, 2), 42);
  const i2 = await WebAssembly.instantiate(m, { env });
  assert.ok(i2 instanceof WebAssembly.Instance);
  await assert.rejects(WebAssembly.compile(new Uint8Array([0, 1])), WebAssembly.CompileError);
  await assert.rejects(WebAssembly.instantiate(new Uint8Array([0, 1])), WebAssembly.CompileError);
  await assert.rejects(WebAssembly.instantiate(m, {}), TypeError);
  await assert.rejects(WebAssembly.compile(5), TypeError);
  let sync = true;
  const p = WebAssembly.instantiate(new Uint8Array([0]));
  p.catch(() => {});
  sync = false;
  void sync;
  reached('async');
})();
