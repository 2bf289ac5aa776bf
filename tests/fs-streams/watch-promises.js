'use strict';
// fsPromises.watch: an async iterator of { eventType, filename }; AbortSignal ends it with
// an AbortError; errors and validation as Node's.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('watch-promises');
const j = (...p) => path.join(dir, ...p);

(async () => {
  const ac = new AbortController();
  const iter = fsp.watch(dir, { signal: ac.signal });
  assert.strictEqual(typeof iter.next, 'function');
  assert.strictEqual(typeof iter[Symbol.asyncIterator], 'function');
  setTimeout(() => fs.writeFileSync(j('one'), ''), 50);
  const got = [];
  try {
    for await (const ev of iter) {
      got.push(ev);
      assert.strictEqual(Object.getPrototypeOf(ev), Object.prototype);
      if (got.length === 1) setTimeout(() => fs.appendFileSync(j('one'), 'x'), 50);
      if (got.length === 2) ac.abort();
    }
    assert.fail('not aborted');
  } catch (err) {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }
  assert.deepStrictEqual(got.map((e) => [e.eventType, e.filename]), [['rename', 'one'], ['change', 'one']]);

  // break ends the iteration and closes the watcher (the process can then exit).
  const it2 = fsp.watch(j('one'), { encoding: 'hex' });
  setTimeout(() => fs.appendFileSync(j('one'), 'y'), 50);
  for await (const ev of it2) {
    assert.deepStrictEqual(ev, { eventType: 'change', filename: '6f6e65' });
    break;
  }
  // 'buffer' is not an encoding here.
  await assert.rejects(fsp.watch(dir, { encoding: 'buffer' }).next(), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'buffer' is invalid encoding. Received 'encoding'",
  });

  // Errors come from the first next().
  await assert.rejects(fsp.watch(j('missing')).next(), {
    code: 'ENOENT',
    syscall: 'watch',
    filename: j('missing'),
    message: `ENOENT: no such file or directory, watch '${j('missing')}'`,
  });
  await assert.rejects(fsp.watch(dir, { persistent: 1 }).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.persistent" property must be of type boolean. Received type number (1)',
  });
  await assert.rejects(fsp.watch(dir, 'utf8').next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'utf8\')',
  });
  await assert.rejects(fsp.watch(dir, { encoding: 'nope' }).next(), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'nope' is invalid encoding. Received 'encoding'",
  });
  await assert.rejects(fsp.watch(dir, { signal: AbortSignal.abort() }).next(), { name: 'AbortError' });

  // recursive
  fs.mkdirSync(j('sub'));
  const ac2 = new AbortController();
  setTimeout(() => fs.writeFileSync(j('sub', 'deep'), ''), 100);
  for await (const ev of fsp.watch(dir, { recursive: true, signal: ac2.signal })) {
    assert.deepStrictEqual([ev.eventType, ev.filename], ['rename', path.join('sub', 'deep')]);
    break;
  }
  console.log('ok');
})();
