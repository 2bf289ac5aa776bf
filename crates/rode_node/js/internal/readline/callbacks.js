'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown: ANSI control sequences
// written to a stream (the same as tty.WriteStream's methods, plus the callback check).

const tty = require('internal/tty');

function checkCallback(callback) {
  if (callback !== undefined) require('internal/validators').validateFunction(callback, 'callback');
}

function cursorTo(stream, x, y, callback) {
  checkCallback(callback);
  return tty.cursorTo(stream, x, y, callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  return tty.moveCursor(stream, dx, dy, callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  return tty.clearLine(stream, dir, callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  return tty.clearScreenDown(stream, callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
