'use strict';
// FormData (WHATWG XHR), as Node 20's undici: an ordered list of (name, string | File).

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEntries = Symbol('entries');

let blobMod;
function blob() {
  blobMod ??= require('internal/buffer_blob');
  return blobMod;
}

function usv(s) {
  s = `${s}`;
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s;
}

function isFormData(o) {
  return o != null && o[kEntries] !== undefined;
}

function requireArgs(n, got, prefix) {
  if (got < n) {
    throw new TypeError(`${prefix}: ${n} argument${n > 1 ? 's' : ''} required, but only ${got} found.`);
  }
}

function makeEntry(name, value, filename, prefix) {
  name = usv(name);
  if (blob().isBlob(value)) {
    const { File } = blob();
    if (!(value instanceof File) || filename !== undefined) {
      const fname = filename !== undefined ? usv(filename) : (value instanceof File ? value.name : 'blob');
      const opts = { type: value.type };
      if (value instanceof File) opts.lastModified = value.lastModified;
      value = new File([value], fname, opts);
    }
    return [name, value];
  }
  if (filename !== undefined) {
    throw new TypeError(`${prefix}: parameter 2 is not of type 'Blob'`);
  }
  return [name, usv(value)];
}

const FormDataIteratorPrototype = {
  __proto__: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
  next() {
    const st = this.state;
    const list = st.fd[kEntries];
    if (st.index >= list.length) return { value: undefined, done: true };
    const [k, v] = list[st.index++];
    return { value: st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v], done: false };
  },
};
Object.defineProperty(FormDataIteratorPrototype, Symbol.toStringTag, {
  value: 'FormData Iterator', configurable: true,
});

function makeIterator(fd, kind) {
  const it = Object.create(FormDataIteratorPrototype);
  Object.defineProperty(it, 'state', { value: { fd, kind, index: 0 } });
  return it;
}

function check(fd) {
  if (!isFormData(fd)) throw new TypeError('Value of "this" must be of type FormData');
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    check(this);
    requireArgs(2, arguments.length, 'FormData.append');
    if (arguments.length === 3 && !blob().isBlob(value)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this[kEntries].push(makeEntry(name, value, filename, 'FormData.append'));
  }

  delete(name) {
    check(this);
    requireArgs(1, arguments.length, 'FormData.delete');
    name = usv(name);
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    check(this);
    requireArgs(1, arguments.length, 'FormData.get');
    name = usv(name);
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    check(this);
    requireArgs(1, arguments.length, 'FormData.getAll');
    name = usv(name);
    return this[kEntries].filter((x) => x[0] === name).map((x) => x[1]);
  }

  has(name) {
    check(this);
    requireArgs(1, arguments.length, 'FormData.has');
    name = usv(name);
    return this[kEntries].some((x) => x[0] === name);
  }

  set(name, value, filename = undefined) {
    check(this);
    requireArgs(2, arguments.length, 'FormData.set');
    if (arguments.length === 3 && !blob().isBlob(value)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    const entry = makeEntry(name, value, filename, 'FormData.set');
    const list = this[kEntries];
    const i = list.findIndex((x) => x[0] === entry[0]);
    if (i === -1) {
      list.push(entry);
    } else {
      list[i] = entry;
      this[kEntries] = list.filter((x, j) => j <= i || x[0] !== entry[0]);
    }
  }

  forEach(callback, thisArg = undefined) {
    check(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  keys() { check(this); return makeIterator(this, 'key'); }
  values() { check(this); return makeIterator(this, 'value'); }
  entries() { check(this); return makeIterator(this, 'key+value'); }

  [kInspect](depth, options) {
    const obj = {};
    for (const [k, v] of this[kEntries]) {
      if (!Object.prototype.hasOwnProperty.call(obj, k)) obj[k] = v;
      else if (Array.isArray(obj[k])) obj[k].push(v);
      else obj[k] = [obj[k], v];
    }
    const { inspect } = require('internal/util/inspect');
    return `FormData ${inspect(obj, { ...options, depth: options.depth })}`;
  }
}
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

function formDataEntries(fd) {
  return fd[kEntries];
}

module.exports = { FormData, isFormData, formDataEntries };
