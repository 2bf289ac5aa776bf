// node:crypto from ES modules: default and named imports (the import reads every export),
// and subtle.digest.
import assert from 'node:assert';
import crypto, { createHash, randomUUID, KeyObject, subtle, webcrypto } from 'node:crypto';

assert.strictEqual(crypto.createHash, createHash);
assert.strictEqual(typeof randomUUID(), 'string');
assert.strictEqual(typeof KeyObject, 'function');
assert.strictEqual(webcrypto, globalThis.crypto);
assert.strictEqual(createHash('sha1').update('abc').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
const digest = await subtle.digest('SHA-256', new TextEncoder().encode('abc'));
assert.ok(digest instanceof ArrayBuffer);
assert.strictEqual(Buffer.from(digest).toString('hex'),
                   'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
const d384 = await subtle.digest({ name: 'sha-384' }, new ArrayBuffer(0));
assert.strictEqual(Buffer.from(d384).toString('hex').slice(0, 16), '38b060a751ac9638');
await assert.rejects(subtle.digest('MD5', new Uint8Array(1)), { name: 'NotSupportedError' });
