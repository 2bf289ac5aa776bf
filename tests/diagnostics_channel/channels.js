'use strict';
// node:diagnostics_channel: channels, subscribe/unsubscribe, publish, and TracingChannel's
// sync, promise and callback traces.
const assert = require('assert');
const dc = require('diagnostics_channel');

const ch = dc.channel('rode:test');
assert.strictEqual(dc.channel('rode:test'), ch);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'rode:test');
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('rode:test'), false);

const got = [];
const sub = (msg, name) => got.push([msg, name]);
ch.subscribe(sub);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('rode:test'), true);
ch.publish({ a: 1 });
assert.deepStrictEqual(got, [[{ a: 1 }, 'rode:test']]);
assert.strictEqual(ch.unsubscribe(sub), true);
assert.strictEqual(ch.unsubscribe(sub), false);
ch.publish({ a: 2 });
assert.strictEqual(got.length, 1);

const viaModule = [];
const f = (m) => viaModule.push(m);
dc.subscribe('rode:other', f);
dc.channel('rode:other').publish(7);
assert.strictEqual(dc.unsubscribe('rode:other', f), true);
assert.deepStrictEqual(viaModule, [7]);
assert.throws(() => ch.subscribe(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dc.channel(1), { code: 'ERR_INVALID_ARG_TYPE' });
const sym = Symbol('s');
assert.strictEqual(dc.channel(sym).name, sym);

const tc = dc.tracingChannel('rode:op');
const events = [];
const handlers = {
  start: (c) => events.push(['start', c.arg]),
  end: (c) => events.push(['end', c.result]),
  asyncStart: (c) => events.push(['asyncStart', c.result]),
  asyncEnd: (c) => events.push(['asyncEnd']),
  error: (c) => events.push(['error', c.error.message]),
};
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);
assert.strictEqual(tc.traceSync((x) => x * 2, { arg: 21 }, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('boom'); }, { arg: 0 }), /boom/);

tc.traceCallback((a, cb) => cb(null, a + 1), -1, { arg: 1 }, null, 1, (err, v) => events.push(['cb', v]));

tc.tracePromise(async (v) => v, { arg: 'p' }, null, 'done').then((v) => {
  events.push(['then', v]);
  assert.deepStrictEqual(events, [
    ['start', 21], ['end', 42],
    ['start', 0], ['error', 'boom'], ['end', undefined],
    ['start', 1], ['asyncStart', 2], ['cb', 2], ['asyncEnd'], ['end', 2],
    ['start', 'p'], ['end', undefined], ['asyncStart', 'done'], ['asyncEnd'],
    ['then', 'done'],
  ]);
  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.hasSubscribers, false);
  console.log('ok');
});
