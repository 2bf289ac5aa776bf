'use strict';
// Loads one of rode's built-in JS modules (crates/rode_node/js/<id>.js) under real Node,
// with the same wrapper rode uses: (exports, require, module, internalBinding).
// Lets a built-in be checked against Node's own module before the runtime runs it:
//   const ours = require('./tools/builtin-under-node.js')('util');
// `require` inside a built-in resolves other built-ins from js/ first, then Node's own.
// `internalBinding(name)` comes from tools/node-shims/<name>.js when such a shim exists.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..', 'crates', 'rode_node', 'js');
const shims = path.join(__dirname, 'node-shims');
const cache = new Map();

function internalBinding(name) {
  const file = path.join(shims, name + '.js');
  if (fs.existsSync(file)) return require(file);
  throw new Error(`no node shim for internalBinding('${name}') in tools/node-shims`);
}

function load(id) {
  id = id.replace(/^node:/, '');
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(root, id + '.js');
  if (!fs.existsSync(file)) {
    if (id.startsWith('internal/')) throw new Error(`no built-in ${id}`);
    return require(id);
  }
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = require('vm').runInThisContext(
    '(function (exports, require, module, internalBinding) {' + src + '\n})',
    { filename: file });
  fn(module.exports, load, module, internalBinding);
  return module.exports;
}
module.exports = load;
