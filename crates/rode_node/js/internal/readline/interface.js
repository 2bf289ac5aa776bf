'use strict';
// The readline Interface shared by node:readline and node:readline/promises.
//
// Without a terminal, input 'data' is decoded as UTF-8 and split into 'line' events on
// \n, \r\n and \r (a \r\n split across chunks within crlfDelay counts once). With a
// terminal, keypresses edit `line` in place (cursor keys, word and line kills, history with
// prefix search, undo/redo, kill ring, tab completion) and the prompt and line are redrawn
// on `output` with ANSI sequences.
//
// Internal methods are symbol-keyed; node:readline's legacy Interface maps them to the old
// underscore names (`_ttyWrite`, `_writeToOutput`, …) so programs that patch those keep
// working (see readline.js).

const EventEmitter = require('events');
const {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSubstringSearch,
} = require('internal/readline/utils');
const { emitKeypressEvents, kSawKeyPress } = require('internal/readline/emitKeypressEvents');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/tty');

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMincrlfDelay = 100;
const kMaxLengthOfKillRing = 32;
// \r\n, \n, or a \r that is not followed by \n.
const lineEnding = /\r?\n|\r(?!\n)/g;

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kLineObjectStream = Symbol('line object stream');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestion = Symbol('kQuestion');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionCancel = Symbol('kQuestionCancel');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function validators() {
  return require('internal/validators');
}

function errorCodes() {
  return require('internal/errors').codes;
}

// The text before `leading`'s end that a word-left motion skips: spaces, then a run of
// word characters or a run of other non-space characters.
function wordLeftLength(leading) {
  const reversed = Array.from(leading).reverse().join('');
  return /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed)[0].length;
}

// The constructor behind both Interfaces (called with `this` set by them).
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // The options form.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validators().validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new (errorCodes().ERR_INVALID_ARG_VALUE)('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validators().validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new (errorCodes().ERR_INVALID_ARG_VALUE)('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else {
    validators().validateArray(history, 'history');
  }
  if (historySize === undefined) historySize = kHistorySize;
  validators().validateNumber(historySize, 'historySize', 0);

  // Without `terminal`, a TTY output means terminal mode.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  const self = this;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // Killed (deleted) text, most recent first, for yank (ctrl+y) and yank-pop (meta+y).
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;

  this.setPrompt(prompt);

  this.terminal = !!terminal;

  this[kLineObjectStream] = undefined;

  function onerror(err) {
    self.emit('error', err);
  }

  function ondata(data) {
    self[kNormalWrite](data);
  }

  function onend() {
    // The last line has no line ending: it still is a line (not an answer).
    if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
      self.emit('line', self[kLine_buffer]);
    }
    self.close();
  }

  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }

  function onkeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair: redraw once the character is whole.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  }

  function onresize() {
    self[kRefreshLine]();
  }

  input.on('error', onerror);

  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.terminal = true;
    // Cursor position in `line` (UTF-16 units).
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onresize);
    self.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new (errorCodes().ERR_USE_AFTER_CLOSE)('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validators().validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    // Lines of only whitespace are not kept.
    if (this.line.trim().length === 0) return this.line;

    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;

    // A 'history' listener may rewrite the list (drop a password, say): return what is
    // first in it now.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws the prompt and the line, leaving the cursor where it belongs.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;
    const cursorPos = this.getCursorPos();

    // Up to the first row of what was drawn last time, then clear from there down.
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);

    this[kWriteToOutput](line);
    // A line that exactly fills its last row: make the terminal start the next one.
    if (lineCols === 0) this[kWriteToOutput](' ');

    cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](d, key);
    } else {
      this[kNormalWrite](d);
    }
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    // The \n of a \r\n split across chunks.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(string)) {
      // No line ending yet: keep the text for the next chunk.
      if (string) {
        if (this[kLine_buffer]) this[kLine_buffer] += string;
        else this[kLine_buffer] = string;
      }
      return;
    }
    if (this[kLine_buffer]) {
      string = this[kLine_buffer] + string;
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    // Split first (a 'line' listener may write more), then emit.
    const lines = [];
    let start = 0;
    let m;
    lineEnding.lastIndex = 0;
    while ((m = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
    }
    this[kLine_buffer] = string.slice(start);
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled && this.cursor === this.line.length) {
      // Inside a pasted chunk (all but its last character), at the end of the line: just
      // echo, no redraw. (Node 20 appends here even when the cursor is inside the line;
      // rode inserts at the cursor and redraws.)
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      const beg = this.line.slice(0, this.cursor);
      const end = this.line.slice(this.cursor);
      this.line = beg + c + end;
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) {
        this[kRefreshLine]();
      } else {
        this[kWriteToOutput](c);
      }
    }
  }

  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${lazyInspect().inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    // Complete as far as all candidates agree.
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
                  this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }

    // A second tab lists the candidates in columns ('' starts a new group).
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);
    const { getStringWidth } = lazyInspect();
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      this[kMoveCursor](-wordLeftLength(this.line.slice(0, this.cursor)));
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      this[kMoveCursor](/^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing)[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      leading = leading.slice(0, leading.length - wordLeftLength(leading));
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const n = /^(?:\s+|\W+|\w+)\s*/.exec(trailing)[0].length;
      this.line = this.line.slice(0, this.cursor) + trailing.slice(n);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  [kYankPop]() {
    if (!this[kYanking]) return;
    if (this[kKillRing].length > 1) {
      const lastYank = this[kKillRing][this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
      const currentYank = this[kKillRing][this[kKillRingCursor]];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this[kRefreshLine]();
    }
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) {
      this[kUndoStack].shift();
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // Down: the next newer history entry that starts with what was typed before the first
  // up/down (and differs from the line shown), or that text itself past the newest.
  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Up: the next older matching entry (see kHistoryNext).
  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Where `str` ends on screen: rows below the first and the column, with wide characters
  // taking two columns (never split across rows) and tabs aligned to tabSize.
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    const { getStringWidth, stripVTControlCharacters } = lazyInspect();
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this[kGetDisplayPos](strBeforeCursor);
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // One keypress in terminal mode.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;

    // Anything but meta+y ends a yank sequence.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Plain up/down start (or continue) a history search for the text before the cursor.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl+_ (or ctrl+-) undoes, ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const cp = key.sequence.codePointAt(0);
      if (cp === 0x1f) {
        this[kUndo]();
        return;
      }
      if (cp === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace':
          this[kDeleteLineLeft]();
          break;
        case 'delete':
          this[kDeleteLineRight]();
          break;
      }
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this[kWordLeft]();
          break;
        case 'f':
          this[kWordRight]();
          break;
        case 'd':
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'y':
          this[kYankPop]();
          break;
      }
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  // `for await (const line of rl)`: lines queue up while the loop is busy; past 1024
  // queued the interface pauses, and resumes when the queue has drained. Ends after
  // 'close' (once the queue is empty); an 'error' rejects the next read.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = lineIterator(this);
    return this[kLineObjectStream];
  }
}

