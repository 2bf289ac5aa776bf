'use strict';
// The `WebAssembly` global (JS API as Node 20/V8 expose it) over internalBinding('wasm'), the
// wasmi interpreter. This file owns the classes, argument checks, JS <-> wasm value
// conversions and the identity of JS objects for wasm functions, memories, tables and
// globals; the binding owns the store and runs the code. Values cross as: i32/f32/f64
// numbers, i64 BigInts, funcref as function ids, externref as ids into `externVals`.

const binding = internalBinding('wasm');

function errors() {
  return require('internal/errors');
}

class CompileError extends Error {}
class LinkError extends Error {}
class RuntimeError extends Error {}
for (const C of [CompileError, LinkError, RuntimeError]) {
  Object.defineProperty(C.prototype, 'name', {
    __proto__: null, value: C.name, writable: true, enumerable: false, configurable: true,
  });
}

const moduleIds = new WeakMap();
const instanceExports = new WeakMap();
const funcIds = new WeakMap(); // exported function -> func id
const funcObjs = new Map(); // func id -> exported function
const memStates = new Map(); // memory id -> { obj, buf }
const memIds = new WeakMap();
const tableStates = new Map(); // table id -> { obj, elem }
const tableIds = new WeakMap();
const globalStates = new Map(); // global id -> { obj, type, mutable }
const globalIds = new WeakMap();
const externVals = [];
const externIds = new Map();
const hostImports = []; // { fn, params, results }

function makeError(kind, msg) {
  switch (kind) {
    case 'CompileError': return new CompileError(msg);
    case 'LinkError': return new LinkError(msg);
    case 'RuntimeError': return new RuntimeError(msg);
    case 'RangeError': return new RangeError(msg);
    default: return new TypeError(msg);
  }
}

binding.hooks = {
  __proto__: null,
  makeError,
  callImport(idx, args) {
    const imp = hostImports[idx];
    const jsArgs = new Array(args.length);
    for (let i = 0; i < args.length; i++) jsArgs[i] = fromWasm(args[i], imp.params[i]);
    const r = Reflect.apply(imp.fn, undefined, jsArgs);
    const results = imp.results;
    if (results.length === 0) return undefined;
    if (results.length === 1) return toWasm(r, results[0]);
    if (r === null || (typeof r !== 'object' && typeof r !== 'function') ||
        typeof r[Symbol.iterator] !== 'function') {
      throw new TypeError('multi-return value must be iterable');
    }
    const list = [...r];
    if (list.length !== results.length) throw new TypeError('multi-return length mismatch');
    return list.map((v, i) => toWasm(v, results[i]));
  },
  memChanged(id) {
    const st = memStates.get(id);
    if (st && st.buf) {
      binding.detach(st.buf);
      st.buf = null;
    }
  },
};

function externToId(v) {
  if (v === null) return null;
  let id = externIds.get(v);
  if (id === undefined) {
    id = externVals.length;
    externVals.push(v);
    externIds.set(v, id);
  }
  return id;
}

// A JS value as the wasm value of `type` (already in the binding's encoding).
function toWasm(v, type) {
  switch (type) {
    case 'i32': return +v | 0;
    case 'i64': return BigInt.asIntN(64, v); // ToBigInt, with V8's errors
    case 'f32': return Math.fround(+v);
    case 'f64': return +v;
    case 'externref': return externToId(v);
    case 'anyfunc': {
      if (v === null) return null;
      const id = funcIds.get(v);
      if (id === undefined) throw new TypeError('type incompatibility when transforming from/to JS');
      return id;
    }
    default: throw new TypeError('type incompatibility when transforming from/to JS');
  }
}

function fromWasm(v, type) {
  if (type === 'anyfunc') return v === null ? null : wrapFunc(v);
  if (type === 'externref') return v === null ? null : externVals[v];
  return v;
}

function arg(v, type) {
  return type === 'i32' ? +v | 0 : type === 'f64' ? +v : toWasm(v, type);
}

