'use strict';
// The stack of `new E()` for an Error subclass starts where `new E()` was called: the
// constructors of E and its base classes are not frames (V8 skips up to new.target's).
const assert = require('assert');

class Base extends Error {
  constructor(message) {
    super(message);
    this.name = 'Base';
  }
}
class Implicit extends Base {}
class Explicit extends Base {
  constructor(message) {
    super(`explicit ${message}`);
    this.code = 'E_X';
  }
}
function makeImplicit() { return new Implicit('i'); }
function makeExplicit() { return new Explicit('e'); }
function makeBase() { return new Base('b'); }

for (const [make, header] of [[makeImplicit, 'Base: i'], [makeExplicit, 'Base: explicit e'], [makeBase, 'Base: b']]) {
  const lines = make().stack.split('\n');
  assert.strictEqual(lines[0], header);
  assert.match(lines[1], new RegExp(`^ {4}at ${make.name} \\(.*subclass-frames\\.js:\\d+:\\d+\\)$`), lines[1]);
}

// The CallSites Error.prepareStackTrace gets start there too.
const saved = Error.prepareStackTrace;
Error.prepareStackTrace = (e, callsites) => callsites.map((c) => c.getFunctionName());
const names = makeExplicit().stack;
Error.prepareStackTrace = saved;
assert.strictEqual(names[0], 'makeExplicit');

// A CallSite turns into its frame's text.
Error.prepareStackTrace = (e, callsites) => String(callsites[0]);
const first = makeExplicit().stack;
Error.prepareStackTrace = saved;
assert.match(first, /^makeExplicit \(.*subclass-frames\.js:\d+:\d+\)$/, first);

// An error made inside some other class's constructor keeps that constructor's frame.
class Holder {
  constructor() {
    this.error = new Error('held');
  }
}
const held = new Holder().error.stack.split('\n');
assert.match(held[1], /^ {4}at new Holder \(.*subclass-frames\.js:\d+:\d+\)$/, held[1]);
