'use strict';
// The JS half of ES module loading: the hooks the native ESM loader calls (CommonJS and
// built-in facades, import.meta, Node's resolution errors) and `import()` helpers.

const modulesBinding = internalBinding('modules');

function errors() {
  return require('internal/errors');
}

function fileURLToPathOrSame(url) {
  return url.startsWith('file:') ? modulesBinding.fileURLToPath(url) : url;
}

// Node's error for a failed resolution; `fields` come from rode_core::modules::resolve.
function makeResolveError(code, fields) {
  const { codes } = errors();
  const f = fields || {};
  const Ctor = codes[code];
  let err;
  switch (code) {
    case 'ERR_MODULE_NOT_FOUND': {
      const what = f.type === 'package' ? 'package' : 'module';
      const base = f.base ? fileURLToPathOrSame(f.base) : undefined;
      const target = what === 'package' ? f.request : (f.path ? fileURLToPathOrSame(f.path) : f.request);
      err = new Error(`Cannot find ${what} '${target}'` + (base ? ` imported from ${base}` : ''));
      err.code = code;
      if (f.url) err.url = f.url;
      return err;
    }
    case 'ERR_REQUIRE_ASYNC_MODULE':
      err = new Error('require() cannot be used on an ESM graph with top-level await. Use ' +
        'import() instead. To see where the top-level await comes from, use ' +
        '--experimental-print-required-tla.');
      err.code = code;
      return err;
    case 'ERR_UNKNOWN_FILE_EXTENSION':
      err = new TypeError(`Unknown file extension "${f.ext}" for ${f.path}`);
      err.code = code;
      return err;
    default:
      if (typeof Ctor === 'function') {
        try {
          return makeWithFields(Ctor, code, f);
        } catch {
          // fall through to the generic form
        }
      }
      err = new Error(f.message || `${code}: ${Object.values(f).join(' ')}`);
      err.code = code;
      return err;
  }
}

function makeWithFields(Ctor, code, f) {
  switch (code) {
    case 'ERR_PACKAGE_PATH_NOT_EXPORTED':
      return new Ctor(f.pkgPath, f.subpath, f.base);
    case 'ERR_PACKAGE_IMPORT_NOT_DEFINED':
      return new Ctor(f.specifier, f.pkgPath, f.base);
    case 'ERR_INVALID_PACKAGE_TARGET':
      return new Ctor(f.pkgPath, f.key, f.target, f.isImport === 'true', f.base);
    case 'ERR_INVALID_MODULE_SPECIFIER':
      return new Ctor(f.request, f.reason, f.base);
    case 'ERR_UNSUPPORTED_DIR_IMPORT':
      return new Ctor(f.path, f.base);
    case 'ERR_INVALID_PACKAGE_CONFIG':
      return new Ctor(f.path, f.base, f.message);
    case 'ERR_UNKNOWN_BUILTIN_MODULE':
      return new Ctor(f.request);
    case 'ERR_UNSUPPORTED_ESM_URL_SCHEME':
      return new Ctor({ protocol: f.protocol, href: f.url }, f.schemes ? f.schemes.split(',') : ['file', 'data', 'node']);
    case 'ERR_INVALID_FILE_URL_PATH':
      return new Ctor(f.message || f.reason);
    default:
      return new Ctor(...Object.values(f));
  }
}

function initMeta(meta, url) {
  meta.url = url;
  if (url.startsWith('file:')) {
    const filename = modulesBinding.fileURLToPath(url);
    meta.filename = filename;
    meta.dirname = require('path').dirname(filename);
  }
  meta.resolve = function resolve(specifier) {
    const r = modulesBinding.resolveImport(`${specifier}`, url);
    if (r[0] === 0) return modulesBinding.pathToFileURL(r[1]);
    if (r[0] === 1) return `node:${r[1]}`;
    throw makeResolveError(r[1], r[2]);
  };
}

function loadCjs(filename) {
  const { Module } = require('internal/modules/cjs');
  return Module._load(filename, null, false);
}

function builtinExports(id) {
  const { loadBuiltin } = require('internal/modules/cjs');
  return loadBuiltin(id);
}

modulesBinding.setEsmHooks({
  loadCjs,
  builtinExports,
  initMeta,
  resolveError: makeResolveError,
});

// import(specifier) on behalf of `referrer` (a URL, a filename, or '' for the cwd).
function importModule(specifier, referrer) {
  return modulesBinding.importModule(specifier, referrer || '');
}

module.exports = { makeResolveError, importModule, initMeta };
