'use strict';
// fs.watch(dir, { recursive: true }) on Linux: names relative to the root, new folders
// watched as they appear, removed ones dropped.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('watch-rec');
const j = (...p) => path.join(dir, ...p);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  fs.mkdirSync(j('sub'));
  fs.writeFileSync(j('sub', 'x'), '1');
  const events = [];
  const w = fs.watch(dir, { recursive: true }, (type, name) => events.push([type, name]));
  assert.strictEqual(w.constructor.name, 'FSWatcher');
  const steps = [
    [() => fs.appendFileSync(j('sub', 'x'), 'y'), [['change', path.join('sub', 'x')]]],
    [() => fs.writeFileSync(j('top'), 'a'), [['rename', 'top']]],
    [() => fs.mkdirSync(j('sub', 'new')), [['rename', path.join('sub', 'new')]]],
    [() => fs.writeFileSync(j('sub', 'new', 'deep'), 'z'), [['rename', path.join('sub', 'new', 'deep')]]],
    [() => fs.appendFileSync(j('sub', 'new', 'deep'), 'z'), [['change', path.join('sub', 'new', 'deep')]]],
    [() => fs.unlinkSync(j('sub', 'x')), [['rename', path.join('sub', 'x')]]],
  ];
  for (const [act, want] of steps) {
    events.length = 0;
    act();
    await wait(250);
    assert.deepStrictEqual(events, want);
  }
  const closed = new Promise((resolve) => w.on('close', resolve));
  w.close();
  await closed;
  events.length = 0;
  fs.writeFileSync(j('sub', 'late'), '');
  await wait(100);
  assert.deepStrictEqual(events, []);

  // A missing root: ENOENT from stat, with `filename`.
  assert.throws(() => fs.watch(j('missing'), { recursive: true }), {
    code: 'ENOENT',
    syscall: 'stat',
    filename: j('missing'),
  });
  console.log('ok');
})();
