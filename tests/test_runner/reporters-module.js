'use strict';
// node:test/reporters as a module: which reporters it has, how they are exposed (lazy
// getters, spec as a constructor function, lcov as a fresh stream on each read), and the
// lcov tracefile made from a coverage event.

const assert = require('assert');
const { Readable, Transform } = require('stream');
const reporters = require('node:test/reporters');

function shape() {
  assert.deepStrictEqual(Object.keys(reporters), ['dot', 'junit', 'spec', 'tap', 'lcov']);
  const descriptors = Object.getOwnPropertyDescriptors(reporters);
  for (const name of ['dot', 'junit', 'tap', 'lcov']) {
    const { get, set, enumerable, configurable } = descriptors[name];
    assert.strictEqual(typeof get, 'function', name);
    assert.strictEqual(get.name, 'get');
    assert.strictEqual(set, undefined);
    assert.strictEqual(enumerable, true);
    assert.strictEqual(configurable, true);
  }
  const { value, writable, enumerable, configurable } = descriptors.spec;
  assert.deepStrictEqual([typeof value, value.name, value.length, writable, enumerable, configurable],
                         ['function', 'value', 0, false, true, true]);
  assert.strictEqual(Object.getPrototypeOf(reporters), Object.prototype);

  // dot, junit and tap are async generator functions, the same object on every read.
  const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
  for (const [name, fnName] of [['dot', 'dot'], ['junit', 'junitReporter'], ['tap', 'tapReporter']]) {
    assert.ok(reporters[name] instanceof AsyncGeneratorFunction, name);
    assert.strictEqual(reporters[name].name, fnName);
    assert.strictEqual(reporters[name], reporters[name]);
  }

  // spec makes a SpecReporter, with or without `new`.
  const viaNew = new reporters.spec();
  const viaCall = reporters.spec();
  for (const reporter of [viaNew, viaCall]) {
    assert.ok(reporter instanceof Transform);
    assert.strictEqual(reporter.constructor.name, 'SpecReporter');
    assert.strictEqual(reporter.writableObjectMode, true);
    assert.strictEqual(reporter.readableObjectMode, false);
  }
  assert.notStrictEqual(viaNew, viaCall);
  assert.ok(!(viaNew instanceof reporters.spec));

  // Each read of lcov makes a new LcovReporter.
  const lcov = reporters.lcov;
  assert.ok(lcov instanceof Transform);
  assert.strictEqual(lcov.constructor.name, 'LcovReporter');
  assert.notStrictEqual(lcov, reporters.lcov);
  assert.strictEqual(lcov.writableObjectMode, true);
  assert.strictEqual(lcov.readableObjectMode, false);
}

async function lcovReport() {
  const file = {
    path: '/w/lib/a.js',
    totalFunctionCount: 2,
    coveredFunctionCount: 1,
    totalBranchCount: 3,
    coveredBranchCount: 2,
    totalLineCount: 4,
    coveredLineCount: 3,
    functions: [{ name: 'named', line: 1, count: 2 }, { name: '', line: 6, count: 0 }],
    branches: [{ line: 2, count: 1 }, { line: 4, count: 0 }, { line: 7, count: 3 }],
    lines: [{ line: 7, count: 1 }, { line: 2, count: 0 }, { line: 1, count: 2 }],
  };
  const summary = { workingDirectory: '/w', files: [file, { ...file, path: '/other/b.js', functions: [], branches: [], lines: [] }] };
  const chunks = await Readable.from([
    { type: 'test:pass', data: { name: 'x', nesting: 0, testNumber: 1, details: { duration_ms: 1 } } },
    { type: 'test:coverage', data: { nesting: 0, summary } },
  ]).compose(reporters.lcov).toArray();
  assert.strictEqual(Buffer.concat(chunks).toString(), [
    'TN:',
    'SF:lib/a.js',
    'FN:1,named',
    'FN:6,anonymous_1',
    'FNDA:2,named',
    'FNDA:0,anonymous_1',
    'FNF:2',
    'FNH:1',
    'BRDA:2,0,0,1',
    'BRDA:4,1,0,0',
    'BRDA:7,2,0,3',
    'BRF:3',
    'BRH:2',
    'DA:1,2',
    'DA:2,0',
    'DA:7,1',
    'LH:3',
    'LF:4',
    'end_of_record',
    'SF:../other/b.js',
    'FNF:2',
    'FNH:1',
    'BRF:3',
    'BRH:2',
    'LH:3',
    'LF:4',
    'end_of_record',
    '',
  ].join('\n'));
  // The lines are sorted for the report, not in the event.
  assert.deepStrictEqual(file.lines.map(({ line }) => line), [7, 2, 1]);
}

shape();
lcovReport().catch((err) => {
  process.exitCode = 1;
  throw err;
});
