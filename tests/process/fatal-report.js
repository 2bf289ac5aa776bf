'use strict';
// The report of an uncaught error on stderr: the file and line, the source line, a caret
// under the `throw`, a blank line, then the error; exit code 1.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-fatal-'));
function report(source) {
  const file = path.join(dir, `case${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(file, source);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  const lines = r.stderr.split('\n');
  assert.match(lines[lines.length - 2], /^Node\.js v\d+\.\d+\.\d+$/);
  return [lines.slice(0, 5), file];
}

let [lines, file] = report("'use strict';\nfunction f() {\n  throw new Error('plain');\n}\nf();\n");
assert.deepStrictEqual(lines, [`${file}:3`, "  throw new Error('plain');", '  ^', '', 'Error: plain']);

// A constructor reached through an expression, with arguments that span most of the line.
[lines, file] = report("const ns = { E: class E extends Error {} };\nconst o = { name: 'x' };\n" +
  "if (o) {\n    throw new ns['E']('Missing: \"' + o.name + '\" in ' + [1, 2].join());\n}\n");
assert.deepStrictEqual(lines, [`${file}:4`, "    throw new ns['E']('Missing: \"' + o.name + '\" in ' + [1, 2].join());",
  '    ^', '', 'E [Error]: Missing: "x" in 1,2']);

fs.rmSync(dir, { recursive: true });
