'use strict';
// assert.CallTracker (deprecated in Node 20, DEP0173): wraps functions and checks
// they were called the expected number of times.

const AssertionError = require('internal/assert/assertion_error');

// What one tracked function has seen.
class Tally {
  #expected;
  #calls = [];
  #name;
  #stack;

  constructor(expected, name, stack) {
    this.#expected = expected;
    this.#name = name;
    this.#stack = stack;
  }

  record(thisArg, args) {
    const copy = Object.freeze(Array.prototype.slice.call(args));
    this.#calls.push(Object.freeze({ thisArg, arguments: copy }));
  }

  reset() {
    this.#calls = [];
  }

  calls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    const count = this.#calls.length;
    if (count === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ` +
        `${this.#expected} time(s) but was executed ${count} time(s).`,
      actual: count,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #tallies = new Set();
  #byFunction = new WeakMap();

  #tallyOf(tracked) {
    const tally = this.#byFunction.get(tracked);
    if (tally === undefined) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return tally;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const tally of this.#tallies) tally.reset();
      return;
    }
    this.#tallyOf(tracked).reset();
  }

  getCalls(tracked) {
    return this.#tallyOf(tracked).calls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNAVAILABLE_DURING_EXIT();
    }
    if (typeof fn === 'number') {
      expected = fn;
      fn = Function.prototype;
    } else if (fn === undefined) {
      fn = Function.prototype;
    }
    require('internal/validators').validateUint32(expected, 'expected', true);

    // eslint-disable-next-line no-restricted-syntax
    const tally = new Tally(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        tally.record(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#tallies.add(tally);
    this.#byFunction.set(tracked, tally);
    return tracked;
  }

  report() {
    const out = [];
    for (const tally of this.#tallies) {
      const entry = tally.report();
      if (entry !== undefined) out.push(entry);
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    throw new AssertionError({
      message: errors.length === 1 ?
        errors[0].message : 'Functions were not called the expected number of times',
      details: errors,
    });
  }
}

module.exports = CallTracker;
