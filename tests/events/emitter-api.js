'use strict';
// EventEmitter's methods, properties and module shape.
const assert = require('assert');
const util = require('util');
const events = require('events');
const EventEmitter = events;

// Module shape
assert.strictEqual(typeof events, 'function');
assert.strictEqual(events.EventEmitter, EventEmitter);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(events.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof events.errorMonitor, 'symbol');
assert.strictEqual(events.errorMonitor.description, 'events.errorMonitor');
assert.strictEqual(events.defaultMaxListeners, 10);
assert.strictEqual(events.captureRejections, false);
for (const name of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
  'listenerCount', 'addAbortListener', 'init']) {
  assert.strictEqual(typeof events[name], 'function', name);
}
assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter',
  'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource',
  'errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount',
]);
assert.strictEqual(typeof events.kMaxEventTargetListeners, 'symbol');
assert.ok(!Object.keys(events).includes('kMaxEventTargetListeners'));

// A new emitter
{
  const e = new EventEmitter();
  assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(Object.getPrototypeOf(e._events), null);
  assert.strictEqual(e._eventsCount, 0);
  assert.strictEqual(e.getMaxListeners(), 10);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.deepStrictEqual(e.listeners('x'), []);
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.emit('x'), false);
}

// Methods chain and aliases
{
  const e = new EventEmitter();
  const f = () => {};
  assert.strictEqual(e.on('a', f), e);
  assert.strictEqual(e.addListener('a', f), e);
  assert.strictEqual(e.prependListener('a', f), e);
  assert.strictEqual(e.once('a', f), e);
  assert.strictEqual(e.prependOnceListener('a', f), e);
  assert.strictEqual(e.off('a', f), e);
  assert.strictEqual(e.removeListener('nothing', f), e);
  assert.strictEqual(e.removeAllListeners('a'), e);
  assert.strictEqual(e.removeAllListeners(), e);
  assert.strictEqual(e.setMaxListeners(3), e);
  assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
  assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
}

// Arguments and `this`
{
  const e = new EventEmitter();
  const calls = [];
  e.on('x', function(...args) {
    calls.push([this === e, arguments.length, args]);
  });
  e.emit('x');
  e.emit('x', undefined);
  e.emit('x', 1, 'two', null);
  e.emit('x', 1, 2, 3, 4, 5, 6, 7);
  assert.deepStrictEqual(calls, [
    [true, 0, []],
    [true, 1, [undefined]],
    [true, 3, [1, 'two', null]],
    [true, 7, [1, 2, 3, 4, 5, 6, 7]],
  ]);
  // A once() listener gets the same arguments and `this`.
  let seen;
  e.once('y', function(...args) { seen = [this, args]; });
  e.emit('y', 'a', 'b');
  assert.strictEqual(seen[0], e);
  assert.deepStrictEqual(seen[1], ['a', 'b']);
}

// listeners / rawListeners / listenerCount(name, listener)
{
  const e = new EventEmitter();
  function a() {}
  function b() {}
  e.on('x', a);
  e.once('x', b);
  e.on('x', a);
  assert.deepStrictEqual(e.listeners('x'), [a, b, a]);
  const raw = e.rawListeners('x');
  assert.strictEqual(raw.length, 3);
  assert.strictEqual(raw[0], a);
  assert.notStrictEqual(raw[1], b);
  assert.strictEqual(raw[1].listener, b);
  assert.strictEqual(raw[1].name, 'bound onceWrapper');
  assert.strictEqual(e.listenerCount('x'), 3);
  assert.strictEqual(e.listenerCount('x', a), 2);
  assert.strictEqual(e.listenerCount('x', b), 1);
  assert.strictEqual(e.listenerCount('x', () => {}), 0);
  assert.strictEqual(e.listenerCount('y', a), 0);
  assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 3);
  // The arrays returned are copies.
  e.listeners('x').push(a);
  e.rawListeners('x').length = 0;
  assert.strictEqual(e.listenerCount('x'), 3);
  // Calling the raw once wrapper runs the listener and removes it.
  let n = 0;
  e.once('z', () => n++);
  const wrapper = e.rawListeners('z')[0];
  wrapper();
  wrapper();
  assert.strictEqual(n, 1);
  assert.strictEqual(e.listenerCount('z'), 0);
  // Single listener
  e.once('w', b);
  assert.deepStrictEqual(e.listeners('w'), [b]);
  assert.strictEqual(e.listenerCount('w', b), 1);
  // Removing by the original function removes the once wrapper.
  e.removeListener('w', b);
  assert.strictEqual(e.listenerCount('w'), 0);
}