// The JS function for wasm function `id` (one per function).
function wrapFunc(id, index) {
  let fn = funcObjs.get(id);
  if (fn) return fn;
  const [params, results] = binding.funcType(id);
  const name = `${index ?? id}`;
  // Fixed-arity bodies for up to 3 parameters, and no result conversion when there is
  // nothing to map: QuickJS makes rest arguments and loops costly on this hot path.
  const [t0, t1, t2] = params;
  const plain = results.length === 0 ||
    (results.length === 1 && results[0] !== 'anyfunc' && results[0] !== 'externref');
  const finish = plain ? (r) => r : (r) => {
    if (results.length === 1) return fromWasm(r, results[0]);
    for (let i = 0; i < r.length; i++) r[i] = fromWasm(r[i], results[i]);
    return r;
  };
  let body;
  switch (params.length) {
    case 0: body = function () { return finish(binding.call(id)); }; break;
    case 1: body = function (a) { return finish(binding.call(id, arg(a, t0))); }; break;
    case 2: body = function (a, b) { return finish(binding.call(id, arg(a, t0), arg(b, t1))); }; break;
    case 3:
      body = function (a, b, c) {
        return finish(binding.call(id, arg(a, t0), arg(b, t1), arg(c, t2)));
      };
      break;
    default:
      body = function (...args) {
        const wargs = new Array(params.length);
        for (let i = 0; i < params.length; i++) wargs[i] = toWasm(args[i], params[i]);
        return finish(binding.call(id, ...wargs));
      };
  }
  fn = binding.exportFunction(body, name, params.length);
  funcObjs.set(id, fn);
  funcIds.set(fn, id);
  return fn;
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// A BufferSource as a Uint8Array over its bytes (the binding copies them).
function bytesOf(src, where) {
  if (src instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && src instanceof SharedArrayBuffer)) {
    return new Uint8Array(src);
  }
  if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  throw new TypeError(`${where}: Argument 0 must be a buffer source`);
}

function moduleId(m, where) {
  const id = moduleIds.get(m);
  if (id === undefined) throw new TypeError(`${where}: Argument 0 must be a WebAssembly.Module`);
  return id;
}

class Module {
  constructor(bytes) {
    const b = bytesOf(bytes, 'WebAssembly.Module()');
    moduleIds.set(this, binding.compile(b));
  }

  static exports(m) {
    const id = moduleId(m, 'WebAssembly.Module.exports()');
    return binding.exports(id).map(([name, kind]) => ({ name, kind }));
  }

  static imports(m) {
    const id = moduleId(m, 'WebAssembly.Module.imports()');
    return binding.imports(id).map(([module, name, kind]) => ({ module, name, kind }));
  }

  static customSections(m, name) {
    const id = moduleId(m, 'WebAssembly.Module.customSections()');
    if (name === undefined) {
      throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
    }
    return binding.customSections(id, `${name}`);
  }
}

function memoryObject(id) {
  const st = memStates.get(id);
  if (st) return st.obj;
  const obj = Object.create(Memory.prototype);
  memIds.set(obj, id);
  memStates.set(id, { obj, buf: null });
  return obj;
}

function tableObject(id) {
  const st = tableStates.get(id);
  if (st) return st.obj;
  const obj = Object.create(Table.prototype);
  tableIds.set(obj, id);
  tableStates.set(id, { obj, elem: binding.tableType(id)[0] });
  return obj;
}

function globalObject(id) {
  const st = globalStates.get(id);
  if (st) return st.obj;
  const obj = Object.create(Global.prototype);
  const [type, mutable] = binding.globalType(id);
  globalIds.set(obj, id);
  globalStates.set(id, { obj, type, mutable });
  return obj;
}

