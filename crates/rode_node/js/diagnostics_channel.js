'use strict';
// node:diagnostics_channel — named channels that publish messages to subscribers, and
// TracingChannel. Channels live in a Map (Node holds channels without subscribers weakly;
// QuickJS's WeakRef drops targets at once, so rode keeps them). A channel's bound stores
// (AsyncLocalStorage instances, with an optional transform of the message) are entered by
// runStores around its function; a channel with stores counts as having subscribers.

const channels = new Map();

function errors() {
  return require('internal/errors');
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'Function', fn);
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('channel', ['string', 'symbol'], name);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = undefined;
    this.name = name;
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && Array.isArray(instance._subscribers) &&
      'name' in instance && typeof instance.publish === 'function';
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const copy = this._subscribers.slice();
    copy.splice(index, 1);
    this._subscribers = copy;
    return true;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || (this._stores !== undefined && this._stores.size > 0);
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  // `store` (an AsyncLocalStorage) holds transform(message) while runStores runs its
  // function; binding it again replaces the transform.
  bindStore(store, transform) {
    if (this._stores === undefined) this._stores = new Map();
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (this._stores === undefined || !this._stores.has(store)) return false;
    this._stores.delete(store);
    return true;
  }

  // Enters every bound store (the first bound outermost), publishes `data` inside them,
  // then calls fn. A transform that throws is reported as an uncaught exception on the next
  // tick; its store is then skipped.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    if (this._stores !== undefined) {
      for (const [store, transform] of this._stores) run = wrapStoreRun(store, data, run, transform);
    }
    return run();
  }
}

function defaultTransform(data) {
  return data;
}

function wrapStoreRun(store, data, next, transform = defaultTransform) {
  return () => {
    let context;
    try {
      context = transform(data);
    } catch (err) {
      process.nextTick(() => {
        require('internal/process/execution').triggerUncaughtException(err, false);
      });
      return next();
    }
    return store.run(context, next);
  };
}

function channel(name) {
  let ch = channels.get(name);
  if (ch !== undefined) return ch;
  validateName(name);
  ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const ch = channels.get(name);
  return ch === undefined ? false : ch.unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch === undefined ? false : ch.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const e of traceEvents) this[e] = channel(`tracing:${nameOrChannels}:${e}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const e of traceEvents) {
        const ch = nameOrChannels[e];
        if (!(ch instanceof Channel)) {
          throw new (errors().codes.ERR_INVALID_ARG_TYPE)(`nameOrChannels.${e}`, 'Channel', ch);
        }
        this[e] = ch;
      }
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((e) => this[e].hasSubscribers);
  }

  subscribe(handlers) {
    for (const e of traceEvents) if (handlers[e]) this[e].subscribe(handlers[e]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const e of traceEvents) {
      if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      // The callback runs inside asyncStart's stores.
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
