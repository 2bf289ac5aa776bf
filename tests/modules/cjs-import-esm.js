'use strict';
// import() from CommonJS, and a package's "import" condition chosen over "require".
const assert = require('assert');
const path = require('path');

import('pkg-esm').then(async (ns) => {
  assert.strictEqual(ns.answer, 42);
  const pkg = await import('pkg-exports');
  assert.strictEqual(pkg.default, 'esm-default');
  const builtin = await import('node:path');
  assert.strictEqual(builtin.default, path);
  assert.strictEqual(builtin.join, path.join);
  console.log('ok');
});
