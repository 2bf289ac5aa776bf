'use strict';
// Importing a name a module does not export fails at link time with Node's SyntaxError: the
// specifier as written, the name, and the source line with the name underlined; exit code 1.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

function run(file) {
  const full = path.join(__dirname, 'fixtures', 'missing-export', file);
  const r = spawnSync(process.execPath, [full], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  return { url: pathToFileURL(full).href, head: r.stderr.split('\n').slice(0, 4) };
}

{
  const { url, head } = run('main.mjs');
  assert.deepStrictEqual(head, [
    `${url}:4`,
    '  nothere as x,',
    '  ^^^^^^^',
    "SyntaxError: The requested module 'node:fs' does not provide an export named 'nothere'",
  ]);
}
{
  const { url, head } = run('second.mjs');
  assert.deepStrictEqual(head, [
    `${url}:2`,
    "import { missing } from './lib.mjs';",
    '         ^^^^^^^',
    "SyntaxError: The requested module './lib.mjs' does not provide an export named 'missing'",
  ]);
}
// A default import of a module without a default export: the local name is underlined.
{
  const { url, head } = run('default.mjs');
  assert.deepStrictEqual(head, [
    `${url}:3`,
    "import lib, * as all from './lib.mjs';",
    '       ^^^',
    "SyntaxError: The requested module './lib.mjs' does not provide an export named 'default'",
  ]);
}
{
  const { url, head } = run('cjs-default.mjs');
  assert.deepStrictEqual(head, [
    `${url}:2`,
    "import nothing from './lib.mjs';",
    '       ^^^^^^^',
    "SyntaxError: The requested module './lib.mjs' does not provide an export named 'default'",
  ]);
}
console.log('ok');
