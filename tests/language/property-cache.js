'use strict';
// Named property reads and writes at one place in the code, repeated while the objects
// read change under them: properties added, deleted, shadowed, made accessors, frozen;
// prototypes swapped, grown and emptied; arrays made sparse; keys that are symbols. Each
// read must see the change at once (an engine that remembers where it found a property
// must notice every one of these).
const assert = require('assert');

// One read site per function: each is called many times with the objects below.
const readA = (o) => o.a;
const readM = (o) => o.m;
const readLen = (o) => o.length;
const readSym = (o, k) => o[k];
const writeSym = (o, k, v) => { o[k] = v; };
const callM = (o) => o.m();

function warm(fn, ...args) {
  let r;
  for (let i = 0; i < 50; i++) r = fn(...args);
  return r;
}

// own property: changed, deleted, then found on the prototype
{
  const proto = { a: 'proto' };
  const o = Object.create(proto);
  o.a = 'own';
  assert.strictEqual(warm(readA, o), 'own');
  o.a = 'own2';
  assert.strictEqual(readA(o), 'own2');
  delete o.a;
  assert.strictEqual(readA(o), 'proto');
  delete proto.a;
  assert.strictEqual(readA(o), undefined);
  proto.a = 'back';
  assert.strictEqual(readA(o), 'back');
}

// a method on the prototype, then shadowed by the object, then replaced on the prototype
{
  class C { m() { return 'C'; } }
  const x = new C();
  const y = new C();
  assert.strictEqual(warm(callM, x), 'C');
  x.m = () => 'own';
  assert.strictEqual(callM(x), 'own');
  assert.strictEqual(callM(y), 'C');
  C.prototype.m = () => 'replaced';
  assert.strictEqual(callM(y), 'replaced');
  delete C.prototype.m;
  assert.throws(() => callM(y), TypeError);
  assert.strictEqual(readM(y), undefined);
}

// a data property turned into an accessor, and back
{
  const o = { a: 1 };
  assert.strictEqual(warm(readA, o), 1);
  let calls = 0;
  Object.defineProperty(o, 'a', { get() { calls++; return 'got'; }, configurable: true });
  assert.strictEqual(readA(o), 'got');
  assert.strictEqual(calls, 1);
  Object.defineProperty(o, 'a', { value: 2, writable: true, configurable: true });
  assert.strictEqual(readA(o), 2);
  assert.strictEqual(calls, 1);
}

// a getter on a prototype three levels up, then one on a nearer level shadows it
{
  const top = { get a() { return 'top:' + this.tag; } };
  const mid = Object.create(top);
  const low = Object.create(mid);
  const o = Object.create(low);
  o.tag = 'o';
  assert.strictEqual(warm(readA, o), 'top:o');
  Object.defineProperty(mid, 'a', { value: 'mid', configurable: true });
  assert.strictEqual(readA(o), 'mid');
  Object.defineProperty(low, 'a', { get() { return 'low'; }, configurable: true });
  assert.strictEqual(readA(o), 'low');
  delete low.a;
  delete mid.a;
  assert.strictEqual(readA(o), 'top:o');
}

// a chain longer than any cache depth
{
  let p = { a: 'deep' };
  for (let i = 0; i < 8; i++) p = Object.create(p);
  assert.strictEqual(warm(readA, p), 'deep');
  Object.getPrototypeOf(Object.getPrototypeOf(p)).a = 'nearer';
  assert.strictEqual(readA(p), 'nearer');
}

// absent everywhere, then added to Object.prototype
{
  const o = { b: 1 };
  assert.strictEqual(warm(readA, o), undefined);
  Object.prototype.a = 'everywhere';
  try {
    assert.strictEqual(readA(o), 'everywhere');
    assert.strictEqual(readA([]), 'everywhere');
  } finally {
    delete Object.prototype.a;
  }
  assert.strictEqual(readA(o), undefined);
}

