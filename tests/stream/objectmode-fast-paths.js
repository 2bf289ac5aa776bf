'use strict';
// Object-mode streams take shortcuts for their common cases (read() of one object, push()
// and write() without callback, the 'data' listener of a single pipe, a transform that
// calls back at once). This prints what a program can see along those paths: the order of
// events and callbacks, _read() calls, lengths seen inside _write()/_transform(), and the
// cases that must leave the shortcuts (emit() replaced, two pipes, captureRejections,
// errors, a full readable side, many queued objects).
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
const EE = require('events');

const log = (...a) => console.log(...a);
const steps = [];
function next() {
  const step = steps.shift();
  if (step) step(() => setImmediate(next));
}

function source(name, n, opts = {}) {
  let i = 0;
  return new Readable({
    objectMode: true,
    ...opts,
    read(size) {
      log(`${name} _read(${size}) i=${i} length=${this.readableLength}`);
      while (i < n) {
        const ok = this.push({ i: i++ });
        if (!ok) return;
      }
      if (i === n) {
        i++;
        this.push(null);
      }
    },
  });
}

function events(name, s, list) {
  for (const ev of list) {
    s.on(ev, (x) => log(`${name} ${ev}${ev === 'data' ? ` ${JSON.stringify(x)}` : ''}`));
  }
}

// 1. read() in object mode: flowing through 'data', every event in order.
steps.push((done) => {
  log('--- flowing read');
  const r = source('r', 3, { highWaterMark: 2 });
  events('r', r, ['pause', 'resume', 'end', 'close']);
  r.on('data', (o) => log('r data', o.i, 'length', r.readableLength));
  r.on('close', done);
});

// 2. Paused mode: 'readable' and read() one object at a time, read() past the end.
steps.push((done) => {
  log('--- paused read');
  const r = source('p', 3, { highWaterMark: 1 });
  r.on('readable', () => {
    let o;
    while ((o = r.read()) !== null) log('p read', o.i, 'length', r.readableLength);
    log('p read null, ended', r.readableEnded);
  });
  r.on('end', () => log('p end'));
  r.on('close', done);
});

// 3. pipe through a synchronous transform: lengths seen inside, callback order, finish/end.
steps.push((done) => {
  log('--- transform pipe');
  const r = source('s', 4, { highWaterMark: 2 });
  const t = new Transform({
    objectMode: true,
    highWaterMark: 2,
    transform(o, enc, cb) {
      log(`t transform ${o.i} enc=${enc} writableLength=${this.writableLength} readableLength=${this.readableLength}`);
      cb(null, { twice: o.i * 2 });
    },
    flush(cb) {
      log('t flush');
      cb(null, { flushed: true });
    },
  });
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(o, enc, cb) {
      log(`w write ${JSON.stringify(o)} enc=${enc} writableLength=${this.writableLength}`);
      cb();
    },
  });
  events('t', t, ['end', 'finish', 'prefinish', 'close', 'pipe', 'unpipe']);
  events('w', w, ['finish', 'prefinish', 'close', 'pipe', 'unpipe', 'drain']);
  r.pipe(t).pipe(w);
  w.on('close', done);
});

// 4. A transform whose readable side fills up holds its write callback until read.
steps.push((done) => {
  log('--- transform backpressure');
  const t = new Transform({
    objectMode: true,
    readableHighWaterMark: 1,
    writableHighWaterMark: 1,
    transform(o, enc, cb) {
      log('bp transform', o);
      cb(null, o);
    },
  });
  for (let i = 0; i < 4; i++) {
    const ok = t.write(i, () => log('bp write cb', i));
    log('bp write', i, '->', ok, 'writableLength', t.writableLength, 'readableLength', t.readableLength);
  }
  t.on('drain', () => log('bp drain'));
  setImmediate(() => {
    log('bp reading');
    let v;
    while ((v = t.read()) !== null) log('bp read', v);
    setImmediate(() => {
      while ((v = t.read()) !== null) log('bp read', v);
      done();
    });
  });
});

// 5. write() without callback: return values, 'drain', and a write from inside _write.
steps.push((done) => {
  log('--- write fast path');
  let reentered = false;
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(o, enc, cb) {
      log(`wf write ${o} writableLength=${this.writableLength} pendingcb=${this._writableState.pendingcb}`);
      if (!reentered) {
        reentered = true;
        log('wf inner write ->', this.write('inner'), 'writableLength', this.writableLength);
      }
      if (o === 'async') setImmediate(cb);
      else cb();
    },
  });
  w.on('drain', () => log('wf drain'));
  w.on('finish', () => log('wf finish'));
  log('wf write a ->', w.write('a'), w.writableLength);
  log('wf write async ->', w.write('async'), w.writableLength);
  log('wf write b ->', w.write('b'), w.writableLength, 'needDrain', w.writableNeedDrain);
  w.end(() => {
    log('wf end cb');
    done();
  });
});

