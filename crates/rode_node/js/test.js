'use strict';
// node:test — the public face of the test runner: `test` (also `it`), `describe`/`suite`,
// the hooks, `run` and the shared `mock` tracker. The runner lives in internal/test_runner.

const harness = require('internal/test_runner/harness');

function test(name, options, fn) {
  return harness.topLevel('test', name, options, fn, undefined);
}
test.skip = (name, options, fn) => harness.topLevel('test', name, options, fn, { skip: true });
test.todo = (name, options, fn) => harness.topLevel('test', name, options, fn, { todo: true });
test.only = (name, options, fn) => harness.topLevel('test', name, options, fn, { only: true });

function describe(name, options, fn) {
  return harness.topLevel('suite', name, options, fn, undefined);
}
describe.skip = (name, options, fn) => harness.topLevel('suite', name, options, fn, { skip: true });
describe.todo = (name, options, fn) => harness.topLevel('suite', name, options, fn, { todo: true });
describe.only = (name, options, fn) => harness.topLevel('suite', name, options, fn, { only: true });

for (const hook of ['after', 'afterEach', 'before', 'beforeEach']) {
  test[hook] = (fn, options) => harness.hook(hook, fn, options);
}
test.describe = describe;
test.it = test;
test.run = (options) => require('internal/test_runner/runner').run(options);
test.suite = describe;
test.test = test;

let mock;
Object.defineProperty(test, 'mock', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});

module.exports = test;
