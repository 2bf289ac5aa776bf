'use strict';
// Property reads on arrays, typed arrays, Buffers and string primitives: methods from their
// prototypes (and ones added later), length, keys a typed array treats as numeric, a
// getter on String.prototype seeing the primitive, an own length on a Buffer.
const assert = require('assert');
// arrays, typed arrays and strings: methods, length, numeric-looking keys, overrides
const a = [1, 2, 3];
assert.strictEqual(a.length, 3);
assert.strictEqual(a.map((x) => x * 2).join(), '2,4,6');
Array.prototype.rodeX = 5;
assert.strictEqual(a.rodeX, 5);
delete Array.prototype.rodeX;
assert.strictEqual(a.rodeX, undefined);
const u = new Uint8Array([5, 6, 7]);
assert.strictEqual(u.length, 3);
assert.strictEqual(u.subarray(1).length, 2);
Object.defineProperty(Uint8Array.prototype, 'NaN', { value: 9, configurable: true });
Object.defineProperty(Uint8Array.prototype, 'Nope', { value: 10, configurable: true });
assert.strictEqual(u.Nope, 10);
assert.strictEqual(u['1.5'], undefined);
assert.strictEqual(u['-0'], undefined);
// "NaN", "Infinity" and "-Infinity" are canonical numeric strings: the typed array answers
// them (undefined), and never its prototype
assert.strictEqual(u.NaN, undefined);
assert.strictEqual('NaN' in u, false);
assert.strictEqual(Reflect.defineProperty(u, 'NaN', { value: 1 }), false);
Object.defineProperty(Uint8Array.prototype, 'Infinity', { value: 11, configurable: true });
assert.strictEqual(u.Infinity, undefined);
assert.strictEqual(u['-Infinity'], undefined);
delete Uint8Array.prototype.Infinity;
delete Uint8Array.prototype.NaN; delete Uint8Array.prototype.Nope;
const b = Buffer.from('hello');
assert.strictEqual(b.length, 5);
assert.strictEqual(b.toString('hex'), '68656c6c6f');
Object.defineProperty(b, 'length', { value: 1 });
assert.strictEqual(b.length, 1);
const s = 'héllo';
assert.strictEqual(s.length, 5);
assert.strictEqual(s.toUpperCase(), 'HÉLLO');
assert.strictEqual(s[1], 'é');
String.prototype.rodeY = function () { return typeof this + this.length; };
assert.strictEqual(s.rodeY(), 'string5');
Object.defineProperty(String.prototype, 'rodeG', { get() { return this; }, configurable: true });
assert.strictEqual(typeof s.rodeG, 'string');
delete String.prototype.rodeY; delete String.prototype.rodeG;
assert.strictEqual(s.rodeY, undefined);
let rope = ''; for (let i = 0; i < 100; i++) rope += 'abcdefghij';
assert.strictEqual(rope.length, 1000);
assert.strictEqual(rope.slice(995), 'fghij');
function args() { return [arguments.length, arguments[0], Array.prototype.slice.call(arguments).length]; }
assert.deepStrictEqual(args(1, 2), [2, 1, 2]);
const detached = new Uint8Array(new ArrayBuffer(8));
structuredClone(detached.buffer, { transfer: [detached.buffer] });
assert.strictEqual(detached.length, 0);
