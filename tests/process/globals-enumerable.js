'use strict';
// Object.keys(globalThis): Node's enumerable globals, in Node's order (tools that look for
// leaked globals, such as mocha's --check-leaks, compare these lists). `navigator` is there
// from Node 21.
const assert = require('assert');

const expected = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch', 'crypto'];
const major = Number(process.versions.node.split('.')[0]);
if (major >= 21) expected.push('navigator');
assert.deepStrictEqual(Object.keys(globalThis), expected);

for (const name of ['process', 'Buffer', 'URL', 'console', 'TextEncoder', 'AbortController']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false, name);
}
// Using a global doesn't change the list.
setTimeout(() => {}, 0);
void atob('YQ==');
void structuredClone({});
assert.deepStrictEqual(Object.keys(globalThis), expected);
globalThis.leaked = 1;
assert.deepStrictEqual(Object.keys(globalThis), [...expected, 'leaked']);
