// @node-rs/argon2 (installed from npm, pinned by package-lock.json): a napi-rs native addon
// (@node-rs/argon2-linux-x64-gnu). Sync hashing and verifying on the main thread, async
// hashing as napi async work on the libuv thread pool (the event loop keeps turning while it
// runs), known answers from the Argon2 reference implementation's test vectors (fixed salt),
// raw hashes as Buffers, PHC-string parsing, secrets, and errors thrown with napi status codes.
'use strict';
const assert = require('assert');
const argon2 = require('@node-rs/argon2');

const { Algorithm, Version } = argon2;
const salt = Buffer.from('somesalt');

// Vectors from phc-winner-argon2's src/test.c (password "password", salt "somesalt").
const VECTORS = [
  [{ algorithm: Algorithm.Argon2id, memoryCost: 256, timeCost: 2, parallelism: 1 },
    '$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4'],
  [{ algorithm: Algorithm.Argon2i, memoryCost: 256, timeCost: 2, parallelism: 2 },
    '$argon2i$v=19$m=256,t=2,p=2$c29tZXNhbHQ$T/XOJ2mh1/TIpJHfCdQan76Q5esCFVoT5MAeIM1Oq2E'],
  [{ algorithm: Algorithm.Argon2i, memoryCost: 256, timeCost: 2, parallelism: 1, version: Version.V0x10 },
    '$argon2i$v=16$m=256,t=2,p=1$c29tZXNhbHQ$/U3YPXYsSb3q9XxHvc0MLxur+GP960kN9j7emXX8zwY'],
];

