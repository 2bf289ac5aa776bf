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

// Node's error for a failed resolution. The resolver (rode_core::modules::resolve) builds
// the message and names the class; this gives it Node's shape ("Name [CODE]: message").
function makeResolveError(code, fields) {
  const f = fields || {};
  const { codes } = errors();
  switch (code) {
    case 'ERR_IMPORT_ATTRIBUTE_MISSING':
      return new codes.ERR_IMPORT_ATTRIBUTE_MISSING(f.url, 'type', 'json');
    case 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE':
      return new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(f.url, f.type);
    case 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED':
      return new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', f.type);
    default:
      break;
  }
  const Base = { TypeError, RangeError, URIError }[f.jsClass] || Error;
  const err = new Base(f.message || code);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  if (f.url !== undefined) err.url = f.url;
  const header = `${err.name} [${code}]: ${err.message}`;
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  errors().setStackHeader(err, header);
  return err;
}

function initMeta(meta, url) {
  meta.url = url;
  if (url.startsWith('file:')) {
    const filename = modulesBinding.fileURLToPath(url);
    meta.filename = filename;
    meta.dirname = filename.slice(0, filename.lastIndexOf('/')) || '/';
  }
  meta.resolve = function resolve(specifier) {
    const r = modulesBinding.resolveImportUrl(`${specifier}`, url);
    if (r[0] === 0) return r[1];
    if (r[0] === 1) return `node:${r[1]}`;
    // Node answers with the URL of a missing file or of a directory instead of throwing.
    if ((r[1] === 'ERR_MODULE_NOT_FOUND' || r[1] === 'ERR_UNSUPPORTED_DIR_IMPORT') && r[2].url) return r[2].url;
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

// The built-ins' ES module facades re-read their named exports with these (see
// modules/esm.rs facade_source).
const builtinSyncs = [];
function registerBuiltinSync(sync) {
  builtinSyncs.push(sync);
}

// module.syncBuiltinESMExports(): named exports of imported built-ins take the current
// values of the CommonJS exports' properties (no names are added or removed).
function syncBuiltinESMExports() {
  for (let i = 0; i < builtinSyncs.length; i++) builtinSyncs[i]();
}

// import(specifier) on behalf of `referrer` (a URL, a filename, or '' for the cwd).
function importModule(specifier, referrer) {
  return modulesBinding.importModule(specifier, referrer || '');
}

module.exports = {
  makeResolveError, importModule, initMeta, loadCjs, builtinExports, registerBuiltinSync,
  syncBuiltinESMExports,
};
