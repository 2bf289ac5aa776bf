// stdin piping and bulk data: 8 MiB through `cat` and back with backpressure on both
// sides, several MiB of `yes` output read slowly, stdin.end() giving the child EOF.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');
const crypto = require('crypto');

let pending = 0;
const done = () => pending--;

// A short round trip through cat.
{
  pending++;
  const c = spawn('cat');
  let out = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { out += d; });
  c.stdin.write('hello ');
  c.stdin.end('cat\n');
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'hello cat\n');
    done();
  });
}

// 8 MiB in, 8 MiB out, a slow reader, write() returning false and 'drain'.
{
  pending++;
  const SIZE = 8 * 1024 * 1024;
  const data = crypto.randomBytes(SIZE);
  const c = spawn('cat');
  let off = 0;
  let drains = 0;
  let sawFalse = false;
  function pump() {
    while (off < SIZE) {
      const chunk = data.subarray(off, off + 256 * 1024);
      off += chunk.length;
      if (!c.stdin.write(chunk)) {
        sawFalse = true;
        c.stdin.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    c.stdin.end();
  }
  pump();
  const parts = [];
  let n = 0;
  c.stdout.on('data', (d) => {
    parts.push(d);
    if (++n % 8 === 0) {
      c.stdout.pause();
      setTimeout(() => c.stdout.resume(), 2);
    }
  });
  c.stdout.on('end', () => {
    const all = Buffer.concat(parts);
    assert.strictEqual(all.length, SIZE);
    assert.ok(all.equals(data));
  });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.ok(sawFalse);
    assert.ok(drains > 0);
    done();
  });
}

// 4 MiB from `head -c` of `yes` output, read through pipe()-like async iteration.
{
  pending++;
  const c = spawn('sh', ['-c', 'yes abcdefg | head -c 4194304']);
  (async () => {
    let total = 0;
    let bad = 0;
    let carry = '';
    for await (const chunk of c.stdout) {
      total += chunk.length;
      const s = carry + chunk.toString('latin1');
      const lines = s.split('\n');
      carry = lines.pop();
      for (const l of lines) if (l !== 'abcdefg') bad++;
    }
    assert.strictEqual(total, 4194304);
    assert.strictEqual(bad, 0);
    done();
  })();
}

// A child that closes its stdin early: writes to it fail with EPIPE (or are dropped),
// and the process still ends normally.
{
  pending++;
  const c = spawn('sh', ['-c', 'exec 0<&-; sleep 0.1; echo done']);
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  c.stdin.on('error', (e) => {
    assert.strictEqual(e.code, 'EPIPE');
  });
  setTimeout(() => c.stdin.write(Buffer.alloc(1024 * 1024)), 50);
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'done\n');
    done();
  });
}

// Extra pipe on fd 3, both ways.
{
  pending++;
  const c = spawn('sh', ['-c', 'read line <&3; echo "got $line" >&3'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  assert.strictEqual(c.stdin, null);
  assert.strictEqual(c.stdout, null);
  assert.strictEqual(c.stderr, null);
  assert.strictEqual(c.stdio.length, 4);
  const p = c.stdio[3];
  assert.ok(p.readable && p.writable);
  let got = '';
  p.on('data', (d) => { got += d; });
  p.write('fd3\n');
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(got, 'got fd3\n');
    done();
  });
}

process.on('exit', () => assert.strictEqual(pending, 0));
