'use strict';
// breakOnSigint: a SIGINT while the script runs stops it with ERR_SCRIPT_EXECUTION_INTERRUPTED
// instead of reaching process 'SIGINT' listeners (or killing the process); afterwards the
// listeners work again. A child process runs the script; this process sends the signal.
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const vm = require('vm');
  const fs = require('fs');
  let listenerCalls = 0;
  process.on('SIGINT', () => {
    listenerCalls++;
    fs.writeSync(1, `listener ${listenerCalls}\n`);
    process.exit(0);
  });
  const ready = () => fs.writeSync(1, 'ready\n');
  try {
    vm.runInNewContext('ready(); for (;;) {}', { ready }, { breakOnSigint: true });
  } catch (e) {
    fs.writeSync(1, `${e.name} ${e.code} ${e.message} ${listenerCalls}\n`);
  }
  // The listener is back: this SIGINT reaches it.
  process.kill(process.pid, 'SIGINT');
  setTimeout(() => {}, 5000);
} else {
  const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    if (d.includes('ready')) child.kill('SIGINT');
  });
  child.on('close', (code, signal) => {
    assert.strictEqual(out, 'ready\n' +
      'Error ERR_SCRIPT_EXECUTION_INTERRUPTED Script execution was interrupted by `SIGINT` 0\n' +
      'listener 1\n');
    assert.deepStrictEqual([code, signal], [0, null]);
  });
}
