'use strict';
// node:vm argument validation: Node's error classes, codes and messages.
const assert = require('assert');
const vm = require('vm');

function check(fn, name, code, message) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.name, name);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.message, message);
    return true;
  });
}
const T = 'TypeError';
const R = 'RangeError';
const TYPE = 'ERR_INVALID_ARG_TYPE';

check(() => vm.runInContext('1', {}), T, TYPE,
  'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object');
check(() => vm.runInContext('1', 5), T, TYPE, 'The "object" argument must be of type object. Received type number (5)');
check(() => new vm.Script('1').runInContext({}), T, TYPE,
  'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object');
check(() => vm.createContext(5), T, TYPE, 'The "object" argument must be of type object. Received type number (5)');
check(() => vm.createContext({}, 5), T, TYPE, 'The "options" argument must be of type object. Received type number (5)');
check(() => vm.createContext({}, { name: 5 }), T, TYPE,
  'The "options.name" property must be of type string. Received type number (5)');
check(() => vm.createContext({}, { origin: 5 }), T, TYPE,
  'The "options.origin" property must be of type string. Received type number (5)');
check(() => vm.createContext({}, { codeGeneration: 5 }), T, TYPE,
  'The "options.codeGeneration" property must be of type object. Received type number (5)');
check(() => vm.createContext({}, { codeGeneration: { strings: 5 } }), T, TYPE,
  'The "options.codeGeneration.strings" property must be of type boolean. Received type number (5)');
check(() => vm.createContext({}, { codeGeneration: { wasm: 5 } }), T, TYPE,
  'The "options.codeGeneration.wasm" property must be of type boolean. Received type number (5)');
check(() => vm.createContext({}, { microtaskMode: 'x' }), T, 'ERR_INVALID_ARG_VALUE',
  "The property 'options.microtaskMode' must be one of: 'afterEvaluate', undefined. Received 'x'");
check(() => vm.isContext(5), T, TYPE, 'The "object" argument must be of type object. Received type number (5)');

check(() => new vm.Script('1', { filename: 5 }), T, TYPE,
  'The "options.filename" property must be of type string. Received type number (5)');
check(() => new vm.Script('1', { lineOffset: 1.5 }), R, 'ERR_OUT_OF_RANGE',
  'The value of "options.lineOffset" is out of range. It must be an integer. Received 1.5');
check(() => new vm.Script('1', { columnOffset: '1' }), T, TYPE,
  'The "options.columnOffset" property must be of type number. Received type string (\'1\')');
check(() => new vm.Script('1', { cachedData: 5 }), T, TYPE,
  'The "options.cachedData" property must be an instance of Buffer, TypedArray, or DataView. Received type number (5)');
check(() => new vm.Script('1', { produceCachedData: 1 }), T, TYPE,
  'The "options.produceCachedData" property must be of type boolean. Received type number (1)');
check(() => new vm.Script('1', 5), T, TYPE, 'The "options" argument must be of type object. Received type number (5)');
check(() => new vm.Script('1', { importModuleDynamically: 5 }), T, TYPE,
  'The "options.importModuleDynamically" property must be of type function. Received type number (5)');

const script = new vm.Script('1');
check(() => script.runInThisContext({ timeout: -1 }), R, 'ERR_OUT_OF_RANGE',
  'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received -1');
check(() => script.runInThisContext({ timeout: 0 }), R, 'ERR_OUT_OF_RANGE',
  'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received 0');
check(() => script.runInThisContext({ timeout: 1.5 }), R, 'ERR_OUT_OF_RANGE',
  'The value of "options.timeout" is out of range. It must be an integer. Received 1.5');
check(() => script.runInThisContext({ timeout: '5' }), T, TYPE,
  'The "options.timeout" property must be of type number. Received type string (\'5\')');
check(() => script.runInThisContext({ displayErrors: 5 }), T, TYPE,
  'The "options.displayErrors" property must be of type boolean. Received type number (5)');
check(() => script.runInThisContext({ breakOnSigint: 5 }), T, TYPE,
  'The "options.breakOnSigint" property must be of type boolean. Received type number (5)');
check(() => script.runInThisContext(5), T, TYPE, 'The "options" argument must be of type object. Received type number (5)');
check(() => vm.runInNewContext('1', {}, { contextName: 5 }), T, TYPE,
  'The "options.contextName" property must be of type string. Received type number (5)');
check(() => vm.runInNewContext('1', {}, { contextCodeGeneration: 5 }), T, TYPE,
  'The "options.contextCodeGeneration" property must be of type object. Received type number (5)');

check(() => vm.compileFunction(5), T, TYPE, 'The "code" argument must be of type string. Received type number (5)');
check(() => vm.compileFunction('', 5), T, TYPE, 'The "params" argument must be an instance of Array. Received type number (5)');
check(() => vm.compileFunction('', [5]), T, TYPE, 'The "params[0]" argument must be of type string. Received type number (5)');
check(() => vm.compileFunction('', [], 5), T, TYPE, 'The "options" argument must be of type object. Received type number (5)');
check(() => vm.compileFunction('', [], { filename: 5 }), T, TYPE,
  'The "options.filename" property must be of type string. Received type number (5)');
check(() => vm.compileFunction('', [], { contextExtensions: 5 }), T, TYPE,
  'The "options.contextExtensions" property must be an instance of Array. Received type number (5)');
check(() => vm.compileFunction('', [], { contextExtensions: [5] }), T, TYPE,
  'The "options.contextExtensions[0]" property must be of type object. Received type number (5)');
check(() => vm.compileFunction('', [], { parsingContext: 5 }), T, TYPE,
  'The "options.parsingContext" property must be an instance of Context. Received type number (5)');
check(() => vm.compileFunction('', [], { parsingContext: {} }), T, TYPE,
  'The "options.parsingContext" property must be an instance of Context. Received an instance of Object');

process.on('warning', () => {});
check(() => vm.measureMemory(5), T, TYPE, 'The "options" argument must be of type object. Received type number (5)');
check(() => vm.measureMemory({ mode: 'x' }), T, 'ERR_INVALID_ARG_VALUE',
  "The property 'options.mode' must be one of: 'summary', 'detailed'. Received 'x'");
check(() => vm.measureMemory({ execution: 'x' }), T, 'ERR_INVALID_ARG_VALUE',
  "The property 'options.execution' must be one of: 'default', 'eager'. Received 'x'");
