'use strict';
// Child of reporters-spec.js, run with FORCE_COLOR=1 and stderr a pipe: prints what spec
// makes of one failing test.

const { report } = require('./_reporters-events');
const { spec } = require('node:test/reporters');

const error = { n: 1, s: 'x' };
report(spec(), [{ type: 'test:fail', data: { name: 'f', nesting: 0, testNumber: 1, details: { duration_ms: 2, error } } }])
  .then((text) => process.stdout.write(text));
