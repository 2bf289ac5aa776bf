'use strict';
// process.stdout on a terminal follows SIGWINCH: new columns/rows and a 'resize' event (one
// SIGWINCH listener, installed when stdout is first used, as in Node). The child runs on a
// pseudo-terminal made by script(1).
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const child = path.join(__dirname, 'fixtures', 'resize-child.js');
const r = spawnSync('script', ['-qc', `'${process.execPath}' '${child}'`, '/dev/null'],
  { encoding: 'utf8', timeout: 10000 });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout.replace(/\r/g, ''), 'resize 100x30 listeners=1\n');
console.log('ok');
