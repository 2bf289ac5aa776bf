'use strict';
// Duplex options (allowHalfOpen, readable/writable false, per-side object mode), object
// mode streams end to end, construct().
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, pipeline } = require('stream');

async function main() {
  // allowHalfOpen: false ends the writable side when the readable side ends.
  {
    const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
    const events = [];
    for (const e of ['end', 'finish', 'close']) d.on(e, () => events.push(e));
    d.push(null);
    d.resume();
    await new Promise((res) => d.on('close', res));
    assert.deepStrictEqual(events, ['end', 'finish', 'close']);
    assert.strictEqual(d.allowHalfOpen, false);
  }
  // Default: half-open; not destroyed until both sides are done.
  {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    assert.strictEqual(d.allowHalfOpen, true);
    d.push(null);
    d.resume();
    await new Promise((res) => d.on('end', res));
    await new Promise((res) => setImmediate(res));
    assert.strictEqual(d.destroyed, false);
    assert.strictEqual(d.writable, true);
    d.end();
    await new Promise((res) => d.on('close', res));
  }
  // readable: false / writable: false.
  {
    const w = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
    assert.strictEqual(w.readable, false);
    assert.strictEqual(w.readableEnded, true);
    w.end('x');
    await new Promise((res) => w.on('close', res));
    const r = new Duplex({ writable: false, read() { this.push(null); } });
    assert.strictEqual(r.writable, false);
    assert.strictEqual(r.writableFinished, true);
    r.resume();
    await new Promise((res) => r.on('close', res));
  }
  // Per-side object mode.
  {
    const d = new Transform({
      writableObjectMode: true,
      transform(obj, e, cb) { cb(null, JSON.stringify(obj)); },
    });
    assert.strictEqual(d.writableObjectMode, true);
    assert.strictEqual(d.readableObjectMode, false);
    d.end({ a: 1 });
    const out = [];
    for await (const chunk of d) out.push(chunk);
    assert.ok(Buffer.isBuffer(out[0]));
    assert.strictEqual(String(Buffer.concat(out)), '{"a":1}');
  }
  // Objects (and non-null falsy values) through a pipeline.
  {
    const values = [0, '', false, { x: 1 }, [2], 'str'];
    const got = [];
    await new Promise((resolve, reject) => pipeline(
      Readable.from(values),
      new Transform({ objectMode: true, transform(v, e, cb) { cb(null, { v }); } }),
      new Writable({ objectMode: true, write(o, e, cb) { got.push(o.v); cb(); } }),
      (err) => (err ? reject(err) : resolve())));
    assert.deepStrictEqual(got, values);
  }
  // construct() runs before _read/_write and can be async.
  {
    const order = [];
    const d = new Duplex({
      construct(cb) { order.push('construct'); setImmediate(() => { order.push('constructed'); cb(); }); },
      read() { order.push('read'); this.push('r'); this.push(null); },
      write(c, e, cb) { order.push(`write ${c}`); cb(); },
      final(cb) { order.push('final'); cb(); },
    });
    d.write('a');
    d.end();
    d.resume();
    await new Promise((res) => d.on('close', res));
    assert.strictEqual(order[0], 'construct');
    assert.strictEqual(order[1], 'constructed');
    assert.deepStrictEqual(order.slice(2).sort(), ['final', 'read', 'write a']);
  }
  // construct() failing destroys the stream.
  {
    const w = new Writable({ construct(cb) { cb(new Error('no')); }, write(c, e, cb) { cb(); } });
    const err = await new Promise((res) => w.on('error', res));
    assert.strictEqual(err.message, 'no');
    assert.strictEqual(w.destroyed, true);
  }
  console.log('ok');
}

main();