function ctrlKey(self, key) {
  switch (key.name) {
    case 'c':
      if (self.listenerCount('SIGINT') > 0) {
        self.emit('SIGINT');
      } else {
        self.close();
      }
      break;
    case 'h':
      self[kDeleteLeft]();
      break;
    case 'd':
      // End of input on an empty line; delete under the cursor otherwise.
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
      } else if (self.cursor < self.line.length) {
        self[kDeleteRight]();
      }
      break;
    case 'u':
      self[kDeleteLineLeft]();
      break;
    case 'k':
      self[kDeleteLineRight]();
      break;
    case 'a':
      self[kMoveCursor](-Infinity);
      break;
    case 'e':
      self[kMoveCursor](+Infinity);
      break;
    case 'b':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      break;
    case 'f':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      break;
    case 'l':
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[kRefreshLine]();
      break;
    case 'n':
      self[kHistoryNext]();
      break;
    case 'p':
      self[kHistoryPrev]();
      break;
    case 'y':
      self[kYank]();
      break;
    case 'z':
      if (self.listenerCount('SIGTSTP') > 0) {
        self.emit('SIGTSTP');
      } else {
        process.once('SIGCONT', () => {
          // Still reading: pause and resume so SIGINT, SIGTSTP and EOF are seen again.
          if (!self.paused) {
            self.pause();
            self.emit('SIGCONT');
          }
          self[kSetRawMode](true);
          self[kRefreshLine]();
        });
        self[kSetRawMode](false);
        process.kill(process.pid, 'SIGTSTP');
      }
      break;
    case 'w':
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'left':
      self[kWordLeft]();
      break;
    case 'right':
      self[kWordRight]();
      break;
  }
}

function plainKey(self, s, key, previousKey) {
  // A \r is only remembered so that a \n right after it doesn't make a second line.
  if (self[kSawReturnAt] && key.name !== 'enter') self[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      self[kSawReturnAt] = Date.now();
      self[kLine]();
      return;
    case 'enter':
      if (self[kSawReturnAt] === 0 || Date.now() - self[kSawReturnAt] > self.crlfDelay) {
        self[kLine]();
      }
      self[kSawReturnAt] = 0;
      return;
    case 'backspace':
      self[kDeleteLeft]();
      return;
    case 'delete':
      self[kDeleteRight]();
      return;
    case 'left':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      return;
    case 'right':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      return;
    case 'home':
      self[kMoveCursor](-Infinity);
      return;
    case 'end':
      self[kMoveCursor](+Infinity);
      return;
    case 'up':
      self[kHistoryPrev]();
      return;
    case 'down':
      self[kHistoryNext]();
      return;
    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        self[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) {
    // Text (typed or written): each line ending in it completes a line.
    lineEnding.lastIndex = 0;
    let lastIndex = 0;
    let m;
    while ((m = lineEnding.exec(s)) !== null) {
      self[kInsertString](s.slice(lastIndex, m.index));
      lastIndex = lineEnding.lastIndex;
      self[kLine]();
      // kLine may have run the regexp meanwhile.
      lineEnding.lastIndex = lastIndex;
    }
    self[kInsertString](s.slice(lastIndex));
  }
}

const kHighWatermark = 1024;
const kLowWatermark = 1;

function lineIterator(rl) {
  const queued = [];
  const waiting = [];
  let error = null;
  let finished = false;
  let paused = false;

  const result = (value, done) => ({ value, done });

  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve(result(line, false));
      return;
    }
    queued.push(line);
    if (!paused && queued.length > kHighWatermark) {
      paused = true;
      rl.pause();
    }
  }

  function onError(err) {
    if (waiting.length > 0) {
      waiting.shift().reject(err);
    } else {
      error = err;
    }
    stop();
  }

  function stop() {
    rl.removeListener('line', onLine);
    rl.removeListener('error', onError);
    rl.removeListener('close', stop);
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(result(undefined, true));
    return Promise.resolve(result(undefined, true));
  }

  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', stop);

  const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype);
  return Object.setPrototypeOf({
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < kLowWatermark) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve(result(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve(result(undefined, true));
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return stop();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errorCodes().ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      error = err;
      rl.removeListener('line', onLine);
      rl.removeListener('error', onError);
      rl.removeListener('close', stop);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
}

module.exports = {
  Interface,
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
};
