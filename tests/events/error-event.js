'use strict';
// 'error' events: thrown when nobody listens, ERR_UNHANDLED_ERROR for
// non-Error values, errorMonitor.
const assert = require('assert');
const EventEmitter = require('events');

// An Error with no listener is thrown as is.
{
  const e = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
  // Also when the emitter never had any listener (no _events yet).
  const bare = Object.create(EventEmitter.prototype);
  assert.throws(() => bare.emit('error', err), (thrown) => thrown === err);
  // Subclasses of Error count as errors.
  const te = new TypeError('typed');
  assert.throws(() => e.emit('error', te, 'more'), (thrown) => thrown === te);
}

// Non-Error values are wrapped.
const cases = [
  ['str', "Unhandled error. ('str')"],
  [42, 'Unhandled error. (42)'],
  [undefined, 'Unhandled error. (undefined)'],
  [null, 'Unhandled error. (null)'],
  [{ a: 1 }, 'Unhandled error. ({ a: 1 })'],
  [[1, 'x'], "Unhandled error. ([ 1, 'x' ])"],
  [Symbol('s'), 'Unhandled error. (Symbol(s))'],
  [{ message: 'looks like an error' }, "Unhandled error. ({ message: 'looks like an error' })"],
];
for (const [value, message] of cases) {
  const e = new EventEmitter();
  assert.throws(() => e.emit('error', value), (err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.context, value);
    assert.strictEqual(err.toString(), `Error [ERR_UNHANDLED_ERROR]: ${message}`);
    assert.strictEqual(err.stack.split('\n')[0], `Error [ERR_UNHANDLED_ERROR]: ${message}`);
    assert.deepStrictEqual(Object.keys(err), ['code', 'context']);
    return true;
  });
}

// emit('error') with no argument at all
{
  const e = new EventEmitter();
  assert.throws(() => e.emit('error'), {
    code: 'ERR_UNHANDLED_ERROR',
    message: 'Unhandled error. (undefined)',
  });
}

// With a listener nothing is thrown.
{
  const e = new EventEmitter();
  const got = [];
  e.on('error', (err, extra) => got.push(err, extra));
  assert.strictEqual(e.emit('error', 'x', 'y'), true);
  assert.deepStrictEqual(got, ['x', 'y']);
}

// A once('error') listener handles one error, then errors throw again.
{
  const e = new EventEmitter();
  let n = 0;
  e.once('error', () => n++);
  e.emit('error', new Error('first'));
  assert.strictEqual(n, 1);
  assert.throws(() => e.emit('error', new Error('second')), /second/);
}

// errorMonitor: called before throwing, does not count as handling.
{
  const e = new EventEmitter();
  const seen = [];
  e.on(EventEmitter.errorMonitor, (err, extra) => seen.push(['monitor', err.message, extra]));
  assert.throws(() => e.emit('error', new Error('m'), 'extra'), /^Error: m$/);
  assert.deepStrictEqual(seen, [['monitor', 'm', 'extra']]);
  assert.strictEqual(e.listenerCount('error'), 0);
  assert.strictEqual(e.listenerCount(EventEmitter.errorMonitor), 1);
  // The monitor also sees non-Error values before ERR_UNHANDLED_ERROR.
  assert.throws(() => e.emit('error', 'plain'), { code: 'ERR_UNHANDLED_ERROR' });
  assert.strictEqual(seen.length, 2);
  e.on('error', () => seen.push('handled'));
  e.emit('error', new Error('h'));
  assert.deepStrictEqual(seen.slice(2), [['monitor', 'h', undefined], 'handled']);
}

// The thrown ERR_UNHANDLED_ERROR names the emit call site in its stack.
{
  const e = new EventEmitter();
  function emitsIt() {
    e.emit('error', 'nope');
  }
  try {
    emitsIt();
    assert.fail('should throw');
  } catch (err) {
    assert.match(err.stack, /\n {4}at .*emitsIt/);
  }
}

console.log('ok');