// eventNames keeps insertion order, strings then symbols as Reflect.ownKeys does
{
  const e = new EventEmitter();
  const s = Symbol('s');
  e.on(s, () => {});
  e.on('b', () => {});
  e.on('a', () => {});
  assert.deepStrictEqual(e.eventNames(), ['b', 'a', s]);
  assert.strictEqual(e._eventsCount, 3);
  e.removeAllListeners('b');
  assert.deepStrictEqual(e.eventNames(), ['a', s]);
  assert.strictEqual(e._eventsCount, 2);
}

// Listener validation
for (const bad of [undefined, null, 1, 'f', {}, [], Symbol('x')]) {
  for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener',
    'removeListener', 'off']) {
    assert.throws(() => new EventEmitter()[method]('x', bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "listener" argument must be of type function. Received ${
        bad === undefined ? 'undefined' : bad === null ? 'null' :
        typeof bad === 'number' ? 'type number (1)' : typeof bad === 'string' ? "type string ('f')" :
        typeof bad === 'symbol' ? 'type symbol (Symbol(x))' :
        Array.isArray(bad) ? 'an instance of Array' : 'an instance of Object'}`,
    }, method);
  }
}

// setMaxListeners / defaultMaxListeners validation
{
  const e = new EventEmitter();
  for (const bad of [-1, NaN, 'a', null]) {
    assert.throws(() => e.setMaxListeners(bad), (err) => {
      if (typeof bad === 'number') {
        assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
        assert.strictEqual(err.message,
                           `The value of "setMaxListeners" is out of range. It must be >= 0. Received ${bad}`);
      } else {
        assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      }
      return true;
    });
  }
  assert.throws(() => { events.defaultMaxListeners = -1; }, {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => { events.defaultMaxListeners = '5'; }, {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "defaultMaxListeners" argument must be of type number. Received type string (\'5\')',
  });
  assert.strictEqual(events.defaultMaxListeners, 10);
  e.setMaxListeners(Infinity);
  assert.strictEqual(e.getMaxListeners(), Infinity);
  assert.strictEqual(events.getMaxListeners(e), Infinity);
  // Emitters without their own limit follow the default.
  const f = new EventEmitter();
  events.defaultMaxListeners = 2;
  assert.strictEqual(f.getMaxListeners(), 2);
  events.setMaxListeners(4);
  assert.strictEqual(events.defaultMaxListeners, 4);
  assert.strictEqual(f.getMaxListeners(), 4);
  events.setMaxListeners(7, f, e);
  assert.strictEqual(f.getMaxListeners(), 7);
  assert.strictEqual(e.getMaxListeners(), 7);
  events.defaultMaxListeners = 10;
  assert.throws(() => events.setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  assert.throws(() => events.getMaxListeners({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  assert.throws(() => events.getEventListeners(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received type number (5)',
  });
}

// getEventListeners on an emitter unwraps once listeners
{
  const e = new EventEmitter();
  const f = () => {};
  e.once('x', f);
  assert.deepStrictEqual(events.getEventListeners(e, 'x'), [f]);
  assert.deepStrictEqual(events.getEventListeners(e, 'none'), []);
}

// Old-style inheritance and subclasses
{
  function Old() {
    EventEmitter.call(this);
  }
  util.inherits(Old, EventEmitter);
  const o = new Old();
  let got;
  o.on('x', (v) => { got = v; });
  o.emit('x', 5);
  assert.strictEqual(got, 5);
  assert.ok(o instanceof EventEmitter);

  class Sub extends EventEmitter {
    constructor() {
      super({ captureRejections: false });
      this.extra = 1;
    }
  }
  const s = new Sub();
  assert.strictEqual(s.emit('nothing'), false);
  s.on('y', () => {});
  assert.strictEqual(s.listenerCount('y'), 1);

  // An object that never ran the constructor still works.
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.emit('x'), false);
  assert.strictEqual(bare.listenerCount('x'), 0);
  assert.deepStrictEqual(bare.eventNames(), []);
  bare.on('x', () => {});
  assert.strictEqual(bare.emit('x'), true);

}

// Event names are compared as property keys
{
  const e = new EventEmitter();
  let n = 0;
  e.on('1', () => n++);
  e.emit(1);
  e.emit('1');
  assert.strictEqual(n, 2);
  e.on('__proto__', () => n++);
  assert.strictEqual(e.emit('__proto__'), true);
  assert.strictEqual(n, 3);
  assert.strictEqual(e.emit('toString'), false);
  assert.strictEqual(e.emit('constructor'), false);
}

// A listener that throws stops the emit and propagates
{
  const e = new EventEmitter();
  let second = false;
  e.on('x', () => { throw new Error('from listener'); });
  e.on('x', () => { second = true; });
  assert.throws(() => e.emit('x'), /from listener/);
  assert.strictEqual(second, false);
}

console.log('ok');
