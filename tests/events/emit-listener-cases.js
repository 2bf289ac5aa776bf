// emit's contract across listener storage and arguments: `this`, argument counts, symbol
// events, once, listeners removed while emitting, captured rejections, a listener that
// throws, emit called on a plain object, and the return value.
'use strict';
const assert = require('assert');
const EventEmitter = require('events');

const log = [];
const e = new EventEmitter();
e.on('x', function(a, b) { log.push(['x', this === e, a, b, arguments.length]); });
e.on('x', (...rest) => log.push(['x2', rest.length]));
assert.strictEqual(e.emit('x', 1, 2), true);
assert.strictEqual(e.emit('x'), true);
assert.strictEqual(e.emit('nope'), false);
assert.strictEqual(new EventEmitter().emit('x'), false);
assert.deepStrictEqual(log.splice(0), [
  ['x', true, 1, 2, 2], ['x2', 2], ['x', true, undefined, undefined, 0], ['x2', 0],
]);
assert.strictEqual(EventEmitter.prototype.emit.name, 'emit');
assert.strictEqual(EventEmitter.prototype.emit.length, 1);

const s = Symbol('s');
e.once(s, (v) => log.push(['sym', v]));
assert.strictEqual(e.emit(s, 5), true);
assert.strictEqual(e.emit(s, 6), false);
assert.deepStrictEqual(log.splice(0), [['sym', 5]]);

// The listeners are read before the first runs.
const r = new EventEmitter();
r.on('a', () => { r.removeAllListeners('a'); log.push('a1'); });
r.on('a', () => log.push('a2'));
r.emit('a');
r.emit('a');
assert.deepStrictEqual(log.splice(0), ['a1', 'a2']);

// A throwing listener stops the emit and the error reaches the caller.
const t = new EventEmitter();
t.on('t', () => { throw new RangeError('in listener'); });
t.on('t', () => log.push('not reached'));
assert.throws(() => t.emit('t', 1), { name: 'RangeError', message: 'in listener' });
assert.deepStrictEqual(log, []);

// 'error' with no listener throws the error, or ERR_UNHANDLED_ERROR for a non-error.
assert.throws(() => t.emit('error', new TypeError('boom')), { name: 'TypeError', message: 'boom' });
assert.throws(() => t.emit('error', 'str'), {
  code: 'ERR_UNHANDLED_ERROR', message: "Unhandled error. ('str')",
});
t.on(EventEmitter.errorMonitor, (er) => log.push(['monitor', er]));
t.on('error', (er) => log.push(['error', er]));
assert.strictEqual(t.emit('error', 7), true);
assert.deepStrictEqual(log.splice(0), [['monitor', 7], ['error', 7]]);

// Plain objects with Node's storage work; a non-object `this` throws a TypeError.
assert.strictEqual(EventEmitter.prototype.emit.call({ _events: { z: () => log.push('z') } }, 'z'), true);
assert.strictEqual(EventEmitter.prototype.emit.call({}, 'z'), false);
assert.throws(() => EventEmitter.prototype.emit.call(undefined, 'z'), TypeError);
assert.deepStrictEqual(log.splice(0), ['z']);

// captureRejections: a listener's rejected promise becomes 'error'.
const c = new EventEmitter({ captureRejections: true });
c.on('ev', async (v) => { throw new Error('rejected ' + v); });
c.on('error', (er) => {
  assert.strictEqual(er.message, 'rejected 3');
  log.push('captured');
});
assert.strictEqual(c.emit('ev', 3), true);
setTimeout(() => assert.deepStrictEqual(log, ['captured']), 10);
