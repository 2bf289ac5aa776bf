'use strict';
// node:module — the CommonJS Module class with its statics (createRequire, builtinModules,
// isBuiltin, _load, _resolveFilename, …).
module.exports = require('internal/modules/cjs').Module;
