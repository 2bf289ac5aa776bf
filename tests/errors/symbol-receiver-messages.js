'use strict';
// Symbol.prototype's methods called on something that isn't a Symbol throw V8's TypeError
// naming the method (util.inspect shows these texts for a throwing getter).
const assert = require('assert');

const cases = [
  [Symbol.prototype.toString, 'Symbol.prototype.toString'],
  [Symbol.prototype.valueOf, 'Symbol.prototype.valueOf'],
  [Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get, 'Symbol.prototype.description'],
  [Symbol.prototype[Symbol.toPrimitive], 'Symbol.prototype [ @@toPrimitive ]'],
];
for (const [f, name] of cases) {
  for (const receiver of [1, 'x', {}, undefined]) {
    assert.throws(() => f.call(receiver), {
      name: 'TypeError',
      message: `${name} requires that 'this' be a Symbol`,
    });
  }
  // A Symbol and a Symbol object are fine.
  f.call(Symbol('s'));
  f.call(Object(Symbol('s')));
}
assert.strictEqual(Symbol.prototype.valueOf.call(Object(Symbol.iterator)), Symbol.iterator);
