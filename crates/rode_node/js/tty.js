'use strict';
// node:tty — isatty() and the terminal stream classes. process.stdout/stderr/stdin are
// instances of these (they write and read synchronously through the fd, see
// internal/process/stdio); the classes add the terminal methods (colour depth, window size,
// cursor control). Raw mode is not implemented yet.

const { isatty: nativeIsatty } = internalBinding('process');
const stdio = require('internal/process/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && nativeIsatty(fd);
}

// tty.WriteStream/ReadStream are the stdio classes; like Node's, only terminal streams are
// instances of them (a piped process.stdout is not a tty.WriteStream).
let WriteStream;
let ReadStream;

function ttyClass(Base) {
  return class extends Base {
    static [Symbol.hasInstance](value) {
      return value instanceof Base && value.isTTY === true;
    }
  };
}

module.exports = {
  isatty,
  get WriteStream() {
    if (WriteStream === undefined) {
      WriteStream = ttyClass(stdio.WriteStream());
      Object.defineProperty(WriteStream, 'name', { value: 'WriteStream' });
    }
    return WriteStream;
  },
  get ReadStream() {
    if (ReadStream === undefined) {
      ReadStream = ttyClass(stdio.ReadStream());
      Object.defineProperty(ReadStream, 'name', { value: 'ReadStream' });
    }
    return ReadStream;
  },
};
