'use strict';
// console.log/error on a pipe: no colours, unless FORCE_COLOR asks for them (Node's
// shouldColorize: FORCE_COLOR decides whatever the stream is; 0 and false turn them off).
const assert = require('assert');
const { spawnSync } = require('child_process');

const program = "console.log({ a: 1, s: 'x' }); console.error([true]); console.log('%o', 5)";
const colored = "{ a: \x1b[33m1\x1b[39m, s: \x1b[32m'x'\x1b[39m }\n\x1b[33m5\x1b[39m\n";
const plain = "{ a: 1, s: 'x' }\n5\n";

function run(force) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.NODE_DISABLE_COLORS;
  if (force !== undefined) env.FORCE_COLOR = force;
  const r = spawnSync(process.execPath, ['-e', program], { env, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return r;
}

for (const [force, expected] of [
  [undefined, plain], ['1', colored], ['2', colored], ['3', colored], ['', colored],
  ['true', colored], ['0', plain], ['false', plain],
]) {
  const r = run(force);
  assert.strictEqual(r.stdout, expected, `FORCE_COLOR=${force}`);
  assert.strictEqual(r.stderr, expected === plain ? '[ true ]\n' : '[ \x1b[33mtrue\x1b[39m ]\n',
                     `FORCE_COLOR=${force} (stderr)`);
}
// A Console made with colorMode: false never colours.
const { Console } = require('console');
const { PassThrough } = require('stream');
const out = new PassThrough();
process.env.FORCE_COLOR = '1';
new Console({ stdout: out, colorMode: false }).log({ a: 1 });
new Console({ stdout: out }).log({ a: 1 });
assert.strictEqual(out.read().toString(), '{ a: 1 }\n{ a: \x1b[33m1\x1b[39m }\n');
console.log('ok');
