'use strict';
// Shared by the crypto tests: an assert.throws that checks the given fields exactly.

const assert = require('assert');

function throwsLike(fn, expected) {
  assert.throws(fn, (err) => {
    for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(err[k], v, k);
    return true;
  });
}

// Node leaves OpenSSL errors of some failed calls (a rejected key length) in OpenSSL's queue,
// and later failures that read the queue then report those. A failing call that drains the
// queue (Node's error capture reads all of it) makes later checks independent of order.
function drainOpenSSLErrors() {
  try {
    require('crypto').createHash('md4');
  } catch {
    // expected: md4 is unsupported
  }
}

module.exports = { throwsLike, drainOpenSSLErrors };
