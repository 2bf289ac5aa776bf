'use strict';
// BroadcastChannel within one process.
const assert = require('assert');
const util = require('util');

async function main() {
  const a = new BroadcastChannel('ch');
  const b = new BroadcastChannel('ch');
  const c = new BroadcastChannel('ch');
  const other = new BroadcastChannel('other');
  assert.ok(a instanceof EventTarget);
  assert.strictEqual(a.name, 'ch');
  assert.strictEqual(a.onmessage, null);

  const got = [];
  a.onmessage = (e) => got.push(['a', e.data]);
  other.onmessage = (e) => got.push(['other', e.data]);
  const fromB = new Promise((resolve) => {
    b.onmessage = (e) => {
      got.push(['b', e.data]);
      resolve(e);
    };
  });
  const fromC = new Promise((resolve) => c.addEventListener('message', resolve));
  const msg = { x: 1 };
  a.postMessage(msg);
  assert.deepStrictEqual(got, []); // asynchronous
  const e = await fromB;
  const ec = await fromC;
  assert.ok(e instanceof MessageEvent);
  assert.strictEqual(e.type, 'message');
  assert.strictEqual(e.target, b);
  assert.deepStrictEqual(e.data, { x: 1 });
  assert.notStrictEqual(e.data, msg);
  assert.notStrictEqual(ec.data, e.data); // each receiver has its own copy
  assert.strictEqual(e.isTrusted, false);
  // Not to the sender, not to other names.
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepStrictEqual(got, [['b', { x: 1 }]]);

  // Order is kept.
  const seq = [];
  const three = new Promise((resolve) => {
    b.onmessage = (ev) => {
      seq.push(ev.data);
      if (seq.length === 3) resolve();
    };
  });
  a.postMessage(1);
  c.postMessage(2);
  a.postMessage(3);
  await three;
  assert.deepStrictEqual(seq, [1, 2, 3]);

  // A closed channel neither sends nor receives.
  c.close();
  c.close(); // harmless
  assert.throws(() => c.postMessage(1), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidStateError');
    assert.strictEqual(err.code, 11);
    assert.strictEqual(err.message, 'BroadcastChannel is closed.');
    return true;
  });

  // Errors
  assert.throws(() => new BroadcastChannel(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "name" argument must be specified',
  });
  assert.throws(() => a.postMessage(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "message" argument must be specified',
  });
  assert.throws(() => a.postMessage(Symbol('s')), {
    name: 'DataCloneError',
    message: 'Symbol(s) could not be cloned.',
  });
  const five = new BroadcastChannel(5);
  assert.strictEqual(five.name, '5');
  five.close();

  // Shape and inspect
  assert.strictEqual(util.inspect(a), "BroadcastChannel { name: 'ch', active: true }");
  assert.strictEqual(util.inspect(c), "BroadcastChannel { name: 'ch', active: false }");
  assert.strictEqual(util.inspect(a, { depth: -1 }), 'BroadcastChannel');
  assert.strictEqual(Object.prototype.toString.call(a), '[object EventTarget]');
  assert.deepStrictEqual(Object.keys(BroadcastChannel.prototype),
                         ['name', 'close', 'postMessage', 'onmessage', 'onmessageerror']);
  assert.strictEqual(a.unref(), a);
  assert.strictEqual(a.ref(), a);

  // Channels keep the process alive until closed (or unref'd).
  for (const ch of [a, b, other]) ch.close();
  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