// the prototype swapped: objects built alike, given different prototypes, then grown
{
  const P1 = { a: 'p1', m() { return 1; } };
  const P2 = { a: 'p2', m() { return 2; } };
  const objs = [];
  for (let i = 0; i < 20; i++) {
    const o = { x: i, y: -i };
    Object.setPrototypeOf(o, i % 2 ? P1 : P2);
    o.z = i * 10;
    objs.push(o);
  }
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < objs.length; i++) {
      const o = objs[i];
      assert.strictEqual(readA(o), i % 2 ? 'p1' : 'p2');
      assert.strictEqual(callM(o), i % 2 ? 1 : 2);
      assert.deepStrictEqual(Object.keys(o), ['x', 'y', 'z']);
      assert.strictEqual(o.x + o.y + o.z, i * 10);
    }
  }
  Object.setPrototypeOf(objs[0], P1);
  assert.strictEqual(readA(objs[0]), 'p1');
  objs[0].__proto__ = null;
  assert.strictEqual(readA(objs[0]), undefined);
  assert.strictEqual(objs[0].z, 0);
}

// frozen and sealed objects still read; their writes fail as before
{
  const o = { a: 'v' };
  assert.strictEqual(warm(readA, o), 'v');
  Object.freeze(o);
  assert.strictEqual(readA(o), 'v');
  assert.throws(() => { o.a = 'w'; }, TypeError);
  assert.strictEqual(readA(o), 'v');
}

// length from arrays, array-likes built the same way, strings, typed arrays, functions
{
  const arr = [1, 2, 3];
  const like = Object.create(Array.prototype);
  like.length = 7;
  const things = [arr, like, 'abcd', new Uint8Array(5), Buffer.alloc(6), function (a, b) {}, { length: 'own' }];
  const want = [3, 7, 4, 5, 6, 2, 'own'];
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < things.length; i++) assert.strictEqual(readLen(things[i]), want[i]);
  }
  arr.length = 1;
  assert.strictEqual(readLen(arr), 1);
  arr[100] = 'sparse';
  assert.strictEqual(readLen(arr), 101);
  Object.defineProperty(arr, 5, { get() { return 'g'; } });
  assert.strictEqual(arr[5], 'g');
  assert.strictEqual(readLen(arr), 101);
  assert.strictEqual(typeof arr.push, 'function');
}

// methods of arrays and Buffers, with a prototype method added and removed in between
{
  const arr = [3, 1, 2];
  const buf = Buffer.from('hi');
  const join = Array.prototype.join;
  const bufToString = Buffer.prototype.toString;
  const readJoin = (o) => o.join;
  assert.strictEqual(warm(readJoin, arr), join);
  try {
    Array.prototype.join = function () { return 'patched'; };
    assert.strictEqual(arr.join(), 'patched');
    delete Array.prototype.join;
    assert.strictEqual(readJoin(arr), undefined);
  } finally {
    Array.prototype.join = join;
  }
  assert.strictEqual(readJoin(arr), join);
  const readToString = (o) => o.toString();
  assert.strictEqual(warm(readToString, buf), 'hi');
  try {
    Uint8Array.prototype.toString = function () { return 'u8'; };
    assert.strictEqual(readToString(buf), 'hi');
    delete Buffer.prototype.toString;
    assert.strictEqual(readToString(buf), 'u8');
  } finally {
    Buffer.prototype.toString = bufToString;
    delete Uint8Array.prototype.toString;
  }
  assert.strictEqual(readToString(buf), 'hi');
}

