'use strict';
// util.debuglog with NODE_DEBUG: Node reads the variable once at start-up, so the test
// runs itself again in a child process with NODE_DEBUG set and checks its stderr:
// "SECTION PID: message", case-insensitive names, comma lists and `*` wildcards.
const assert = require('assert');
const util = require('util');

if (process.argv[2] === 'child') {
  const sections = ['foo', 'Bar', 'barbaz', 'ba', 'x.y', 'xzy', 'other', 'wild_card_end'];
  const enabled = {};
  for (const name of sections) {
    const log = util.debuglog(name);
    enabled[name] = log.enabled;
    log('hello %s %d', name, 42, { nested: [1, 2] });
  }
  let impl;
  const withCb = util.debuglog('foo', (fn) => { impl = fn; });
  withCb('via %s', 'callback');
  impl('direct');
  process.stdout.write(JSON.stringify(enabled));
  return;
}

const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'foo,BAR*,x.y,wild*end', FORCE_COLOR: '0' },
  encoding: 'utf8',
});
assert.strictEqual(child.status, 0, child.stderr);
assert.deepStrictEqual(JSON.parse(child.stdout), {
  foo: true, Bar: true, barbaz: true, ba: false, 'x.y': true, xzy: false, other: false,
  wild_card_end: true,
});
const pid = child.pid;
assert.strictEqual(child.stderr, [
  `FOO ${pid}: hello foo 42 { nested: [ 1, 2 ] }`,
  `BAR ${pid}: hello Bar 42 { nested: [ 1, 2 ] }`,
  `BARBAZ ${pid}: hello barbaz 42 { nested: [ 1, 2 ] }`,
  `X.Y ${pid}: hello x.y 42 { nested: [ 1, 2 ] }`,
  `WILD_CARD_END ${pid}: hello wild_card_end 42 { nested: [ 1, 2 ] }`,
  `FOO ${pid}: via callback`,
  `FOO ${pid}: direct`,
  '',
].join('\n'));
console.log('debuglog env ok');
