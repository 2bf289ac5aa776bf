'use strict';
// A child's stdout given to another child as its stdin belongs to that child: when the first
// child exits, the parent must not start reading the pipe to let it drain (which it does for
// its own unread stdio), or it takes the bytes the second child has not read yet.
const assert = require('assert');
const { spawn } = require('child_process');

const a = spawn('printf', ['one\\ntwo\\nthree\\n']);
// The reader waits until well after the writer has exited.
const b = spawn('sh', ['-c', 'sleep 0.3; sort -r'], { stdio: [a.stdout, 'pipe', 'inherit'] });
let aExited = false;
a.on('exit', (code) => {
  assert.strictEqual(code, 0);
  aExited = true;
});
let out = '';
b.stdout.setEncoding('utf8');
b.stdout.on('data', (d) => { out += d; });
b.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.ok(aExited);
  assert.strictEqual(out, 'two\nthree\none\n');
  console.log('ok');
});
