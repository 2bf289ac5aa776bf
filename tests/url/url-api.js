'use strict';
// The URL class: getters, setters, searchParams live binding, statics, errors, shape.
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);
assert.strictEqual(URL.length, 1);

const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
assert.strictEqual(u.href, 'https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
assert.strictEqual(u.origin, 'https://example.com:8080');
assert.strictEqual(u.protocol, 'https:');
assert.strictEqual(u.username, 'user');
assert.strictEqual(u.password, 'pw');
assert.strictEqual(u.host, 'example.com:8080');
assert.strictEqual(u.hostname, 'example.com');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.pathname, '/p/a/t/h');
assert.strictEqual(u.search, '?query=string&a=1');
assert.strictEqual(u.hash, '#hash');
assert.strictEqual(String(u), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.deepStrictEqual(Object.keys(u), []);
assert.deepStrictEqual(Object.keys(URL.prototype),
                       ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                        'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
for (const key of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL, key).enumerable, true, key);
  assert.strictEqual(typeof URL[key], 'function', key);
}

// Relative resolution, normalisation, IDNA, IPv4/IPv6 hosts, default ports.
assert.strictEqual(new URL('../x?y#z', 'http://a/b/c/d').href, 'http://a/b/x?y#z');
assert.strictEqual(new URL('//other/p', 'https://h/q').href, 'https://other/p');
assert.strictEqual(new URL('HTTP://EXAMPLE.COM:80/./a/../b/%7e?#').href, 'http://example.com/b/%7e?#');
assert.strictEqual(new URL('  http://a.com/\t\n  ').href, 'http://a.com/');
assert.strictEqual(new URL('http://1.2.3').href, 'http://1.2.0.3/');
assert.strictEqual(new URL('http://0x7f.1/').host, '127.0.0.1');
assert.strictEqual(new URL('http://[1:0::]/').host, '[1::]');
assert.strictEqual(new URL('http://[::ffff:1.2.3.4]/').hostname, '[::ffff:102:304]');
assert.strictEqual(new URL('https://測試.com:443/ä?q=1 2&r=ü#ö').href,
                   'https://xn--g6w251d.com/%C3%A4?q=1%202&r=%C3%BC#%C3%B6');
assert.strictEqual(new URL('ws://h:80/').port, '');
assert.strictEqual(new URL('ws://h:81/').port, '81');
assert.strictEqual(new URL('sc://\u00f1/x').host, '%C3%B1');
assert.strictEqual(new URL('http://a/\uD800\uDBFF').href, 'http://a/%EF%BF%BD%EF%BF%BD');
assert.strictEqual(new URL('http://a/?\uDC00').search, '?%EF%BF%BD');
assert.strictEqual(new URL('http://a/#\uD800').hash, '#%EF%BF%BD');

// Origins.
assert.strictEqual(new URL('blob:https://a.com:8/x').origin, 'https://a.com:8');
assert.strictEqual(new URL('blob:ftp://a.com/x').origin, 'null');
assert.strictEqual(new URL('blob:null').origin, 'null');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('foo://bar').origin, 'null');
assert.strictEqual(new URL('data:,x').origin, 'null');
assert.strictEqual(new URL('wss://h:443/').origin, 'wss://h');

