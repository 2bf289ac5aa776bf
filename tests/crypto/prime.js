'use strict';
// generatePrime(Sync) and checkPrime(Sync).

const assert = require('assert');
const crypto = require('crypto');
const { throwsLike } = require('./_util');

assert.strictEqual(crypto.checkPrimeSync(7n), true);
assert.strictEqual(crypto.checkPrimeSync(8n), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0xfb])), true); // 251
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);
assert.strictEqual(crypto.checkPrimeSync(2n ** 128n + 1n), false);
{
  const p = crypto.generatePrimeSync(64, { bigint: true });
  assert.strictEqual(typeof p, 'bigint');
  assert.strictEqual(p.toString(2).length, 64);
  assert.ok(crypto.checkPrimeSync(p));
  const q = crypto.generatePrimeSync(32);
  assert.ok(q instanceof ArrayBuffer);
  assert.strictEqual(q.byteLength, 4);
  const s = crypto.generatePrimeSync(32, { safe: true, bigint: true });
  assert.ok(crypto.checkPrimeSync((s - 1n) / 2n));
  const r = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
  assert.strictEqual(r % 12n, 11n);
}
process.exitCode = 1;
crypto.checkPrime(97n, (err, ok) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(ok, true);
  crypto.generatePrime(16, { bigint: true }, (err2, p) => {
    assert.strictEqual(err2, undefined);
    assert.strictEqual(typeof p, 'bigint');
    process.exitCode = 0;
  });
});
throwsLike(() => crypto.checkPrimeSync(-1n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "candidate" is out of range. It must be >= 0. Received -1n',
});
throwsLike(() => crypto.generatePrimeSync(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
throwsLike(() => crypto.checkPrimeSync('7'), { code: 'ERR_INVALID_ARG_TYPE' });
