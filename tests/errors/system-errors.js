'use strict';
// System errors: libuv error names and descriptions, and the shape of fs errors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

// util.getSystemErrorName / getSystemErrorMap
{
  const names = [
    [-1, 'EPERM'], [-2, 'ENOENT'], [-9, 'EBADF'], [-11, 'EAGAIN'], [-13, 'EACCES'],
    [-17, 'EEXIST'], [-20, 'ENOTDIR'], [-21, 'EISDIR'], [-22, 'EINVAL'], [-24, 'EMFILE'],
    [-32, 'EPIPE'], [-38, 'ENOSYS'], [-39, 'ENOTEMPTY'], [-98, 'EADDRINUSE'],
    [-104, 'ECONNRESET'], [-110, 'ETIMEDOUT'], [-111, 'ECONNREFUSED'], [-3008, 'EAI_NONAME'],
    [-4095, 'EOF'], [-4094, 'UNKNOWN'],
  ];
  for (const [errno, name] of names) assert.strictEqual(util.getSystemErrorName(errno), name);
  assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');

  assert.throws(() => util.getSystemErrorName('ENOENT'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "err" argument must be of type number. Received type string (\'ENOENT\')',
  });
  for (const bad of [0, 2, -1.5, NaN]) {
    assert.throws(() => util.getSystemErrorName(bad), {
      name: 'RangeError',
      code: 'ERR_OUT_OF_RANGE',
      message: `The value of "err" is out of range. It must be a negative integer. Received ${bad}`,
    });
  }

  const map = util.getSystemErrorMap();
  assert.ok(map instanceof Map);
  assert.ok(map.size >= 80);
  const descriptions = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EADDRINUSE: 'address already in use',
    ECONNREFUSED: 'connection refused',
    EISDIR: 'illegal operation on a directory',
    EEXIST: 'file already exists',
    ENOTDIR: 'not a directory',
    ENOTEMPTY: 'directory not empty',
    EPIPE: 'broken pipe',
    ETIMEDOUT: 'connection timed out',
    EBADF: 'bad file descriptor',
    EINVAL: 'invalid argument',
    EMFILE: 'too many open files',
    ENOSYS: 'function not implemented',
    EPERM: 'operation not permitted',
    ECONNRESET: 'connection reset by peer',
    EAGAIN: 'resource temporarily unavailable',
    EAI_AGAIN: 'temporary failure',
    EOF: 'end of file',
  };
  const byName = new Map([...map].map(([errno, [name, desc]]) => [name, [errno, desc]]));
  for (const [name, desc] of Object.entries(descriptions)) {
    assert.ok(byName.has(name), name);
    assert.strictEqual(byName.get(name)[1], desc, name);
    assert.strictEqual(util.getSystemErrorName(byName.get(name)[0]), name);
  }
  assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
  // Every call gives a new map.
  map.delete(-2);
  assert.deepStrictEqual(util.getSystemErrorMap().get(-2), ['ENOENT', 'no such file or directory']);
}

// fs errors
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-errors-'));
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'x');
const sub = path.join(dir, 'sub');
fs.mkdirSync(sub);
fs.writeFileSync(path.join(sub, 'inner'), 'y');
const missing = path.join(dir, 'missing');

function fsError(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

function check(err, { errno, code, syscall, message, path: p, dest }) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.constructor, Error);
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.errno, errno);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.path, p);
  assert.strictEqual(err.dest, dest);
  const keys = ['errno', 'code', 'syscall'];
  if (p !== undefined) keys.push('path');
  if (dest !== undefined) keys.push('dest');
  assert.deepStrictEqual(Object.keys(err), keys);
  assert.strictEqual(err.stack.split('\n')[0], `Error: ${message}`);
  assert.strictEqual(err.toString(), `Error: ${message}`);
}

try {
  check(fsError(() => fs.readFileSync(missing)), {
    errno: -2, code: 'ENOENT', syscall: 'open', path: missing,
    message: `ENOENT: no such file or directory, open '${missing}'`,
  });
  check(fsError(() => fs.mkdirSync(sub)), {
    errno: -17, code: 'EEXIST', syscall: 'mkdir', path: sub,
    message: `EEXIST: file already exists, mkdir '${sub}'`,
  });
  check(fsError(() => fs.readdirSync(file)), {
    errno: -20, code: 'ENOTDIR', syscall: 'scandir', path: file,
    message: `ENOTDIR: not a directory, scandir '${file}'`,
  });
  check(fsError(() => fs.rmdirSync(sub)), {
    errno: -39, code: 'ENOTEMPTY', syscall: 'rmdir', path: sub,
    message: `ENOTEMPTY: directory not empty, rmdir '${sub}'`,
  });
  check(fsError(() => fs.renameSync(missing, path.join(dir, 'to'))), {
    errno: -2, code: 'ENOENT', syscall: 'rename', path: missing, dest: path.join(dir, 'to'),
    message: `ENOENT: no such file or directory, rename '${missing}' -> '${path.join(dir, 'to')}'`,
  });
  check(fsError(() => fs.readFileSync(sub)), {
    errno: -21, code: 'EISDIR', syscall: 'read',
    message: 'EISDIR: illegal operation on a directory, read',
  });
  check(fsError(() => fs.statSync(missing)), {
    errno: -2, code: 'ENOENT', syscall: 'stat', path: missing,
    message: `ENOENT: no such file or directory, stat '${missing}'`,
  });
  check(fsError(() => fs.openSync(path.join(file, 'below'))), {
    errno: -20, code: 'ENOTDIR', syscall: 'open', path: path.join(file, 'below'),
    message: `ENOTDIR: not a directory, open '${path.join(file, 'below')}'`,
  });
} finally {
  fs.rmSync(dir, { recursive: true });
}

// The same error through the callback and promise APIs
fs.readFile(missing, (err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(err.errno, -2);
  fs.promises.readFile(missing).then(() => assert.fail('should reject'), (err2) => {
    assert.strictEqual(err2.message, err.message);
    assert.strictEqual(err2.code, 'ENOENT');
    assert.strictEqual(err2.syscall, 'open');
    assert.strictEqual(err2.path, missing);
    console.log('ok');
  });
});
