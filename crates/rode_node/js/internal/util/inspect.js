'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.

// util.inspect and util.format. The output is meant to be byte for byte what Node 20
// prints, so the layout rules below (line breaking at breakLength, grouping of array
// items, `compact` levels, quoting, colours) follow Node's documented behaviour exactly.
// What plain JS cannot see (promise state, proxy internals, iterator contents) comes
// from internalBinding('util').

const binding = internalBinding('util');
const types = require('internal/util/types');

const {
  getPromiseState,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getConstructorName: engineClassName,
} = binding;

const {
  isAnyArrayBuffer,
  isArrayBuffer,
  isArgumentsObject,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = types;

// ---------------------------------------------------------------------------
// Built-ins captured at load time, so that user code patching prototypes cannot
// change what inspect prints.

const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const getterOf = (proto, name) => uncurryThis(Object.getOwnPropertyDescriptor(proto, name).get);

const ArrayIsArray = Array.isArray;
const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectAssign = Object.assign;
const ObjectCreate = Object.create;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectPrototype = Object.prototype;
const FunctionPrototype = Function.prototype;
const ReflectOwnKeys = Reflect.ownKeys;
const JSONStringify = JSON.stringify;
const MathFloor = Math.floor;
const MathMax = Math.max;
const MathMin = Math.min;
const MathRound = Math.round;
const MathSqrt = Math.sqrt;
const MathTrunc = Math.trunc;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolIterator = Symbol.iterator;
const SymbolToPrimitive = Symbol.toPrimitive;

const hasOwn = uncurryThis(ObjectPrototype.hasOwnProperty);
const propertyIsEnumerable = uncurryThis(ObjectPrototype.propertyIsEnumerable);
const functionToString = uncurryThis(FunctionPrototype.toString);
const functionHasInstance = uncurryThis(FunctionPrototype[Symbol.hasInstance]);
const callFunction = uncurryThis(FunctionPrototype.call);
const errorToString = uncurryThis(Error.prototype.toString);
const symbolToString = uncurryThis(Symbol.prototype.toString);
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigintValueOf = uncurryThis(BigInt.prototype.valueOf);
const symbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const dateGetTime = uncurryThis(Date.prototype.getTime);
const dateToISOString = uncurryThis(Date.prototype.toISOString);
const dateToString = uncurryThis(Date.prototype.toString);
const regExpToString = uncurryThis(RegExp.prototype.toString);
const mapSize = getterOf(Map.prototype, 'size');
const mapEntries = uncurryThis(Map.prototype.entries);
const setSize = getterOf(Set.prototype, 'size');
const setValues = uncurryThis(Set.prototype.values);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayLength = getterOf(TypedArrayPrototype, 'length');
const typedArrayTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
const ObjectCtor = Object;
const FunctionCtor = Function;
const Uint8ArrayCtor = Uint8Array;
const RegExpCtor = RegExp;
const StringCtor = String;
const NumberCtor = Number;
const ErrorCtor = Error;
const MapCtor = Map;
const SetCtor = Set;

const typedArrayConstructors = {
  __proto__: null,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayConstructors.Float16Array = Float16Array;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kRestoreShape = Symbol.for('rode.http.restoreShape');

// ---------------------------------------------------------------------------
// Options

// Kept in step with the option list copied in `optionsForCustom`.
const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Layout kinds of an entry list.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Iterator preview kinds.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

// Strings shorter than this are never split over lines.
const kMinLineLength = 16;

const kPending = 0;
const kRejected = 2;


function invalidArgType(name, expected, actual) {
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  return new ERR_INVALID_ARG_TYPE(name, expected, actual);
}

// `allowArray`: arrays pass (formatWithOptions accepts them); null and non-objects never do.
function checkObject(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
    throw invalidArgType(name, 'Object', value);
  }
}

// ---------------------------------------------------------------------------
// Escaping of strings

/* eslint-disable no-control-regex */
// Characters that need escaping when the string is wrapped in single quotes...
const escapeTestSingle = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllSingle = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// ...and when another quote is used, so that `'` stays as it is.
const escapeTestOther = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllOther = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

// Any character that may need an escape (a superset: includes paired surrogates).
const maybeEscaped = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexKey = /^(0|[1-9][0-9]*)$/;

// Escape text for code units 0..0x9f ('' when the unit is printed as it is).
const escapeTable = [];
{
  const named = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };
  for (let code = 0; code <= 0x9f; code++) {
    let text = '';
    if (named[code] !== undefined) {
      text = named[code];
    } else if (code < 0x20 || code >= 0x7f) {
      text = '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
    }
    escapeTable.push(text);
  }
}

