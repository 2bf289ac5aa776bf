'use strict';
// node:constants (deprecated in the documentation only, DEP0008; fs-extra and graceful-fs
// still require it): os.constants' dlopen, errno, priority and signals, then fs.constants
// and crypto.constants, in one frozen object, as Node builds it.

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

Object.assign(module.exports, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants);
// crypto.constants' own values: not defaultCipherList, which node:crypto adds as an accessor.
for (const key of Object.keys(crypto.constants)) {
  if (key !== 'defaultCipherList') module.exports[key] = crypto.constants[key];
}
Object.freeze(module.exports);
