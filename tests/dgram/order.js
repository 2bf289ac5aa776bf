// The order of dgram's events against nextTicks, microtasks and each other: 'listening' and
// the bind callback in a nextTick, send callbacks in nextTicks, one 'message' per datagram
// with ticks and microtasks run after each, 'close' in a nextTick after close().
'use strict';
const dgram = require('dgram');

const log = (s) => console.log(s);
const a = dgram.createSocket('udp4');
const b = dgram.createSocket('udp4');
a.on('listening', () => log('a listening'));
b.on('listening', () => log('b listening'));
a.bind(0, '127.0.0.1', () => log('a bind callback'));
log('bind returned');
process.nextTick(() => log('tick after bind'));
Promise.resolve().then(() => log('microtask after bind'));

let n = 0;
a.on('message', (m, r) => {
  log(`a message ${m} size=${r.size}`);
  process.nextTick(() => log(`tick in message ${m}`));
  Promise.resolve().then(() => log(`microtask in message ${m}`));
  setImmediate(() => log(`immediate from message ${m}`));
  if (++n === 3) {
    a.close(() => log('a close callback'));
    b.close(() => log('b close callback'));
    log('close returned');
    process.nextTick(() => log('tick after close'));
  }
});
a.on('close', () => log('a close event'));
a.once('listening', () => {
  const port = a.address().port;
  b.send('one', port, '127.0.0.1', (e, len) => log(`send one callback ${e} ${len}`));
  b.send(['t', 'w', 'o'], port, '127.0.0.1', (e, len) => log(`send two callback ${e} ${len}`));
  b.send(Buffer.from('-three-'), 1, 5, port, '127.0.0.1',
         (e, len) => log(`send three callback ${e} ${len}`));
  log('sends returned');
  process.nextTick(() => log('tick after sends'));
});
process.on('exit', () => log('exit'));
