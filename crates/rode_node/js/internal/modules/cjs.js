'use strict';
// The CommonJS loader: Node's `Module` with its public and semi-public surface
// (_load, _resolveFilename, _extensions, _cache, _nodeModulePaths, wrap, createRequire …),
// which packages such as require hooks rely on. Resolution itself is native (Node's
// algorithm in rode_core::modules::resolve); this file owns the module objects and caches.

const modulesBinding = internalBinding('modules');
const realm = require('internal/bootstrap/realm');
// path.dirname for the absolute, normalised filenames the loader handles, without loading
// node:path (start-up doesn't need it); anything else goes to node:path.
function dirnameOf(p) {
  if (p.length > 1 && p.charCodeAt(0) === 47 && !p.includes('/.') && !p.includes('//') && !p.endsWith('/')) {
    const i = p.lastIndexOf('/');
    return i === 0 ? '/' : p.slice(0, i);
  }
  return require('path').dirname(p);
}

const builtinModules = modulesBinding.builtinModules();
const builtinSet = new Set(builtinModules);
const prefixOnly = new Set(modulesBinding.prefixOnlyBuiltins());
const moduleParentCache = new WeakMap();

function errors() {
  return require('internal/errors');
}

// A user-visible built-in: the module if rode has it, or Node's name-bearing error.
function loadBuiltin(id) {
  if (id === 'sys') id = 'util';
  if (!realm.builtinExists(id)) {
    const { codes } = errors();
    throw new codes.ERR_NOT_IMPLEMENTED(`node:${id}`);
  }
  return realm.requireBuiltin(id);
}

function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  if (name.startsWith('node:')) {
    const id = name.slice(5);
    return builtinSet.has(id) || prefixOnly.has(id);
  }
  return builtinSet.has(name);
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = dirnameOf(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.Module = Module;

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
Module.wrapper = wrapper;
Module.wrap = function wrap(script) {
  return wrapper[0] + script + wrapper[1];
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  const abs = from.charCodeAt(0) === 47 && !from.includes('/.') ? from : require('path').resolve(from);
  return modulesBinding.nodeModulePaths(abs);
};

Object.defineProperty(Module.prototype, 'parent', {
  get() { return moduleParentCache.get(this); },
  set(value) { moduleParentCache.set(this, value); },
  configurable: true,
  enumerable: false,
});

function requireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

function notFound(request, parent) {
  const stack = requireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

// Turns the native resolver's error into Node's error object.
function resolveFailure(code, fields, request, parent) {
  if (code === 'MODULE_NOT_FOUND') return notFound(request, parent);
  return require('internal/modules/esm').makeResolveError(code, fields);
}

// Resolution tries the keys of Module._extensions (require.extensions), in their order, as
// Node does; the native resolver gets them again when they change.
let extensionList = '.js\0.json\0.node';
function syncExtensions() {
  const keys = Object.keys(Module._extensions);
  const list = keys.join('\0');
  if (list !== extensionList) {
    extensionList = list;
    modulesBinding.setExtensions(keys);
  }
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request === 'string' && isBuiltin(request) && !request.startsWith('node:')) {
    return request;
  }
  if (typeof request === 'string' && request.startsWith('node:')) {
    if (isBuiltin(request)) return request;
    const { codes } = errors();
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  let lookupPaths;
  if (options && options.paths) {
    lookupPaths = Array.from(options.paths, (p) => require('path').resolve(p));
  }
  const parentFile = parent && parent.filename ? parent.filename : undefined;
  syncExtensions();
  const r = modulesBinding.resolveRequire(request, parentFile, lookupPaths);
  if (r[0] === 0) return r[1];
  if (r[0] === 1) return r[1];
  throw resolveFailure(r[1], r[2], request, parent);
};

Module._findPath = function _findPath(request, paths, isMain) {
  syncExtensions();
  const r = modulesBinding.resolveRequire(request, undefined, paths && paths.length ? paths : undefined);
  return r[0] === 0 ? r[1] : false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  const dir = parent && parent.filename ? dirnameOf(parent.filename) : undefined;
  return modulesBinding.lookupPaths(request, dir) ?? null;
};

Module._load = function _load(request, parent, isMain) {
  if (typeof request === 'string' && request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isBuiltin(request)) {
      const { codes } = errors();
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.exports;
  }
  if (builtinSet.has(filename)) return loadBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = filename.slice(filename.lastIndexOf('/') + 1);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(dirnameOf(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  const compiled = modulesBinding.compileFunction(content, filename);
  const dirname = dirnameOf(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return compiled.call(exports, exports, require, this, filename, dirname);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function requireESM(module, filename) {
  const url = modulesBinding.pathToFileURL(filename);
  const namespace = modulesBinding.requireModule(url);
  // An ES module can name what require() returns with an export called 'module.exports'.
  module.exports = 'module.exports' in namespace ? namespace['module.exports'] : namespace;
}

Module._extensions['.js'] = function (module, filename) {
  if (filename.endsWith('.js') && modulesBinding.formatOf(filename) === 'module') {
    requireESM(module, filename);
    return;
  }
  const content = internalBinding('fs').readFileUtf8(filename);
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = internalBinding('fs').readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  return process.dlopen(module, filename);
};

Module._extensions['.mjs'] = function (module, filename) {
  requireESM(module, filename);
};

Module._extensions['.cjs'] = function (module, filename) {
  const content = internalBinding('fs').readFileUtf8(filename);
  module._compile(stripBOM(content), filename);
};

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = errors();
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    if (typeof request !== 'string') {
      const { codes } = errors();
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', {
    get() { return process.mainModule; },
    set(v) { process.mainModule = v; },
    enumerable: true,
    configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = modulesBinding.fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !require('path').isAbsolute(filename)) {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? require('path').join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

// Loads each of `requests` as `-r` does, resolved from the current directory (ts-node calls
// it for its `require` option). Anything but an array is ignored, as in Node.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) Module._load(requests[n], parent, false);
};

// NODE_PATH, ~/.node_modules, ~/.node_libraries and <prefix>/lib/node, computed by the
// resolver (which searches them) from the environment as it is now.
Module._initPaths = function _initPaths() {
  Module.globalPaths = modulesBinding.initGlobalPaths();
};


Module.register = function register() {
  const { codes } = errors();
  throw new codes.ERR_NOT_IMPLEMENTED('module.register()');
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm').syncBuiltinESMExports();
};

Module.findSourceMap = function findSourceMap() {
  return undefined;
};

Module.runMain = function runMain(main = process.argv[1]) {
  return require('internal/modules/run_main').executeUserEntryPoint(main);
};

Module._initPaths();

module.exports = { Module, loadBuiltin, isBuiltin, makeRequireFunction };
