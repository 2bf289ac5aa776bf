'use strict';
// Channel.bindStore/unbindStore/runStores with AsyncLocalStorage, and TracingChannel's
// trace* entering the start (and asyncStart) channel's stores.
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const log = [];

// A channel with a bound store has subscribers; unbinding the last store ends that.
const ch = dc.channel('rode.test.stores');
assert.strictEqual(ch.hasSubscribers, false);
const als = new AsyncLocalStorage();
const als2 = new AsyncLocalStorage();
ch.bindStore(als, (msg) => ({ wrapped: msg }));
ch.bindStore(als2);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('rode.test.stores'), true);

// runStores publishes inside the stores, then calls fn with thisArg and args.
ch.subscribe((msg) => log.push(['sub', msg, als.getStore(), als2.getStore()]));
const self = {};
const r = ch.runStores('m1', function (a, b) {
  log.push(['fn', this === self, a, b, als.getStore(), als2.getStore()]);
  return 'ret';
}, self, 1, 2);
assert.strictEqual(r, 'ret');
assert.strictEqual(als.getStore(), undefined);
assert.deepStrictEqual(log.splice(0), [
  ['sub', 'm1', { wrapped: 'm1' }, 'm1'],
  ['fn', true, 1, 2, { wrapped: 'm1' }, 'm1'],
]);

// The store follows async work started inside.
ch.runStores('m2', () => {
  setTimeout(() => log.push(['timer', als.getStore(), als2.getStore()]), 1);
  Promise.resolve().then(() => log.push(['then', als2.getStore()]));
});

assert.strictEqual(ch.unbindStore(als2), true);
assert.strictEqual(ch.unbindStore(als2), false);
assert.strictEqual(dc.channel('rode.test.none').unbindStore(als), false);

// A transform that throws: the store is skipped, fn still runs, and the error is an
// uncaught exception on the next tick.
const bad = dc.channel('rode.test.bad');
const boom = new Error('boom');
bad.bindStore(als, () => { throw boom; });
process.once('uncaughtException', (err) => log.push(['uncaught', err === boom]));
bad.runStores('x', () => log.push(['bad fn', als.getStore()]));

// TracingChannel: start's stores hold while fn runs (and the start/end events).
const tc = dc.tracingChannel('rode.test.trace');
const tstore = new AsyncLocalStorage();
tc.start.bindStore(tstore, (ctx) => ({ span: ctx.name }));
assert.strictEqual(tc.hasSubscribers, true);
tc.subscribe({
  start(ctx) { log.push(['start', ctx.name, tstore.getStore()]); },
  end(ctx) { log.push(['end', ctx.name, tstore.getStore()]); },
  asyncStart(ctx) { log.push(['asyncStart', ctx.name, tstore.getStore()]); },
  asyncEnd(ctx) { log.push(['asyncEnd', ctx.name, tstore.getStore()]); },
  error(ctx) { log.push(['error', ctx.name, ctx.error.message]); },
});
const v = tc.traceSync(() => {
  log.push(['sync fn', tstore.getStore()]);
  return 7;
}, { name: 'sync' });
assert.strictEqual(v, 7);
assert.throws(() => tc.traceSync(() => { throw new Error('e1'); }, { name: 'throws' }), /e1/);

// traceCallback: the callback runs inside asyncStart's stores.
const cbStore = new AsyncLocalStorage();
tc.asyncStart.bindStore(cbStore, (ctx) => `cb:${ctx.name}`);
tc.traceCallback((cb) => {
  log.push(['cb fn', tstore.getStore(), cbStore.getStore()]);
  setImmediate(() => cb(null, 'res'));
}, 0, { name: 'callback' }, undefined, function (err, res) {
  log.push(['callback', err, res, cbStore.getStore()]);
});

const p = tc.tracePromise(async () => {
  log.push(['promise fn', tstore.getStore()]);
  return 'pv';
}, { name: 'promise' });

// The 1 ms timer above must be due when the loop starts, so that it runs (timers phase)
// before the setImmediate in traceCallback (check phase) on any machine: wait it out.
for (const until = Date.now() + 3; Date.now() < until;);

p.then((pv) => {
  assert.strictEqual(pv, 'pv');
  setTimeout(() => {
    assert.deepStrictEqual(log, [
      ['sub', 'm2', { wrapped: 'm2' }, 'm2'],
      ['bad fn', undefined],
      ['start', 'sync', { span: 'sync' }],
      ['sync fn', { span: 'sync' }],
      ['end', 'sync', { span: 'sync' }],
      ['start', 'throws', { span: 'throws' }],
      ['error', 'throws', 'e1'],
      ['end', 'throws', { span: 'throws' }],
      ['start', 'callback', { span: 'callback' }],
      ['cb fn', { span: 'callback' }, undefined],
      ['end', 'callback', { span: 'callback' }],
      ['start', 'promise', { span: 'promise' }],
      ['promise fn', { span: 'promise' }],
      ['end', 'promise', { span: 'promise' }],
      ['uncaught', true],
      ['then', 'm2'],
      // The promise's continuation runs in the store the trace began in.
      ['asyncStart', 'promise', { span: 'promise' }],
      ['asyncEnd', 'promise', { span: 'promise' }],
      ['timer', { wrapped: 'm2' }, 'm2'],
      ['asyncStart', 'callback', { span: 'callback' }],
      ['callback', null, 'res', 'cb:callback'],
      ['asyncEnd', 'callback', { span: 'callback' }],
    ]);
    console.log('ok');
  }, 20);
});