// symbol keys: own, inherited, accessors, registered symbols, writes
{
  const k = Symbol('k');
  const g = Symbol.for('rode.test.g');
  class S {
    constructor(v) { this[k] = v; }
    get [g]() { return this[k] * 2; }
  }
  const objs = [new S(1), new S(2), { [k]: 'plain' }];
  for (let round = 0; round < 20; round++) {
    assert.strictEqual(readSym(objs[0], k), 1);
    assert.strictEqual(readSym(objs[1], g), 4);
    assert.strictEqual(readSym(objs[2], k), 'plain');
    assert.strictEqual(readSym(objs[2], g), undefined);
  }
  for (let i = 0; i < 20; i++) writeSym(objs[0], k, i);
  assert.strictEqual(readSym(objs[0], k), 19);
  assert.strictEqual(readSym(objs[0], g), 38);
  Object.defineProperty(objs[0], k, { writable: false });
  assert.throws(() => writeSym(objs[0], k, 'no'), TypeError);
  assert.strictEqual(readSym(objs[0], k), 19);
  Object.defineProperty(objs[1], k, { set(v) { this.seen = v; }, get() { return 'acc'; } });
  writeSym(objs[1], k, 'set');
  assert.strictEqual(objs[1].seen, 'set');
  assert.strictEqual(readSym(objs[1], k), 'acc');
  delete S.prototype[g];
  assert.strictEqual(readSym(objs[1], g), undefined);
  const fresh = {};
  writeSym(fresh, k, 'added');
  assert.strictEqual(readSym(fresh, k), 'added');
  assert.strictEqual(readSym([1, 2], Symbol.iterator), Array.prototype[Symbol.iterator]);
  assert.strictEqual(readSym('str', Symbol.iterator), String.prototype[Symbol.iterator]);
  const p = new Proxy({}, { get: (t, key) => (key === k ? 'proxied' : undefined) });
  assert.strictEqual(readSym(p, k), 'proxied');
  const frozen = Object.freeze({ [k]: 'ice' });
  assert.throws(() => writeSym(frozen, k, 'melt'), TypeError);
  assert.strictEqual(readSym(frozen, k), 'ice');
}

// many objects of one class with properties added in different orders
{
  class P { constructor(i) { if (i % 2) { this.a = i; this.b = -i; } else { this.b = -i; this.a = i; } } }
  let sum = 0;
  for (let i = 0; i < 200; i++) {
    const o = new P(i);
    sum += readA(o) + o.b;
    if (i % 3 === 0) delete o.b;
    sum += o.b === undefined ? 1 : 0;
  }
  assert.strictEqual(sum, 67);
}

