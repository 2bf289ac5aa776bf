'use strict';
// A URL and its searchParams stay in step both ways: params changed, then a URL setter
// run before anything reads the query (hash, pathname), a setter that replaces the query
// (search, href) re-reading the params, and params that outlive their URL.
const assert = require('assert');

const u = new URL('http://a.com/p?x=1#h');
const sp = u.searchParams;
assert.strictEqual(u.searchParams, sp);

sp.append('y', '2');
u.hash = 'z';
assert.strictEqual(u.href, 'http://a.com/p?x=1&y=2#z');

sp.delete('x');
u.pathname = '/q';
assert.strictEqual(u.href, 'http://a.com/q?y=2#z');
assert.strictEqual(u.search, '?y=2');
assert.strictEqual(String(sp), 'y=2');

u.search = '?k=v';
assert.strictEqual(sp.get('k'), 'v');
assert.strictEqual(sp.size, 1);
assert.strictEqual(u.href, 'http://a.com/q?k=v#z');

// The params changed to what the new query says: both agree.
sp.set('k', 'w');
u.search = '?k=w';
assert.strictEqual(u.href, 'http://a.com/q?k=w#z');
assert.strictEqual(String(sp), 'k=w');

sp.delete('k');
assert.strictEqual(u.href, 'http://a.com/q#z');
assert.strictEqual(u.search, '');

u.href = 'http://b.com/?m=n';
assert.strictEqual(sp.get('m'), 'n');
sp.sort();
assert.strictEqual(JSON.stringify(u), '"http://b.com/?m=n"');
assert.strictEqual(u.toString(), 'http://b.com/?m=n');

sp.append('a', '1');
assert.strictEqual(`${u}`, 'http://b.com/?m=n&a=1');

// Params whose URL is gone keep working on their own.
const lone = new URL('http://c.com/?a=1').searchParams;
lone.append('b', '2');
assert.strictEqual(String(lone), 'a=1&b=2');

// Many URLs whose params were read: each is independent.
const urls = [];
for (let i = 0; i < 1000; i++) {
  const v = new URL(`http://d.com/${i}?q=${i}`);
  v.searchParams.append('r', String(i * 2));
  urls.push(v);
}
for (let i = 0; i < 1000; i += 97) assert.strictEqual(urls[i].search, `?q=${i}&r=${i * 2}`);
console.log('ok');
