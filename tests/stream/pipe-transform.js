'use strict';
// pipe()/unpipe() events and options, piping to two destinations, Transform with
// _flush, PassThrough, and a transform's backpressure.
const { Readable, Writable, Transform, PassThrough } = require('stream');
const cases = [];
const test = (name, fn) => cases.push([name, fn]);

function sink(name, opts = {}) {
  const w = new Writable({
    highWaterMark: opts.hwm ?? 16,
    write(c, e, cb) {
      console.log(`  ${name} got ${c}`);
      if (opts.slow) setImmediate(cb); else cb();
    },
  });
  for (const e of ['pipe', 'unpipe', 'finish', 'close', 'drain']) w.on(e, () => console.log(`  ${name} '${e}'`));
  return w;
}

test('pipe to two destinations, one slow', () => {
  const r = new Readable({ read() {} });
  r.pipe(sink('fast'));
  r.pipe(sink('slow', { slow: true, hwm: 2 }));
  for (const c of ['a1', 'b2', 'c3']) r.push(c);
  r.push(null);
  r.on('end', () => console.log('  source end'));
});

test('unpipe stops the flow', () => {
  const r = new Readable({ read() {} });
  const w = sink('w');
  r.pipe(w);
  r.push('one');
  setImmediate(() => {
    r.unpipe(w);
    console.log('  flowing after unpipe', r.readableFlowing);
    r.push('two');
    setImmediate(() => console.log('  buffered', r.readableLength));
  });
});

test('pipe with end: false', () => {
  const r = new Readable({ read() { this.push(null); } });
  const w = sink('w');
  r.pipe(w, { end: false });
  r.on('end', () => {
    console.log('  source end, dest writableEnded', w.writableEnded);
    w.end('bye');
  });
});

test('transform with flush', () => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      console.log('  _transform', String(chunk), enc);
      cb(null, String(chunk).toUpperCase());
    },
    flush(cb) {
      console.log('  _flush');
      this.push('[');
      cb(null, ']');
    },
  });
  for (const e of ['prefinish', 'finish', 'end', 'close']) t.on(e, () => console.log(`  t '${e}'`));
  t.on('data', (d) => console.log('  data', String(d)));
  t.write('a');
  t.end('b');
});

test('transform backpressure', () => {
  let n = 0;
  const t = new Transform({
    highWaterMark: 2,
    objectMode: true,
    transform(chunk, enc, cb) {
      n++;
      console.log('  _transform', chunk, 'readableLength', this.readableLength);
      cb(null, chunk * 10);
    },
  });
  for (let i = 1; i <= 6; i++) console.log('  write', i, '->', t.write(i));
  console.log('  transformed so far', n);
  setImmediate(() => {
    t.on('data', (d) => console.log('  data', d));
    t.end();
  });
  t.on('end', () => console.log('  end'));
});

test('passthrough', () => {
  const p = new PassThrough();
  p.setEncoding('utf8');
  p.on('data', (d) => console.log('  data', JSON.stringify(d)));
  p.on('end', () => console.log('  end'));
  p.write(Buffer.from([0xe2, 0x82]));
  p.write(Buffer.from([0xac, 0x21]));
  p.end();
});

test('legacy Stream.prototype.pipe', () => {
  const { Stream } = require('stream');
  const src = new Stream();
  const w = sink('w');
  src.pipe(w);
  src.emit('data', 'legacy');
  src.emit('end');
});

let step = 0;
function next() {
  if (step >= cases.length) return;
  const [name, fn] = cases[step++];
  console.log(`${name}:`);
  fn();
  setTimeout(next, 100); // Room for each case's immediates even on a loaded machine.
}
next();
