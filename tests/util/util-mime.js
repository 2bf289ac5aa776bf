'use strict';
// util.MIMEType and util.MIMEParams: WHATWG MIME type parsing as Node 20 does it
// (expected results from Node 20), serialization, setters and their errors.
const assert = require('assert');
const { MIMEType, MIMEParams, inspect } = require('util');

const cases = [
  { input: 'text/html', expect: [ 'text', 'html', 'text/html', 'text/html', [] ] },
  { input: 'TEXT/HTML', expect: [ 'text', 'html', 'text/html', 'text/html', [] ] },
  {
    input: ' \t\r\ntext/plain',
    expect: [ 'text', 'plain', 'text/plain', 'text/plain', [] ]
  },
  { input: 'text/plain \t', expect: [ 'text', 'plain', 'text/plain', 'text/plain', [] ] },
  {
    input: 'text/plain;charset=utf-8',
    expect: [
      'text',
      'plain',
      'text/plain',
      'text/plain;charset=utf-8',
      [ [ 'charset', 'utf-8' ] ]
    ]
  },
  {
    input: 'Text/Plain; Charset="UTF-8"',
    expect: [
      'text',
      'plain',
      'text/plain',
      'text/plain;charset=UTF-8',
      [ [ 'charset', 'UTF-8' ] ]
    ]
  },
  {
    input: 'text/plain;charset="a\\"b\\\\c"',
    expect: [
      'text',
      'plain',
      'text/plain',
      'text/plain;charset="a\\"b\\\\c"',
      [ [ 'charset', 'a"b\\c' ] ]
    ]
  },
  {
    input: 'application/json;charset',
    expect: [ 'application', 'json', 'application/json', 'application/json', [] ]
  },
  { input: 'a/b;c=', expect: [ 'a', 'b', 'a/b', 'a/b', [] ] },
  { input: 'a/b;=c', expect: [ 'a', 'b', 'a/b', 'a/b', [] ] },
  {
    input: 'a/b;c=d;c=e',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=d', [ [ 'c', 'd' ] ] ]
  },
  {
    input: 'a/b;C=D;c=e',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=D', [ [ 'c', 'D' ] ] ]
  },
  {
    input: 'a/b;c="d";e=f',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=d;e=f', [ [ 'c', 'd' ], [ 'e', 'f' ] ] ]
  },
  {
    input: 'a/b;c="d"e=f',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=d', [ [ 'c', 'd' ] ] ]
  },
  {
    input: 'a/b;c="d"ee=f',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=d;e=f', [ [ 'c', 'd' ], [ 'e', 'f' ] ] ]
  },
  {
    input: 'a/b;c="open',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=open', [ [ 'c', 'open' ] ] ]
  },
  {
    input: 'a/b;c="ends\\',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="ends\\\\"', [ [ 'c', 'ends\\' ] ] ]
  },
  {
    input: 'a/b;;;c=d;;',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=d', [ [ 'c', 'd' ] ] ]
  },
  { input: 'a/b; c = d', expect: [ 'a', 'b', 'a/b', 'a/b', [] ] },
  {
    input: 'a/b;c=d ;e= f',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=d;e=" f"', [ [ 'c', 'd' ], [ 'e', ' f' ] ] ]
  },
  {
    input: 'a/b;c=é',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="é"', [ [ 'c', 'é' ] ] ]
  },
  { input: 'a/b;é=c', expect: [ 'a', 'b', 'a/b', 'a/b', [] ] },
  {
    input: 'a/b;c="é"',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="é"', [ [ 'c', 'é' ] ] ]
  },
  { input: 'a/b;c=Ā', expect: [ 'a', 'b', 'a/b', 'a/b', [] ] },
  {
    input: 'a/b;c=""',
    expect: [ 'a', 'b', 'a/b', 'a/b;c=""', [ [ 'c', '' ] ] ]
  },
  {
    input: 'a/b;c="";d=e',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="";d=e', [ [ 'c', '' ], [ 'd', 'e' ] ] ]
  },
  {
    input: 'a/b;c="d;e"',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="d;e"', [ [ 'c', 'd;e' ] ] ]
  },
  {
    input: 'a/b;c=d/e',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="d/e"', [ [ 'c', 'd/e' ] ] ]
  },
  {
    input: 'a/b;c="x y"',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="x y"', [ [ 'c', 'x y' ] ] ]
  },
  {
    input: 'a/b;c=x y',
    expect: [ 'a', 'b', 'a/b', 'a/b;c="x y"', [ [ 'c', 'x y' ] ] ]
  },
  {
    input: 'x-custom/y+json;v=1.0',
    expect: [
      'x-custom',
      'y+json',
      'x-custom/y+json',
      'x-custom/y+json;v=1.0',
      [ [ 'v', '1.0' ] ]
    ]
  },
  { input: '*/*', expect: [ '*', '*', '*/*', '*/*', [] ] },
  { input: 'image/*', expect: [ 'image', '*', 'image/*', 'image/*', [] ] },
  {
    input: 'text',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "text" is invalid'
    }
  },
  {
    input: '/html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "/html" is invalid'
    }
  },
  {
    input: 'text/',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "text/" is invalid'
    }
  },
  {
    input: 'te xt/html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "te xt/html" is invalid at 2'
    }
  },
  {
    input: 'text/ht ml',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "text/ht ml" is invalid at 2'
    }
  },
  {
    input: 'text /html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "text /html" is invalid at 4'
    }
  },
  {
    input: 'text/ html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "text/ html" is invalid at 0'
    }
  },
  {
    input: 'é/html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "é/html" is invalid at 0'
    }
  },
  {
    input: 'text/é',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "text/é" is invalid at 0'
    }
  },
  {
    input: 'text/html/extra',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "text/html/extra" is invalid at 4'
    }
  },
  {
    input: '',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "" is invalid'
    }
  },
  {
    input: ' ',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in " " is invalid'
    }
  },
  {
    input: ' text/html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in " text/html" is invalid at 0'
    }
  },
  {
    input: 'text(x)/html',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a type in "text(x)/html" is invalid at 4'
    }
  },
  {
    input: 'text/html(x)',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "text/html(x)" is invalid at 4'
    }
  },
  {
    input: 'a/b\x00',
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_MIME_SYNTAX',
      message: 'The MIME syntax for a subtype in "a/b\x00" is invalid at 1'
    }
  }
];

