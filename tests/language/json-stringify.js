'use strict';
// JSON.stringify over plain objects, arrays, toJSON (with its key), getters, deleted keys,
// index-like and symbol keys, boxed primitives, replacers, gaps and cycles: node's exact text.
// rode serializes plain objects off their shapes and quotes strings into the output buffer.
const cases = [
  { a: 1, b: 'x"y\n', c: [1, 'two', null, undefined, () => 1, { d: true }], e: undefined, f: () => 0, g: NaN, h: -0, i: 1e21 },
  { 2: 'b', 1: 'a', z: 1, y: 2 }, { '4294967294': 1, x: 2 }, { [Symbol('s')]: 1, k: 'v' },
  Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
  { get g() { return 'got'; }, n: 1 },
  { toJSON(k) { return 'tj:' + k; } }, { nested: { toJSON(k) { return 'key=' + k; } } }, [ { toJSON(k) { return 'idx=' + k; } } ],
  { date: new Date(0) }, { s: new String('boxed'), n: new Number(5), b: new Boolean(false) },
  Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }),
  Object.assign(Object.create(null), { np: 1 }), { big: 'ünïcödé ✓ 𝄞 \u2028 \ud800' },
  { deleter: 1, get x() { delete this.later; return 1; }, later: 2 },
  new Map([[1, 2]]), [[], {}, [[]]], { '': 'empty key', 'a"b': 'quoted key' },
];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(c, null, 2), JSON.stringify(c, (k, v) => v, ' '), JSON.stringify(c, ['a', 'x']));
const cyc = { a: {} }; cyc.a.b = cyc; try { JSON.stringify(cyc); } catch (e) { console.log(e.constructor.name); }
const arr = [1]; arr.push(arr); try { JSON.stringify(arr); } catch (e) { console.log(e.constructor.name); }
const shared = { s: 1 }; console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }));
try { JSON.stringify({ b: 1n }); } catch (e) { console.log(e.constructor.name); }
console.log(JSON.stringify({ toJSON() { throw new Error('x'); } } === 1), JSON.stringify('str'), JSON.stringify(undefined), JSON.stringify([undefined, function(){}, Symbol()]));
try { JSON.stringify({ get boom() { throw new Error('getter'); } }); } catch (e) { console.log(e.message); }
