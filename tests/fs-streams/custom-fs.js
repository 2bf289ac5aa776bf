'use strict';
// The `fs` option: streams call the given open/read/write/writev/close/fsync, with
// Node's arguments.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('custom-fs');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefgh');

(async () => {
  const calls = [];
  const rs = fs.createReadStream(file, {
    highWaterMark: 3,
    start: 1,
    fs: {
      open(p, flags, mode, cb) {
        calls.push(['open', path.basename(p), flags, mode]);
        fs.open(p, flags, mode, cb);
      },
      read(fd, buf, off, len, pos, cb) {
        calls.push(['read', typeof fd, buf.length, off, len, pos]);
        fs.read(fd, buf, off, len, pos, cb);
      },
      close(fd, cb) {
        calls.push(['close', typeof fd]);
        fs.close(fd, cb);
      },
    },
  });
  let text = '';
  for await (const chunk of rs) text += chunk;
  await new Promise((resolve) => (rs.closed ? resolve() : rs.on('close', resolve)));
  assert.strictEqual(text, 'bcdefgh');
  assert.deepStrictEqual(calls, [
    ['open', 'data.txt', 'r', 0o666],
    ['read', 'number', 3, 0, 3, 1],
    ['read', 'number', 3, 0, 3, 4],
    ['read', 'number', 3, 0, 3, 7],
    ['read', 'number', 3, 0, 3, 8],
    ['close', 'number'],
  ]);

  // Only writev given: every write goes through it.
  const wcalls = [];
  const out = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(out, {
    fs: {
      open: fs.open,
      close: fs.close,
      writev(fd, bufs, pos, cb) {
        wcalls.push(['writev', bufs.map(String), pos]);
        fs.writev(fd, bufs, pos, cb);
      },
    },
  });
  assert.strictEqual(ws._write, null);
  ws.write('one');
  ws.write('two');
  ws.end('three');
  await new Promise((resolve) => ws.on('close', resolve));
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'onetwothree');
  assert.strictEqual(ws.bytesWritten, 11);
  // Written before the file was open: buffered, then one writev.
  assert.deepStrictEqual(wcalls, [['writev', ['one', 'two', 'three'], undefined]]);

  // A replaced open() (the old API) is called instead, and 'open' from it starts the stream.
  class OldStyle extends fs.ReadStream {
    open() {
      fs.open(this.path, 'r', (err, fd) => {
        if (err) return this.emit('error', err);
        this.fd = fd;
        this.emit('open', fd);
      });
    }
  }
  const old = new OldStyle(file, { encoding: 'utf8' });
  let got = '';
  for await (const c of old) got += c;
  assert.strictEqual(got, 'abcdefgh');

  // write errors go to the stream's 'error' event.
  const failing = fs.createWriteStream(path.join(dir, 'f'), {
    fs: {
      open: fs.open,
      close: fs.close,
      write(fd, buf, off, len, pos, cb) {
        const err = new Error('disk full');
        err.code = 'ENOSPC';
        process.nextTick(cb, err);
      },
    },
  });
  await assert.rejects(new Promise((resolve, reject) => {
    failing.on('error', reject);
    failing.on('finish', resolve);
    failing.end('data');
  }), { code: 'ENOSPC', message: 'disk full' });
  console.log('ok');
})();
