'use strict';
// A fresh temporary directory for one test, removed when the process exits.
const fs = require('fs');
const path = require('path');

function tmpdir(name) {
  const base = process.env.TMPDIR || '/tmp';
  const dir = fs.mkdtempSync(path.join(base, `rode-rl-${name}-`));
  process.on('exit', () => {
    try {
      fs.chmodSync(dir, 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
  });
  return dir;
}

module.exports = { tmpdir };
