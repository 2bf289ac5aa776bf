// The global crypto.subtle is node:crypto's: digest() with the SHA family on strings' bytes,
// ArrayBuffers and views; bad algorithms reject with NotSupportedError.
'use strict';
const assert = require('assert');
const nodeCrypto = require('crypto');

assert.strictEqual(globalThis.crypto.subtle, nodeCrypto.subtle);
assert.strictEqual(nodeCrypto.webcrypto.subtle, nodeCrypto.subtle);

const abc = new TextEncoder().encode('abc');
const want = {
  'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
  'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};

(async () => {
  for (const [alg, hex] of Object.entries(want)) {
    const out = await crypto.subtle.digest(alg, abc);
    assert.ok(out instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(out).toString('hex'), hex);
    const viaObject = await crypto.subtle.digest({ name: alg.toLowerCase() }, abc.buffer);
    assert.strictEqual(Buffer.from(viaObject).toString('hex'), hex);
  }
  await assert.rejects(crypto.subtle.digest('MD5', abc), { name: 'NotSupportedError' });
})().then(() => { done = true; });

let done = false;
process.on('exit', () => assert.ok(done, 'digest promises never settled'));
