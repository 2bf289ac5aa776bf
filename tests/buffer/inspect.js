'use strict';
// How Buffers print: <Buffer 68 69>, the "... N more bytes" cut at INSPECT_MAX_BYTES,
// extra own properties, nesting, and Blob/File.
const util = require('util');
const buffer = require('buffer');
const { Buffer, Blob, File } = buffer;

console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.from([0, 1, 0x7f, 0x80, 0xff]));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(52, 3));
console.log(Buffer.from('hi').inspect());
console.log(String(Buffer.from('hi')));
console.log([Buffer.from('a'), { b: Buffer.from('b') }]);
console.log(util.inspect({ deep: { deeper: { deepest: Buffer.from('x') } } }, { depth: 0 }));
console.log(util.format('%s|%o|%j', Buffer.from('ab'), Buffer.from('ab'), Buffer.from('ab')));

const withProps = Buffer.from('abc');
withProps.name = 'extra';
withProps.list = [1, 2];
withProps[Symbol('tag')] = true;
Object.defineProperty(withProps, 'hidden', { value: 42, enumerable: false });
console.log(withProps);
console.log(util.inspect(withProps, { showHidden: true }));
const emptyWithProps = Buffer.alloc(0);
emptyWithProps.x = 1;
console.log(emptyWithProps);

console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('hello'));
console.log(Buffer.from('hey'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('a'));
buffer.INSPECT_MAX_BYTES = 50;
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (e) {
  console.log(e.code, e.message);
}

class Sub extends Uint8Array {}
const sub = Buffer.from('zz');
Object.setPrototypeOf(sub, Object.assign(Object.create(Buffer.prototype), { constructor: Sub }));
console.log(sub);

console.log(new Blob(['abc'], { type: 'Text/Plain' }));
console.log([new Blob([])]);
console.log(util.inspect({ a: { b: new Blob(['x']) } }, { depth: 1 }));
console.log(new File(['abcd'], 'f.txt', { type: 'a/b', lastModified: 1700000000000 }));
