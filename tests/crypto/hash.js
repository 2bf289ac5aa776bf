'use strict';
// createHash, crypto.hash and the Hash stream: known-answer vectors (FIPS 180/202 examples,
// and digests computed by Node 20 on this machine), aliases, XOF lengths, copy(), every
// output encoding, and Node's errors.

const assert = require('assert');
const crypto = require('crypto');
const { pipeline, Readable } = require('stream');

// digest('hex') of 'abc' and of '' (FIPS 180-4 / FIPS 202 examples where they exist).
const vectors = {
  'md5': [
    '900150983cd24fb0d6963f7d28e17f72',
    'd41d8cd98f00b204e9800998ecf8427e',
  ],
  'sha1': [
    'a9993e364706816aba3e25717850c26c9cd0d89d',
    'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  ],
  'sha224': [
    '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
  ],
  'sha256': [
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ],
  'sha384': [
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
  ],
  'sha512': [
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  ],
  'sha512-224': [
    '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa',
    '6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4',
  ],
  'sha512-256': [
    '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
    'c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a',
  ],
  'sha3-224': [
    'e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
    '6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7',
  ],
  'sha3-256': [
    '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
    'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a',
  ],
  'sha3-384': [
    'ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25',
    '0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004',
  ],
  'sha3-512': [
    'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
    'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26',
  ],
  'shake128': [
    '5881092dd818bf5cf8a3ddb793fbcba7',
    '7f9c2ba4e88f827d616045507605853e',
  ],
  'shake256': [
    '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739',
    '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f',
  ],
  'blake2b512': [
    'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    '786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce',
  ],
  'blake2s256': [
    '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
    '69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9',
  ],
  'ripemd160': [
    '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
    '9c1185a5c5e9fc54612808977ee8f548b2258d31',
  ],
  'sm3': [
    '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b',
  ],
  'md5-sha1': [
    '900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d',
    'd41d8cd98f00b204e9800998ecf8427eda39a3ee5e6b4b0d3255bfef95601890afd80709',
  ],
};

for (const [name, [abc, empty]] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHash(name).update('abc').digest('hex'), abc, name);
  assert.strictEqual(crypto.createHash(name).digest('hex'), empty, name);
  assert.strictEqual(crypto.hash(name, 'abc'), abc, name);
  assert.strictEqual(crypto.createHash(name.toUpperCase()).update('abc').digest('hex'), abc);
}