// adding properties at one place: setters and read-only properties that appear on a
// prototype later, non-extensible objects, proxies, object literals and class fields
{
  class Point { constructor(x, y) { this.x = x; this.y = y; } }
  for (let i = 0; i < 50; i++) assert.deepStrictEqual(Object.keys(new Point(i, i)), ['x', 'y']);
  let seen = null;
  Object.defineProperty(Point.prototype, 'y', { set(v) { seen = v; }, configurable: true });
  const p = new Point(1, 2);
  assert.strictEqual(seen, 2);
  assert.deepStrictEqual(Object.keys(p), ['x']);
  delete Point.prototype.y;
  Object.defineProperty(Point.prototype, 'y', { value: 'ro', writable: false, configurable: true });
  assert.throws(() => new Point(1, 2), TypeError); // class bodies are strict
  delete Point.prototype.y;
  assert.strictEqual(new Point(1, 2).y, 2);

  function Sloppy(v) { this.v = v; }
  const sloppy = new Function('o', 'v', 'o.k = v; return o;');
  for (let i = 0; i < 50; i++) assert.strictEqual(sloppy(new Sloppy(i), i).k, i);
  Object.defineProperty(Sloppy.prototype, 'k', { value: 'fixed', writable: false, configurable: true });
  assert.strictEqual(sloppy(new Sloppy(0), 'no').k, 'fixed');
  assert.strictEqual(Object.keys(sloppy(new Sloppy(0), 'no')).includes('k'), false);
  delete Sloppy.prototype.k;

  const addZ = (o, v) => { o.z = v; return o; };
  for (let i = 0; i < 50; i++) addZ({ w: 1 }, i);
  const sealed = Object.preventExtensions({ w: 1 });
  assert.throws(() => addZ(sealed, 1), TypeError);
  assert.strictEqual('z' in sealed, false);
  const trapped = [];
  const viaProxy = Object.create(new Proxy({}, { set(t, k, v) { trapped.push(k); return true; } }));
  addZ(viaProxy, 1);
  assert.deepStrictEqual(trapped, ['z']);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(viaProxy, 'z'), false);
  try {
    let globalSeen;
    Object.defineProperty(Object.prototype, 'z', { set(v) { globalSeen = v; }, get() { return 'g'; }, configurable: true });
    const o = addZ({ w: 1 }, 'through');
    assert.strictEqual(globalSeen, 'through');
    assert.strictEqual(Object.prototype.hasOwnProperty.call(o, 'z'), false);
    // an object literal defines its keys: the setter is not called
    globalSeen = undefined;
    const lit = { w: 1, z: 'own' };
    assert.strictEqual(globalSeen, undefined);
    assert.strictEqual(Object.getOwnPropertyDescriptor(lit, 'z').value, 'own');
  } finally {
    delete Object.prototype.z;
  }
  assert.strictEqual(addZ({ w: 1 }, 3).z, 3);

  // a prototype grows: its children see the new property, in any order of events
  const base = { m: 1 };
  const kids = [];
  for (let i = 0; i < 20; i++) kids.push(Object.create(base));
  for (let i = 0; i < 50; i++) addZ(base, i);
  assert.strictEqual(kids[3].z, 49);

  // literals: repeated keys keep the last value and the first position
  const lits = [];
  for (let i = 0; i < 50; i++) lits.push({ a: i, b: 2, a2: 3, ['a']: -i });
  assert.deepStrictEqual(Object.keys(lits[7]), ['a', 'b', 'a2']);
  assert.strictEqual(lits[7].a, -7);

  class Fields { x = 1; y = this.x + 1; static s = 'st'; }
  for (let i = 0; i < 50; i++) assert.deepStrictEqual({ ...new Fields() }, { x: 1, y: 2 });
  Object.defineProperty(Fields.prototype, 'y', { set() { throw new Error('fields define'); }, configurable: true });
  assert.strictEqual(new Fields().y, 2);
}

// adds that shadow a writable data property of a prototype, until it stops being one
{
  const Defaults = { color: 'none' };
  const paint = (o, c) => { o.color = c; return o; };
  for (let i = 0; i < 50; i++) assert.strictEqual(paint(Object.create(Defaults), 'red').color, 'red');
  assert.strictEqual(Defaults.color, 'none');
  Object.defineProperty(Defaults, 'color', { writable: false });
  assert.throws(() => paint(Object.create(Defaults), 'blue'), TypeError);
  const Setter = { set color(v) { this.painted = v; } };
  const painted = paint(Object.create(Setter), 'green');
  assert.strictEqual(painted.painted, 'green');
  assert.strictEqual(Object.prototype.hasOwnProperty.call(painted, 'color'), false);
}

// computed string keys: literals, keys from Object.keys, index-like and empty strings
{
  const o = { a: 1, 1: 'one', '01': 'zero-one', '': 'empty', 'x y': 'space' };
  const got = [];
  for (let round = 0; round < 20; round++) {
    got.length = 0;
    for (const k of Object.keys(o)) got.push(`${k}=${o[k]}`);
  }
  assert.deepStrictEqual(got, ['1=one', 'a=1', '01=zero-one', '=empty', 'x y=space']);
  const one = '1';
  assert.strictEqual(o[one], 'one');
  assert.strictEqual(o[String(1)], 'one');
  assert.strictEqual(o['0' + '1'], 'zero-one');
  assert.strictEqual([10, 20][one], 20);
}

console.log('property-cache ok');
