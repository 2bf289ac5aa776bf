'use strict';
// emit() calls the listeners registered when it started, with the arguments given, whatever
// the listeners add or remove meanwhile; for one, two and more listeners.
const assert = require('assert');
const EventEmitter = require('events');

// (up to 8 listeners are copied to the stack in rode's native emit, more to the heap)
for (const count of [1, 2, 3, 8, 9, 30]) {
  for (const args of [[], [1], [1, 2], [1, 2, 3, 4]]) {
    const e = new EventEmitter();
    e.setMaxListeners(0);
    const calls = [];
    const late = () => calls.push('late');
    const listeners = [];
    for (let i = 0; i < count; i++) {
      listeners.push(function(...got) {
        assert.strictEqual(this, e);
        calls.push([i, got]);
        if (i === 0) {
          // Remove the others and add one: neither change applies to this emit.
          for (const l of listeners.slice(1)) e.removeListener('x', l);
          e.on('x', late);
        }
      });
      e.on('x', listeners[i]);
    }
    assert.strictEqual(e.emit('x', ...args), true);
    assert.deepStrictEqual(calls, listeners.map((_, i) => [i, args]));
    calls.length = 0;
    e.emit('x', ...args);
    // The first emit's 'late' is in the list now; the one added during this emit is not.
    assert.deepStrictEqual(calls, [[0, args], 'late']);
    assert.strictEqual(e.listenerCount('x'), 3);
  }
}

// A listener that throws stops the emit; the ones after it are not called.
const e = new EventEmitter();
const seen = [];
e.on('y', () => { seen.push(1); throw new Error('boom'); });
e.on('y', () => seen.push(2));
assert.throws(() => e.emit('y', 'a'), { message: 'boom' });
assert.deepStrictEqual(seen, [1]);

// A once() listener among two runs once.
const o = new EventEmitter();
let n = 0;
o.once('z', (a) => { n += a; });
o.on('z', (a) => { n += 10 * a; });
o.emit('z', 1);
o.emit('z', 1);
assert.strictEqual(n, 21);
assert.strictEqual(o.listenerCount('z'), 1);
assert.strictEqual(o.emit('nothing'), false);
