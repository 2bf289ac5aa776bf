'use strict';
// An ES module that uses a CommonJS global (require, exports, module, __filename, __dirname)
// at top level fails with node's ReferenceError: "in ES module scope", "you can use import
// instead" for require, and for a `.js` file made a module by its package.json, the
// sentence naming that package.json.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = path.join(__dirname, 'fixtures', 'commonjs-globals');

function errorLine(file) {
  const r = spawnSync(process.execPath, [path.join(dir, file)], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  const lines = r.stderr.split('\n');
  const i = lines.findIndex((l) => l.startsWith('ReferenceError'));
  assert.ok(i >= 0, r.stderr);
  return lines.slice(i, i + 2);
}

assert.deepStrictEqual(errorLine('uses-require.js'), [
  'ReferenceError: require is not defined in ES module scope, you can use import instead',
  "This file is being treated as an ES module because it has a '.js' file extension and " +
    `'${path.join(dir, 'package.json')}' contains "type": "module". To treat it as a ` +
    "CommonJS script, rename it to use the '.cjs' file extension.",
]);
const [first, second] = errorLine('uses-dirname.mjs');
assert.strictEqual(first, 'ReferenceError: __dirname is not defined in ES module scope');
assert.match(second, /^ {4}at /);

// Only an error from the module's evaluation is explained: a later one is left as it is.
const late = spawnSync(process.execPath, [path.join(dir, 'late.js')], { encoding: 'utf8' });
assert.strictEqual(late.stdout, 'undefined\n');
assert.match(late.stderr, /^ReferenceError: undefinedThing is not defined$/m);

// -e code given as a module: no file, so no package sentence.
const ev = spawnSync(process.execPath, ['--input-type=module', '-e', 'exports.x = 1'], {
  encoding: 'utf8',
});
assert.match(ev.stderr, /^ReferenceError: exports is not defined in ES module scope$/m);
