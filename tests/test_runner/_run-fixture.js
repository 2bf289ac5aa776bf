'use strict';
// Runs a node:test fixture in a child process of this runtime and returns its output with
// what varies between runs and engines taken out: durations, and the frames of stacks.
const { spawnSync } = require('child_process');
const path = require('path');

function normalize(text) {
  const out = [];
  let stackIndent = -1;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (stackIndent !== -1) {
      if (line.trim() !== '' && indent > stackIndent) continue;
      stackIndent = -1;
    }
    if (/^\s*stack: \|-$/.test(line)) {
      stackIndent = indent;
      out.push(line.replace('|-', '<frames>'));
      continue;
    }
    out.push(line
      .replace(/duration_ms: [\d.e-]+/, 'duration_ms: *')
      .replace(/duration_ms [\d.e-]+/, 'duration_ms *')
      .replace(/\([\d.e-]+ms\)/, '(*ms)'));
  }
  return out.join('\n');
}

function run(args, options = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? path.join(__dirname, 'fixtures'),
    encoding: 'utf8',
    env: { ...process.env, NODE_TEST_CONTEXT: undefined, ...options.env },
  });
  return { status: r.status, stdout: normalize(r.stdout), stderr: r.stderr };
}

module.exports = { run, normalize };
