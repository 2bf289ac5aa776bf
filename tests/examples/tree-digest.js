// examples/tree-digest.js used as a module: digestTree() on a real temp tree, checking the
// SHA-256 of every file against known answers and gunzipping every copy back.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const mod = require('../../examples/tree-digest.js');
const { digestTree, formatLine, summary } = mod;
assert.deepStrictEqual(Object.keys(mod).sort(), ['digestTree', 'formatLine', 'summary']);

// 300 000 bytes of 'a'..'g' from a fixed LCG; spans several 64 KiB read chunks.
const big = Buffer.alloc(300000);
for (let i = 0, s = 7; i < big.length; i++) {
  s = (Math.imul(s, 1103515245) + 12345) >>> 0;
  big[i] = 97 + ((s >>> 16) % 7);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-tree-digest-'));
const put = (rel, data) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), data);
};
put('b.txt', 'abc');
put('a/empty', '');
put('a/deep/big.bin', big);
put('B', 'Z'); // 'B' < 'a' < 'b.txt' in code-unit order
fs.symlinkSync('b.txt', path.join(root, 'link')); // not a regular file entry: skipped
fs.mkdirSync(path.join(root, 'emptydir'));

const EXPECT = [
  { path: 'B', sha256: 'bbeebd879e1dff6918546dc0c179fdde505f2a21591c9a9c96e36b054ec5af83', bytes: 1 },
  { path: 'a/deep/big.bin', sha256: 'd4204ac17ee7a56b57a0eebd2643e7500be7b3b18e328f8e15699b342f475779', bytes: 300000 },
  { path: 'a/empty', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', bytes: 0 },
  { path: 'b.txt', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', bytes: 3 },
];
const ORIGINAL = { B: Buffer.from('Z'), 'a/deep/big.bin': big, 'a/empty': Buffer.alloc(0), 'b.txt': Buffer.from('abc') };

(async () => {
  try {
    // The output dir lies inside the tree: the walk must leave it out.
    const out = path.join(root, 'out');
    const seen = [];
    const res = await digestTree(root, out, (r, n, total) => seen.push([r.path, n, total]));

    assert.deepStrictEqual(seen, EXPECT.map((e, i) => [e.path, i + 1, 4]));
    assert.deepStrictEqual(res.files.map(({ path: p, sha256, bytes }) => ({ path: p, sha256, bytes })), EXPECT);
    assert.strictEqual(res.bytes, 300004);

    let gzTotal = 0;
    for (const r of res.files) {
      const gz = fs.readFileSync(path.join(out, ...r.path.split('/')) + '.gz');
      assert.strictEqual(r.gzBytes, gz.length, r.path);
      assert.deepStrictEqual([gz[0], gz[1], gz[2]], [0x1f, 0x8b, 8], r.path);
      assert.ok(zlib.gunzipSync(gz).equals(ORIGINAL[r.path]), r.path);
      gzTotal += gz.length;
    }
    assert.strictEqual(res.gzBytes, gzTotal);
    // Tiny inputs compress to the same bytes with every deflate implementation.
    assert.strictEqual(fs.readFileSync(path.join(out, 'b.txt.gz')).toString('hex'),
      '1f8b08000000000000034b4c4a0600c241243503000000');
    assert.strictEqual(res.files[2].gzBytes, 20);
    assert.ok(res.files[1].gzBytes < 150000); // 7 symbols: well under 3 bits a byte
    assert.deepStrictEqual(fs.readdirSync(out).sort(), ['B.gz', 'a', 'b.txt.gz']);
    assert.deepStrictEqual(fs.readdirSync(path.join(out, 'a')).sort(), ['deep', 'empty.gz']);

    assert.strictEqual(formatLine(4, 4, res.files[3]),
      '[4/4] b.txt ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 3 -> 23');
    assert.strictEqual(summary({ files: [], bytes: 0, gzBytes: 0 }), '0 files, 0 bytes -> 0 bytes gzipped (0.0%)');
    assert.strictEqual(summary({ files: [1, 2], bytes: 1000, gzBytes: 333 }),
      '2 files, 1000 bytes -> 333 bytes gzipped (33.3%)');

    // A second run into a separate dir (the first copies removed) gives the same digests.
    fs.rmSync(out, { recursive: true });
    const out2 = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-tree-digest-out-'));
    const again = await digestTree(root, out2);
    assert.deepStrictEqual(again.files.map((r) => r.sha256), EXPECT.map((e) => e.sha256));
    fs.rmSync(out2, { recursive: true, force: true });

    // Errors as Node's: a missing dir and a file given as the dir.
    const missing = path.join(root, 'nope');
    await assert.rejects(digestTree(missing, out), {
      code: 'ENOENT', syscall: 'scandir', path: missing,
      message: `ENOENT: no such file or directory, scandir '${missing}'`,
    });
    const file = path.join(root, 'b.txt');
    await assert.rejects(digestTree(file, out), {
      code: 'ENOTDIR', syscall: 'scandir',
      message: `ENOTDIR: not a directory, scandir '${file}'`,
    });
    // An output path that cannot be created (under a regular file) fails the copy.
    await assert.rejects(digestTree(root, path.join(file, 'x')), { code: 'ENOTDIR', syscall: 'mkdir' });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
