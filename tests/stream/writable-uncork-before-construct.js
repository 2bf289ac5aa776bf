// cork(); write(); uncork() before _construct has called back keeps the writes buffered
// until the stream is constructed, then writes them in order.
'use strict';
const assert = require('assert');
const { Writable } = require('stream');

const got = [];
const w = new Writable({
  construct(cb) {
    setTimeout(cb, 10);
  },
  write(chunk, enc, cb) {
    got.push(['write', chunk.toString()]);
    cb();
  },
  writev(chunks, cb) {
    got.push(['writev', chunks.map((c) => c.chunk.toString()).join('+')]);
    cb();
  },
});
w.cork();
w.write('a');
w.write('b');
w.uncork();
assert.deepStrictEqual(got, []);
w.end('c', () => {
  assert.deepStrictEqual(got, [['writev', 'a+b+c']]);
});
