'use strict';
// node:assert — Node 20's API. Every failing assertion throws an AssertionError
// (internal/assert/assertion_error) whose message matches Node's.

const { codes } = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { isPromise, isRegExp, isNativeError } = require('internal/util/types');
const { innerOk } = require('internal/assert/utils');

let comparisons;
function isDeepEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepEqual(a, b);
}
function isDeepStrictEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

const regExpExec = RegExp.prototype.exec;
function matches(regexp, string) {
  return regExpExec.call(regexp, string) !== null;
}

// Marks "the function did not throw / the promise did not reject".
const NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;

let failWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let internalMessage = false;
  if (actual == null && argc <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argc === 2) operator = '!=';
  }

  if (message instanceof Error) throw message;

  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function needTwo(argc) {
  if (argc < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

/* eslint-disable eqeqeq */
assert.equal = function equal(actual, expected, message) {
  needTwo(arguments.length);
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
/* eslint-enable eqeqeq */

assert.deepEqual = function deepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---------------------------------------------------------------------------
// throws / rejects / doesNotThrow / doesNotReject

// The subset of `obj`'s properties named in `keys`, for a readable diff. For the
// expected side, a RegExp that matches the actual string shows the string.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            isRegExp(obj[key]) && matches(obj[key], actual[key])) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareErrorKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Checks a thrown/rejected value against `expected` (RegExp, validation object,
// Error class or validation function).
function checkError(actual, expected, message, fn) {
  let generatedMessage = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (matches(expected, str)) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys must match.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            matches(expected[key], actual[key])) {
          continue;
        }
        compareErrorKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    // An Error class the value is not an instance of.
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    // A validation function must return exactly true.
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
        `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }

  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function callAndCatch(fn) {
  if (typeof fn !== 'function') {
    require('internal/validators').validateFunction(fn, 'fn');
  }
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function awaitAndCatch(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectError(fn, actual, rest) {
  let error = rest[0];
  let message = rest[1];
  if (typeof error === 'string') {
    if (rest.length === 2) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT(
          'error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn: fn,
    });
  }

  if (!error) return;
  checkError(actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return matches(expected, String(actual));
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectError(throws, callAndCatch(promiseFn), args);
}

async function rejects(promiseFn, ...args) {
  expectError(rejects, await awaitAndCatch(promiseFn), args);
}

function doesNotThrow(fn, ...args) {
  expectNoError(doesNotThrow, callAndCatch(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectNoError(doesNotReject, await awaitAndCatch(fn), ...args);
}

assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }

  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
  });

  // Continue the new stack with the original error's frames, dropping the frames
  // both share.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const framesStart = origStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = origStack.slice(framesStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function checkMatch(string, regexp, message, fn, wantMatch) {
  if (!isRegExp(regexp)) {
    throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  if (typeof string === 'string' && matches(regexp, string) === wantMatch) return;
  if (message instanceof Error) throw message;

  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

assert.match = function match(string, regexp, message) {
  checkMatch(string, regexp, message, match, true);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, doesNotMatch, false);
};

// assert.CallTracker: deprecated (DEP0173); warns on first use.
const CallTracker = require('internal/assert/calltracker');
let trackerWarned = false;
function deprecated(...args) {
  if (!trackerWarned && !process.noDeprecation) {
    trackerWarned = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return Reflect.apply(CallTracker, this, args);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;
assert.CallTracker = deprecated;

// assert.strict: the same API with the strict comparisons under the loose names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
