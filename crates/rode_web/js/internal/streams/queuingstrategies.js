'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (Streams standard §7).

const {
  kState,
  kInspect,
  codes,
  invalidThis,
  isKind,
  customInspect,
  defineInterface,
} = require('internal/streams/webutil');

// The size functions are shared by all instances, as the standard requires.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function initStrategy(strategy, init, kind) {
  require('internal/validators').validateObject(init, 'init');
  if (init.highWaterMark === undefined) {
    throw new (codes().ERR_MISSING_OPTION)('init.highWaterMark');
  }
  // The value is checked only when a stream uses the strategy.
  strategy[kState] = { kind, highWaterMark: +init.highWaterMark };
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    initStrategy(this, init, 'ByteLengthQueuingStrategy');
  }

  get highWaterMark() {
    if (!isKind(this, 'ByteLengthQueuingStrategy')) throw invalidThis('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isKind(this, 'ByteLengthQueuingStrategy')) throw invalidThis('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    initStrategy(this, init, 'CountQueuingStrategy');
  }

  get highWaterMark() {
    if (!isKind(this, 'CountQueuingStrategy')) throw invalidThis('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isKind(this, 'CountQueuingStrategy')) throw invalidThis('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

defineInterface(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
defineInterface(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
