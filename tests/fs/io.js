'use strict';
// open/read/write/readv/writev with buffers and strings and Node's position rules;
// readFile/writeFile/appendFile with encodings, flags, modes, fds, TypedArrays and signals.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('io');
const j = (...p) => path.join(dir, ...p);

// writeFileSync / readFileSync with encodings and data types.
const f = j('data.txt');
fs.writeFileSync(f, 'héllo wörld');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo wörld');
assert.strictEqual(fs.readFileSync(f, { encoding: 'utf-8' }), 'héllo wörld');
assert.strictEqual(fs.readFileSync(f, 'UTF8'), 'héllo wörld');
const raw = fs.readFileSync(f);
assert.ok(Buffer.isBuffer(raw));
assert.strictEqual(raw.length, 13);
assert.strictEqual(fs.readFileSync(f, 'hex'), Buffer.from('héllo wörld').toString('hex'));
assert.strictEqual(fs.readFileSync(f, 'base64'), Buffer.from('héllo wörld').toString('base64'));
assert.strictEqual(fs.readFileSync(f, 'latin1'), Buffer.from('héllo wörld').toString('latin1'));
fs.writeFileSync(f, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello');
fs.writeFileSync(f, 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hi');
fs.writeFileSync(f, new Uint16Array([0x6261, 0x6463]));
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'abcd');
fs.writeFileSync(f, new DataView(new Uint8Array([65, 66, 67]).buffer, 1, 2));
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'BC');
fs.writeFileSync(f, Buffer.from('xyz'));
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('xyz'));
// Invalid UTF-8 decodes to U+FFFD.
fs.writeFileSync(f, Buffer.from([0x61, 0xff, 0x62]));
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'a\ufffdb');
// Empty files and files whose size stat can't tell.
fs.writeFileSync(f, '');
assert.strictEqual(fs.readFileSync(f, 'utf8'), '');
assert.strictEqual(fs.readFileSync(f).length, 0);
assert.strictEqual(fs.readFileSync('/proc/self/stat', 'utf8').length > 0, true);
// A large file.
const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'abcdefg');
fs.writeFileSync(f, big);
assert.ok(fs.readFileSync(f).equals(big));

// Flags: 'wx' fails on an existing file, 'a' appends, 'r+' doesn't truncate.
assert.throws(() => fs.writeFileSync(f, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
fs.writeFileSync(f, 'one');
fs.writeFileSync(f, '-two', { flag: 'a' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one-two');
fs.appendFileSync(f, Buffer.from('-three'));
fs.appendFileSync(f, '-four', 'utf8');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one-two-three-four');
fs.writeFileSync(f, 'ONE', { flag: 'r+' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'ONE-two-three-four');
assert.throws(() => fs.readFileSync(f, { flag: 'w' }), { code: 'EBADF', syscall: 'read' });
fs.writeFileSync(j('mode'), 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(j('mode')).mode & 0o777, 0o600);
fs.appendFileSync(j('created-by-append'), 'new');
assert.strictEqual(fs.readFileSync(j('created-by-append'), 'utf8'), 'new');
fs.writeFileSync(j('flush'), 'flushed', { flush: true });
assert.strictEqual(fs.readFileSync(j('flush'), 'utf8'), 'flushed');

// open / write / read with positions.
const g = j('rw.bin');
let fd = fs.openSync(g, 'w+');
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, 'hello'), 5);                 // at the current position
assert.strictEqual(fs.writeSync(fd, Buffer.from(' world')), 6);
assert.strictEqual(fs.writeSync(fd, 'HE', 0), 2);                 // at position 0
assert.strictEqual(fs.writeSync(fd, 'XX', null, 'utf8'), 2);      // current position (still 11)
assert.strictEqual(fs.writeSync(fd, Buffer.from('abcdef'), 1, 2, 20), 2); // 'bc' at 20, a hole before it
assert.strictEqual(fs.writeSync(fd, 'c3a9', 30, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, new Uint8Array([49, 50, 51]), { offset: 1, length: 2, position: 40 }), 2);
const out = Buffer.alloc(42);
assert.strictEqual(fs.readSync(fd, out, 0, 42, 0), 42);
assert.strictEqual(out.toString('latin1', 0, 13), 'HEllo worldXX');
assert.deepStrictEqual([...out.subarray(13, 20)], [0, 0, 0, 0, 0, 0, 0]);
assert.strictEqual(out.toString('latin1', 20, 22), 'bc');
assert.strictEqual(out.toString('utf8', 30, 32), 'é');
assert.strictEqual(out.toString('latin1', 40, 42), '23');
// Reading at the current position advances it; positioned reads don't.
assert.strictEqual(fs.readSync(fd, out, 0, 5, null), 5);         // from 13: positioned I/O kept it
assert.strictEqual(fs.readSync(fd, out, 0, 42, null), 42 - 18);
assert.strictEqual(fs.readSync(fd, out, 0, 42, null), 0);       // at the end
const small = Buffer.alloc(5);
assert.strictEqual(fs.readSync(fd, small, { position: 6 }), 5);
assert.strictEqual(small.toString(), 'world');
assert.strictEqual(fs.readSync(fd, small, { position: 6n, length: 2, offset: 3 }), 2);
assert.strictEqual(small.toString(), 'worwo');
assert.strictEqual(fs.readSync(fd, small, 0, 0, 0), 0);
assert.strictEqual(fs.readSync(fd, new Uint16Array(2), 0, 4, 0), 4);
fs.closeSync(fd);

// Reading from the current position of a fresh fd.
fd = fs.openSync(g, 'r');
const two = Buffer.alloc(2);
fs.readSync(fd, two);
assert.strictEqual(two.toString(), 'HE');
fs.readSync(fd, two);
assert.strictEqual(two.toString(), 'll');
// readFileSync on an fd reads from its current position and leaves it open.
assert.strictEqual(fs.readFileSync(fd, 'latin1').slice(0, 7), 'o world');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.closeSync(fd);

// readv / writev.
fd = fs.openSync(j('vec'), 'w+');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), new Uint8Array([99, 100]), Buffer.from('ef')]), 6);
assert.strictEqual(fs.writevSync(fd, [Buffer.from('XY')], 1), 2);
assert.strictEqual(fs.writevSync(fd, []), 0);
const v1 = Buffer.alloc(3);
const v2 = Buffer.alloc(5);
assert.strictEqual(fs.readvSync(fd, [v1, v2], 0), 6);
assert.strictEqual(v1.toString(), 'aXY');
assert.strictEqual(v2.toString('latin1', 0, 3), 'def');
fs.closeSync(fd);

