'use strict';
// createHmac: RFC 2202 / RFC 4231 vectors, key forms, the stream form and Node's errors.

const assert = require('assert');
const crypto = require('crypto');
const { throwsLike } = require('./_util');

const hmac = (alg, key, data, enc = 'hex') =>
  crypto.createHmac(alg, key).update(data).digest(enc);

// RFC 4231 test cases 1, 2 and 6.
const k1 = Buffer.alloc(20, 0x0b);
assert.strictEqual(hmac('sha224', k1, 'Hi There'),
                   '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22');
assert.strictEqual(hmac('sha256', k1, 'Hi There'),
                   'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
assert.strictEqual(hmac('sha384', k1, 'Hi There'),
                   'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c' +
                   'faea9ea9076ede7f4af152e8b2fa9cb6');
assert.strictEqual(hmac('sha512', k1, 'Hi There'),
                   '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
                   'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854');
assert.strictEqual(hmac('sha256', 'Jefe', 'what do ya want for nothing?'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(
  hmac('sha256', Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
  '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
// RFC 2202 test case 1.
assert.strictEqual(hmac('md5', Buffer.alloc(16, 0x0b), 'Hi There'),
                   '9294727a3638bb1c13f48ef8158bfc9d');
assert.strictEqual(hmac('sha1', k1, 'Hi There'), 'b617318655057264e28bc0b6fb378c8ef146be00');

// Values computed by Node 20 on this machine.
assert.strictEqual(hmac('sha3-256', 'key', 'abc'),
                   '09b6dbab8d11795ca7c8d82f1cf91682013c7cb980abbb25473be4ae7f7b5683');
assert.strictEqual(hmac('ripemd160', 'key', 'abc', 'base64'), 'Z/3Oc46/xzcrzTjwPAI7V0ZyTRg=');
assert.strictEqual(hmac('sha256', '', ''),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
assert.strictEqual(hmac('sha256', Buffer.alloc(0), ''),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');

// Key forms: string with an encoding, ArrayBuffer, views, KeyObject.
assert.strictEqual(crypto.createHmac('sha256', '4a656665', { encoding: 'hex' })
  .update('what do ya want for nothing?').digest('hex'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(hmac('sha256', new Uint8Array([0x4a, 0x65, 0x66, 0x65]).buffer,
                        'what do ya want for nothing?'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(hmac('sha256', crypto.createSecretKey(Buffer.from('Jefe')),
                        'what do ya want for nothing?'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');

// A second digest() gives an empty result; update() after digest() throws.
{
  const h = crypto.createHmac('sha256', 'k');
  assert.strictEqual(h.digest('hex').length, 64);
  assert.strictEqual(h.digest('hex'), '');
  assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
  throwsLike(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

throwsLike(() => crypto.createHmac('nope', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
throwsLike(() => crypto.createHmac('sha256'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, DataView, KeyObject, or CryptoKey. Received undefined',
});
throwsLike(() => crypto.createHmac(1, 'k'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hmac" argument must be of type string. Received type number (1)',
});

// Stream form.
{
  const h = crypto.createHmac('sha1', k1);
  h.end('Hi There');
  h.on('data', (d) => {
    assert.strictEqual(d.toString('hex'), 'b617318655057264e28bc0b6fb378c8ef146be00');
  });
}
