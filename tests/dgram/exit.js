// A dgram socket keeps the process alive while it is bound (receiving) and ref'd, and lets
// it exit once it is closed or unref'd; one that was never bound doesn't hold it.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code, timeout = 3000) {
  const r = spawnSync(process.execPath, ['-e', `const dgram = require('dgram');\n${code}`], {
    encoding: 'utf8', timeout,
  });
  return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

// Never bound: exits at once.
assert.deepStrictEqual(run(`dgram.createSocket('udp4'); console.log('end');`),
                       { status: 0, signal: null, out: 'end\n', err: '' });

// Bound and closed later: exits after the close.
assert.deepStrictEqual(run(`
  const s = dgram.createSocket('udp4');
  s.bind(0, () => setTimeout(() => s.close(() => console.log('closed')), 50));
  process.on('exit', () => console.log('exit'));
`), { status: 0, signal: null, out: 'closed\nexit\n', err: '' });

// Bound and unref'd (before or after bind): exits.
assert.deepStrictEqual(run(`
  const a = dgram.createSocket('udp4').unref();
  a.bind(0, () => console.log('a bound'));
  const b = dgram.createSocket('udp6');
  b.bind(0, () => { b.unref(); console.log('b bound'); });
  process.on('exit', () => console.log('exit'));
`), { status: 0, signal: null, out: 'a bound\nb bound\nexit\n', err: '' });

// ref() again keeps it alive until closed.
assert.deepStrictEqual(run(`
  const s = dgram.createSocket('udp4');
  s.bind(0, () => {
    s.unref().ref();
    setTimeout(() => { console.log('still alive'); s.close(); }, 100).unref();
  });
`), { status: 0, signal: null, out: 'still alive\n', err: '' });

// Bound, ref'd and never closed: still running when killed.
const alive = run(`
  const s = dgram.createSocket('udp4');
  s.bind(0, () => console.log('bound'));
`, 700);
assert.strictEqual(alive.signal, 'SIGTERM');
assert.strictEqual(alive.out, 'bound\n');
console.log('done');
