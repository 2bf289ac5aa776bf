// URL.createObjectURL registers a Blob under a blob:nodedata: URL that buffer.resolveObjectURL
// and fetch read back; revokeObjectURL forgets it.
'use strict';
const assert = require('assert');
const { resolveObjectURL } = require('buffer');

const blob = new Blob(['hello blob'], { type: 'text/plain' });
const url = URL.createObjectURL(blob);
assert.match(url, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notStrictEqual(URL.createObjectURL(blob), url);
const back = resolveObjectURL(url);
assert.ok(back instanceof Blob);
assert.strictEqual(back.size, 10);
assert.strictEqual(back.type, 'text/plain');
assert.strictEqual(resolveObjectURL('blob:nodedata:nope'), undefined);
assert.throws(() => URL.createObjectURL('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "obj" argument must be an instance of Blob. Received type string (\'x\')',
});

let done = false;
(async () => {
  assert.strictEqual(await back.text(), 'hello blob');
  const res = await fetch(url);
  assert.strictEqual(res.status, 200);
  assert.strictEqual(await res.text(), 'hello blob');
  URL.revokeObjectURL(url);
  assert.strictEqual(resolveObjectURL(url), undefined);
  await assert.rejects(fetch(url), { name: 'TypeError', message: 'fetch failed' });
  done = true;
})();
process.on('exit', () => assert.ok(done));
