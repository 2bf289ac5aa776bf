#!/usr/bin/env rode
// tree-digest: walks a directory, and for every regular file computes its SHA-256 and writes a
// gzip copy, streaming each file through fs → hash → gzip → fs with stream.pipeline.
//
//   rode examples/tree-digest.js [dir=.] [out-dir=<new temp dir>]
//
// stdout: one line per file, `[n/total] path sha256 bytes -> gzbytes`, then a summary line.
// stderr: where the copies went. Exit code 1 (message on stderr) when the walk or a copy fails.
// Files are visited in code-unit order of their relative paths, so the output is the same on
// every runtime and every run. Symlinks and other non-regular entries are skipped.
//
// Used as a module (`require('./tree-digest')`) it runs nothing and exports digestTree().
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const zlib = require('zlib');
const { Transform, pipeline } = require('stream');

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

// Relative paths ('/'-separated) of the regular files under `root`, sorted; `skip` is an absolute
// directory left out of the walk (the output dir when it lies inside the tree).
async function listFiles(root, skip) {
  const out = [];
  async function walk(dir, rel) {
    const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort(byName);
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (abs !== skip) await walk(abs, r);
      } else if (e.isFile()) {
        out.push(r);
      }
    }
  }
  await walk(root, '');
  return out;
}

// A pass-through that hashes and counts what flows through it.
function hashingPassThrough(algorithm) {
  const hash = crypto.createHash(algorithm);
  const t = new Transform({
    transform(chunk, _enc, cb) {
      hash.update(chunk);
      t.bytes += chunk.length;
      cb(null, chunk);
    },
  });
  t.bytes = 0;
  t.digest = () => hash.digest('hex');
  return t;
}

// Counts the bytes it passes on (the gzip output size).
function counter() {
  const t = new Transform({
    transform(chunk, _enc, cb) {
      t.bytes += chunk.length;
      cb(null, chunk);
    },
  });
  t.bytes = 0;
  return t;
}

function digestFile(src, dest) {
  return new Promise((resolve, reject) => {
    const hasher = hashingPassThrough('sha256');
    const count = counter();
    pipeline(
      fs.createReadStream(src),
      hasher,
      zlib.createGzip(),
      count,
      fs.createWriteStream(dest),
      (err) => {
        if (err) reject(err);
        else resolve({ sha256: hasher.digest(), bytes: hasher.bytes, gzBytes: count.bytes });
      },
    );
  });
}

function formatLine(n, total, r) {
  return `[${n}/${total}] ${r.path} ${r.sha256} ${r.bytes} -> ${r.gzBytes}`;
}

// Digests every regular file under `root` into `outDir` (`<relpath>.gz`), one at a time.
// `onFile(result, n, total)` is called after each file. Resolves to { files, bytes, gzBytes }.
async function digestTree(root, outDir, onFile = () => {}) {
  const absRoot = path.resolve(root);
  const absOut = path.resolve(outDir);
  const list = await listFiles(absRoot, absOut);
  const files = [];
  let bytes = 0;
  let gzBytes = 0;
  for (let i = 0; i < list.length; i++) {
    const rel = list[i];
    const dest = path.join(absOut, ...rel.split('/')) + '.gz';
    await fs.promises.mkdir(path.dirname(dest), { recursive: true });
    const r = { path: rel, ...(await digestFile(path.join(absRoot, ...rel.split('/')), dest)) };
    files.push(r);
    bytes += r.bytes;
    gzBytes += r.gzBytes;
    onFile(r, i + 1, list.length);
  }
  return { files, bytes, gzBytes };
}

function summary(res) {
  const pct = res.bytes === 0 ? '0.0' : ((100 * res.gzBytes) / res.bytes).toFixed(1);
  return `${res.files.length} files, ${res.bytes} bytes -> ${res.gzBytes} bytes gzipped (${pct}%)`;
}

async function main(argv) {
  const root = argv[2] ?? '.';
  const outDir = argv[3] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tree-digest-'));
  const res = await digestTree(root, outDir, (r, n, total) => {
    console.log(formatLine(n, total, r));
  });
  console.log(summary(res));
  console.error(`gzip copies in ${path.resolve(outDir)}`);
}

module.exports = { digestTree, formatLine, summary };

if (require.main === module) {
  main(process.argv).catch((err) => {
    console.error(`tree-digest: ${err.message}`);
    process.exitCode = 1;
  });
}
