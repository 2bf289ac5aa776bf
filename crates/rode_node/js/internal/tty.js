'use strict';
// Terminal helpers: colour support as Node decides it (FORCE_COLOR, NO_COLOR,
// NODE_DISABLE_COLORS, TERM, COLORTERM; bits of colour depth, 1 when not a terminal), and the
// ANSI cursor functions behind tty.WriteStream's methods.

function getColorDepth(env, isTTY) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (!isTTY) return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM && (/-256(color)?$/i.test(env.TERM) || env.TERM.startsWith('xterm'))) return 8;
  if (env.TERM) return 4;
  return 1;
}

// Whether `stream` should get ANSI colours: FORCE_COLOR decides on its own when set;
// otherwise a terminal whose colour depth is above 2 bits.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return getColorDepth(process.env, true) > 2;
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

const CSI = '\x1b[';

function writeAndCall(stream, data, cb) {
  if (data === '') {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  return stream.write(data, cb);
}

// ANSI cursor control, as readline.cursorTo/moveCursor/clearLine/clearScreenDown.
function cursorTo(stream, x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  if (typeof x !== 'number') throw new (require('internal/errors').codes.ERR_INVALID_CURSOR_POS)();
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return writeAndCall(stream, data, cb);
}

function moveCursor(stream, dx, dy, cb) {
  if (stream == null || !(dx || dy)) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return writeAndCall(stream, data, cb);
}

function clearLine(stream, dir, cb) {
  if (stream == null) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return writeAndCall(stream, type, cb);
}

function clearScreenDown(stream, cb) {
  if (stream == null) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  return writeAndCall(stream, `${CSI}0J`, cb);
}

module.exports = { getColorDepth, shouldColorize, cursorTo, moveCursor, clearLine, clearScreenDown };
