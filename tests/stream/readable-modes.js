'use strict';
// Paused and flowing modes: 'readable' and read(n), 'data', pause()/resume(),
// readableFlowing transitions, unshift, and how _read() is called against the
// highWaterMark.
const { Readable } = require('stream');
const cases = [];
const test = (name, fn) => cases.push([name, fn]);
const s = (x) => (x === null ? 'null' : Buffer.isBuffer(x) ? `<${x}>` : JSON.stringify(x));

test('read(n) in paused mode', () => {
  let i = 0;
  const r = new Readable({
    highWaterMark: 6,
    read(n) {
      console.log('  _read', n, 'length', this.readableLength);
      i++;
      if (i <= 3) this.push('abcd'); else this.push(null);
    },
  });
  console.log('  flowing', r.readableFlowing);
  r.on('readable', () => {
    console.log('  readable, length', r.readableLength, 'flowing', r.readableFlowing);
    let c;
    while ((c = r.read(3)) !== null) console.log('  read(3)', s(c));
  });
  r.on('end', () => console.log('  end, readableEnded', r.readableEnded));
});

test('read() past the end returns the rest', () => {
  const r = new Readable({ read() {} });
  r.push('xyz');
  r.push(null);
  r.once('readable', () => {
    console.log('  read(10)', s(r.read(10)));
    console.log('  read()', s(r.read()));
  });
  r.on('end', () => console.log('  end'));
});

test('read() raises the highWaterMark', () => {
  const r = new Readable({ highWaterMark: 4, read() {} });
  r.read(100);
  console.log('  highWaterMark', r.readableHighWaterMark);
  r.read(1000);
  console.log('  highWaterMark', r.readableHighWaterMark);
});

test('flowing, pause and resume', () => {
  const r = new Readable({ read() {} });
  r.on('data', (d) => {
    console.log('  data', s(d), 'flowing', r.readableFlowing);
    if (String(d) === 'b') {
      r.pause();
      console.log('  paused', r.isPaused(), 'flowing', r.readableFlowing);
      setImmediate(() => {
        console.log('  resume');
        r.resume();
      });
    }
  });
  r.on('pause', () => console.log('  pause event'));
  r.on('resume', () => console.log('  resume event'));
  r.on('end', () => console.log('  end'));
  console.log('  flowing after on(data)', r.readableFlowing);
  for (const c of ['a', 'b', 'c', 'd']) r.push(c);
  r.push(null);
});

test('pause() before on(data) keeps it paused', () => {
  const r = new Readable({ read() {} });
  r.pause();
  r.on('data', (d) => console.log('  data', s(d)));
  r.push('x');
  setImmediate(() => {
    console.log('  still paused', r.isPaused(), r.readableLength);
    r.resume();
  });
});

test('readable listener wins over data', () => {
  const r = new Readable({ read() {} });
  r.on('readable', () => console.log('  readable', r.readableLength));
  r.on('data', (d) => console.log('  data', s(d)));
  console.log('  flowing', r.readableFlowing);
  r.push('x');
  setImmediate(() => {
    r.removeAllListeners('readable');
    process.nextTick(() => console.log('  flowing after removing readable', r.readableFlowing));
    setImmediate(() => console.log('  buffered', r.readableLength));
  });
});

test('unshift', () => {
  const r = new Readable({ read() {} });
  r.push('hello world');
  r.once('readable', () => {
    const head = r.read(6);
    console.log('  read(6)', s(head));
    r.unshift(Buffer.from('HELLO '));
    console.log('  length after unshift', r.readableLength);
    console.log('  read()', s(r.read()));
    r.push(null);
    r.resume();
  });
  r.on('end', () => {
    console.log('  end');
    r.unshift('late');
  });
  r.on('error', (e) => console.log('  error', e.code));
});

test('object mode counts objects', () => {
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { this.push({ n: ++n }); if (n === 5) this.push(null); } });
  let n = 0;
  r.on('readable', () => {
    console.log('  readable, length', r.readableLength);
    let o;
    while ((o = r.read()) !== null) console.log('  object', s(o));
  });
  r.on('end', () => console.log('  end'));
});

test('highWaterMark 0', () => {
  let n = 0;
  const r = new Readable({ highWaterMark: 0, read() { n++; console.log('  _read', n); if (n < 3) setImmediate(() => this.push(`p${n}`)); else this.push(null); } });
  r.on('data', (d) => console.log('  data', s(d)));
  r.on('end', () => console.log('  end'));
});

test('setEncoding on buffered data', () => {
  const r = new Readable({ read() {} });
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  r.push(Buffer.concat([euro.subarray(1), Buffer.from('uro')]));
  r.setEncoding('utf8');
  console.log('  readableEncoding', r.readableEncoding, 'length', r.readableLength);
  r.push(null);
  r.on('data', (d) => console.log('  data', s(d)));
});

let step = 0;
function next() {
  if (step >= cases.length) return;
  const [name, fn] = cases[step++];
  console.log(`${name}:`);
  fn();
  setTimeout(next, 20);
}
next();