// writeFileSync / appendFileSync with an fd write at its position.
fd = fs.openSync(j('fdw'), 'w');
fs.writeFileSync(fd, 'first');
fs.writeFileSync(fd, '+second');
fs.appendFileSync(fd, '+third');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(j('fdw'), 'utf8'), 'first+second+third');

// truncate / ftruncate.
fs.writeFileSync(j('t'), 'abcdef');
fs.truncateSync(j('t'), 3);
assert.strictEqual(fs.readFileSync(j('t'), 'utf8'), 'abc');
fs.truncateSync(j('t'));
assert.strictEqual(fs.readFileSync(j('t'), 'utf8'), '');
fd = fs.openSync(j('t'), 'r+');
fs.ftruncateSync(fd, 4);
assert.deepStrictEqual([...fs.readFileSync(j('t'))], [0, 0, 0, 0]);
fs.ftruncateSync(fd, -5);
assert.strictEqual(fs.fstatSync(fd).size, 0);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);

// Callback forms, chained.
fs.open(g, 'r', (err, fd) => {
  assert.ifError(err);
  const buf = Buffer.alloc(5);
  fs.read(fd, buf, 0, 5, 6, (err, n, b) => {
    assert.ifError(err);
    assert.strictEqual(n, 5);
    assert.strictEqual(b, buf);
    assert.strictEqual(buf.toString(), 'world');
    fs.read(fd, { buffer: Buffer.alloc(3), position: 0 }, (err, n, b) => {
      assert.ifError(err);
      assert.strictEqual(b.toString(), 'HEl');
      fs.read(fd, (err, n, b) => {
        assert.ifError(err);
        assert.strictEqual(b.length, 16384);
        assert.strictEqual(n, 42);
        fs.read(fd, Buffer.alloc(4), { position: 1 }, (err, n, b) => {
          assert.ifError(err);
          assert.strictEqual(b.toString(), 'Ello');
          fs.close(fd, (err) => {
            assert.strictEqual(err, null);
            writes();
          });
        });
      });
    });
  });
});

function writes() {
  fs.open(j('cbw'), 'w+', 0o644, (err, fd) => {
    assert.ifError(err);
    fs.write(fd, 'abc', (err, n, s) => {
      assert.ifError(err);
      assert.strictEqual(n, 3);
      assert.strictEqual(s, 'abc');
      fs.write(fd, '6465', 3, 'hex', (err, n) => {
        assert.ifError(err);
        assert.strictEqual(n, 2);
        const b = Buffer.from('XYZ');
        fs.write(fd, b, 1, 2, 0, (err, n, b2) => {
          assert.ifError(err);
          assert.strictEqual(n, 2);
          assert.strictEqual(b2, b);
          fs.writev(fd, [Buffer.from('!'), Buffer.from('?')], 5, (err, n, bufs) => {
            assert.ifError(err);
            assert.strictEqual(n, 2);
            assert.strictEqual(bufs.length, 2);
            const r1 = Buffer.alloc(4);
            const r2 = Buffer.alloc(3);
            fs.readv(fd, [r1, r2], 0, (err, n, bufs2) => {
              assert.ifError(err);
              assert.strictEqual(n, 7);
              assert.strictEqual(bufs2[0], r1);
              assert.strictEqual(r1.toString() + r2.toString(), 'YZcde!?');
              fs.closeSync(fd);
              files();
            });
          });
        });
      });
    });
  });
}

function files() {
  fs.writeFile(j('cbf'), 'callback data', (err) => {
    assert.strictEqual(err, null);
    fs.appendFile(j('cbf'), ' more', (err) => {
      assert.strictEqual(err, null);
      fs.readFile(j('cbf'), 'utf8', (err, s) => {
        assert.ifError(err);
        assert.strictEqual(s, 'callback data more');
        fs.readFile(j('cbf'), (err, b) => {
          assert.ifError(err);
          assert.ok(Buffer.isBuffer(b));
          assert.strictEqual(b.toString(), 'callback data more');
          fs.truncate(j('cbf'), 8, (err) => {
            assert.strictEqual(err, null);
            assert.strictEqual(fs.readFileSync(j('cbf'), 'utf8'), 'callback');
            signals();
          });
        });
      });
    });
  });
}

function signals() {
  const ac = new AbortController();
  ac.abort();
  fs.readFile(j('cbf'), { signal: ac.signal }, (err, data) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(data, undefined);
    fs.writeFile(j('never'), 'x', { signal: ac.signal }, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(fs.existsSync(j('never')), false);
      // Aborting after the call: readFile still reports the abort.
      const ac2 = new AbortController();
      fs.readFile(j('cbf'), { signal: ac2.signal }, (err) => {
        assert.strictEqual(err.name, 'AbortError');
        console.log('ok');
      });
      ac2.abort();
    });
  });
}
