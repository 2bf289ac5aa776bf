'use strict';
// Finds a reporter by name: `spec`, `tap`, `dot`, `junit` (and `lcov`) are built in; any other
// name is a module specifier resolved from the current directory, as in Node. Classes are
// instantiated (spec is a Transform); functions are async generator reporters.

const builtin = new Set(['spec', 'tap', 'dot', 'junit', 'lcov']);

function instantiate(reporter) {
  if (typeof reporter === 'function' && reporter.prototype !== undefined &&
      Object.getOwnPropertyDescriptor(reporter.prototype, 'constructor') &&
      /^class\b/.test(Function.prototype.toString.call(reporter))) {
    return new reporter(); // eslint-disable-line new-cap
  }
  return reporter;
}

function fromModule(mod) {
  return instantiate(mod?.default ?? mod);
}

// The reporter, or a promise of it when the module has to be imported.
function loadReporter(name) {
  if (builtin.has(name)) return instantiate(require(`internal/test_runner/reporter/${name}`));
  const path = require('path');
  const { createRequire } = require('module');
  const req = createRequire(path.join(process.cwd(), '[reporter]'));
  let file;
  try {
    file = req.resolve(name);
  } catch (err) {
    if (err?.code !== 'ERR_REQUIRE_ESM' && !/^\.{0,2}\//.test(name)) throw err;
  }
  if (file !== undefined && !file.endsWith('.mjs')) {
    try {
      return fromModule(req(file));
    } catch (err) {
      if (err?.code !== 'ERR_REQUIRE_ESM' && err?.code !== 'ERR_REQUIRE_ASYNC_MODULE') throw err;
    }
  }
  const { pathToFileURL } = require('url');
  const target = file !== undefined ? pathToFileURL(file).href : name;
  return import(target).then(fromModule);
}

module.exports = { loadReporter };
