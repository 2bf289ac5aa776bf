'use strict';
// readline.emitKeypressEvents(stream[, interface]): decodes the stream's 'data' into
// 'keypress' events while anyone listens for them. A lone ESC at the end of a chunk is
// held for `escapeCodeTimeout` ms (500 by default) in case the rest of a sequence follows.

const { charLengthAt, emitKeys } = require('internal/readline/utils');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');
const kSawKeyPress = Symbol('_sawKeyPress');
const ESCAPE_CODE_TIMEOUT = 500;

function startDecoder(stream) {
  const gen = emitKeys(stream);
  gen.next();
  stream[ESCAPE_DECODER] = gen;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  const { StringDecoder } = require('string_decoder');
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  startDecoder(stream);

  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  const flushEscape = () => stream[ESCAPE_DECODER].next('');
  let timer;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[KEYPRESS_DECODER].write(input);
    if (!string) return;
    clearTimeout(timer);
    // One key per chunk (a pasted chunk is not typed: no tab completion inside it).
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const character of string) {
      consumed += character.length;
      const last = consumed === string.length;
      if (last) iface.isCompletionEnabled = true;
      try {
        stream[ESCAPE_DECODER].next(character);
        if (last && character === '\x1b') timer = setTimeout(flushEscape, escapeCodeTimeout);
      } catch (err) {
        // A 'keypress' listener threw inside the decoder: start a fresh one.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = { emitKeypressEvents, kSawKeyPress };
