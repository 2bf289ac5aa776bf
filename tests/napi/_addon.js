'use strict';
// Builds the C addons under fixtures/ on demand and loads them.
//
// `load(name)` compiles fixtures/<name>.c into a .node file (cached in
// os.tmpdir()/rode-napi-tests/, keyed by a hash of the source and the include dir) and
// require()s it. `path(name)` builds it and returns the .node path only.
// Headers come from $NODE_API_INCLUDE or /usr/include/node (Debian's nodejs package).
const fs = require('fs');
const os = require('os');
const nodePath = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const FIXTURES = nodePath.join(__dirname, 'fixtures');
const INCLUDE = process.env.NODE_API_INCLUDE || '/usr/include/node';
const CACHE = nodePath.join(os.tmpdir(), 'rode-napi-tests');

function build(name, extraArgs = []) {
  const src = nodePath.join(FIXTURES, `${name}.c`);
  const h = crypto.createHash('sha1');
  h.update(fs.readFileSync(src));
  // Shared headers (fixtures/*.h) are part of every addon's source.
  for (const f of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.h')).sort()) {
    h.update('\0').update(f).update('\0').update(fs.readFileSync(nodePath.join(FIXTURES, f)));
  }
  h.update('\0').update(INCLUDE).update('\0').update(extraArgs.join(' '));
  const hash = h.digest('hex').slice(0, 16);
  fs.mkdirSync(CACHE, { recursive: true });
  const out = nodePath.join(CACHE, `${name}-${hash}.node`);
  if (fs.existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    execFileSync('cc', [
      '-shared', '-fPIC', '-O1', '-Wall', `-I${INCLUDE}`, ...extraArgs,
      '-o', tmp, src, '-lpthread',
    ], { stdio: ['ignore', 'inherit', 'inherit'] });
    fs.renameSync(tmp, out);
  } finally {
    try { fs.unlinkSync(tmp); } catch {}
  }
  return out;
}

module.exports = {
  path: (name) => build(name),
  load: (name) => require(build(name)),
  build,
};
