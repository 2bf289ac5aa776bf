'use strict';
// An uncaught error in -e code, in --input-type=module -e code and in a script read from
// stdin prints node's fatal header: the code's name ([eval], the module's URL, [stdin]),
// its source line and a caret under the error's position.
const assert = require('assert');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

function head(args, input) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', input, cwd: __dirname });
  assert.strictEqual(r.status, 1);
  return r.stderr.split('\n').slice(0, 5);
}

const nullRead = "TypeError: Cannot read properties of null (reading 'x')";
assert.deepStrictEqual(head(['-e', 'const a = 1;\nnull.x']),
  ['[eval]:2', 'null.x', '     ^', '', nullRead]);
assert.deepStrictEqual(head(['-e', "throw new Error('boom')"]),
  ['[eval]:1', "throw new Error('boom')", '^', '', 'Error: boom']);
assert.deepStrictEqual(head([], 'null.x\n'),
  ['[stdin]:1', 'null.x', '     ^', '', nullRead]);
assert.deepStrictEqual(head(['--input-type=module', '-e', 'null.x']),
  [`${pathToFileURL(__dirname).href}/[eval1]:1`, 'null.x', '     ^', '', nullRead]);
