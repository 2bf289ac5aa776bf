'use strict';
// Colour support of a terminal stream, as Node decides it (FORCE_COLOR, NO_COLOR,
// NODE_DISABLE_COLORS, TERM, COLORTERM): bits of colour depth, 1 when not a terminal.

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

module.exports = { getColorDepth };
