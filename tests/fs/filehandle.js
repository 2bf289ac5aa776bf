'use strict';
// fs/promises and FileHandle: open, read/write (buffers, strings, options, positions),
// readv/writev, readFile/writeFile/appendFile on handles and paths, stat, truncate, sync,
// chmod, utimes, close (idempotent, 'close' event, EBADF after), Symbol.asyncDispose,
// iterables for writeFile, AbortSignal.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('filehandle');
const j = (...p) => path.join(dir, ...p);

async function main() {
  assert.strictEqual(require('fs').promises, fsp);
  assert.strictEqual(require('node:fs/promises'), fsp);
  assert.strictEqual(fsp.constants, fs.constants);

  // writeFile / readFile / appendFile on paths.
  assert.strictEqual(await fsp.writeFile(j('a.txt'), 'alpha'), undefined);
  assert.strictEqual(await fsp.readFile(j('a.txt'), 'utf8'), 'alpha');
  assert.strictEqual(await fsp.appendFile(j('a.txt'), Buffer.from(' beta')), undefined);
  const buf = await fsp.readFile(j('a.txt'));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'alpha beta');
  assert.strictEqual(await fsp.readFile(j('a.txt'), { encoding: 'hex' }), Buffer.from('alpha beta').toString('hex'));
  await fsp.writeFile(j('b.txt'), '616263', 'hex');
  assert.strictEqual(await fsp.readFile(j('b.txt'), 'utf8'), 'abc');
  await fsp.writeFile(j('c.txt'), new Uint32Array([0x64636261]));
  assert.strictEqual(await fsp.readFile(j('c.txt'), 'latin1'), 'abcd');
  await assert.rejects(fsp.writeFile(j('c.txt'), 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
  // Iterables and async iterables of chunks.
  await fsp.writeFile(j('it.txt'), ['one', Buffer.from('-two'), '-three']);
  assert.strictEqual(await fsp.readFile(j('it.txt'), 'utf8'), 'one-two-three');
  async function* gen() {
    yield 'x';
    yield new Uint8Array([121]);
  }
  await fsp.writeFile(j('gen.txt'), gen());
  assert.strictEqual(await fsp.readFile(j('gen.txt'), 'utf8'), 'xy');

  // Signals.
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.readFile(j('a.txt'), { signal: ac.signal }), { name: 'AbortError', code: 'ABORT_ERR' });
  await assert.rejects(fsp.writeFile(j('x.txt'), 'x', { signal: ac.signal }), { name: 'AbortError' });
  assert.strictEqual(fs.existsSync(j('x.txt')), false);
  const ac2 = new AbortController();
  const pending = fsp.readFile(j('a.txt'), { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(pending, { name: 'AbortError' });

  // A FileHandle.
  const fh = await fsp.open(j('h.bin'), 'w+');
  assert.strictEqual(fh.constructor.name, 'FileHandle');
  assert.strictEqual(typeof fh.fd, 'number');
  assert.ok(fh.fd > 2);
  let r = await fh.write('hello');
  assert.deepStrictEqual(Object.keys(r), ['bytesWritten', 'buffer']);
  assert.strictEqual(r.bytesWritten, 5);
  assert.strictEqual(r.buffer, 'hello');
  assert.strictEqual(Object.getPrototypeOf(r), null);
  const wb = Buffer.from(' world');
  r = await fh.write(wb);
  assert.strictEqual(r.bytesWritten, 6);
  assert.strictEqual(r.buffer, wb);
  assert.strictEqual((await fh.write(Buffer.from('HE'), 0, 2, 0)).bytesWritten, 2);
  assert.strictEqual((await fh.write(Buffer.from('--!!'), { offset: 2, position: 11 })).bytesWritten, 2);
  assert.strictEqual((await fh.write('e9', 13, 'hex')).bytesWritten, 1);
  assert.strictEqual((await fh.write(Buffer.alloc(0))).bytesWritten, 0);
  assert.strictEqual((await fh.writev([Buffer.from('<'), Buffer.from('>')], 14)).bytesWritten, 2);

  const rb = Buffer.alloc(16);
  r = await fh.read(rb, 0, 16, 0);
  assert.deepStrictEqual(Object.keys(r), ['bytesRead', 'buffer']);
  assert.strictEqual(r.bytesRead, 16);
  assert.strictEqual(r.buffer, rb);
  assert.strictEqual(rb.toString('latin1'), 'HEllo world!!\xe9<>');
  r = await fh.read({ buffer: Buffer.alloc(5), position: 6 });
  assert.strictEqual(r.buffer.toString(), 'world');
  r = await fh.read(Buffer.alloc(3), { position: 1 });
  assert.strictEqual(r.buffer.toString(), 'Ell');
  r = await fh.read();
  assert.strictEqual(r.buffer.length, 16384);
  assert.strictEqual(r.bytesRead, 5); // from the current position (11, after the unpositioned writes)
  r = await fh.read(Buffer.alloc(4), 0, 0, 0);
  assert.strictEqual(r.bytesRead, 0);
  const v1 = Buffer.alloc(2);
  const v2 = Buffer.alloc(3);
  r = await fh.readv([v1, v2], 0);
  assert.strictEqual(r.bytesRead, 5);
  assert.deepStrictEqual(r.buffers, [v1, v2]);
  assert.strictEqual(v1.toString() + v2.toString(), 'HEllo');

  // stat / truncate / sync / datasync / chmod / utimes.
  const st = await fh.stat();
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.size, 16);
  assert.strictEqual(await fh.truncate(5), undefined);
  assert.strictEqual((await fh.stat()).size, 5);
  assert.strictEqual(await fh.sync(), undefined);
  assert.strictEqual(await fh.datasync(), undefined);
  assert.strictEqual(await fh.chmod(0o600), undefined);
  assert.strictEqual((await fh.stat()).mode & 0o777, 0o600);
  assert.strictEqual(await fh.utimes(1000, new Date(2000e3)), undefined);
  assert.strictEqual((await fh.stat()).mtimeMs, 2000e3);
  assert.strictEqual(await fh.chown(process.getuid(), process.getgid()), undefined);

  // readFile / writeFile / appendFile on the handle work from its position (still 16
  // after the truncation: the gap reads as zeros).
  await fh.truncate(0);
  await fh.writeFile('from handle', 'utf8');
  await fh.appendFile(' appended');
  assert.strictEqual(await fh.readFile('utf8'), ''); // at the end
  assert.strictEqual(await fsp.readFile(j('h.bin'), 'utf8'), '\0'.repeat(16) + 'from handle appended');
  assert.deepStrictEqual(await fsp.readFile(fh), Buffer.alloc(0));

  // close: 'close' event, idempotent, EBADF afterwards.
  let closed = 0;
  fh.on('close', () => closed++);
  const fd = fh.fd;
  assert.strictEqual(await fh.close(), undefined);
  assert.strictEqual(fh.fd, -1);
  assert.strictEqual(closed, 1);
  await fh.close();
  assert.strictEqual(closed, 1);
  await assert.rejects(fh.read(Buffer.alloc(1)), { message: 'file closed', code: 'EBADF', syscall: 'read' });
  await assert.rejects(fh.stat(), { message: 'file closed', code: 'EBADF', syscall: 'fstat' });
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });

  // Reading a whole file through a handle, then closing while an operation runs.
  const h2 = await fsp.open(j('a.txt'));
  assert.strictEqual(await h2.readFile({ encoding: 'utf8' }), 'alpha beta');
  const readP = h2.read(Buffer.alloc(5), 0, 5, 0);
  const closeP = h2.close();
  assert.strictEqual((await readP).bytesRead, 5);
  await closeP;
  assert.strictEqual(h2.fd, -1);

  // Symbol.asyncDispose closes.
  const h3 = await fsp.open(j('a.txt'));
  await h3[Symbol.asyncDispose]();
  assert.strictEqual(h3.fd, -1);

  // Other promise functions.
  await fsp.access(j('a.txt'));
  await fsp.access(j('a.txt'), fs.constants.R_OK | fs.constants.W_OK);
  await fsp.copyFile(j('a.txt'), j('copy.txt'));
  assert.strictEqual(await fsp.readFile(j('copy.txt'), 'utf8'), 'alpha beta');
  await fsp.rename(j('copy.txt'), j('moved.txt'));
  await fsp.truncate(j('moved.txt'), 5);
  assert.strictEqual(await fsp.readFile(j('moved.txt'), 'utf8'), 'alpha');
  await fsp.chmod(j('moved.txt'), '644');
  await fsp.utimes(j('moved.txt'), 5, 6);
  assert.strictEqual((await fsp.stat(j('moved.txt'))).atimeMs, 5000);
  await fsp.unlink(j('moved.txt'));
  await assert.rejects(fsp.lchmod(j('a.txt'), 0o644), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The lchmod() method is not implemented',
  });
  console.log('ok');
}

main();
