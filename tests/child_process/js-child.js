// JS children: process.execPath (rode under rode, node under node) with stdin/stdout pipes,
// exit codes, an uncaught exception, -e, and ref()/unref() of a running child.
'use strict';
const assert = require('assert');
const path = require('path');
const { spawn, execFileSync, spawnSync } = require('child_process');

let pending = 0;
const done = () => pending--;
const fixture = (name) => path.join(__dirname, 'fixtures', name);

{
  pending++;
  const c = spawn(process.execPath, [fixture('upper.js'), '7']);
  let out = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { out += d; });
  c.stdin.write('hello ');
  setTimeout(() => c.stdin.end('from the parent\n'), 20);
  c.on('close', (code, signal) => {
    assert.deepStrictEqual([code, signal], [7, null]);
    assert.strictEqual(out, 'HELLO FROM THE PARENT\n');
    done();
  });
}

{
  pending++;
  const c = spawn(process.execPath, ['-e', 'throw new Error("boom from child")']);
  let err = '';
  c.stderr.on('data', (d) => { err += d; });
  c.on('close', (code) => {
    assert.strictEqual(code, 1);
    assert.ok(err.includes('Error: boom from child'), err);
    done();
  });
}

assert.strictEqual(execFileSync(process.execPath, ['-e', 'console.log(6 * 7)'], { encoding: 'utf8' }), '42\n');
assert.strictEqual(
  execFileSync(process.execPath, ['-e', 'console.log(process.argv.slice(1).join(","))', 'a', 'b c'], { encoding: 'utf8' }),
  'a,b c\n');
assert.strictEqual(
  execFileSync(process.execPath, [fixture('upper.js')], { input: 'sync input', encoding: 'utf8' }),
  'SYNC INPUT');

// An unref'd child doesn't keep its parent alive; ref() undoes unref().
{
  const start = Date.now();
  const r = spawnSync(process.execPath, [fixture('unref.js'), 'unref'], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'parent exit\n');
  assert.strictEqual(r.status, 0);
  assert.ok(Date.now() - start < 2500, 'the parent waited for its unref\'d child');
  const r2 = spawnSync(process.execPath, [fixture('unref.js'), 'ref'], { encoding: 'utf8' });
  assert.strictEqual(r2.stdout, 'exit 0 null\nparent exit\n');
}

process.on('exit', () => assert.strictEqual(pending, 0));
