'use strict';
// node:readline — the callback API. Interface is the shared one from
// internal/readline/interface, plus what older programs rely on: callable without `new`,
// question(query[, options], cb) (and its util.promisify form), synchronous completers
// wrapped as callback ones, and the underscore names of the internal methods
// (`_ttyWrite`, `_writeToOutput`, `_refreshLine`, …). Those are where the internal code
// looks them up, so a program that replaces one on an instance changes the behaviour.

const {
  Interface: _Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/interface');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const promises = require('readline/promises');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);

  // The callback API's completers take (line, cb); a one-argument one returns its result.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: sync } = input;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }

  Reflect.apply(InterfaceConstructor, this, [input, output, completer, terminal]);

  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};

  const signal = options.signal;
  if (signal) {
    require('internal/validators').validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const original = cb;
    cb = typeof cb === 'function' ? (answer) => {
      cleanup();
      return original(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Object.defineProperty(Interface.prototype.question, kPromisifyCustom, {
  __proto__: null,
  configurable: true,
  writable: true,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    const signal = options.signal;
    const { AbortError } = require('internal/errors');
    if (signal && signal.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

// State under its old names.
for (const [name, sym] of [
  ['_decoder', kDecoder],
  ['_line_buffer', kLine_buffer],
  ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey],
  ['_prompt', kPrompt],
  ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', kSawReturnAt],
]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: false,
    enumerable: false,
    get() {
      return this[sym];
    },
    set(value) {
      this[sym] = value;
    },
  });
}

// Methods under their old names; the internal symbol resolves to whatever the old name
// holds on the instance.
for (const [name, sym] of [
  ['_setRawMode', kSetRawMode],
  ['_onLine', kOnLine],
  ['_writeToOutput', kWriteToOutput],
  ['_addHistory', kAddHistory],
  ['_refreshLine', kRefreshLine],
  ['_normalWrite', kNormalWrite],
  ['_insertString', kInsertString],
  ['_tabComplete', kTabComplete],
  ['_wordLeft', kWordLeft],
  ['_wordRight', kWordRight],
  ['_deleteLeft', kDeleteLeft],
  ['_deleteRight', kDeleteRight],
  ['_deleteWordLeft', kDeleteWordLeft],
  ['_deleteWordRight', kDeleteWordRight],
  ['_deleteLineLeft', kDeleteLineLeft],
  ['_deleteLineRight', kDeleteLineRight],
  ['_line', kLine],
  ['_historyNext', kHistoryNext],
  ['_historyPrev', kHistoryPrev],
  ['_getDisplayPos', kGetDisplayPos],
  ['_getCursorPos', null],
  ['_moveCursor', kMoveCursor],
  ['_ttyWrite', kTtyWrite],
]) {
  const impl = sym === null ? _Interface.prototype.getCursorPos : _Interface.prototype[sym];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: true,
    value: impl,
  });
  if (sym !== null) {
    Object.defineProperty(Interface.prototype, sym, {
      __proto__: null,
      configurable: true,
      get() {
        return this[name];
      },
    });
  }
}

// The callback form of tab completion (the completer takes (line, cb)).
Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      const { inspect } = require('internal/util/inspect');
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

// TERM=dumb: no cursor control; the line is only appended to.
function ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) {
        this.emit('SIGINT');
      } else {
        this.close();
      }
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