// Setters.
const v = new URL('http://a.com/p?x=1&y=2#h');
v.protocol = 'https';
v.username = 'us er';
v.password = 'p@ss';
v.host = 'b.com:81';
assert.strictEqual(v.href, 'https://us%20er:p%40ss@b.com:81/p?x=1&y=2#h');
v.hostname = 'c.com';
v.port = '8080';
v.pathname = 'a b/ä';
v.search = 'z=ü';
v.hash = 'frag ment';
assert.strictEqual(v.href, 'https://us%20er:p%40ss@c.com:8080/a%20b/%C3%A4?z=%C3%BC#frag%20ment');
assert.strictEqual(v.searchParams.get('z'), 'ü');
v.port = '';
v.search = '';
v.hash = '';
assert.strictEqual(v.href, 'https://us%20er:p%40ss@c.com/a%20b/%C3%A4');
v.protocol = 'foo'; // special to non-special: refused
assert.strictEqual(v.protocol, 'https:');
v.port = 'abc';
assert.strictEqual(v.port, '');
v.port = '99999';
assert.strictEqual(v.port, '');
v.port = '12abc';
assert.strictEqual(v.port, '12');
v.port = 443;
assert.strictEqual(v.port, '');
v.hostname = 'a:b'; // refused
assert.strictEqual(v.hostname, 'c.com');
assert.throws(() => { v.href = 'nope'; }, { code: 'ERR_INVALID_URL', name: 'TypeError', input: 'nope' });
v.href = 'http://x.com/?a=b';
assert.strictEqual(v.searchParams.get('a'), 'b');
const m = new URL('mailto:x@y');
m.host = 'h';
m.pathname = 'other';
assert.strictEqual(m.href, 'mailto:x@y');

// searchParams is live in both directions.
const w = new URL('http://h/?a=1&b=2');
const sp = w.searchParams;
assert.strictEqual(w.searchParams, sp);
sp.append('c', '3 4');
assert.strictEqual(w.href, 'http://h/?a=1&b=2&c=3+4');
assert.strictEqual(w.search, '?a=1&b=2&c=3+4');
sp.delete('a');
sp.set('b', 'x');
sp.sort();
assert.strictEqual(w.href, 'http://h/?b=x&c=3+4');
w.search = '?z=9';
assert.strictEqual(sp.toString(), 'z=9');
assert.strictEqual(sp.get('z'), '9');
sp.delete('z');
assert.strictEqual(w.href, 'http://h/');
assert.strictEqual(w.search, '');
w.hash = 'x';
sp.append('q', '1');
assert.strictEqual(w.href, 'http://h/?q=1#x');
w.href = 'http://other/?n=1';
assert.deepStrictEqual([...sp], [['n', '1']]);
const noQuery = new URL('http://h/p#f');
noQuery.searchParams.append('a', 'b');
assert.strictEqual(noQuery.href, 'http://h/p?a=b#f');
assert.strictEqual(noQuery.toString(), 'http://h/p?a=b#f');
assert.strictEqual(noQuery.toJSON(), 'http://h/p?a=b#f');
assert.strictEqual(new URL('http://h/?%zz=%').searchParams.get('%zz'), '%');
assert.strictEqual(new URL('http://h/?a=b+c').searchParams.get('a'), 'b c');

// Statics.
assert.strictEqual(URL.canParse('http://x'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a'), true);
assert.strictEqual(URL.canParse('/x', 'bad'), false);
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('/p', 'http://h').href, 'http://h/p');
assert.ok(URL.parse('http://h') instanceof URL);
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URL.createObjectURL({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.revokeObjectURL('blob:nodedata:unknown'), undefined);

// Errors.
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => new URL('x'), (e) => e.code === 'ERR_INVALID_URL' && e.message === 'Invalid URL' &&
  e.input === 'x' && !('base' in e) && e instanceof TypeError);
assert.throws(() => new URL('/x', 'bad'), (e) => e.input === '/x' && e.base === 'bad');
assert.throws(() => new URL('http://[::1'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://a b/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://x:99999/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL(Symbol('s')), TypeError);

// Subclasses keep working.
class MyURL extends URL {
  get extra() { return this.hostname.toUpperCase(); }
}
const mine = new MyURL('http://m.com/');
assert.strictEqual(mine.extra, 'M.COM');
assert.ok(mine instanceof URL);

// Objects with toString work as input.
assert.strictEqual(new URL({ toString: () => 'http://t/' }).href, 'http://t/');
assert.strictEqual(new URL(new URL('http://copy/x')).href, 'http://copy/x');
