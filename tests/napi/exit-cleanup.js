'use strict';
// Env cleanup hooks run when the program ends on its own (tests/napi/misc.out), but
// process.exit() ends the process without them, as node's does.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const a = require('./_addon').load('misc');
  a.addHook('first');
  process.on('exit', () => console.log('exit event'));
  setTimeout(() => process.exit(3), 1);
} else {
  const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.stdout, 'exit event\n');
}
