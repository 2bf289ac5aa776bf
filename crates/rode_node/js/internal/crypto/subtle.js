'use strict';
// crypto.subtle: Web Crypto's SubtleCrypto, implemented in internal/crypto/webcrypto.

const { SubtleCrypto, subtle } = require('internal/crypto/webcrypto');

module.exports = { SubtleCrypto, subtle };
