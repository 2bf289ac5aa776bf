'use strict';
// util.inspect / console.log of the stream classes, as Node prints them.
const util = require('util');

const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
console.log(rs);
const reader = rs.getReader();
console.log(reader);
const bytes = new ReadableStream({ type: 'bytes' });
console.log(bytes);
console.log(bytes.getReader({ mode: 'byob' }));
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
const closed = new ReadableStream({ start(c) { c.close(); } });
setTimeout(() => {
  console.log(errored, closed);
  const ws = new WritableStream();
  console.log(ws);
  const writer = ws.getWriter();
  console.log(writer);
  console.log(new TransformStream());
  console.log(new CountQueuingStrategy({ highWaterMark: 3 }), new ByteLengthQueuingStrategy({ highWaterMark: 1024 }));
  console.log(new TextEncoderStream());
  console.log(new TextDecoderStream('utf-16le', { fatal: true }));
  console.log(util.inspect({ a: { b: { c: rs } } }));
  console.log(util.inspect(rs, { depth: 0 }));
  console.log(util.inspect([new WritableStream()], { compact: false }));
  new ReadableStream({ start(c) { console.log(c); } });
  new ReadableStream({ type: 'bytes', start(c) { console.log(c); } });
  new WritableStream({ start(c) { console.log(c); } });
  new TransformStream({ start(c) { console.log(c); } });
  new ReadableStream({
    type: 'bytes',
    pull(c) {
      console.log(c.byobRequest);
      c.close();
      c.byobRequest.respond(0);
    },
  }).getReader({ mode: 'byob' }).read(new Uint8Array(2));
  console.log(Object.prototype.toString.call(rs), Object.prototype.toString.call(writer));
  console.log(String(new TransformStream()), `${new TextEncoderStream()}`);
  console.log(ReadableStream, WritableStream.name, TransformStream.length, ReadableStream.length);
  console.log(Object.keys(rs), Object.keys(ReadableStream.prototype));
  console.log(Object.getOwnPropertyNames(WritableStreamDefaultWriter.prototype));
}, 1);
