'use strict';
// Argument validation: Node's error codes, classes and messages for bad arguments, thrown
// synchronously by every form (the promise form rejects).
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('args');
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r+');

const cases = [
  [() => fs.readFileSync(1.5), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be of type string or an instance of Buffer or URL. Received type number (1.5)"],
  [() => fs.readFileSync({}), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be of type string or an instance of Buffer or URL. Received an instance of Object"],
  [() => fs.readFileSync('a\u0000b'), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'"],
  [() => fs.readFileSync(file, { encoding: 'bogus' }), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received 'bogus'"],
  [() => fs.readFileSync(file, 42), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be one of type string or object. Received type number (42)"],
  [() => fs.readFileSync(file, { flag: 'q' }), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'flags' is invalid. Received 'q'"],
  [() => fs.readFile(file), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.readFile(file, 'utf8', 'notfn'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received type string ('notfn')"],
  [() => fs.readFile(file, { signal: 1 }, () => {}), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.signal\" property must be an instance of AbortSignal. Received type number (1)"],
  [() => fs.writeFileSync(file, 42), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)"],
  [() => fs.writeFileSync(file, { toString() { return 'x'; } }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object"],
  [() => fs.writeFileSync(file, 'x', { mode: 'abc' }), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'"],
  [() => fs.writeFileSync(file, 'x', { flush: 1 }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.flush\" property must be of type boolean. Received type number (1)"],
  [() => fs.writeFile(file, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.appendFileSync(file, null), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received null"],
  [() => fs.openSync(file, 'rr'), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'flags' is invalid. Received 'rr'"],
  [() => fs.openSync(file, 'r', -1), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be >= 0 && <= 4294967295. Received -1"],
  [() => fs.openSync(file, 'r', 0.5), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be an integer. Received 0.5"],
  [() => fs.openSync(file, 2 ** 40), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"flags\" is out of range. It must be >= -2147483648 && <= 2147483647. Received 1_099_511_627_776"],
  [() => fs.open(file, 'r', 0o666), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.open(file), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.closeSync('1'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"fd\" argument must be of type number. Received type string ('1')"],
  [() => fs.closeSync(-1), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"fd\" is out of range. It must be >= 0 && <= 2147483647. Received -1"],
  [() => fs.closeSync(1.5), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"fd\" is out of range. It must be an integer. Received 1.5"],
  [() => fs.close('1', () => {}), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"fd\" argument must be of type number. Received type string ('1')"],
  [() => fs.fstatSync('1'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"fd\" argument must be of type number. Received type string ('1')"],
  [() => fs.readSync(fd, 'str'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('str')"],
  [() => fs.readSync(fd, Buffer.alloc(4), -1, 1, 0), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"],
  [() => fs.readSync(fd, Buffer.alloc(4), 0, 5, 0), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be <= 4. Received 5"],
  [() => fs.readSync(fd, Buffer.alloc(4), 2, 3, 0), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be <= 2. Received 3"],
  [() => fs.readSync(fd, Buffer.alloc(4), 0, 4, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"position\" argument must be of type bigint or integer. Received type string ('x')"],
  [() => fs.readSync(fd, Buffer.alloc(4), 0, 4, -2), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"position\" is out of range. It must be >= -1 && <= 9007199254740991. Received -2"],
  [() => fs.readSync(fd, Buffer.alloc(4), 0, 4, 1.5), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"position\" is out of range. It must be an integer. Received 1.5"],
  [() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'buffer' is empty and cannot be written. Received <Buffer >"],
  [() => fs.readSync(fd, Buffer.alloc(4), { offset: 'x' }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('x')"],
  [() => fs.read(fd, Buffer.alloc(4), 0, 4, 0), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.read(fd, Buffer.alloc(4), 0, 4, 0, 'cb'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received type string ('cb')"],
  [() => fs.writeSync(fd, 42), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)"],
  [() => fs.writeSync(fd, Buffer.alloc(4), 5), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be <= 4. Received 5"],
  [() => fs.writeSync(fd, Buffer.alloc(4), 1, 4), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be <= 3. Received 4"],
  [() => fs.writeSync(fd, Buffer.alloc(4), -1), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"],
  [() => fs.writeSync(fd, 'abc', 0, 'hex'), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid for data of length 3. Received 'hex'"],
  [() => fs.write(fd, Buffer.alloc(4)), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.write(fd, 'abc'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.readvSync(fd, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"buffers\" argument must be an ArrayBufferView[]. Received type string ('x')"],
  [() => fs.readvSync(fd, [1]), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"buffers\" argument must be an ArrayBufferView[]. Received an instance of Array"],
  [() => fs.writevSync(fd, {}), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"buffers\" argument must be an ArrayBufferView[]. Received an instance of Object"],
  [() => fs.mkdirSync(dir + '/m', { recursive: 'yes' }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.recursive\" property must be of type boolean. Received type string ('yes')"],
  [() => fs.mkdirSync(dir + '/m', { mode: -1 }), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be >= 0 && <= 4294967295. Received -1"],
  [() => fs.mkdirSync(dir + '/m', 'abc'), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'"],
  [() => fs.mkdir(dir + '/m'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.readdirSync(dir, { recursive: 1 }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.recursive\" property must be of type boolean. Received type number (1)"],
  [() => fs.readdirSync(dir, { encoding: 'nope' }), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received 'nope'"],
  [() => fs.rmSync(dir, { force: 'yes' }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.force\" property must be of type boolean. Received type string ('yes')"],
  [() => fs.rmSync(dir, { recursive: 1 }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.recursive\" property must be of type boolean. Received type number (1)"],
  [() => fs.rmSync(dir, { maxRetries: -1 }), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"options.maxRetries\" is out of range. It must be >= 0 && <= 4294967295. Received -1"],
  [() => fs.rmSync(dir, { retryDelay: 'x' }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.retryDelay\" property must be of type number. Received type string ('x')"],
  [() => fs.rmSync(dir, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be of type object. Received type string ('x')"],
  [() => fs.rmdirSync(dir, { recursive: 'x' }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.recursive\" property must be of type boolean. Received type string ('x')"],
  [() => fs.stat(file), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.lstat(file, {}, 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received type number (1)"],
  [() => fs.accessSync(file, 'r'), "TypeError", "ERR_INVALID_ARG_TYPE", "mode must be int32 or null/undefined"],
  [() => fs.accessSync(file, 8), "RangeError", "ERR_OUT_OF_RANGE", "mode is out of range: >= 0 && <= 7"],
  [() => fs.access(file), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.exists(file), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.copyFileSync(file, dir + '/c', 8), "RangeError", "ERR_OUT_OF_RANGE", "mode is out of range: >= 0 && <= 7"],
  [() => fs.copyFileSync(file, dir + '/c', 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "mode must be int32 or null/undefined"],
  [() => fs.copyFileSync(1, dir + '/c'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"src\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.copyFileSync(file, 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"dest\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.renameSync(1, 'a'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"oldPath\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.renameSync('a', 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"newPath\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.linkSync(1, 'a'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"existingPath\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.linkSync('a', 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"newPath\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.symlinkSync(1, 'a'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"target\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.symlinkSync('a', 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.readlinkSync(1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"oldPath\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.chmodSync(file, 'abc'), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'"],
  [() => fs.chmodSync(file, {}), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"mode\" argument must be of type number. Received an instance of Object"],
  [() => fs.chownSync(file, -2, 0), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"uid\" is out of range. It must be >= -1 && <= 4294967295. Received -2"],
  [() => fs.chownSync(file, 0, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"gid\" argument must be of type number. Received type string ('x')"],
  [() => fs.chownSync(file, 2 ** 32, 0), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"uid\" is out of range. It must be >= -1 && <= 4294967295. Received 4294967296"],
  [() => fs.fchmodSync(fd, 1.5), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be an integer. Received 1.5"],
  [() => fs.fchownSync(fd, 'x', 0), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"uid\" argument must be of type number. Received type string ('x')"],
  [() => fs.utimesSync(file, 'abc', 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"time\" argument must be an instance of Date or an Time in seconds. Received type string ('abc')"],
  [() => fs.utimesSync(file, 1, {}), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"time\" argument must be an instance of Date or an Time in seconds. Received an instance of Object"],
  [() => fs.futimesSync(fd, 'abc', 1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"atime\" argument must be an instance of Date or an Time in seconds. Received type string ('abc')"],
  [() => fs.futimesSync(fd, 1, null), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"mtime\" argument must be an instance of Date or an Time in seconds. Received null"],
  [() => fs.truncateSync(file, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"len\" argument must be of type number. Received type string ('x')"],
  [() => fs.ftruncateSync(fd, 1.5), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"len\" is out of range. It must be an integer. Received 1.5"],
  [() => fs.ftruncateSync(fd, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"len\" argument must be of type number. Received type string ('x')"],
  [() => fs.mkdtempSync(1), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"prefix\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.mkdtempSync(dir + '/x', { encoding: 'zz' }), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received 'zz'"],
  [() => fs.realpathSync(file, 'zz'), "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received 'zz'"],
  [() => fs.realpath(file), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received undefined"],
  [() => fs.opendirSync(dir, { bufferSize: 0 }), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"options.bufferSize\" is out of range. It must be >= 1 && <= 4294967295. Received 0"],
  [() => fs.opendirSync(dir, { bufferSize: 'x' }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.bufferSize\" property must be of type number. Received type string ('x')"],
  [() => fs.opendir(dir), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"callback\" argument must be of type function. Received undefined"],
  [() => fs.cpSync(1, 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"src\" argument must be of type string or an instance of Buffer or URL. Received type number (1)"],
  [() => fs.cpSync(dir, dir + '/q', { recursive: 1 }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.recursive\" property must be of type boolean. Received type number (1)"],
  [() => fs.cpSync(dir, dir + '/q', { filter: 1 }), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options.filter\" property must be of type function. Received type number (1)"],
  [() => fs.cpSync(dir, dir + '/q', { dereference: true, verbatimSymlinks: true }), "TypeError", "ERR_INCOMPATIBLE_OPTION_PAIR", "Option \"dereference\" cannot be used in combination with option \"verbatimSymlinks\""],
  [() => fs.cpSync(dir, dir + '/q', 'x'), "TypeError", "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be of type object. Received type string ('x')"],
  [() => fs.cpSync(dir, dir + '/q', { mode: 9 }), "RangeError", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be >= 0 && <= 7. Received 9"],
];

for (const [fn, name, code, message] of cases) {
  let threw = false;
  try {
    fn();
  } catch (err) {
    threw = true;
    assert.strictEqual(err.code, code, `${fn}: ${err.message}`);
    assert.strictEqual(err.name, name, `${fn}`);
    assert.strictEqual(err.message, message, `${fn}`);
  }
  assert.ok(threw, `expected a throw: ${fn}`);
}

// Functions that must not throw on odd input.
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync(1), false);
assert.strictEqual(fs.existsSync({}), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);
assert.ok(fs.statSync(file, 1).isFile());

// Promise forms reject (never throw synchronously) with the same errors.
const rejects = [
  [() => fsp.readFile(1.5), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.readFile(file, { encoding: 'bogus' }), 'ERR_INVALID_ARG_VALUE'],
  [() => fsp.writeFile(file, 42), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.open(file, 'rr'), 'ERR_INVALID_ARG_VALUE'],
  [() => fsp.mkdir(dir, { recursive: 'yes' }), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.access(file, 'r'), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.copyFile(file, dir + '/c', 8), 'ERR_OUT_OF_RANGE'],
  [() => fsp.rm(dir, { force: 'yes' }), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.chown(file, -2, 0), 'ERR_OUT_OF_RANGE'],
  [() => fsp.utimes(file, 'abc', 1), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.stat({}), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.readdir(dir, { encoding: 'nope' }), 'ERR_INVALID_ARG_VALUE'],
];
let n = 0;
for (const [fn, code] of rejects) {
  let p;
  assert.doesNotThrow(() => { p = fn(); });
  p.then(() => assert.fail(`should reject: ${fn}`), (err) => {
    assert.strictEqual(err.code, code, `${fn}`);
    n++;
  });
}

// FileHandle methods validate too.
fsp.open(file, 'r').then(async (fh) => {
  await assert.rejects(fh.read(Buffer.alloc(4), -1), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(fh.write(42), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)',
  });
  await assert.rejects(fh.chmod('xyz'), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(fh.truncate('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  await fh.close();
  fs.closeSync(fd);
  assert.strictEqual(n, rejects.length);
  console.log('ok');
});
