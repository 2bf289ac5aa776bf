'use strict';
// The order of 'error', 'close', 'finish', 'end' and callbacks around destroy(), errors
// and the end of streams, against process.nextTick and promise ticks.
const { Readable, Writable, Duplex, Transform } = require('stream');

let step = 0;
const cases = [];
function test(name, fn) {
  cases.push([name, fn]);
}
function show(x) {
  if (x instanceof Error) return `${x.code || x.name}: ${x.message}`;
  if (x && typeof x === 'object' && (x._readableState || x._writableState)) return '<stream>';
  return String(x);
}
function watch(label, stream, events) {
  for (const e of events) {
    stream.on(e, (...args) => console.log(`  ${label} '${e}'${args.length ? ' ' + args.map(show).join(' ') : ''}`));
  }
}
const all = ['error', 'close', 'finish', 'prefinish', 'end'];

test('readable destroy(err)', () => {
  const r = new Readable({ read() {} });
  watch('r', r, all);
  r.destroy(new Error('boom'));
  console.log('  destroyed', r.destroyed, 'errored', show(r.errored), 'closed', r.closed);
  r.destroy(new Error('second'));
  process.nextTick(() => console.log('  tick', 'closed', r.closed, 'readableAborted', r.readableAborted));
});

test('readable destroy() with custom _destroy', () => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      console.log('  _destroy', show(err));
      setImmediate(() => cb(new Error('from _destroy')));
    },
  });
  watch('r', r, all);
  r.destroy();
  console.log('  destroyed', r.destroyed, 'closed', r.closed);
});

test('writable end then close (autoDestroy)', () => {
  const w = new Writable({ write(c, e, cb) { console.log('  _write', String(c)); cb(); }, final(cb) { console.log('  _final'); cb(); } });
  watch('w', w, all);
  w.write('a', () => console.log('  write cb a'));
  w.end('b', () => console.log('  end cb'));
  console.log('  writableEnded', w.writableEnded, 'writableFinished', w.writableFinished);
  process.nextTick(() => console.log('  tick'));
  Promise.resolve().then(() => console.log('  microtask'));
});

test('writable emitClose false, autoDestroy false', () => {
  const w = new Writable({ emitClose: false, autoDestroy: false, write(c, e, cb) { cb(); } });
  watch('w', w, all);
  w.end('x');
  setImmediate(() => {
    console.log('  destroyed', w.destroyed);
    w.destroy();
    setImmediate(() => console.log('  after destroy: closed', w.closed));
  });
});

test('write after end', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('w', w, all);
  w.end();
  const ret = w.write('late', (err) => console.log('  write cb', show(err)));
  console.log('  write returned', ret);
});

test('write after destroy', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('w', w, all);
  w.destroy();
  w.write('late', (err) => console.log('  write cb', show(err)));
  w.end((err) => console.log('  end cb', show(err)));
});

test('push after EOF', () => {
  const r = new Readable({ read() {} });
  watch('r', r, all);
  r.push(null);
  console.log('  push returned', r.push('x'));
});

test('error in _write (sync) with more writes buffered', () => {
  let n = 0;
  const w = new Writable({
    write(c, e, cb) {
      n++;
      if (n === 1) setImmediate(cb);
      else cb(new Error('write failed'));
    },
  });
  watch('w', w, all);
  w.write('1', (err) => console.log('  cb 1', show(err)));
  w.write('2', (err) => console.log('  cb 2', show(err)));
  w.write('3', (err) => console.log('  cb 3', show(err)));
  w.end((err) => console.log('  end cb', show(err)));
});

test('error in _final', () => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
  watch('w', w, all);
  w.end('x', (err) => console.log('  end cb', show(err)));
});

test('callback called twice', () => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  watch('w', w, all);
  w.write('x');
});

test('readable end then close', () => {
  const r = new Readable({ read() { this.push('x'); this.push(null); } });
  watch('r', r, [...all, 'data', 'readable']);
  r.resume();
});

test('readable without _read', () => {
  const r = new Readable();
  watch('r', r, all);
  r.read();
});

test('duplex: both sides before close', () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  watch('d', d, [...all, 'data']);
  d.end('w');
  setImmediate(() => {
    console.log('  writableFinished', d.writableFinished, 'destroyed', d.destroyed);
    d.push('r');
    d.push(null);
  });
});

test('transform error in _transform', () => {
  const t = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
  watch('t', t, all);
  t.write('x', (err) => console.log('  write cb', show(err)));
});

test('destroy while constructing', () => {
  const w = new Writable({
    construct(cb) { console.log('  _construct'); setImmediate(cb); },
    write(c, e, cb) { cb(); },
    destroy(err, cb) { console.log('  _destroy', show(err)); cb(err); },
  });
  watch('w', w, all);
  w.write('x', (err) => console.log('  write cb', show(err)));
  w.destroy(new Error('early'));
});

function next() {
  if (step >= cases.length) return;
  const [name, fn] = cases[step++];
  console.log(`${name}:`);
  fn();
  setTimeout(next, 20);
}
process.on('uncaughtException', (err) => console.log('  uncaught', show(err)));
next();
