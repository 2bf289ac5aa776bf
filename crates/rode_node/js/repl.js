'use strict';
// node:repl — what programs use without running a REPL server: `Recoverable` (the error a
// custom eval returns for incomplete input), `writer` (util.inspect with the REPL's
// options), the mode symbols and `builtinModules`. ts-node requires it at load for these.
// `start()` and `REPLServer` (a REPL over arbitrary streams) are not written yet and throw
// ERR_NOT_IMPLEMENTED; rode's own interactive REPL (`rode` at a terminal) is separate.

const { inspect } = require('internal/util/inspect');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

function REPLServer() {
  throw new ERR_NOT_IMPLEMENTED('repl.REPLServer');
}

function start() {
  throw new ERR_NOT_IMPLEMENTED('repl.start()');
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  builtinModules: require('module').builtinModules.filter((name) => !name.startsWith('_')),
};
