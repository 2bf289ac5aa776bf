'use strict';
// The loader of built-in modules. Rust calls this file's wrapper first with
// (exports, undefined, module, internalBinding); everything else is required through
// `requireBuiltin`, which evaluates a built-in's bytecode the first time it is asked for.

const builtinsBinding = internalBinding('builtins');
const moduleCacheSelf = module;
const bindingCache = new Map();
const moduleCache = new Map([['internal/bootstrap/realm', moduleCacheSelf]]);
// Node's process.moduleLoadList: what start-up and the program loaded, in order.
const moduleLoadList = [];

function cachedInternalBinding(name) {
  let b = bindingCache.get(name);
  if (b === undefined) {
    b = internalBinding(name);
    bindingCache.set(name, b);
    moduleLoadList.push(`Internal Binding ${name}`);
  }
  return b;
}

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = builtinsBinding.compile(id);
  if (fn === undefined) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = { id, exports: {}, loaded: false };
  moduleCache.set(id, mod);
  moduleLoadList.push(`NativeModule ${id}`);
  try {
    fn(mod.exports, requireBuiltin, mod, cachedInternalBinding);
  } catch (e) {
    moduleCache.delete(id);
    throw e;
  }
  mod.loaded = true;
  return mod.exports;
}

function builtinExists(id) {
  return moduleCache.has(id) || builtinsBinding.has(id);
}

function builtinIds() {
  return builtinsBinding.ids();
}

module.exports = {
  requireBuiltin,
  builtinExists,
  builtinIds,
  moduleLoadList,
  internalBinding: cachedInternalBinding,
};
