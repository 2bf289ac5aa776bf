'use strict';
// readline helpers: ANSI control strings, UTF-16 character lengths, the common prefix of
// completions, and the keypress decoder behind emitKeypressEvents.

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');
const kUTF16SurrogateThreshold = 0x10000;

// CSI`...` → '\x1b[...'
function CSI(strings, ...args) {
  let out = kEscape + '[';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// UTF-16 units of the character starting at `i` (2 for a surrogate pair).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= kUTF16SurrogateThreshold ? 2 : 1;
}

// UTF-16 units of the character ending just before `i`.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= kUTF16SurrogateThreshold) ||
      str.codePointAt(i - 1) >= kUTF16SurrogateThreshold) {
    return 2;
  }
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Key names of the escape sequences terminals send, by their code (the part after ESC
// with any modifier parameter removed). Each entry: [name, extra modifier].
const kKeyCodes = {
  __proto__: null,
  // xterm/gnome ESC [ letter, ESC O letter
  '[P': ['f1'], '[Q': ['f2'], '[R': ['f3'], '[S': ['f4'],
  'OP': ['f1'], 'OQ': ['f2'], 'OR': ['f3'], 'OS': ['f4'],
  // xterm/rxvt ESC [ number ~
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  // bracketed paste
  '[200~': ['paste-start'], '[201~': ['paste-end'],
  // Cygwin / libuv
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'],
  '[20~': ['f9'], '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  // cursor keys
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'],
  '[E': ['clear'], '[F': ['end'], '[H': ['home'],
  'OA': ['up'], 'OB': ['down'], 'OC': ['right'], 'OD': ['left'],
  'OE': ['clear'], 'OF': ['end'], 'OH': ['home'],
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'],
  '[5~': ['pageup'], '[6~': ['pagedown'],
  // putty
  '[[5~': ['pageup'], '[[6~': ['pagedown'],
  // rxvt
  '[7~': ['home'], '[8~': ['end'],
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
  '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
  'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'],
  '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
};

const isDigit = (c) => c >= '0' && c <= '9';

// A generator fed one character at a time (`next(ch)`; `next('')` when the escape
// timeout fires) that emits 'keypress' (str, key) on `stream` for each key it decodes.
// `key` is { sequence, name, ctrl, meta, shift } (+ `code` for escape sequences); `str`
// is undefined for escape sequences.
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      // ESC ESC: the second one starts the sequence.
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O [modifier] letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ [ [digits] [; digit] final, with at most three digits first
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        for (let n = 0; n < 3 && isDigit(ch); n++) s += (ch = yield);
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let m;
        if ((m = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd)) !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      const known = kKeyCodes[code];
      if (known === undefined) {
        key.name = 'undefined';
      } else {
        key.name = known[0];
        if (known[1] !== undefined) key[known[1]] = true;
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl + letter (\x00 is ctrl + `)
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC + something else, or ESC alone when the timeout fired.
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // One unnamed character ('.', 'é').
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kSubstringSearch,
};
