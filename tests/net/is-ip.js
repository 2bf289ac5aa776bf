// net.isIP / isIPv4 / isIPv6 on valid and invalid addresses (answers taken from node 20).
'use strict';
const assert = require('assert');
const net = require('net');
const cases = [["1.2.3.4",4],["01.2.3.4",0],["255.255.255.255",4],["256.1.1.1",0],["::",6],["::1",6],
  ["1::",6],["fe80::1%eth0",6],["::ffff:1.2.3.4",6],["1:2:3:4:5:6:7:8",6],["1:2:3:4:5:6:7::",6],
  ["1:2:3:4:5:6:7:8:9",0],["1::2::3",0],[":1",0],["1:",0],["::ffff:1.2.3",0],["abcd::ef01:1.2.3.4",6],
  ["1:2:3:4:5:6:1.2.3.4",6],["1:2:3:4:5:6:7:1.2.3.4",0],["",0],["a",0],["1.2.3.4 ",0],["fe80::%",0],
  ["fe80::1%a b",0],["::1%1",6],["[::1]",0],["12345::",0],["0:0:0:0:0:0:0:0",6],["::1.2.3.4",6],
  ["1.2.3",0]];
for (const [s, v] of cases) {
  assert.strictEqual(net.isIP(s), v, s);
  assert.strictEqual(net.isIPv4(s), v === 4, s);
  assert.strictEqual(net.isIPv6(s), v === 6, s);
}
assert.strictEqual(net.isIP(1234), 0);
assert.strictEqual(net.isIP(undefined), 0);
