'use strict';
// import() in code made by eval or the Function constructor resolves against the script
// that runs it, not the current directory (prettier's CLI loads itself this way).
const assert = require('assert');
const os = require('os');

process.chdir(os.tmpdir()); // a relative specifier must not resolve against the cwd
const spec = './fixtures/eval-import/x.mjs';
const viaFunction = new Function('m', 'return import(m)');

(async () => {
  assert.strictEqual((await viaFunction(spec)).default, 'from x.mjs');
  assert.strictEqual((await eval(`import('${spec}')`)).default, 'from x.mjs');
  assert.strictEqual((await (0, eval)(`import('${spec}')`)).default, 'from x.mjs');
  // Nested: a function defined inside eval code.
  const nested = eval(`(function () { return () => import('${spec}'); })()`);
  assert.strictEqual((await nested()).default, 'from x.mjs');
  // Made in fixtures/eval-import/maker.cjs, called from here: './x.mjs' is next to maker.
  const maker = require('./fixtures/eval-import/maker.cjs');
  assert.strictEqual((await maker('./x.mjs')).default, 'from x.mjs');
  // A missing module is still Node's error, naming the resolved path.
  await assert.rejects(viaFunction('./fixtures/eval-import/nope.mjs'), (err) => {
    assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
    assert.match(err.message, /fixtures[\\/]eval-import[\\/]nope\.mjs/);
    return true;
  });
  done = true;
})();
let done = false;
process.on('exit', () => assert.ok(done));
