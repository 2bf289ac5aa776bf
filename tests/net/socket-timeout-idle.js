// A socket's 'timeout' fires once per idle period: reads and writes postpone it, and the
// first activity after it fired starts a new period (Node's refresh of a fired timer).
'use strict';
const assert = require('assert');
const net = require('net');

const T = 120;
const events = [];
let start;
const stamp = (what) => events.push([what, Date.now() - start]);

const server = net.createServer((s) => {
  start = Date.now();
  s.setTimeout(T);
  s.on('timeout', () => stamp('timeout'));
  s.on('data', () => stamp('data'));
  // A write from this side postpones it too.
  setTimeout(() => { s.write('x'); stamp('write'); }, T * 3);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', () => {});
  setTimeout(() => c.write('a'), T * 0.6); // postpones the first timeout
  setTimeout(() => {
    c.destroy();
    server.close();
    const names = events.map((e) => e[0]);
    // data (0.6T) - timeout (1.6T) - [idle: no second timeout] - write (3T) - timeout (4T)
    assert.deepStrictEqual(names, ['data', 'timeout', 'write', 'timeout'], JSON.stringify(events));
    const at = Object.fromEntries(events.map((e, i) => [e[0] + i, e[1]]));
    assert.ok(at.timeout1 >= T * 1.6 - 5, `first timeout at ${at.timeout1}`);
    assert.ok(at.timeout3 >= at.write2 + T - 5, `second timeout at ${at.timeout3}`);
  }, T * 5);
});
