'use strict';
// Node's own-property layout for http messages, restored on demand. Messages keep their
// defaults on the prototype and build stream state lazily (see _http_incoming and
// _http_outgoing), so a fresh one has few own properties; util.inspect() calls
// `value[kRestoreShape]()` first (through the registry symbol, so neither module loads the
// other), and the message then gets Node's own properties, in Node's order, with their
// current values. Behaviour is unchanged: each value is the one already read through.

const kRestoreShape = Symbol.for('rode.http.restoreShape');

// Redefines `obj`'s own properties: `names` first (current values, read through the
// prototype), then the other own keys it had (added by the program, a framework or
// EventEmitter; strings, then symbols, each kept as it was), then `symbols`; `hidden`
// symbols stay as own but non-enumerable properties.
function restoreShape(obj, names, symbols, hidden) {
  const values = new Map();
  for (const name of names) values.set(name, obj[name]);
  const extra = [];
  const extraSymbols = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (values.has(key) || symbols.includes(key) || hidden.includes(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (typeof key === 'symbol') extraSymbols.push([key, desc]);
    else extra.push([key, desc]);
  }
  const symbolValues = symbols.map((s) => obj[s]);
  const hiddenValues = hidden.map((s) => obj[s]);
  for (const key of Reflect.ownKeys(obj)) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (desc.configurable) delete obj[key];
  }
  for (const [name, value] of values) define(obj, name, value, true);
  for (const [key, desc] of extra.concat(extraSymbols)) {
    if (!Object.hasOwn(obj, key)) Object.defineProperty(obj, key, desc);
  }
  symbols.forEach((s, i) => define(obj, s, symbolValues[i], true));
  hidden.forEach((s, i) => define(obj, s, hiddenValues[i], false));
}

function define(obj, key, value, enumerable) {
  if (Object.hasOwn(obj, key)) return; // A non-configurable one stayed.
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

module.exports = { kRestoreShape, restoreShape };