function escapeUnit(ch) {
  const code = ch.charCodeAt(0);
  return code < escapeTable.length ? escapeTable[code] : '\\u' + code.toString(16);
}

// Quote style: 0 single quotes, 1 double quotes, 2 backticks.
function quote(str, style) {
  if (style === 0) return "'" + str + "'";
  if (style === 1) return '"' + str + '"';
  return '`' + str + '`';
}

// Quote and escape a string like a JS literal: single quotes unless the text holds one;
// then double quotes unless it holds one too; then backticks unless the text holds a
// backtick or `${`; else single quotes with \' escapes. Control characters, the
// backslash and lone surrogates are escaped.
function strEscape(str) {
  let style = 0;
  let test = escapeTestSingle;
  let replacer = escapeAllSingle;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      style = 1;
    } else if (!str.includes('`') && !str.includes('${')) {
      style = 2;
    }
    if (style !== 0) {
      test = escapeTestOther;
      replacer = escapeAllOther;
    }
  }
  // Most strings need no escapes: a quick test for the characters that might, then
  // the exact one (surrogate pairs are fine).
  if (maybeEscaped.exec(str) === null || test.exec(str) === null) return quote(str, style);
  return quote(str.replace(replacer, escapeUnit), style);
}

// ---------------------------------------------------------------------------
// Colours

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const colorCodes = /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex
function removeColors(str) {
  return str.replace(colorCodes, '');
}

// ---------------------------------------------------------------------------
// inspect()

// The state of one inspect() call. Options not given by the caller are read from the
// defaults through the prototype, which is cheaper than copying them all.
function newContext() {
  const ctx = ObjectCreate(inspectDefaultOptions);
  ctx.budget = {};
  ctx.indentationLvl = 0;
  ctx.seen = [];
  ctx.currentDepth = 0;
  ctx.stylize = stylizeNoColor;
  ctx.userOptions = undefined;
  ctx.circular = undefined;
  return ctx;
}

/**
 * Returns a string representation of `value` for debugging.
 * Legacy signature: inspect(value, showHidden, depth, colors).
 */
function inspect(value, opts) {
  const ctx = newContext();
  const argc = arguments.length;
  if (argc > 1) {
    if (argc > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (argc > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    checkObject(options, 'options', false);
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// SGR codes: [set, reset].
const kDefaultFg = 39;
const kDefaultBg = 49;
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, kDefaultFg],
  red: [31, kDefaultFg],
  green: [32, kDefaultFg],
  yellow: [33, kDefaultFg],
  blue: [34, kDefaultFg],
  magenta: [35, kDefaultFg],
  cyan: [36, kDefaultFg],
  white: [37, kDefaultFg],
  bgBlack: [40, kDefaultBg],
  bgRed: [41, kDefaultBg],
  bgGreen: [42, kDefaultBg],
  bgYellow: [43, kDefaultBg],
  bgBlue: [44, kDefaultBg],
  bgMagenta: [45, kDefaultBg],
  bgCyan: [46, kDefaultBg],
  bgWhite: [47, kDefaultBg],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, kDefaultFg],
  redBright: [91, kDefaultFg],
  greenBright: [92, kDefaultFg],
  yellowBright: [93, kDefaultFg],
  blueBright: [94, kDefaultFg],
  magentaBright: [95, kDefaultFg],
  cyanBright: [96, kDefaultFg],
  whiteBright: [97, kDefaultFg],
  bgGray: [100, kDefaultBg],
  bgRedBright: [101, kDefaultBg],
  bgGreenBright: [102, kDefaultBg],
  bgYellowBright: [103, kDefaultBg],
  bgBlueBright: [104, kDefaultBg],
  bgMagentaBright: [105, kDefaultBg],
  bgCyanBright: [106, kDefaultBg],
  bgWhiteBright: [107, kDefaultBg],
};

// Non-enumerable alternative names that read and write the main entry.
{
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ];
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i][0];
    const target = aliases[i][1];
    ObjectDefineProperty(inspect.colors, alias, {
      __proto__: null,
      get() {
        return this[target];
      },
      set(value) {
        this[target] = value;
      },
      configurable: true,
      enumerable: false,
    });
  }
}

inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// The options object given to a custom inspect function. When the value is not an
// ordinary object of this realm (a proxy, a null-prototype object), only primitive
// options are passed and `stylize` is wrapped, as Node does.
function optionsForCustom(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
  };
  if (ctx.userOptions !== undefined) ObjectAssign(ret, ctx.userOptions);
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    const keys = ObjectKeys(ret);
    for (let i = 0; i < keys.length; i++) {
      const v = ret[keys[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete ret[keys[i]];
    }
    const stylize = ctx.stylize;
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${stylize(value, flavour)}`;
      } catch {
        // Fall back to the plain value.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Names and prefixes

// Names of the engine's constructor-like globals (Object, Array, Map, ...): V8's list, which
// Node reads before it adds its own globals (URL, Buffer, … are not built-ins here).
// SharedArrayBuffer is not in Node 20's list, so showHidden shows its prototype's getters.
let builtInObjects;
function isBuiltInName(name) {
  if (builtInObjects === undefined) {
    builtInObjects = new SetCtor([
      'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol',
      'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
      'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
      'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
      'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
      'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
      'Reflect', 'FinalizationRegistry', 'WeakRef', 'Atomics', 'WebAssembly',
    ]);
  }
  return builtInObjects.has(name);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// Finds the name of the nearest constructor on the prototype chain (null for a null
// prototype). With `protoProps`, user-defined properties of the prototypes passed on
// the way are collected for showHidden output.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    // Object.prototype and Function.prototype are named even if their `constructor`
    // was tampered with.
    let known;
    if (obj === ObjectPrototype) known = 'Object';
    else if (obj === FunctionPrototype) known = 'Function';
    if (known !== undefined &&
        functionHasInstance(known === 'Object' ? ObjectCtor : FunctionCtor, original)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return known;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return StringCtor(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const res = objectClassName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    const options = ObjectAssign({}, ctx);
    options.customInspect = false;
    options.depth = -1;
    return `${res} <${inspect(firstProto, options)}>`;
  }
  return `${res} <${protoConstr}>`;
}

// Adds the non-function properties that up to three user-defined prototype levels
// define to `output` (shown faint with colours).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SetCtor();
    } else {
      for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// The keys shown for an object: enumerable own string keys and enumerable symbols, or
// all own keys with showHidden.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // A namespace object of a module that has not been evaluated yet.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// The name V8's GetConstructorName gives an object whose chain has no usable
// `constructor`: a string Symbol.toStringTag data property (own or inherited) wins, then a
// named `constructor` data property of a prototype other than 'Object', then the class name.
function objectClassName(value) {
  let obj = value;
  try {
    while (obj !== null && typeof obj === 'object' && !types.isProxy(obj)) {
      const tagDesc = ObjectGetOwnPropertyDescriptor(obj, SymbolToStringTag);
      if (tagDesc !== undefined && typeof tagDesc.value === 'string') return tagDesc.value;
      if (obj !== value) {
        const ctorDesc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
        if (ctorDesc !== undefined && typeof ctorDesc.value === 'function') {
          const name = ctorDesc.value.name;
          if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
        }
      }
      obj = ObjectGetPrototypeOf(obj);
    }
  } catch {
    // An exotic object: fall back to the class name.
  }
  return engineClassName(value);
}

// V8 gives every sloppy-mode ordinary function own `arguments` and `caller` properties
// (both null) after `name`; our engine keeps them on Function.prototype, where reading them
// throws for every other kind of function.
function isSloppyFunction(fn) {
  if (types.isProxy(fn) || hasOwn(fn, 'arguments') || hasOwn(fn, 'caller')) return false;
  try {
    void fn.caller;
    return true;
  } catch {
    return false;
  }
}

function addSloppyFunctionKeys(fn, keys) {
  if (!isSloppyFunction(fn)) return;
  const at = keys.indexOf('name');
  keys.splice(at === -1 ? 0 : at + 1, 0, 'arguments', 'caller');
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = objectClassName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// Values

function formatProxy(ctx, details, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, details[0], recurseTimes),
    formatValue(ctx, details[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Callers that indent nested output raise ctx.indentationLvl around this call.
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are looked through without running any of their traps.
  const context = value;
  const details = getProxyDetails(value);
  let isProxy = false;
  if (details !== undefined) {
    isProxy = true;
    if (ctx.showProxy) {
      if (details[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      return formatProxy(ctx, details, recurseTimes);
    }
    const target = details[0];
    if (target === null || target[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    value = target;
  }

  // http messages keep defaults on their prototype until someone looks (own-shape.js).
  const restoreShape = value[kRestoreShape];
  if (typeof restoreShape === 'function') restoreShape.call(value);

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Not for prototype objects that carry the method for their instances.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = isProxy || !(context instanceof Object);
      const ret = callFunction(maybeCustom, context, depth,
                               optionsForCustom(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', '\n' + ' '.repeat(ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new MapCtor();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function returnEmptyArray() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  // Shown only when it is not an own property that gets printed anyway.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? hasOwn(value, SymbolToStringTag) :
         propertyIsEnumerable(value, SymbolToStringTag)))) {
    tag = '';
  }

  let base = '';
  let formatter = returnEmptyArray;
  let braces;
  let noIterator = true;
  const onlyEnumerable = !ctx.showHidden;
  let extrasType = kObjectType;
  // True once the engine says `value` is an ordinary object (no internal slots): then
  // the brand checks for Date, RegExp, Map, ... can be skipped (they would all fail).
  let ordinary;

  // Iterable kinds first; with a null constructor every kind has to be checked.
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if ((ordinary = engineClassName(value) === 'Object')) {
      // An ordinary object (or class instance) that is iterable: none of the kinds below.
      noIterator = true;
    } else if (isSet(value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : setValues(value);
      formatter = (c, v, r) => formatSet(source, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : mapEntries(value);
      formatter = (c, v, r) => formatMap(source, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = typedArrayTag(value);
        // Rebuild it so that its elements can be read.
        bound = new typedArrayConstructors[fallback](value);
      }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(bound, size, c, v, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (ctx.showHidden) addSloppyFunctionKeys(value, keys);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if ((ordinary === undefined ?
      (ordinary = engineClassName(value) === 'Object') : ordinary)) {
      // Of the special kinds, only errors, namespaces and URLs are ordinary objects.
      if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isModuleNamespaceObject(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        const nsKeys = keys;
        formatter = (c, v, r) => formatNamespaceObject(nsKeys, c, v, r);
      } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
        base = value.href;
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return `${getCtxStyle(value, constructor, tag)}{}`;
        }
        braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      }
    } else if (isRegExp(value)) {
      base = regExpToString(constructor !== null ? value : new RegExpCtor(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = NumberIsNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      // The byte contents are shown directly; a DataView's .buffer is recursed into.
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + `{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(nsKeys, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (isExternal(value)) {
          return ctx.stylize(`[External: ${internalBinding('util').externalAddress(value)}]`, 'special');
        }
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. ` +
      'Maximum call stack size exceeded.]', 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the entries are sorted.
      const start = output.length - keys.length;
      const sorted = output.slice(start).sort(comparator);
      for (let i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Huge outputs: stop descending once a level has produced about 128 MB of text.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  try {
    const { name, message } = err;
    return (name === 'RangeError' && message === 'Maximum call stack size exceeded') ||
      (name === 'InternalError' && typeof message === 'string' &&
       message.startsWith('stack overflow'));
  } catch {
    return false;
  }
}

function isError(value) {
  return isNativeError(value) || value instanceof ErrorCtor;
}

let urlClass;
function isURL(value) {
  if (typeof value.href !== 'string') return false;
  if (urlClass === undefined) {
    urlClass = null;
    try {
      const url = require('url');
      if (url && typeof url.URL === 'function') urlClass = url.URL;
    } catch {
      // No url module yet.
    }
    if (urlClass === null && typeof globalThis.URL === 'function') urlClass = globalThis.URL;
  }
  return urlClass !== null && value instanceof urlClass;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (isNumberObject(value)) {
    primitive = numberValueOf(value);
    type = 'Number';
  } else if (isStringObject(value)) {
    primitive = stringValueOf(value);
    type = 'String';
    // The index keys of a String object just repeat its characters.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    primitive = booleanValueOf(value);
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    primitive = bigintValueOf(value);
    type = 'BigInt';
  } else {
    primitive = symbolValueOf(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

const classHeader = /^(\s+[^(]*?)\s*{/;
// eslint-disable-next-line no-useless-escape
const sourceComments = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function getFunctionBase(value, constructor, tag) {
  const source = functionToString(value);
  if (source.startsWith('class') && source[source.length - 1] === '}') {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 &&
        (!body.slice(0, brace).includes('(') ||
         // A parenthesis before the brace: make sure it is a class header.
         classHeader.exec(body.replace(sourceComments, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// Errors

// Where the frames of `a` repeat a run of more than three frames of `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// err.stack, or "Name: message" when there is none. A stack that holds only frame
// lines (the engine's own format) gets the "Name: message" line V8 puts first.
function getStackString(error) {
  const stack = error.stack;
  if (!stack) return errorToString(error);
  let str = StringCtor(stack);
  if (str.startsWith('    at ')) {
    if (str.endsWith('\n')) str = str.slice(0, -1);
    str = `${errorToString(error)}\n${str}`;
  }
  return str;
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  // Frames shared with the cause's stack are folded into one line.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line name the class (and tag) when it differs from err.name, for
// stacks that look like ordinary "Name: message" stacks.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// name, message and stack are not listed as properties when the stack shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ['name', 'message', 'stack'];
    for (let i = 0; i < names.length; i++) {
      const index = keys.indexOf(names[i]);
      if (index !== -1 && stack.includes(err[names[i]])) keys.splice(index, 1);
    }
  }
}

function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const at = line.indexOf('node_modules', searchFrom);
    if (at === -1) break;
    const separator = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    tempLine += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = tempLine + line.slice(lastPos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = line.slice(start, workingDirectoryEndPos);
    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  } else {
    tempLine += line;
  }
  return tempLine;
}

function safeGetCWD() {
  try {
    return globalThis.process.cwd();
  } catch {
    return undefined;
  }
}

function fileUrlOf(path) {
  try {
    return require('url').pathToFileURL(path).href;
  } catch {
    return 'file://' + path;
  }
}

let builtinExists;
// Whether `id` names one of our built-in modules (public or internal), like Node's
// BuiltinModule.exists: frames of other `node:` ids are not dimmed.
function isBuiltinModuleId(id) {
  if (builtinExists === undefined) {
    try {
      builtinExists = require('internal/bootstrap/realm').builtinExists;
    } catch {
      builtinExists = () => false;
    }
  }
  try {
    return builtinExists(id) === true;
  } catch {
    return false;
  }
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? StringCtor(err.name) : 'Error';
  let stack = getStackString(err);

  // V8 gives an error its own `stack` before anything else, so Node lists it first; our
  // engine adds it last.
  if (ctx.showHidden) {
    const stackIndex = keys.indexOf('stack');
    if (stackIndex > 0) {
      keys.splice(stackIndex, 1);
      keys.unshift('stack');
    }
  }

  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // The errors of an AggregateError.
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // The frames start after the message (which may itself contain "\n    at").
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Core frames are dimmed; node_modules and the working directory are marked.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        const core = coreFrame.exec(line);
        if (core !== null && isBuiltinModuleId(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              if (esmWorkingDirectory === undefined) {
                esmWorkingDirectory = fileUrlOf(workingDirectory);
              }
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Numbers

// "1234567" -> "1_234_567"
function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

// Fraction digits: "1234567" -> "123_456_7"
function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) result += `${fraction.slice(i, i + 3)}_`;
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const numberString = StringCtor(number);
  if (MathTrunc(number) === number) {
    if (!NumberIsFinite(number) || numberString.includes('e')) return fn(numberString, 'number');
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (NumberIsNaN(number)) return fn(numberString, 'number');
  const dot = numberString.indexOf('.');
  return fn(`${addNumericSeparator(numberString.slice(0, dot))}.` +
            `${addNumericSeparatorEnd(numberString.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = StringCtor(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

const afterNewline = /(?<=\n)/;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long multi-line strings are shown as one quoted piece per line.
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = value.split(afterNewline);
        let out = '';
        const sep = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
        for (let i = 0; i < lines.length; i++) {
          if (i !== 0) out += sep;
          out += fn(strEscape(lines[i]), 'string');
        }
        return out + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(symbolToString(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Entry lists

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // A binding in its temporal dead zone: lay it out like a string property, then
      // swap the value for the marker.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are done here; none are left for the generic property pass.
  keys.length = 0;
  return output;
}

// Arrays with holes (or extra keys) are walked by their keys.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (arrayIndexKey.exec(key) === null) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`,
                              'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`,
                              'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

const hexDigits = '0123456789abcdef';

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8ArrayCtor(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    const byte = bytes[i];
    if (i !== 0) str += ' ';
    str += hexDigits[byte >> 4] + hexDigits[byte & 15];
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    const item = desc.value;
    if (item !== undefined && typeof item !== 'object' && typeof item !== 'function') {
      // A primitive item: what formatProperty would do, without its generality.
      ctx.indentationLvl += 2;
      output.push(formatPrimitive(ctx.stylize, item, ctx));
      ctx.indentationLvl -= 2;
    } else {
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
    }
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // .buffer last: it is the only one that is not a primitive.
    ctx.indentationLvl += 2;
    const names = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (let i = 0; i < names.length; i++) {
      const str = formatValue(ctx, value[names[i]], recurseTimes, true);
      output.push(`[${names[i]}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak entries come in no stable order: sort them unless the output is sorted anyway.
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // entries is [key1, value1, key2, value2, ...]
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  let i = 0;
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ` +
        formatValue(ctx, entries[pos + 1], recurseTimes);
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  let entries;
  try {
    entries = previewEntries(value);
  } catch {
    entries = undefined;
  }
  if (!ArrayIsArray(entries)) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  let entries;
  try {
    entries = previewEntries(value);
  } catch {
    entries = undefined;
  }
  if (!ArrayIsArray(entries)) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  let preview;
  try {
    preview = previewEntries(value, true);
  } catch {
    preview = undefined;
  }
  // rode's engine can't read an iterator's remaining items without advancing it.
  if (!ArrayIsArray(preview)) return formatWeakCollection(ctx);
  const { 0: entries, 1: isKeyValue } = preview;
  if (isKeyValue) {
    // Entry iterators are labelled as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = getPromiseState(value);
  if (state === kPending) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    (typeof value === 'function' && (key === 'arguments' || key === 'caller') ?
      { value: null, enumerable: false } : { value: value[key], enumerable: true });
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = callFunction(desc.get, original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(symbolToString(key).replace(escapeAllSingle, escapeUnit), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${key.replace(escapeAllSingle, escapeUnit)}]`;
  } else if (identifierKey.exec(key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

// Packs the entries of a long array into aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  // The "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only when three columns fit and no entry dwarfs the rest.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    // Aim for a roughly square block (characters are ~2.5 times as high as wide).
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineMaxLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      maxLineLength.push(lineMaxLength + separatorSpace);
    }
    // Numbers are right-aligned, everything else left-aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let k = 0; k < outputLength; k += columns) {
      const max = MathMin(k + columns, outputLength);
      let str = '';
      let j = k;
      for (; j < max - 1; j++) {
        // Colour codes take no columns: widen the padding by their length.
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
        const cell = `${output[j]}, `;
        str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Entries are separated by at least a comma (and mostly a space).
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A base with line breaks (an error stack) keeps the entries on their own lines.
  return base === '' || !base.includes('\n');
}

function joinList(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) {
      str += output[i];
      str += separator;
    }
    str += output[last];
  }
  return str;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // The innermost `compact` levels are put on one line when they fit (and were
      // not grouped into columns).
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinList(output, ', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${joinList(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinList(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace ("Set {") pushes the first entry to the next line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinList(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// format()

function returnFalse() {
  return false;
}

// True when %s would print the object's own toString() result no differently from
// inspecting it, i.e. its toString/Symbol.toPrimitive comes from a built-in class.
function hasBuiltInToString(value) {
  const details = getProxyDetails(value);
  if (details !== undefined) {
    if (details[0] === null) return true;
    value = details[0];
  }

  let hasOwnToString = hasOwn;
  let hasOwnToPrimitive = hasOwn;

  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (hasOwn(value, SymbolToPrimitive)) return false;
    hasOwnToString = returnFalse;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (hasOwn(value, SymbolToPrimitive)) {
    return false;
  }

  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, SymbolToPrimitive));

  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return StringCtor(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
        firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  checkObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function separatorOption(options) {
  if (options !== undefined && options !== null && options.numericSeparator != null) {
    return options.numericSeparator;
  }
  return inspectDefaultOptions.numericSeparator;
}

function inspectWith(value, inspectOptions, overrides) {
  const options = ObjectAssign({}, inspectOptions);
  return inspect(value, ObjectAssign(options, overrides));
}

const kSOverrides = { compact: 3, colors: false, depth: 0 };
const kOOverrides = { showHidden: true, showProxy: true, depth: 4 };

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  const argc = args.length;
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (argc === 1) return first;
    let tempStr;
    let lastPos = 0;
    // Jump from one '%' to the next.
    for (let i = first.indexOf('%'); i !== -1 && i < first.length - 1;
      i = first.indexOf('%', i + 1)) {
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== argc) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') {
              tempStr = formatNumber(stylizeNoColor, tempArg, separatorOption(inspectOptions));
            } else if (typeof tempArg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempArg, separatorOption(inspectOptions));
            } else if (typeof tempArg !== 'object' || tempArg === null ||
                       !hasBuiltInToString(tempArg)) {
              tempStr = StringCtor(tempArg);
            } else {
              tempStr = inspectWith(tempArg, inspectOptions, kSOverrides);
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempNum, separatorOption(inspectOptions));
            } else if (typeof tempNum === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberCtor(tempNum),
                                     separatorOption(inspectOptions));
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspectWith(args[++a], inspectOptions, kOOverrides);
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempInteger,
                                     separatorOption(inspectOptions));
            } else if (typeof tempInteger === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseInt(tempInteger),
                                     separatorOption(inspectOptions));
            }
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseFloat(tempFloat),
                                     separatorOption(inspectOptions));
            }
            break;
          }
          case 99: // 'c': CSS is consumed and ignored.
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder.
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < argc) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// ---------------------------------------------------------------------------
// Display width

// Code point ranges (from Unicode data, as ICU reports them) that take no column or
// two columns. Each entry is "<gap from the previous range end>.<range length - 1>"
// in base 36.
const kZeroWidthRanges =
  '3j.w,gx.33,7o.6,7c.18,2.0,2.1,2.1,2.0,1l.5,b.a,2.0,1b.k,h.0,2u.7,2.5,3.1,2.3,y.0,2.0,' +
  'v.q,2k.a,1n.8,a.0,p.3,2.8,2.2,2.4,18.2,1h.1,6.8,17.1k,1k.0,2.0,5.7,5.0,4.6,b.1,u.0,1n.0,' +
  '5.3,9.0,l.1,r.0,3.1,1m.0,5.1,5.1,3.2,4.0,v.1,4.0,c.1,1m.0,5.4,2.1,5.0,l.1,n.5,2.0,1n.0,' +
  '3.0,2.3,9.0,8.1,c.1,v.0,1q.0,d.0,1f.0,4.0,1k.0,2.2,6.2,2.3,8.1,c.1,u.0,1n.0,3.0,7.0,6.1,' +
  'l.1,t.1,1m.1,5.3,9.0,l.1,u.0,21.0,8.2,2.0,2j.0,3.6,d.7,2r.0,3.8,c.6,22.1,s.0,2.0,2.0,' +
  '1k.d,2.4,2.1,6.a,2.z,a.0,2v.3,2.5,2.1,3.1,q.1,5.2,h.3,e.0,3.1,7.0,g.0,jk.2,qb.2,u.1,v.1,' +
  'v.1,1t.1,2.6,9.0,3.a,a.0,1a.4,3a.1,z.0,3b.2,5.1,a.0,7.2,64.1,3.0,1n.0,2.6,2.0,2.0,3.7,' +
  '7.9,3.0,1d.19,3.b,l.3,1d.0,2.4,2.0,6.0,15.8,d.1,x.3,3.1,2.2,1l.0,2.1,4.0,2.2,1n.7,3.1,' +
  '49.2,2.c,2.6,5.0,7.0,4.1,5j.1r,ek.4,r.4,1e.4,2.9,2p.w,2db.2,3y.0,2p.v,nsg.3,2.9,x.1,' +
  '29.1,7l.0,4.0,5.0,q.1,6.0,48.1,r.h,e.0,13.7,q.a,1b.2,1d.0,3.3,3.1,14.0,1w.5,3.1,3.1,d.0,' +
  '9.0,1c.0,1g.0,2.2,3.1,6.1,2.0,17.1,9.0,6n.0,3.0,5.0,fn5.0,ki.f,h.f,5s.0,6y.2,ea.0,6b.0,' +
  '46.4,1af.2,2.1,6.3,15.2,5.0,4m.1,fy.3,1u.4,8u.1,26.5,1z.a,1e.3,3g.0,1j.e,16.0,3.1,b.2,' +
  '1e.3,3.1,3.0,5.0,b.0,1f.2,11.4,2.7,1r.0,d.1,1h.8,b.3,3.0,2o.2,3.0,2.1,7.0,3.0,4e.0,4.7,' +
  'm.1,1m.1,4.0,12.6,4.4,1z.5,e.0,2.0,2.0,f.1,2e.7,3.2,2.0,o.0,2d.5,2.0,5.1,2.1,6n.3,7.1,' +
  '2.1,s.1,2e.7,3.0,2.1,2z.0,2.0,3.5,2.0,2u.0,2.0,3.3,2.4,78.8,2.1,75.1,2.0,5.0,41.3,3.1,' +
  '5.0,x.9,15.5,3.3,9.0,a.5,3.2,1b.c,2.1,5j.0,2.2,2.0,5m.6,2.5,2.0,2b.l,3.6,2.1,2.1,3f.5,' +
  '4.0,2.1,2.6,2.0,21.1,4.0,2.0,9o.1,c.1,1h.4,6.0,2.0,o.0,446.g,7.e,8uh.b,4.2,1xd.4,1o.6,' +
  't5.0,1s.3,f7v.1,2.3,3ml.19,3.m,f5.2,a.f,3.6,v.3,45.2,1j0.1i,5.1d,9.0,f.0,n.4,2.e,11t.6,' +
  '2.g,3.6,2.1,2.4,2t.0,4h.6,ag.0,1q.3,e5.3,73.1,6s.0,3.0,8.1,6.0,d7.6,32.6,gzav.0,v.2n,' +
  '3l.6n';
const kWideRanges =
  '3cw.2n,3i3.1,e.1,5b.3,4.0,3.0,ei.1,m.1,r.7,h.b,18.0,b.5,4.0,e.0,9.1,i.1,6.1,9.0,6.0,m.0,' +
  '8.1,2.0,5.0,3.0,8.0,5.1,t.0,10.0,2.0,5.2,2.0,1q.2,p.0,f.0,nw.1,1g.0,5.0,mj.p,2.2g,d.5x,' +
  'r.26,3.2d,3.2u,6.16,2.2l,2.2d,a.1b,2.13,9.mkc,4.1i,wq.s,hw.8mb,6l9.e7,lt.9,n.y,2.i,2.3,' +
  '46.2n,3k.6,m4a.4,c.6,a.5p1,16.v,2q.36,6pq.3,2.6,2.1,2.82,g.0,u.2,3.0,f.3,9.az,6bp.2e,' +
  'a.m,5n2.0,5n.0,5b.0,3.9,24.s,e.17,5.8,8.1,f.5,4b.w,d.8,2.1x,2.l,d.16,5.4,d.g,4.0,4.1y,' +
  '2.0,2.56,3.1q,e.3,2.n,j.0,r.1,e.0,2f.2c,1d.1x,7.0,4.2,3.3,4.3,c.1,8.8,6c.b,5.0,7w.1a,' +
  '2.9,2.54,35.c,4.a,4.1k,2.0,5.f,3.b,5.9,zs.1ekd,3.1ekd';

let zeroWidthTable;
let wideTable;

function decodeRanges(text) {
  const parts = text.split(',');
  const table = new Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const dot = parts[i].indexOf('.');
    const start = prev + NumberParseInt(parts[i].slice(0, dot), 36);
    const end = start + NumberParseInt(parts[i].slice(dot + 1), 36);
    table[i * 2] = start;
    table[i * 2 + 1] = end;
    prev = end;
  }
  return table;
}

function inRanges(table, code) {
  let lo = 0;
  let hi = (table.length >> 1) - 1;
  if (hi < 0 || code < table[0] || code > table[table.length - 1]) return false;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < table[mid * 2]) hi = mid - 1;
    else if (code > table[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function isZeroWidthCodePoint(code) {
  if (zeroWidthTable === undefined) zeroWidthTable = decodeRanges(kZeroWidthRanges);
  return code < 0x20 || (code >= 0x7f && inRanges(zeroWidthTable, code));
}

function isFullWidthCodePoint(code) {
  if (wideTable === undefined) wideTable = decodeRanges(kWideRanges);
  return code >= 0x1100 && inRanges(wideTable, code);
}

/**
 * The number of terminal columns `str` takes (colour codes removed unless told not to).
 */
const printableAscii = /^[\x20-\x7e]*$/;

function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  if (printableAscii.test(str)) return str.length;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      // Past the ASCII prefix: compose, then count code point by code point.
      const rest = str.slice(i).normalize('NFC');
      for (const char of rest) {
        const cp = char.codePointAt(0);
        if (isFullWidthCodePoint(cp)) width += 2;
        else if (!isZeroWidthCodePoint(cp)) width++;
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// ANSI escape sequences (CSI, OSC, ...), as matched by the ansi-regex package.
const ansiPattern = new RegExpCtor(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g',
);

/**
 * Removes all VT control sequences (colours, cursor moves) from `str`.
 */
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  if (str.indexOf('\u001b') === -1 && str.indexOf('\u009b') === -1) return str;
  return str.replace(ansiPattern, '');
}

module.exports = {
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isZeroWidthCodePoint,
  isFullWidthCodePoint,
  isError,
  removeColors,
  customInspectSymbol,
};
