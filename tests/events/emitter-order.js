'use strict';
// Order in which EventEmitter calls listeners, and what it reports while
// listeners are added and removed (including during an emit).
const EventEmitter = require('events');

const log = (...args) => console.log(args.map(String).join(' '));

{
  log('# on / prepend / once / prependOnce');
  const e = new EventEmitter();
  e.on('a', () => log('on 1'));
  e.on('a', () => log('on 2'));
  e.prependListener('a', () => log('prepend 1'));
  e.once('a', () => log('once 1'));
  e.prependOnceListener('a', () => log('prependOnce 1'));
  log('count', e.listenerCount('a'));
  log('emit ->', e.emit('a'));
  log('count', e.listenerCount('a'));
  log('emit ->', e.emit('a'));
  log('emit other ->', e.emit('b'));
}

{
  log('# newListener and removeListener events');
  const e = new EventEmitter();
  e.on('newListener', (name, fn) => log('newListener', String(name), fn.name));
  e.on('removeListener', (name, fn) => log('removeListener', String(name), fn.name));
  function one() {}
  function two() {}
  e.on('x', one);
  e.once('x', two);
  e.on(Symbol('sym'), one);
  log('names', e.eventNames().map(String).join(','));
  e.removeListener('x', two);
  e.off('x', one);
  e.removeListener('x', one); // already gone: no event
  log('names', e.eventNames().map(String).join(','));
  // once listeners are reported as the function given to once().
  function three() {}
  function four() {}
  e.once('y', three);
  e.removeListener('y', three);
  e.once('z', four);
  e.emit('z');
}

{
  log('# a newListener listener does not see itself; listeners it adds go first');
  const e = new EventEmitter();
  e.once('newListener', (name) => {
    log('newListener for', name);
    if (name === 'x') e.on('x', () => log('added by newListener'));
  });
  e.on('x', () => log('original'));
  e.emit('x');
}

{
  log('# removal during emit: the current emit still calls everyone');
  const e = new EventEmitter();
  function b() { log('b'); }
  e.on('x', () => { log('a removes b'); e.removeListener('x', b); });
  e.on('x', b);
  e.emit('x');
  log('second emit');
  e.emit('x');
}

{
  log('# adding during emit: the new listener waits for the next emit');
  const e = new EventEmitter();
  e.on('x', () => {
    log('a adds c');
    e.on('x', () => log('c'));
  });
  e.emit('x');
  log('second emit');
  e.emit('x');
}

{
  log('# once listeners that re-emit');
  const e = new EventEmitter();
  let n = 0;
  e.once('x', () => {
    log('once', ++n);
    e.emit('x');
  });
  e.on('x', () => log('on', n));
  e.emit('x');
}

{
  log('# removeAllListeners emits removeListener, LIFO per event, removeListener last');
  const e = new EventEmitter();
  function a1() {}
  function a2() {}
  function b1() {}
  function rl(name, fn) { log('removed', String(name), fn.name); }
  e.on('a', a1);
  e.on('a', a2);
  e.on('b', b1);
  e.on('removeListener', rl);
  e.removeAllListeners('a');
  log('names', e.eventNames().join(','));
  e.on('a', a1);
  e.removeAllListeners();
  log('names', JSON.stringify(e.eventNames()));
}

{
  log('# removing the same function registered twice removes the last one');
  const e = new EventEmitter();
  const seen = [];
  function f() { seen.push('f'); }
  e.on('x', f);
  e.on('x', () => seen.push('g'));
  e.on('x', f);
  e.removeListener('x', f);
  e.emit('x');
  log(seen.join(','));
}

{
  log('# errorMonitor sees errors first');
  const e = new EventEmitter();
  e.on(EventEmitter.errorMonitor, (err) => log('monitor', err.message));
  e.on('error', (err) => log('error', err.message));
  e.emit('error', new Error('boom'));
}