// FIPS 180 two-block messages and the million-'a' message.
const long = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
assert.strictEqual(crypto.createHash('sha1').update(long).digest('hex'),
                   '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
assert.strictEqual(crypto.createHash('sha256').update(long).digest('hex'),
                   '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
assert.strictEqual(crypto.createHash('sha3-256').update(long).digest('hex'),
                   '41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376');
{
  const h = crypto.createHash('sha256');
  const a = Buffer.alloc(1000, 'a');
  for (let i = 0; i < 1000; i++) h.update(a);
  assert.strictEqual(h.digest('hex'),
                     'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
}

// Aliases OpenSSL knows.
for (const alias of ['RSA-SHA256', 'sha256WithRSAEncryption', 'SHA256']) {
  assert.strictEqual(crypto.createHash(alias).update('abc').digest('hex'), vectors.sha256[0]);
}
assert.strictEqual(crypto.createHash('rmd160').update('abc').digest('hex'), vectors.ripemd160[0]);

// XOF output lengths.
assert.strictEqual(
  crypto.createHash('shake128', { outputLength: 100 }).update('abc').digest('hex'),
  '5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc844c50af32acd3f2cdd06656870' +
  '6f509bc1bdde58295dae3f891a9a0fca5783789a41f8611214ce612394df286a62d1a2252aa94db9c538956c71' +
  '7dc2bed4f232a0294c85');
assert.strictEqual(
  crypto.createHash('shake256', { outputLength: 7 }).update('abc').digest('base64'),
  'SDNmYBNgqA==');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'),
                   vectors.sha256[1]);

// copy(): independent states; a copy of an XOF takes its own length.
{
  const h = crypto.createHash('sha256').update('ab');
  const c = h.copy();
  h.update('c');
  assert.strictEqual(h.digest('hex'), vectors.sha256[0]);
  assert.strictEqual(c.digest('hex'), crypto.hash('sha256', 'ab'));
  const x = crypto.createHash('shake256', { outputLength: 10 }).update('a');
  const x1 = x.copy();
  const x2 = x.copy({ outputLength: 3 });
  assert.strictEqual(x.digest('hex'), '867e2cb04f5a04dcbd59');
  assert.strictEqual(x1.digest('hex'), '867e2cb04f5a04dcbd592501a5e8fe9ceaafca50255626ca736c138042530ba4');
  assert.strictEqual(x2.digest('hex'), '867e2c');
}

// Inputs: strings in any encoding, every kind of view.
{
  const d = (data, enc) => crypto.createHash('sha256').update(data, enc).digest('hex');
  assert.strictEqual(d('616263', 'hex'), vectors.sha256[0]);
  assert.strictEqual(d('YWJj', 'base64'), vectors.sha256[0]);
  assert.strictEqual(d('abc', 'latin1'), vectors.sha256[0]);
  assert.strictEqual(d('abc', 'bogus'), vectors.sha256[0]); // unknown: utf8
  assert.strictEqual(d(new Uint16Array([0x6261, 0x63])).length, 64);
  assert.strictEqual(d(new Uint16Array([0x6261, 0x0063]).subarray(0, 1)),
                     crypto.hash('sha256', 'ab'));
  const b = Buffer.from('xabcx');
  assert.strictEqual(d(new DataView(b.buffer, b.byteOffset + 1, 3)), vectors.sha256[0]);
  assert.strictEqual(d('\u00e9'), d(Buffer.from([0xc3, 0xa9])));
  assert.strictEqual(d('\ud800'), d(Buffer.from([0xef, 0xbf, 0xbd]))); // lone surrogate
  assert.strictEqual(d('\u00e9', 'latin1'), d(Buffer.from([0xe9])));
}

// Output encodings.
{
  const h = () => crypto.createHash('sha1').update('abc');
  const raw = Buffer.from(vectors.sha1[0], 'hex');
  assert.deepStrictEqual(h().digest(), raw);
  assert.deepStrictEqual(h().digest('buffer'), raw);
  assert.strictEqual(h().digest('base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
  assert.strictEqual(h().digest('base64url'), 'qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
  assert.strictEqual(h().digest('latin1'), raw.toString('latin1'));
  assert.strictEqual(h().digest('binary'), raw.toString('latin1'));
  assert.strictEqual(h().digest('ucs2'), raw.toString('ucs2'));
  assert.strictEqual(h().digest('HEX'), vectors.sha1[0]);
  assert.deepStrictEqual(h().digest('bogus'), raw); // unknown: a Buffer
  assert.ok(Buffer.isBuffer(h().digest()));
  assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
  assert.deepStrictEqual(crypto.hash('sha1', Buffer.from('abc'), 'buffer'), raw);
}

// The Hash object.
{
  const h = crypto.createHash('md5');
  assert.ok(h instanceof crypto.Hash);
  assert.ok(crypto.Hash('md5') instanceof crypto.Hash);
  assert.ok(h instanceof require('stream').Transform);
  assert.deepStrictEqual(Object.keys(h), ['_options']);
  assert.strictEqual(h.update('a'), h);
}

// Errors.
function throwsLike(fn, expected) {
  assert.throws(fn, (err) => {
    for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(err[k], v, k);
    return true;
  });
}
throwsLike(() => crypto.createHash('nope'), {
  name: 'Error', message: 'Digest method not supported', code: undefined,
});
throwsLike(() => crypto.createHash(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)',
});
throwsLike(() => crypto.createHash('sha256', { outputLength: 5 }), {
  name: 'Error', code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  message: 'error:030000B2:digital envelope routines::not XOF or invalid length',
  library: 'digital envelope routines', reason: 'not XOF or invalid length',
});
throwsLike(() => crypto.createHash('md5', { outputLength: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
});
// md4 is in OpenSSL 3's legacy provider, which Node 20 does not load.
throwsLike(() => crypto.createHash('md4'), {
  code: 'ERR_OSSL_EVP_UNSUPPORTED',
  message: 'error:0308010C:digital envelope routines::unsupported',
  opensslErrorStack: [
    'error:03000086:digital envelope routines::initialization error',
    'error:0308010C:digital envelope routines::unsupported',
  ],
});
for (const op of [(h) => h.digest(), (h) => h.update('a'), (h) => h.copy()]) {
  const h = crypto.createHash('sha256');
  h.digest();
  throwsLike(() => op(h), {
    name: 'Error', code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called',
  });
}
throwsLike(() => crypto.createHash('sha256').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
throwsLike(() => crypto.createHash('sha256').update('abc', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
});
throwsLike(() => crypto.hash('nope', 'abc'), {
  name: 'Error', message: 'Digest method nope is not supported',
});
throwsLike(() => crypto.hash('sha1', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (1)',
});
throwsLike(() => crypto.hash('sha1', 'abc', 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'outputEncoding' is invalid. Received 'bogus'",
});

// The stream form: written data is hashed; the digest is the one readable chunk.
{
  const h = crypto.createHash('sha256');
  const chunks = [];
  h.on('data', (d) => chunks.push(d));
  h.on('end', () => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'), vectors.sha256[0]);
  });
  h.write('a');
  h.write(Buffer.from('b'));
  h.end('c');
}
{
  const h = crypto.createHash('md5');
  h.setEncoding('hex');
  pipeline(Readable.from(['a', Buffer.from('b'), 'c']), h, (err) => {
    assert.ifError(err);
    assert.strictEqual(h.read(), vectors.md5[0]);
  });
}
