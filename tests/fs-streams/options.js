'use strict';
// fs stream options: validation errors, fd (number and FileHandle), autoClose, string
// options, file: URLs, signal, and the old calling conventions.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { pathToFileURL } = require('url');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('options');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, '0123456789');

function collect(rs) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    rs.on('data', (c) => chunks.push(c));
    rs.on('error', reject);
    rs.on('end', () => resolve(typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks).toString()));
  });
}

function finished(stream) {
  return new Promise((resolve) => stream.on('close', resolve));
}

(async () => {
  // Validation happens in the constructor.
  assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
  });
  assert.throws(() => fs.createReadStream(file, { start: '1' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "start" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => fs.createReadStream(file, { end: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "end" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => fs.createReadStream(file, { start: 1.5 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "start" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => fs.createReadStream(123), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (123)',
  });
  assert.throws(() => fs.createReadStream(file, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be one of type string or object. Received type number (5)',
  });
  assert.throws(() => fs.createReadStream(file, 'bogus'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
  });
  assert.throws(() => fs.createReadStream(null, { fd: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fd" property must be of type number or an instance of FileHandle. Received type string (\'x\')',
  });
  assert.throws(() => fs.createReadStream(null, { fd: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
  });
  assert.throws(() => fs.createWriteStream(file, { start: -2 }), {
    code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => fs.createWriteStream(file, { flush: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.flush" property must be of type boolean. Received type string (\'yes\')',
  });
  assert.throws(() => fs.createReadStream(file, { fs: { open: 1 } }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fs.open" property must be of type function. Received type number (1)',
  });
  assert.throws(() => fs.createWriteStream(file, { fs: { open() {}, close() {} } }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fs.write" property must be of type function. Received undefined',
  });

  // Called without new; string options are the encoding; URLs are paths.
  const rs0 = fs.ReadStream(file, 'utf8');
  assert.ok(rs0 instanceof fs.ReadStream);
  assert.ok(rs0 instanceof require('stream').Readable);
  assert.strictEqual(rs0.readableEncoding, 'utf8');
  assert.strictEqual(await collect(rs0), '0123456789');
  assert.strictEqual(await collect(fs.createReadStream(pathToFileURL(file), { start: 8 })), '89');
  assert.strictEqual(fs.ReadStream, fs.createReadStream(file).destroy().constructor);
  assert.strictEqual(fs.FileReadStream, fs.ReadStream);
  assert.strictEqual(fs.FileWriteStream, fs.WriteStream);
  assert.strictEqual(fs.createReadStream(file).destroy().readableHighWaterMark, 65536);
  assert.strictEqual(fs.createWriteStream(path.join(dir, 'hwm')).destroy().writableHighWaterMark, 16384);

  // A numeric fd: reads from the current position unless start is given; autoClose
  // false leaves it open.
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, Buffer.alloc(3), 0, 3, null);
  const rs1 = fs.createReadStream(null, { fd, autoClose: false, encoding: 'utf8' });
  assert.strictEqual(rs1.path, undefined);
  assert.strictEqual(rs1.pending, false);
  assert.strictEqual(rs1.autoClose, false);
  assert.strictEqual(await collect(rs1), '3456789');
  assert.strictEqual(fs.fstatSync(fd).size, 10);
  const rs2 = fs.createReadStream('ignored', { fd, start: 1, end: 2, encoding: 'utf8' });
  assert.strictEqual(await collect(rs2), '12');
  await finished(rs2);
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });

  // A FileHandle: the stream holds it until it closes; closing the handle ends the stream.
  const fh = await fsp.open(file, 'r');
  const rs3 = fs.createReadStream(null, { fd: fh, start: 6 });
  assert.strictEqual(rs3.fd, fh.fd);
  assert.strictEqual(await collect(rs3), '6789');
  await finished(rs3);
  assert.strictEqual(fh.fd, -1);
  const fh2 = await fsp.open(file, 'r');
  assert.throws(() => fs.createReadStream(null, { fd: fh2, fs: {} }), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The FileHandle with fs method is not implemented',
  });
  await fh2.close();

  // FileHandle.createReadStream / createWriteStream.
  const out = path.join(dir, 'fh-out.txt');
  const wfh = await fsp.open(out, 'w');
  const ws = wfh.createWriteStream({ encoding: 'latin1' });
  ws.write('caf\xe9');
  ws.end(' ok');
  await finished(ws);
  assert.strictEqual(wfh.fd, -1);
  assert.deepStrictEqual([...fs.readFileSync(out)], [99, 97, 102, 0xe9, 32, 111, 107]);
  const rfh = await fsp.open(out);
  assert.strictEqual(await collect(rfh.createReadStream({ start: 4, encoding: 'utf8' })), ' ok');

  // AbortSignal: aborting destroys the stream with an AbortError.
  const ac = new AbortController();
  const rs4 = fs.createReadStream(file, { signal: ac.signal });
  ac.abort();
  await assert.rejects(collect(rs4), { name: 'AbortError', code: 'ABORT_ERR' });
  assert.throws(() => fs.createReadStream(file, { signal: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type string (\'x\')',
  });

  // Open errors: ENOENT/EISDIR with Node's message, then 'close'.
  const missing = path.join(dir, 'nope.txt');
  await assert.rejects(collect(fs.createReadStream(missing)), {
    code: 'ENOENT',
    errno: -2,
    syscall: 'open',
    path: missing,
    message: `ENOENT: no such file or directory, open '${missing}'`,
  });
  await assert.rejects(collect(fs.createReadStream(dir)), {
    code: 'EISDIR',
    syscall: 'read',
    message: 'EISDIR: illegal operation on a directory, read',
  });
  await assert.rejects(new Promise((resolve, reject) => {
    fs.createWriteStream(dir).on('error', reject).on('finish', resolve).end('x');
  }), { code: 'EISDIR', syscall: 'open', message: `EISDIR: illegal operation on a directory, open '${dir}'` });

  // wx refuses an existing file.
  await assert.rejects(new Promise((resolve, reject) => {
    fs.createWriteStream(file, { flags: 'wx' }).on('error', reject).on('finish', resolve).end('x');
  }), { code: 'EEXIST' });
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '0123456789');

  // flush: fsync before close.
  const flushed = path.join(dir, 'flushed');
  const wsf = fs.createWriteStream(flushed, { flush: true, mode: 0o600 });
  assert.strictEqual(wsf.flush, true);
  wsf.end('data');
  await finished(wsf);
  assert.strictEqual(fs.readFileSync(flushed, 'utf8'), 'data');
  assert.strictEqual(fs.statSync(flushed).mode & 0o777, 0o600);

  // autoClose false on a WriteStream: close() ends it and then destroys it.
  const wsa = fs.createWriteStream(path.join(dir, 'noauto'), { autoClose: false });
  wsa.write('abc');
  const closed = new Promise((resolve) => wsa.close(resolve));
  await closed;
  assert.strictEqual(wsa.destroyed, true);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'noauto'), 'utf8'), 'abc');

  // Destroying while a read is in flight closes the fd after it finishes.
  const big = path.join(dir, 'big');
  fs.writeFileSync(big, Buffer.alloc(1 << 20, 1));
  const rs5 = fs.createReadStream(big, { highWaterMark: 1024 });
  await new Promise((resolve) => rs5.once('data', resolve));
  rs5.destroy();
  await finished(rs5);
  assert.strictEqual(rs5.fd, null);
  assert.ok(rs5.bytesRead >= 1024 && rs5.bytesRead < 1 << 20);

  // The deprecated open() is a no-op function on both prototypes.
  assert.strictEqual(typeof fs.ReadStream.prototype.open, 'function');
  assert.strictEqual(typeof fs.WriteStream.prototype.open, 'function');
  console.log('ok');
})();
