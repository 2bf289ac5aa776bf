'use strict';
// internal/test_runner/mock — MockTracker (`mock` of node:test and `t.mock`): mock.fn,
// mock.method/getter/setter, reset/restoreAll, and each mock's `.mock` context
// (MockFunctionContext). Timers are in ./mock_timers; module mocking (behind a flag in
// Node 20) is not offered.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');

// The state of each MockFunctionContext, kept out of sight so the context shows no fields.
const contextState = new WeakMap();

// Stand-in for "no implementation given" in mock.method/getter/setter.
function kDefaultImplementation() {}

class MockFunctionContext {
  constructor(implementation, restoreInfo, times) {
    contextState.set(this, {
      calls: [],
      onceImplementations: new Map(),
      implementation,
      restoreInfo,
      times,
    });
  }

  get calls() {
    return stateOf(this).calls.slice();
  }

  callCount() {
    return stateOf(this).calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    stateOf(this).implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const state = stateOf(this);
    const nextCall = state.calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    state.onceImplementations.set(call, implementation);
  }

  restore() {
    const state = stateOf(this);
    const { object, methodName, descriptor, original } = state.restoreInfo;
    if (object !== undefined) {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      // A bare mock function has nothing to put back: it just calls the original again.
      state.implementation = original;
    }
  }

  resetCalls() {
    stateOf(this).calls = [];
  }
}

function stateOf(ctx) {
  const state = contextState.get(ctx);
  if (state === undefined) {
    throw new ERR_INVALID_ARG_TYPE('this', 'MockFunctionContext', ctx);
  }
  return state;
}

// Picks the implementation for the call about to happen; a mock limited by `times`
// restores itself as its last allowed call starts.
function takeImplementation(ctx) {
  const state = stateOf(ctx);
  const callIndex = state.calls.length;
  const once = state.onceImplementations.get(callIndex);
  const implementation = once ?? state.implementation;
  state.onceImplementations.delete(callIndex);
  if (callIndex + 1 === state.times) ctx.restore();
  return implementation;
}

function recordCall(ctx, args, error, result, stack, target, thisValue) {
  stateOf(ctx).calls.push({
    __proto__: null,
    arguments: args,
    error,
    result,
    stack,
    target,
    this: thisValue,
  });
}

// The mock is a Proxy of `shape` (the original function) so it keeps its name, length
// and properties; calls and `new` go through the context.
function createMockFunction(ctx, shape) {
  return new Proxy(shape, {
    __proto__: null,
    apply(_shape, thisArg, args) {
      const implementation = takeImplementation(ctx);
      let result;
      let error;
      try {
        result = Reflect.apply(implementation, thisArg, args);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        recordCall(ctx, args, error, result, new Error(), undefined, thisArg);
      }
      return result;
    },
    construct(target, args, newTarget) {
      const implementation = takeImplementation(ctx);
      let result;
      let error;
      try {
        result = Reflect.construct(implementation, args, newTarget);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        recordCall(ctx, args, error, result, new Error(), target, result);
      }
      return result;
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
  });
}

function validateStringOrSymbol(value, name) {
  if (typeof value !== 'string' && typeof value !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], value);
  }
}

function validateTimes(value, name) {
  if (value !== Infinity) validateInteger(value, name, 1);
}

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

// The descriptor of `name` on `object` or the nearest prototype that has it.
function findDescriptor(object, name) {
  for (let host = object; host !== null; host = Object.getPrototypeOf(host)) {
    const descriptor = Object.getOwnPropertyDescriptor(host, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (isObjectLike(original)) {
      options = original;
      original = function() {};
      implementation = original;
    } else if (isObjectLike(implementation)) {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { original }, times);
    return this.#track(ctx, original);
  }

  method(objectOrFunction, methodName, implementation = kDefaultImplementation, options = {}) {
    validateStringOrSymbol(methodName, 'methodName');
    if (typeof objectOrFunction !== 'function') validateObject(objectOrFunction, 'object');
    if (isObjectLike(implementation)) {
      options = implementation;
      implementation = kDefaultImplementation;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
                                      "cannot be used with 'options.getter'");
    }

    const descriptor = findDescriptor(objectOrFunction, methodName);
    const original = getter ? descriptor?.get : setter ? descriptor?.set : descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }

    const restoreInfo = { object: objectOrFunction, methodName, descriptor };
    const impl = implementation === kDefaultImplementation ? original : implementation;
    const ctx = new MockFunctionContext(impl, restoreInfo, times);
    const mock = this.#track(ctx, original);
    Object.defineProperty(objectOrFunction, methodName,
                          mockedDescriptor(descriptor, mock, getter, setter));
    return mock;
  }

  getter(object, methodName, implementation = kDefaultImplementation, options = {}) {
    return this.#accessor('getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation = kDefaultImplementation, options = {}) {
    return this.#accessor('setter', object, methodName, implementation, options);
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  // mock.getter / mock.setter: mock.method with options[kind] forced to true.
  #accessor(kind, object, methodName, implementation, options) {
    if (isObjectLike(implementation)) {
      options = implementation;
      implementation = kDefaultImplementation;
    } else {
      validateObject(options, 'options');
    }
    const { [kind]: flag = true } = options;
    if (flag === false) {
      throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, flag, 'cannot be false');
    }
    return this.method(object, methodName, implementation,
                       { __proto__: null, ...options, [kind]: flag });
  }

  #track(ctx, shape) {
    const mock = createMockFunction(ctx, shape);
    this.#mocks.push(ctx);
    return mock;
  }
}

function mockedDescriptor(descriptor, mock, getter, setter) {
  const result = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
  if (getter) {
    result.get = mock;
    result.set = descriptor.set;
  } else if (setter) {
    result.get = descriptor.get;
    result.set = mock;
  } else {
    result.writable = descriptor.writable;
    result.value = mock;
  }
  return result;
}

module.exports = { MockTracker, MockFunctionContext };