for (const { input, expect, error } of cases) {
  const label = JSON.stringify(input);
  if (error) {
    assert.throws(() => new MIMEType(input), error, label);
    continue;
  }
  const m = new MIMEType(input);
  assert.deepStrictEqual([m.type, m.subtype, m.essence, String(m), [...m.params]], expect, label);
  assert.strictEqual(m.toString(), expect[3], label);
  assert.strictEqual(JSON.stringify(m), JSON.stringify(expect[3]), label);
  // Serializing and parsing again gives the same result.
  assert.strictEqual(String(new MIMEType(String(m))), expect[3], label);
}

// Non-string input is stringified.
assert.throws(() => new MIMEType(), { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a type in "undefined" is invalid' });
assert.strictEqual(String(new MIMEType({ toString: () => 'a/b;x=1' })), 'a/b;x=1');

// Setters.
{
  const m = new MIMEType('text/html;charset=utf-8');
  m.type = 'APPLICATION';
  m.subtype = 'XHTML+XML';
  assert.strictEqual(String(m), 'application/xhtml+xml;charset=utf-8');
  assert.strictEqual(m.essence, 'application/xhtml+xml');
  assert.throws(() => { m.type = ''; }, { name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a type in "" is invalid' });
  assert.throws(() => { m.type = 'a/b'; }, { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a type in "a/b" is invalid at 1' });
  assert.throws(() => { m.subtype = 'x y'; }, { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a subtype in "x y" is invalid at 1' });
  assert.strictEqual(String(m), 'application/xhtml+xml;charset=utf-8');
  m.type = 12;
  assert.strictEqual(m.type, '12');
  // params is a live object that belongs to the MIMEType.
  assert.strictEqual(m.params, m.params);
  m.params.set('Q', 'a b');
  m.params.delete('charset');
  assert.strictEqual(String(m), '12/xhtml+xml;Q="a b"');
}

// MIMEParams on its own.
{
  const p = new MIMEParams();
  assert.strictEqual(String(p), '');
  assert.strictEqual(p.get('x'), null);
  assert.strictEqual(p.has('x'), false);
  p.set('a', 'plain');
  p.set('b', '');
  p.set('c', 'with "quotes" and \\');
  p.set('d', 'é');
  p.set(1, true);
  p.set('a', 'again'); // replaces, keeps position
  assert.strictEqual(String(p), 'a=again;b="";c="with \\"quotes\\" and \\\\";d="é";1=true');
  assert.strictEqual(p.toJSON(), String(p));
  assert.strictEqual(JSON.stringify({ p }), JSON.stringify({ p: String(p) }));
  assert.deepStrictEqual([...p.keys()], ['a', 'b', 'c', 'd', '1']);
  assert.deepStrictEqual([...p.values()], ['again', '', 'with "quotes" and \\', 'é', 'true']);
  assert.deepStrictEqual([...p.entries()], [...p]);
  assert.strictEqual(p.get(1), null); // lookups do not stringify
  assert.strictEqual(p.get('1'), 'true');
  assert.strictEqual(p.has('1'), true);
  assert.strictEqual(p.delete('1'), undefined);
  assert.strictEqual(p.has('1'), false);
  assert.strictEqual(p[Symbol.iterator], p.entries);
  assert.throws(() => p.set('', 'x'), { name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter name in "" is invalid' });
  assert.throws(() => p.set('a b', 'x'), { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter name in "a b" is invalid at 1' });
  assert.throws(() => p.set('é', 'x'), { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter name in "é" is invalid at 0' });
  assert.throws(() => p.set('a', 'x\ny'), { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter value in "x\ny" is invalid at 1' });
  assert.throws(() => p.set('a', '\u0100'), { code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter value in "\u0100" is invalid at 0' });
}

// keys(), values() and entries() return iterators.
{
  const m = new MIMEType('a/b;x=1;y=2');
  const it = m.params.keys();
  assert.strictEqual(typeof it.next, 'function');
  assert.deepStrictEqual(it.next(), { value: 'x', done: false });
}

// Shape.
assert.strictEqual(MIMEType.length, 1);
assert.strictEqual(MIMEParams.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEType.prototype),
  ['constructor', 'type', 'subtype', 'essence', 'params', 'toString', 'toJSON']);
assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEParams.prototype),
  ['constructor', 'delete', 'get', 'has', 'set', 'entries', 'keys', 'values', 'toString', 'toJSON']);
assert.strictEqual(MIMEType.prototype.toJSON, MIMEType.prototype.toString);
assert.strictEqual(MIMEParams.prototype.toJSON, MIMEParams.prototype.toString);
assert.deepStrictEqual(Object.keys(new MIMEType('a/b')), []);
assert.strictEqual(inspect(new MIMEType('a/b;c=d')), 'MIMEType {}');
assert.strictEqual(inspect(new MIMEParams()), 'MIMEParams {}');
assert.throws(() => MIMEType('a/b'), TypeError);

console.log('MIMEType ok');
