'use strict';
// writeFile/readFile of buffers larger than one write chunk (several MiB) in the sync,
// callback, promise and FileHandle forms: exact round trips, append and 'a' flags, flush,
// typed arrays other than Uint8Array, views at an offset, and the errors of failed opens
// and writes.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('large');
const j = (...p) => path.join(dir, ...p);

// 9 MiB + 12345 bytes of a known pattern (not a multiple of any power-of-two chunk size).
const SIZE = (9 << 20) + 12345;
const data = Buffer.alloc(SIZE);
for (let i = 0, s = 7; i < SIZE; i++) data[i] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
const twice = Buffer.concat([data, data]);
const f = j('big.bin');

const sameFile = (file, expected) => {
  const got = fs.readFileSync(file);
  assert.strictEqual(got.length, expected.length);
  assert.ok(got.equals(expected));
};

(async () => {
  // Promise form, then read back both ways.
  await fsp.writeFile(f, data);
  sameFile(f, data);
  const back = await fsp.readFile(f);
  assert.ok(back.equals(data));
  assert.strictEqual(back.buffer.byteLength >= SIZE, true);

  // Callback form overwrites (truncates) a longer file.
  fs.writeFileSync(f, twice);
  await new Promise((resolve, reject) => fs.writeFile(f, data, (e) => (e ? reject(e) : resolve())));
  sameFile(f, data);
  const cbBack = await new Promise((resolve, reject) =>
    fs.readFile(f, (e, b) => (e ? reject(e) : resolve(b))));
  assert.ok(cbBack.equals(data));

  // Appending, async and sync.
  await fsp.appendFile(f, data);
  sameFile(f, twice);
  fs.writeFileSync(f, data);
  fs.writeFileSync(f, data, { flag: 'a' });
  sameFile(f, twice);
  await new Promise((resolve, reject) => fs.appendFile(f, data, (e) => (e ? reject(e) : resolve())));
  assert.strictEqual(fs.statSync(f).size, 3 * SIZE);

  // flush, and the mode of a new file.
  await fsp.writeFile(j('flushed.bin'), data, { flush: true, mode: 0o600 });
  sameFile(j('flushed.bin'), data);
  assert.strictEqual(fs.statSync(j('flushed.bin')).mode & 0o777, 0o600 & ~process.umask());

  // A FileHandle writes from its position, twice in a row.
  const fh = await fsp.open(f, 'w');
  await fh.writeFile(data);
  await fh.writeFile(data);
  await fh.close();
  sameFile(f, twice);

  // A caller's fd (callback form) writes from its position and stays open.
  const fd = fs.openSync(f, 'w');
  fs.writeSync(fd, 'head');
  await new Promise((resolve, reject) => fs.writeFile(fd, data, (e) => (e ? reject(e) : resolve())));
  fs.writeFileSync(fd, 'tail');
  fs.closeSync(fd);
  sameFile(f, Buffer.concat([Buffer.from('head'), data, Buffer.from('tail')]));

  // Other views: a Uint16Array, and a Buffer view at an offset into a larger buffer.
  const u16 = new Uint16Array(SIZE >> 1);
  for (let i = 0; i < u16.length; i++) u16[i] = i;
  await fsp.writeFile(f, u16);
  sameFile(f, Buffer.from(u16.buffer));
  const view = twice.subarray(1000, 1000 + SIZE);
  await fsp.writeFile(f, view);
  sameFile(f, view);
  fs.writeFileSync(f, view);
  sameFile(f, view);

  // Errors: a missing directory (open), an fd opened read-only (write).
  const missing = j('no-such-dir', 'x.bin');
  await assert.rejects(fsp.writeFile(missing, data), {
    code: 'ENOENT',
    errno: -2,
    syscall: 'open',
    path: missing,
    message: `ENOENT: no such file or directory, open '${missing}'`,
  });
  const cbErr = await new Promise((resolve) => fs.writeFile(missing, data, resolve));
  assert.strictEqual(cbErr.code, 'ENOENT');
  assert.strictEqual(cbErr.syscall, 'open');
  assert.throws(() => fs.writeFileSync(missing, data), { code: 'ENOENT', syscall: 'open', path: missing });
  const ro = fs.openSync(f, 'r');
  const wErr = await new Promise((resolve) => fs.writeFile(ro, data, resolve));
  assert.strictEqual(wErr.code, 'EBADF');
  assert.strictEqual(wErr.syscall, 'write');
  assert.strictEqual(wErr.message, 'EBADF: bad file descriptor, write');
  assert.throws(() => fs.writeFileSync(ro, data), { code: 'EBADF', syscall: 'write' });
  fs.closeSync(ro);
  const rh = await fsp.open(f, 'r');
  await assert.rejects(rh.writeFile(data), { code: 'EBADF', syscall: 'write' });
  await rh.close();
  sameFile(f, view);

  // An aborted signal stops the promise form before anything is written.
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.writeFile(j('aborted.bin'), data, { signal: ac.signal }), { name: 'AbortError' });
  assert.strictEqual(fs.existsSync(j('aborted.bin')), false);

  // Many concurrent large writes to different files all land intact.
  const names = [0, 1, 2, 3].map((i) => j(`c${i}.bin`));
  await Promise.all(names.map((n, i) => fsp.writeFile(n, i % 2 ? view : data)));
  names.forEach((n, i) => sameFile(n, i % 2 ? view : data));
  console.log('large-files ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