function resolveImport(importObject, [mod, name, kind, type], i) {
  const ns = importObject[mod];
  if (!isObject(ns)) {
    throw new TypeError(`WebAssembly.Instance(): Import #${i} module="${mod}" error: module is not an object or function`);
  }
  const v = ns[name];
  const fail = (what) => new LinkError(`WebAssembly.Instance(): Import #${i} module="${mod}" ${kind}="${name}" error: ${what}`);
  switch (kind) {
    case 'function': {
      const fid = typeof v === 'function' ? funcIds.get(v) : undefined;
      if (fid !== undefined) return ['function', fid];
      if (typeof v !== 'function') throw fail('function import requires a callable');
      hostImports.push({ fn: v, params: type[0], results: type[1] });
      return ['host', hostImports.length - 1];
    }
    case 'memory': {
      const id = isObject(v) ? memIds.get(v) : undefined;
      if (id === undefined) throw fail('memory import must be a WebAssembly.Memory object');
      return ['memory', id];
    }
    case 'table': {
      const id = isObject(v) ? tableIds.get(v) : undefined;
      if (id === undefined) throw fail('table import requires a WebAssembly.Table');
      return ['table', id];
    }
    default: {
      const id = isObject(v) ? globalIds.get(v) : undefined;
      if (id !== undefined) return ['global', id];
      const [vt, mutable] = type;
      if (mutable) throw fail('imported mutable global must be a WebAssembly.Global object');
      if (vt === 'i64' && typeof v !== 'bigint') throw fail('global import must be a BigInt value');
      if (vt !== 'i64' && vt !== 'externref' && vt !== 'anyfunc' && typeof v !== 'number') {
        throw fail('global import must be a number, valid Wasm reference, or WebAssembly.Global object');
      }
      return ['global', binding.globalNew(vt, false, toWasm(v, vt))];
    }
  }
}

class Instance {
  constructor(module) {
    const importObject = arguments[1];
    const id = moduleId(module, 'WebAssembly.Instance()');
    const imports = binding.imports(id);
    if (importObject !== undefined && !isObject(importObject)) {
      throw new TypeError('WebAssembly.Instance(): Argument 1 must be an object');
    }
    if (imports.length > 0 && importObject === undefined) {
      throw new TypeError('WebAssembly.Instance(): Imports argument must be present and must be an object');
    }
    const items = imports.map((imp, i) => resolveImport(importObject, imp, i));
    const made = new Map();
    for (const [name, kind, xid] of binding.instantiate(id, items)) made.set(name, [kind, xid]);
    const exports = { __proto__: null };
    // In declaration order (the binding's instantiate list is not).
    for (const [name, , , index] of binding.exports(id)) {
      const [kind, xid] = made.get(name);
      let v;
      if (kind === 'function') v = wrapFunc(xid, index);
      else if (kind === 'memory') v = memoryObject(xid);
      else if (kind === 'table') v = tableObject(xid);
      else v = globalObject(xid);
      exports[name] = v;
    }
    Object.freeze(exports);
    instanceExports.set(this, exports);
  }

  get exports() {
    const e = instanceExports.get(this);
    if (e === undefined) throw new TypeError('Receiver is not a WebAssembly.Instance');
    return e;
  }
}

// ToNumber then an integer in [0, max] (V8's descriptor checks).
function descInt(desc, prop, where, required, max) {
  const v = desc[prop];
  if (v === undefined) {
    if (required) throw new TypeError(`${where}: Property '${prop}' is required`);
    return undefined;
  }
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    throw new TypeError(`${where}: Property '${prop}' must be convertible to a valid number`);
  }
  const i = Math.trunc(n);
  if (i > max) {
    throw new RangeError(`${where}: Property '${prop}': value ${i} is above the upper bound ${max}`);
  }
  return i;
}

function argInt(v, where) {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 0xffffffff) {
    throw new TypeError(`${where}: Argument 0 must be convertible to a valid number`);
  }
  return Math.trunc(n);
}

function memId(m) {
  const id = isObject(m) ? memIds.get(m) : undefined;
  if (id === undefined) throw new TypeError('Receiver is not a WebAssembly.Memory');
  return id;
}

