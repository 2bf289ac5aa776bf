'use strict';
// A Transform whose stream machinery is set up on first use: Hash, Hmac, Cipher, Sign and
// Verify are streams, but most programs only call update()/digest() and never pay for the
// stream state. Reading any of the state properties runs the Transform constructor.

const Transform = require('internal/streams/transform');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function setUp(self) {
  Transform.call(self, self._options);
  // Strings written to the stream reach _transform() as strings, with their encoding.
  self._writableState.decodeStrings = false;
  if (!self._options || !self._options.defaultEncoding) {
    self._writableState.defaultEncoding = 'buffer';
  }
}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (!Object.prototype.hasOwnProperty.call(this, '_readableState')) setUp(this);
      return Object.prototype.hasOwnProperty.call(this, name) ? this[name] : undefined;
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null,
        value,
        configurable: true,
        enumerable: true,
        writable: true,
      });
    },
  });
}

module.exports = LazyTransform;
