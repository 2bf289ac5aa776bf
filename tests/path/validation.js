'use strict';
// Argument validation: Node's ERR_INVALID_ARG_TYPE with its exact messages.
const path = require('path');

function throwsType(fn, message, what) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  if (err === undefined) throw new Error(`${what}: did not throw`);
  if (!(err instanceof TypeError) || err.code !== 'ERR_INVALID_ARG_TYPE' ||
      err.message !== message) {
    throw new Error(`${what}: got ${err && err.code} ${JSON.stringify(err && err.message)}`);
  }
}

const received = [
  [null, 'Received null'],
  [undefined, 'Received undefined'],
  [1, 'Received type number (1)'],
  [true, 'Received type boolean (true)'],
  [{}, 'Received an instance of Object'],
  [[], 'Received an instance of Array'],
  [() => {}, 'Received function '],
  [Symbol('s'), 'Received type symbol (Symbol(s))'],
];

for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const [value, tail] of received) {
    const str = `must be of type string. ${tail}`;
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      throwsType(() => p[fn](value), `The "path" argument ${str}`, `${flavor}.${fn}`);
    }
    throwsType(() => p.join('a', value), `The "path" argument ${str}`, `${flavor}.join`);
    throwsType(() => p.resolve('a', value), `The "paths[1]" argument ${str}`, `${flavor}.resolve`);
    throwsType(() => p.relative(value, 'a'), `The "from" argument ${str}`, `${flavor}.relative from`);
    throwsType(() => p.relative('a', value), `The "to" argument ${str}`, `${flavor}.relative to`);
    if (value !== undefined) {
      throwsType(() => p.basename('a', value), `The "suffix" argument ${str}`, `${flavor}.basename suffix`);
    }
    throwsType(() => p.matchesGlob(value, '*'), `The "path" argument ${str}`, `${flavor}.matchesGlob path`);
    throwsType(() => p.matchesGlob('a', value), `The "pattern" argument ${str}`, `${flavor}.matchesGlob pattern`);
  }
  // resolve validates from the last argument back and stops at the first absolute one.
  // (win32 stops only at an absolute path with a drive or share.)
  const abs = flavor === 'posix' ? '/abs' : 'C:\\abs';
  if (p.resolve(1, abs) !== (flavor === 'posix' ? '/abs' : 'C:\\abs')) throw new Error('resolve');
  if (flavor === 'win32') {
    throwsType(() => p.resolve(1, '/abs'), 'The "paths[0]" argument must be of type string. Received type number (1)', 'win32 resolve without drive');
  }
  throwsType(() => p.resolve(1, 'rel'), 'The "paths[0]" argument must be of type string. Received type number (1)', 'resolve order');
  // basename checks the suffix before the path.
  throwsType(() => p.basename(1, 2), 'The "suffix" argument must be of type string. Received type number (2)', 'basename order');
  // format() wants an object.
  throwsType(() => p.format(null), 'The "pathObject" argument must be of type object. Received null', 'format(null)');
  throwsType(() => p.format('x'), 'The "pathObject" argument must be of type object. Received type string (\'x\')', 'format(string)');
  throwsType(() => p.format([]), 'The "pathObject" argument must be of type object. Received an instance of Array', 'format(array)');
}