function syncApi() {
  assert.strictEqual(Algorithm.Argon2d, 0);
  assert.strictEqual(Algorithm.Argon2i, 1);
  assert.strictEqual(Algorithm.Argon2id, 2);
  assert.strictEqual(Version.V0x10, 0);
  assert.strictEqual(Version.V0x13, 1);

  for (const [opts, expected] of VECTORS) {
    assert.strictEqual(argon2.hashSync('password', { ...opts, salt }), expected);
    assert.strictEqual(argon2.hashSync(Buffer.from('password'), { ...opts, salt: new Uint8Array(salt) }), expected);
    assert.strictEqual(argon2.verifySync(expected, 'password'), true);
    assert.strictEqual(argon2.verifySync(expected, 'passwore'), false);
  }
  // Argon2d, version 16, empty password, salt of eight spaces (reference test.c).
  assert.strictEqual(argon2.verifySync(
    '$argon2d$v=16$m=8,t=1,p=1$ICAgICAgICA$X54KZYxUSfMUihzebb70sKbheabHilo8gsUldrVU4IU', ''), true);

  // The raw 32-byte hash behind the first vector.
  const raw = argon2.hashRawSync('password', { ...VECTORS[0][0], salt });
  assert.ok(Buffer.isBuffer(raw));
  assert.strictEqual(raw.toString('hex'), '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe');

  assert.deepStrictEqual(argon2.parseOptions(VECTORS[0][1]), {
    algorithm: Algorithm.Argon2id,
    version: Version.V0x13,
    memoryCost: 256,
    timeCost: 2,
    parallelism: 1,
    outputLen: 32,
    saltLen: 8,
  });

  // Defaults: argon2id v19, m=19456 t=2 p=1, a random 16-byte salt.
  const h1 = argon2.hashSync('correct horse');
  const h2 = argon2.hashSync('correct horse');
  assert.match(h1, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  assert.notStrictEqual(h1, h2);
  assert.strictEqual(argon2.parseOptions(h1).saltLen, 16);
  assert.strictEqual(argon2.verifySync(h1, 'correct horse'), true);
  assert.strictEqual(argon2.verifySync(h2, 'correct horse'), true);
  assert.strictEqual(argon2.verifySync(h1, 'correct horsE'), false);
  assert.strictEqual(argon2.verifySync(h1, ''), false);

  // outputLen changes the digest length.
  const short = argon2.hashSync('pw', { salt: Buffer.alloc(16, 1), outputLen: 16, memoryCost: 256 });
  assert.match(short, /^\$argon2id\$v=19\$m=256,t=2,p=1\$AQEBAQEBAQEBAQEBAQEBAQ\$[A-Za-z0-9+/]{22}$/);

  // Errors from the addon carry the napi status as their code.
  assert.throws(() => argon2.verifySync('not a phc string', 'x'),
    { name: 'Error', code: 'InvalidArg', message: 'Decoding failed' });
  assert.throws(() => argon2.hashSync('x', { salt: Buffer.from('abc') }),
    { code: 'InvalidArg', message: 'Salt is too short' });
  assert.throws(() => argon2.hashSync('x', { memoryCost: 1 }),
    { code: 'InvalidArg', message: 'Memory cost is too small' });
}

async function asyncApi() {
  for (const [opts, expected] of VECTORS) {
    const p = argon2.hash('password', { ...opts, salt });
    assert.ok(p instanceof Promise);
    assert.strictEqual(await p, expected);
    assert.strictEqual(await argon2.verify(expected, 'password'), true);
    assert.strictEqual(await argon2.verify(expected, 'wrong'), false);
  }
  const raw = await argon2.hashRaw('password', { ...VECTORS[0][0], salt });
  assert.strictEqual(raw.toString('hex'), '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe');

  // A hash made async verifies sync and the other way round.
  const h = await argon2.hash('s3cret');
  assert.strictEqual(argon2.verifySync(h, 's3cret'), true);
  assert.strictEqual(await argon2.verify(argon2.hashSync('s3cret'), 's3cret'), true);
  assert.strictEqual(await argon2.verify(h, 's3creT'), false);

  // A secret (pepper) changes the hash; verifying needs the same secret.
  const secret = Buffer.from('pepper');
  const peppered = await argon2.hash('password', { ...VECTORS[0][0], salt, secret });
  assert.notStrictEqual(peppered, VECTORS[0][1]);
  assert.match(peppered, /^\$argon2id\$v=19\$m=256,t=2,p=1\$c29tZXNhbHQ\$/);
  assert.strictEqual(await argon2.verify(peppered, 'password', { secret }), true);
  assert.strictEqual(await argon2.verify(peppered, 'password'), false);
  assert.strictEqual(await argon2.verify(peppered, 'password', { secret: Buffer.from('salt') }), false);

  // An AbortSignal that never fires doesn't get in the way.
  const ac = new AbortController();
  assert.strictEqual(await argon2.hash('password', { ...VECTORS[0][0], salt }, ac.signal), VECTORS[0][1]);
  assert.strictEqual(await argon2.verify(VECTORS[0][1], 'password', undefined, ac.signal), true);

  // Async errors reject.
  await assert.rejects(argon2.verify('not a phc string', 'x'), { code: 'InvalidArg', message: 'Decoding failed' });
  await assert.rejects(argon2.hash('x', { memoryCost: 1 }), { code: 'InvalidArg', message: 'Memory cost is too small' });

  // Several hashes at once on the thread pool, while the event loop keeps running.
  let ticks = 0;
  let spinning = true;
  const spin = () => {
    ticks++;
    if (spinning) setImmediate(spin);
  };
  setImmediate(spin);
  const passwords = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff'];
  const hashes = await Promise.all(passwords.map((pw) => argon2.hash(pw, { memoryCost: 8192, timeCost: 3 })));
  spinning = false;
  assert.ok(ticks > 0, 'event loop did not run while hashing');
  assert.strictEqual(new Set(hashes).size, passwords.length);
  const checks = await Promise.all(hashes.flatMap((h, i) => [
    argon2.verify(h, passwords[i]),
    argon2.verify(h, passwords[(i + 1) % passwords.length]),
  ]));
  assert.deepStrictEqual(checks, passwords.flatMap(() => [true, false]));
}

syncApi();
asyncApi().then(() => console.log('argon2 ok'));
