// spawn options: cwd, env, argv0, shell, detached, uid/gid, stdio forms (ignore, inherit,
// fd numbers, objects with an fd, another child's stream).
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

let pending = 0;
const done = () => pending--;
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rode-cp-opt-')));

function run(file, args, options, check) {
  pending++;
  const c = spawn(file, args, options);
  let out = '';
  if (c.stdout) c.stdout.on('data', (d) => { out += d; });
  c.on('close', (code, signal) => {
    check(out, code, signal, c);
    done();
  });
  return c;
}

// cwd (string and file: URL).
run('pwd', [], { cwd: tmp }, (out, code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, tmp + '\n');
});
run('pwd', [], { cwd: new URL('file://' + tmp) }, (out) => assert.strictEqual(out, tmp + '\n'));

// env replaces the environment; without PATH the default one is searched.
run('sh', ['-c', 'echo "$FOO|$BAR|${HOME-unset}"'], { env: { FOO: 'foo', BAR: 'b a r' } }, (out, code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'foo|b a r|unset\n');
});
// Values are stringified; undefined values are left out.
run('sh', ['-c', 'echo "$N|${U-none}"'], { env: { N: 42, U: undefined } }, (out) => {
  assert.strictEqual(out, '42|none\n');
});
// Without env, process.env (as it is now) is passed.
process.env.RODE_CP_TEST_VAR = 'from-parent';
run('sh', ['-c', 'echo "$RODE_CP_TEST_VAR"'], {}, (out) => assert.strictEqual(out, 'from-parent\n'));

// argv0
run('sh', ['-c', 'echo $0'], { argv0: 'custom-zero' }, (out, code, signal, c) => {
  assert.strictEqual(out, 'custom-zero\n');
  assert.deepStrictEqual(c.spawnargs, ['custom-zero', '-c', 'echo $0']);
  assert.strictEqual(c.spawnfile, 'sh');
});

// shell: true → /bin/sh -c "<file> <args>"; a string names the shell.
run('echo "$X" | tr a-z A-Z', [], { shell: true, env: { X: 'shout', PATH: process.env.PATH } }, (out, code, signal, c) => {
  assert.strictEqual(out, 'SHOUT\n');
  assert.strictEqual(c.spawnfile, '/bin/sh');
  assert.deepStrictEqual(c.spawnargs, ['/bin/sh', '-c', 'echo "$X" | tr a-z A-Z']);
});
run('echo', ['a', 'b'], { shell: 'sh' }, (out, code, signal, c) => {
  assert.strictEqual(out, 'a b\n');
  assert.deepStrictEqual(c.spawnargs, ['sh', '-c', 'echo a b']);
});

// detached: the child leads a new session.
const sessionOf = 'read a b c d e f rest < /proc/$$/stat; echo "$$ $f"';
run('sh', ['-c', sessionOf], { detached: true }, (out) => {
  const [pid, sid] = out.trim().split(' ');
  assert.strictEqual(pid, sid);
});
run('sh', ['-c', sessionOf], {}, (out) => {
  const [pid, sid] = out.trim().split(' ');
  assert.notStrictEqual(pid, sid);
});

// uid/gid (only when running as root).
if (process.getuid && process.getuid() === 0) {
  run('sh', ['-c', 'echo "$(id -u) $(id -g)"'], { uid: 65534, gid: 65534 }, (out) => {
    assert.strictEqual(out, '65534 65534\n');
  });
}

// stdio: 'ignore' gives no streams; fd numbers and { fd } objects share the parent's fds.
{
  const outFile = path.join(tmp, 'out.txt');
  const fd = fs.openSync(outFile, 'w');
  const inFile = path.join(tmp, 'in.txt');
  fs.writeFileSync(inFile, 'from a file\n');
  const inFd = fs.openSync(inFile, 'r');
  run('sh', ['-c', 'cat; echo to-stderr >&2'], { stdio: [inFd, fd, { fd }] }, (out, code, signal, c) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(c.stdin, null);
    assert.strictEqual(c.stdout, null);
    assert.strictEqual(c.stderr, null);
    assert.deepStrictEqual(c.stdio, [null, null, null]);
    fs.closeSync(fd);
    fs.closeSync(inFd);
    assert.strictEqual(fs.readFileSync(outFile, 'utf8'), 'from a file\nto-stderr\n');
  });
}
run('sh', ['-c', 'echo x; echo y >&2'], { stdio: 'ignore' }, (out, code, signal, c) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(c.stdio, [null, null, null]);
});
// An ignored stdin reads as empty (/dev/null).
run('sh', ['-c', 'cat; echo end'], { stdio: ['ignore', 'pipe', 'inherit'] }, (out, code, signal, c) => {
  assert.strictEqual(out, 'end\n');
  assert.strictEqual(c.stdin, null);
  assert.strictEqual(c.stderr, null);
});
// Short array: missing slots are pipes.
run('sh', ['-c', 'echo a'], { stdio: ['ignore'] }, (out, code, signal, c) => {
  assert.strictEqual(out, 'a\n');
  assert.strictEqual(c.stdin, null);
  assert.ok(c.stdout && c.stderr);
});

// One child's stdout as another's stdin.
{
  pending++;
  const a = spawn('printf', ['one\\ntwo\\nthree\\n']);
  const b = spawn('sort', ['-r'], { stdio: [a.stdout, 'pipe', 'pipe'] });
  let out = '';
  b.stdout.on('data', (d) => { out += d; });
  b.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'two\nthree\none\n');
    done();
  });
}

process.on('exit', () => {
  fs.rmSync(tmp, { recursive: true });
  assert.strictEqual(pending, 0);
});
