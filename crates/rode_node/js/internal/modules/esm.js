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

// The file modules declared so far (to find the import a link error is about).
const fileModuleUrls = [];

function initMeta(meta, url) {
  meta.url = url;
  if (url.startsWith('file:')) fileModuleUrls.push(url);
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

// QuickJS reports an import of a name a module doesn't export, at link time, as "Could not
// find export 'x' in module '<url>'". Node names the specifier as the importing module wrote it
// and points at the name there: find that import among the file modules loaded (static
// `import { … } from` / `export { … } from`) and make Node's SyntaxError, with a stack frame at
// the name and the caret width (kArrowWidth) for the fatal report. Other errors pass through.
const kArrowWidth = Symbol('kArrowWidth');
const importFromRe = /\b(?:import|export)\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*(['"])([^'"\n]+)\2/g;
// `import name from 'x'` (also followed by `, { … }` or `, * as ns`): the default import.
const importDefaultRe = /\bimport\s+([\w$]+)\s*(?:,\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+)\s*)?from\s*(['"])([^'"\n]+)\2/g;

// Where in `source` the import of `name` (the first binding that names it) is, with its
// specifier and the width of the name under the arrow.
function findImport(source, name) {
  const found = [];
  importFromRe.lastIndex = 0;
  let im;
  while ((im = importFromRe.exec(source)) !== null) {
    let offset = 0;
    for (const part of im[1].split(',')) {
      const imported = part.trim().split(/\s+/)[0];
      if (imported === name || imported === `'${name}'` || imported === `"${name}"`) {
        const at = offset + part.indexOf(imported);
        found.push({ pos: im.index + im[0].indexOf('{') + 1 + at, specifier: im[3], width: name.length });
        break;
      }
      offset += part.length + 1;
    }
  }
  if (name === 'default') {
    importDefaultRe.lastIndex = 0;
    while ((im = importDefaultRe.exec(source)) !== null) {
      if (im[1] === 'from') continue; // `import from from …` is not worth the regex
      found.push({ pos: im.index + im[0].indexOf(im[1], 6), specifier: im[3], width: im[1].length });
    }
  }
  return found.sort((a, b) => a.pos - b.pos);
}

// A CommonJS global used in an ES module: node's ModuleJob adds where to look.
const kCommonJSGlobal = /^(require|module|exports|__filename|__dirname) is not defined$/;

function explainCommonJSGlobal(err, url) {
  if (err === null || typeof err !== 'object' || err.name !== 'ReferenceError') return err;
  const m = kCommonJSGlobal.exec(err.message);
  if (m === null) return err;
  let message = `${err.message} in ES module scope`;
  if (m[1] === 'require') message += ', you can use import instead';
  // Node looks for a package scope that made a `.js` file a module.
  if (typeof url === 'string' && /^file:.*\.js(\?[^#]*)?(#.*)?$/s.test(url)) {
    const filename = modulesBinding.fileURLToPath(url);
    const pjsonPath = modulesBinding.modulePackageJson(filename);
    if (pjsonPath !== undefined) {
      message += '\nThis file is being treated as an ES module because it has a ' +
        `'${require('path').extname(filename)}' file extension and '${pjsonPath}' contains ` +
        '"type": "module". To treat it as a CommonJS script, rename it to use the ' +
        "'.cjs' file extension.";
    }
  }
  err.message = message;
  return err;
}

function explainMissingExport(err) {
  if (!(err instanceof SyntaxError)) return err;
  const m = /^Could not find export '(.*)' in module '(.*)'$/s.exec(err.message);
  if (m === null) return err;
  const name = m[1];
  const target = m[2];
  for (let i = fileModuleUrls.length - 1; i >= 0; i--) {
    const url = fileModuleUrls[i];
    let source;
    try {
      source = internalBinding('fs').readFileUtf8(modulesBinding.fileURLToPath(url));
    } catch {
      continue;
    }
    for (const { pos, specifier, width } of findImport(source, name)) {
      const r = modulesBinding.resolveImportUrl(specifier, url);
      const resolved = r[0] === 0 ? r[1] : r[0] === 1 ? `node:${r[1]}` : undefined;
      // QuickJS cuts the module name in its message to 63 bytes: a longer URL shows as a
      // prefix.
      if (resolved !== target &&
          !(resolved !== undefined && target.length >= 60 && resolved.startsWith(target))) continue;
      const before = source.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      const message = `The requested module '${specifier}' does not provide an export named '${name}'`;
      const e = new SyntaxError(message);
      Object.defineProperty(e, 'stack', {
        __proto__: null, value: `SyntaxError: ${message}\n    at ${url}:${line}:${column}`,
        writable: true, configurable: true,
      });
      Object.defineProperty(e, kArrowWidth, { __proto__: null, value: width });
      return e;
    }
  }
  return err;
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
  syncBuiltinESMExports, explainMissingExport, explainCommonJSGlobal, kArrowWidth,
};
