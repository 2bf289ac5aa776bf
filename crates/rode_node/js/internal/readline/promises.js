'use strict';
// readline/promises' Readline: cursor and clearing actions for a Writable, queued until
// commit() (or written on the next tick each with autoCommit).

const { CSI } = require('internal/readline/utils');

const kQueue = Symbol('kQueue');
const kStream = Symbol('kStream');
const kAutoCommit = Symbol('kAutoCommit');

function validators() {
  return require('internal/validators');
}

class Readline {
  constructor(stream, options = undefined) {
    const { isWritable } = require('internal/streams/utils');
    if (!isWritable(stream)) {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('stream', 'Writable', stream);
    }
    this[kStream] = stream;
    this[kQueue] = [];
    this[kAutoCommit] = false;
    if (options?.autoCommit != null) {
      validators().validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  #add(data) {
    if (this[kAutoCommit]) {
      process.nextTick(() => this[kStream].write(data));
    } else {
      this[kQueue].push(data);
    }
    return this;
  }

  cursorTo(x, y = undefined) {
    validators().validateInteger(x, 'x');
    if (y != null) validators().validateInteger(y, 'y');
    return this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validators().validateInteger(dx, 'dx');
      validators().validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += CSI`${-dx}D`;
      else if (dx > 0) data += CSI`${dx}C`;
      if (dy < 0) data += CSI`${-dy}A`;
      else if (dy > 0) data += CSI`${dy}B`;
      this.#add(data);
    }
    return this;
  }

  clearLine(dir) {
    validators().validateInteger(dir, 'dir', -1, 1);
    return this.#add(dir < 0 ? CSI.kClearToLineBeginning :
      dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine);
  }

  clearScreenDown() {
    return this.#add(CSI.kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kQueue].join(''), resolve);
      this[kQueue] = [];
    });
  }

  rollback() {
    this[kQueue] = [];
    return this;
  }
}

module.exports = { Readline };