// 6. emit() replaced on the instance still sees every 'data'.
steps.push((done) => {
  log('--- emit replaced');
  const r = source('e', 2);
  const orig = r.emit;
  r.emit = function(ev, ...args) {
    if (ev === 'data') log('spy data', JSON.stringify(args[0]));
    return orig.call(this, ev, ...args);
  };
  const w = new Writable({ objectMode: true, write(o, enc, cb) { log('e sink', o.i); cb(); } });
  r.pipe(w);
  w.on('finish', () => {
    log('e finish');
    done();
  });
});

// 7. One source piped into two destinations, one unpiped midway, then piped again.
steps.push((done) => {
  log('--- two pipes');
  const r = new PassThrough({ objectMode: true });
  const a = new Writable({ objectMode: true, write(o, enc, cb) { log('a got', o); cb(); } });
  const b = new Writable({ objectMode: true, write(o, enc, cb) { log('b got', o); cb(); } });
  r.pipe(a);
  r.pipe(b);
  r.write(1);
  setImmediate(() => {
    r.unpipe(b);
    r.write(2);
    setImmediate(() => {
      r.unpipe(a);
      r.pipe(b);
      r.write(3);
      r.end();
      b.on('finish', () => {
        log('b finish, a finished', a.writableFinished);
        done();
      });
    });
  });
});

// 8. captureRejections: a 'data' listener returning a rejected promise errors the stream.
steps.push((done) => {
  log('--- captureRejections');
  const r = new Readable({ objectMode: true, captureRejections: true, read() {} });
  r.on('data', async (o) => {
    log('cr data', o);
    throw new Error(`boom ${o}`);
  });
  r.on('error', (err) => log('cr error', err.message));
  r.on('close', () => {
    log('cr close, destroyed', r.destroyed);
    done();
  });
  r.push('x');
});

// 9. Errors along the fast paths: push after EOF, write after end, a failing _write.
steps.push((done) => {
  log('--- errors');
  const r = new Readable({ objectMode: true, read() {} });
  r.on('error', (err) => log('r error', err.code));
  r.push(1);
  r.push(null);
  log('push after EOF ->', r.push(2));
  const w = new Writable({
    objectMode: true,
    write(o, enc, cb) {
      log('w2 write', o);
      cb(o === 'bad' ? new Error('bad chunk') : null);
    },
  });
  w.on('error', (err) => log('w2 error', err.message, 'writable', w.writable));
  w.on('close', () => {
    log('w2 close');
    const w3 = new Writable({ objectMode: true, write(o, enc, cb) { cb(); } });
    w3.on('error', (err) => log('w3 error', err.code));
    w3.end();
    log('write after end ->', w3.write('late'));
    w3.on('close', done);
  });
  log('w2 write ok ->', w.write('ok'));
  log('w2 write bad ->', w.write('bad'));
  log('w2 write after error ->', w.write('after'));
});

// 10. Many objects queued (past the compaction points of both queues) keep their order.
steps.push((done) => {
  log('--- many queued');
  const N = 5000;
  const r = new Readable({ objectMode: true, highWaterMark: 3000, read() {} });
  for (let i = 0; i < N; i++) r.push(i);
  r.push(null);
  let expect = 0;
  let bad = 0;
  const pending = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2000,
    write(o, enc, cb) {
      if (o !== expect++) bad++;
      // Every 700th write completes later: the rest queue up behind it.
      if (o % 700 === 0) pending.push(cb);
      else cb();
    },
  });
  const timer = setInterval(() => {
    while (pending.length) pending.shift()();
  }, 1);
  pipeline(r, w, (err) => {
    clearInterval(timer);
    log('many done', err ?? null, 'count', expect, 'out of order', bad);
    done();
  });
});

// 11. Plain EventEmitter emit() is not what Readable uses when a subclass overrides it.
steps.push((done) => {
  log('--- subclass emit');
  class Counting extends Readable {
    constructor() {
      super({ objectMode: true });
      this.dataEvents = 0;
    }
    _read() {}
    emit(ev, ...args) {
      if (ev === 'data') this.dataEvents++;
      return EE.prototype.emit.call(this, ev, ...args);
    }
  }
  const c = new Counting();
  c.on('data', () => {});
  c.push('a');
  c.push('b');
  setImmediate(() => {
    c.push('c');
    log('subclass data events', c.dataEvents);
    done();
  });
});

next();
