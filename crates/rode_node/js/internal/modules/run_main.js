'use strict';
// Runs what the command line asked for: a script file (CommonJS or ES module), -e/-p code,
// a script on stdin, a syntax check, or the REPL; after the -r/--import preloads.

const modulesBinding = internalBinding('modules');
// The CommonJS loader loads when a CommonJS file, -e code or a -r preload runs.
const cjs = () => require('internal/modules/cjs');

function importModule(specifier, referrer) {
  return modulesBinding.importModule(specifier, referrer || '');
}

let mainPromise;

function shouldUseESM(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  return modulesBinding.formatOf(filename) === 'module';
}

function resolveMain(main) {
  const r = modulesBinding.resolveMain(main);
  if (r[0] === 0) return r[1];
  const abs = require('path').resolve(main);
  const err = new Error(`Cannot find module '${abs}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = [];
  throw err;
}

let mainSettled = false;

function handleMainPromise(p, url) {
  mainPromise = p;
  mainSettled = false;
  p.then(() => { mainSettled = true; }, (err) => {
    mainSettled = true;
    const esm = require('internal/modules/esm');
    err = esm.explainCommonJSGlobal(esm.explainMissingExport(err), url);
    require('internal/process/execution').triggerUncaughtException(err, true);
  });
  return p;
}

function executeUserEntryPoint(main = process.argv[1]) {
  const filename = resolveMain(main);
  process.argv[1] = filename;
  if (shouldUseESM(filename)) {
    const url = modulesBinding.pathToFileURL(filename);
    return handleMainPromise(importModule(url, ''), url);
  }
  cjs().Module._load(filename, null, true);
}

function makeEvalModule(name) {
  const { Module } = cjs();
  const m = new Module(name);
  m.filename = require('path').join(process.cwd(), name);
  m.paths = Module._nodeModulePaths(process.cwd());
  return m;
}

// In -e/-p code and the REPL, built-in modules are globals (`fs`, `util`, …), as in Node.
function addBuiltinGlobals() {
  const { Module } = cjs();
  for (const id of Module.builtinModules) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      get() {
        const value = globalThis.require(id);
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true, enumerable: false });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
      enumerable: false,
    });
  }
}

function evalScript(name, code, print) {
  const inputType = runOptions.inputType;
  if (inputType === 'module') {
    // Node names the module `${cwd}/[eval1]` (for -e and stdin alike).
    const url = `${modulesBinding.pathToFileURL(process.cwd())}/[eval1]`;
    require('internal/process/execution').setEvalSource(url, code);
    return handleMainPromise(modulesBinding.evalModule(code, url), url);
  }
  const module = makeEvalModule(name);
  const { makeRequireFunction } = require('internal/modules/cjs');
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequireFunction(module);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  addBuiltinGlobals();
  require('internal/process/execution').setEvalSource(name, code);
  const result = modulesBinding.evalScript(code, name);
  if (print) console.log(result);
  return result;
}

function readStdin(done) {
  const chunks = [];
  const stdin = process.stdin;
  stdin.setEncoding('utf8');
  stdin.on('data', (c) => chunks.push(c));
  stdin.on('end', () => done(chunks.join('')));
}

function checkSyntax(filename, source) {
  try {
    modulesBinding.compileFunction(source, filename);
  } catch (err) {
    require('internal/process/execution').fatalReport(err);
    process.reallyExit(1);
  }
}

let runOptions;

function runPreloads(options, then) {
  if (options.requires.length > 0) cjs().Module._preloadModules(options.requires);
  if (options.imports.length === 0) return then();
  let p = Promise.resolve();
  const referrer = modulesBinding.pathToFileURL(require('path').join(process.cwd(), '[preload]'));
  for (const spec of options.imports) {
    p = p.then(() => importModule(spec, referrer));
  }
  handleMainPromise(p.then(then));
}

function runMain(options) {
  runOptions = options;
  // --report-* flags: process.report takes them (and its hooks) before any user code.
  if (Object.keys(process._rodeFlags || {}).some((k) => k.startsWith('report-'))) {
    require('internal/process/report');
  }
  runPreloads(options, () => {
    switch (options.mode) {
      case 'file':
        return executeUserEntryPoint(options.entry);
      case 'eval':
        return evalScript('[eval]', options.entry, false);
      case 'print':
        return evalScript('[eval]', options.entry, true);
      case 'stdin':
        return readStdin((code) => evalScript('[stdin]', code, false));
      case 'check': {
        const filename = resolveMain(options.entry);
        return checkSyntax(filename, internalBinding('fs').readFileUtf8(filename));
      }
      case 'check-stdin':
        return readStdin((code) => checkSyntax('[stdin]', code));
      case 'repl':
        return require('internal/repl/start').start();
      case 'test':
        return require('internal/test_runner/runner').runCli(process.argv.slice(1));
      default:
        throw new Error(`unknown mode ${options.mode}`);
    }
  });
}

// Whether the ES module entry (or an --import preload) is still awaiting at exit.
function mainPending() {
  return mainPromise !== undefined && !mainSettled;
}

module.exports = { runMain, executeUserEntryPoint, mainPending, addBuiltinGlobals };
