'use strict';
// The Console class behind the global `console` and `node:console`.

// internal/util/inspect loads on the first log that needs it: printing plain strings
// (the common case, and start-up's `console.log('hi')`) doesn't.
let inspectModule;
function inspectLib() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return inspectLib().inspect(value, options);
}

// util.formatWithOptions, with a fast path for strings without format specifiers.
function formatWithOptions(options, ...args) {
  let allPlain = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a !== 'string' || (i === 0 && a.includes('%'))) {
      allPlain = false;
      break;
    }
  }
  if (allPlain) return args.length === 1 ? args[0] : args.join(' ');
  return inspectLib().formatWithOptions(options, ...args);
}

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kIndent = Symbol('kGroupIndent');
const kIndentWidth = Symbol('kGroupIndentationWidth');
const kWrite = Symbol('kWriteToConsole');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');

function errors() {
  return require('internal/errors');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${res}:${String(seconds).padStart(2, '0')}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: err = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    const { codes } = errors();
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!err || typeof err.write !== 'function') {
    const { codes } = errors();
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  Object.defineProperties(this, {
    _stdout: { value: stdout, writable: true, configurable: true, enumerable: false },
    _stderr: { value: err, writable: true, configurable: true, enumerable: false },
    _ignoreErrors: { value: Boolean(ignore), writable: true, configurable: true, enumerable: false },
    [kCounts]: { value: new Map(), writable: true, configurable: true, enumerable: false },
    [kTimers]: { value: new Map(), writable: true, configurable: true, enumerable: false },
    [kIndent]: { value: '', writable: true, configurable: true, enumerable: false },
    [kIndentWidth]: { value: groupIndentation, writable: true, configurable: true, enumerable: false },
    [kColorMode]: { value: colorMode, writable: true, configurable: true, enumerable: false },
    [kInspectOptions]: { value: inspectOptions, writable: true, configurable: true, enumerable: false },
  });
  // Methods are bound so `const { log } = console` works, as in Node.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
}

function useColors(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  // FORCE_COLOR decides even for a pipe (Node's shouldColorize).
  return require('internal/tty').shouldColorize(stream);
}

function optionsFor(console, stream) {
  const opts = console[kInspectOptions];
  const colors = useColors(console, stream);
  if (opts) {
    if (opts.colors === undefined) return { ...opts, colors };
    return opts;
  }
  return colors ? kColorOptions : kNoColorOptions;
}
const kColorOptions = { colors: true };
const kNoColorOptions = {};

function write(console, useStderr, string) {
  const stream = useStderr ? console._stderr : console._stdout;
  const indent = console[kIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (!console._ignoreErrors) {
    stream.write(string);
    return;
  }
  try {
    stream.write(string);
  } catch {
    // Node ignores errors from the stream (e.g. EPIPE) when ignoreErrors is true.
  }
}

const consoleMethods = {
  log(...args) {
    write(this, false, formatWithOptions(optionsFor(this, this._stdout), ...args));
  },
  warn(...args) {
    write(this, true, formatWithOptions(optionsFor(this, this._stderr), ...args));
  },
  dir(object, options) {
    write(this, false, inspect(object, {
      customInspect: false,
      ...optionsFor(this, this._stdout),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, performanceNow());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(optionsFor(this, this._stderr), ...args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      this.warn(...args);
    }
  },
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H\x1b[0J');
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(`${label}`)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kIndent] += ' '.repeat(this[kIndentWidth]);
  },
  groupEnd() {
    this[kIndent] = this[kIndent].slice(0, this[kIndent].length - this[kIndentWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const { renderTable } = require('internal/console/table');
    const { isTypedArray } = require('internal/util/types');
    const opts = optionsFor(this, this._stdout);
    // As Node: objects with more than two keys shrink to [Object], others show one level;
    // the console's own inspect options win over these.
    this.log(renderTable(tabularData, properties, (v) => inspect(v, {
      depth: v !== null && typeof v === 'object' && !Array.isArray(v) && !isTypedArray(v) &&
        Object.keys(v).length > 2 ? -1 : 0,
      maxArrayLength: 3,
      breakLength: Infinity,
      ...opts,
    })));
  },
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context() {
    const { codes } = errors();
    throw new codes.ERR_NOT_IMPLEMENTED('console.context()');
  },
};
consoleMethods.info = consoleMethods.log;
consoleMethods.debug = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.groupCollapsed = consoleMethods.group;

function performanceNow() {
  return internalBinding('timers').hrtimeMs();
}

function timeLogImpl(console, name, label, data) {
  const time = console[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = performanceNow() - time;
  if (data === undefined) console.log('%s: %s', label, formatTime(duration));
  else console.log('%s: %s', label, formatTime(duration), ...data);
  return true;
}

for (const [key, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, { value: fn, writable: true, enumerable: true, configurable: true });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && kCounts in instance;
  },
});

module.exports = { Console, formatTime };