class Memory {
  constructor(desc) {
    const where = 'WebAssembly.Memory()';
    if (!isObject(desc)) throw new TypeError(`${where}: Argument 0 must be a memory descriptor`);
    const initial = descInt(desc, 'initial', where, true, 65536);
    const maximum = descInt(desc, 'maximum', where, false, 65536);
    if (maximum !== undefined && maximum < initial) {
      throw new RangeError(`${where}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
    }
    if (desc.shared) {
      if (maximum === undefined) {
        throw new TypeError(`${where}: If shared is true, maximum property should be defined.`);
      }
      throw new TypeError('WebAssembly.Memory(): shared memory is not implemented in rode');
    }
    const id = binding.memNew(initial, maximum ?? -1);
    memIds.set(this, id);
    memStates.set(id, { obj: this, buf: null });
  }

  get buffer() {
    const id = memId(this);
    const st = memStates.get(id);
    if (st.buf === null || (st.buf.byteLength === 0 && binding.memSize(id) > 0)) {
      st.buf = binding.memBuffer(id);
    }
    return st.buf;
  }

  grow(delta) {
    const id = memId(this);
    const d = argInt(delta, 'WebAssembly.Memory.grow()');
    return binding.memGrow(id, d);
  }
}

const VALUE_TYPES = ['i32', 'i64', 'f32', 'f64', 'anyfunc', 'funcref', 'externref'];

function globalState(g) {
  const id = isObject(g) ? globalIds.get(g) : undefined;
  if (id === undefined) throw new TypeError('Receiver is not a WebAssembly.Global');
  return [id, globalStates.get(id)];
}

class Global {
  constructor(desc) {
    const v = arguments[1];
    const where = 'WebAssembly.Global()';
    if (!isObject(desc)) throw new TypeError(`${where}: Argument 0 must be a global descriptor`);
    const mutable = !!desc.mutable;
    let type = desc.value;
    if (!VALUE_TYPES.includes(type)) {
      throw new TypeError(`${where}: Descriptor property 'value' must be a WebAssembly type`);
    }
    if (type === 'funcref') type = 'anyfunc';
    let init;
    if (v === undefined) {
      init = type === 'i64' ? 0n : (type === 'anyfunc' || type === 'externref') ? null : 0;
    } else {
      init = toWasm(v, type);
    }
    const id = binding.globalNew(type, mutable, init);
    globalIds.set(this, id);
    globalStates.set(id, { obj: this, type, mutable });
  }

  get value() {
    const [id, st] = globalState(this);
    return fromWasm(binding.globalGet(id), st.type);
  }

  set value(v) {
    const [id, st] = globalState(this);
    if (!st.mutable) {
      throw new TypeError("set WebAssembly.Global.value: Can't set the value of an immutable global.");
    }
    binding.globalSet(id, toWasm(v, st.type));
  }

  valueOf() {
    return this.value;
  }
}

function tableState(t) {
  const id = isObject(t) ? tableIds.get(t) : undefined;
  if (id === undefined) throw new TypeError('Receiver is not a WebAssembly.Table');
  return [id, tableStates.get(id)];
}

// `index` as an index into table `id`, or V8's RangeError (node 20's V8 calls every table
// a function table here, externref ones too).
function tableIndex(id, index, where) {
  const i = argInt(index, where);
  if (i >= binding.tableSize(id)) {
    throw new RangeError(`${where}: invalid index ${i} into function table`);
  }
  return i;
}

function tableInit(elem, args, n, where) {
  if (args.length <= n || args[n] === undefined) {
    return elem === 'externref' ? externToId(undefined) : null;
  }
  const v = args[n];
  if (elem === 'anyfunc' && v !== null && funcIds.get(v) === undefined) {
    throw new TypeError(`${where}: Argument ${n} is invalid for table: function-typed object must be null (if nullable) or a Wasm function object`);
  }
  return toWasm(v, elem);
}

class Table {
  constructor(desc, ...rest) {
    const where = 'WebAssembly.Table()';
    if (!isObject(desc)) throw new TypeError(`${where}: Argument 0 must be a table descriptor`);
    let elem = desc.element;
    if (elem === 'funcref') elem = 'anyfunc';
    if (elem !== 'anyfunc' && elem !== 'externref') {
      throw new TypeError(`${where}: Descriptor property 'element' must be a WebAssembly reference type`);
    }
    const initial = descInt(desc, 'initial', where, true, 10000000);
    const maximum = descInt(desc, 'maximum', where, false, 0xffffffff);
    if (maximum !== undefined && maximum < initial) {
      throw new RangeError(`${where}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
    }
    const init = tableInit(elem, rest, 0, where);
    const id = binding.tableNew(elem, initial, maximum ?? -1, init);
    tableIds.set(this, id);
    tableStates.set(id, { obj: this, elem });
  }

  get length() {
    return binding.tableSize(tableState(this)[0]);
  }

  get(index) {
    const [id, st] = tableState(this);
    const i = tableIndex(id, index, 'WebAssembly.Table.get()');
    return fromWasm(binding.tableGet(id, i), st.elem);
  }

  set(index, ...rest) {
    const [id, st] = tableState(this);
    const i = tableIndex(id, index, 'WebAssembly.Table.set()');
    binding.tableSet(id, i, tableInit(st.elem, rest, 0, 'WebAssembly.Table.set()'));
  }

  grow(delta, ...rest) {
    const [id, st] = tableState(this);
    const d = argInt(delta, 'WebAssembly.Table.grow()');
    // V8's limit on a table's size.
    if (binding.tableSize(id) + d > 10000000) {
      throw new RangeError(`WebAssembly.Table.grow(): failed to grow table by ${d}`);
    }
    return binding.tableGrow(id, d, tableInit(st.elem, rest, 0, 'WebAssembly.Table.grow()'));
  }
}

for (const [C, tag] of [[Module, 'WebAssembly.Module'], [Instance, 'WebAssembly.Instance'],
  [Memory, 'WebAssembly.Memory'], [Global, 'WebAssembly.Global'], [Table, 'WebAssembly.Table']]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

function validate(bytes) {
  return binding.validate(bytesOf(bytes, 'WebAssembly.validate()'));
}

function compile(bytes) {
  try {
    // The bytes are copied now, as V8 does; compiling happens before the promise settles.
    return Promise.resolve(new Module(bytesOf(bytes, 'WebAssembly.compile()')));
  } catch (e) {
    return Promise.reject(e);
  }
}

function instantiate(source, importObject) {
  if (moduleIds.has(source)) {
    return Promise.resolve().then(() => new Instance(source, importObject));
  }
  let copy;
  try {
    copy = bytesOf(source, 'WebAssembly.instantiate()').slice();
  } catch {
    return Promise.reject(new TypeError(
      'WebAssembly.instantiate(): Argument 0 must be a buffer source or a WebAssembly.Module object'));
  }
  return Promise.resolve().then(() => instantiateBytes(copy, importObject));
}

function instantiateBytes(bytes, importObject) {
  const module = new Module(bytes);
  return { module, instance: new Instance(module, importObject) };
}

// Node's checks on the streaming source (lib/internal/wasm_web_api.js), then its bytes.
async function responseBytes(source) {
  const response = await source;
  if (typeof Response !== 'function' || !(response instanceof Response)) {
    const { ERR_INVALID_ARG_TYPE } = errors().codes;
    throw new ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const { ERR_WEBASSEMBLY_RESPONSE } = errors().codes;
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw new ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw new ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed !== false) throw new ERR_WEBASSEMBLY_RESPONSE('body has already been used');
  return new Uint8Array(await response.arrayBuffer());
}

function compileStreaming(source) {
  return responseBytes(source).then((bytes) => new Module(bytes));
}

function instantiateStreaming(source, importObject) {
  return responseBytes(source).then((bytes) => instantiateBytes(bytes, importObject));
}

const WebAssembly = {
  compile,
  validate,
  instantiate,
  compileStreaming,
  instantiateStreaming,
};
for (const [name, value] of Object.entries({
  Module, Instance, Table, Memory, Global, CompileError, LinkError, RuntimeError,
})) {
  Object.defineProperty(WebAssembly, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}
Object.defineProperty(WebAssembly, Symbol.toStringTag, {
  __proto__: null, value: 'WebAssembly', writable: false, enumerable: false, configurable: true,
});

module.exports = { WebAssembly };
