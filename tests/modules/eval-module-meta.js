'use strict';
// `--input-type=module` code (-e and stdin) has Node's import.meta: url `${cwd}/[eval1]`
// (the name unescaped), filename, dirname and resolve.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rode eval-')));
const code = 'console.log(JSON.stringify([import.meta.url, import.meta.filename, ' +
  "import.meta.dirname, import.meta.resolve('./x.js')]))";
const expected = [
  `${pathToFileURL(dir).href}/[eval1]`, path.join(dir, '[eval1]'), dir,
  pathToFileURL(path.join(dir, 'x.js')).href,
];
const viaE = execFileSync(process.execPath, ['--input-type=module', '-e', code],
  { cwd: dir, encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(viaE), expected);
const viaStdin = execFileSync(process.execPath, ['--input-type=module'],
  { cwd: dir, input: code, encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(viaStdin), expected);
fs.rmSync(dir, { recursive: true });
console.log('ok');
