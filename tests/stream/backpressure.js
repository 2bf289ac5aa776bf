'use strict';
// write() returns false past the highWaterMark and 'drain' comes once the buffer empties;
// pipe() pauses the source while the destination is full.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

function slowWritable(name, hwm) {
  return new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) {
      log(`${name} _write ${chunk} (writableLength ${this.writableLength})`);
      setImmediate(cb);
    },
  });
}

// A manual writer that respects backpressure.
function manual(done) {
  const w = slowWritable('w', 5);
  w.on('drain', () => log('w drain, needDrain', w.writableNeedDrain));
  let i = 0;
  function more() {
    while (i < 8) {
      const ok = w.write(`c${i++}`);
      log('write ->', ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
      if (!ok) {
        w.once('drain', more);
        return;
      }
    }
    w.end(() => {
      log('w finished');
      done();
    });
  }
  more();
}

// pipe(): the source pauses and resumes.
function piped() {
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      n++;
      log('r _read', n, 'readableLength', this.readableLength);
      this.push(n <= 5 ? `d${n}` : null);
    },
  });
  const w = slowWritable('p', 4);
  r.on('pause', () => log('r pause'));
  r.on('resume', () => log('r resume'));
  r.on('end', () => log('r end'));
  w.on('drain', () => log('p drain'));
  w.on('finish', () => log('p finish'));
  w.on('close', () => log('p close'));
  r.pipe(w);
}

manual(piped);
