'use strict';
// node:test/reporters — the built-in reporters, loaded when first read: `dot`, `junit` and
// `tap` are async generator functions, `spec` makes a SpecReporter Transform (with or
// without `new`) and reading `lcov` makes a new LcovReporter Transform, as in Node 20.

let dot;
let junit;
let spec;
let tap;
let lcov;

function lazy(get) {
  return { __proto__: null, configurable: true, enumerable: true, get };
}

Object.defineProperties(module.exports, {
  __proto__: null,
  dot: lazy(function get() {
    dot ??= require('internal/test_runner/reporter/dot');
    return dot;
  }),
  junit: lazy(function get() {
    junit ??= require('internal/test_runner/reporter/junit');
    return junit;
  }),
  spec: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: function value(...args) {
      spec ??= require('internal/test_runner/reporter/spec');
      return Reflect.construct(spec, args);
    },
  },
  tap: lazy(function get() {
    tap ??= require('internal/test_runner/reporter/tap');
    return tap;
  }),
  lcov: lazy(function get() {
    lcov ??= require('internal/test_runner/reporter/lcov');
    return new lcov();
  }),
});
