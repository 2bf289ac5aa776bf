'use strict';
// util.inspect of URL, URLSearchParams and their iterators, as Node prints them.
const util = require('util');

const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log([u]);
console.log({ nested: { u } });
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ a: { b: u } }, { depth: 1 }));
console.log(util.inspect(u, { showHidden: true }));
console.log(util.inspect(new URL('mailto:x'), { showHidden: true }));
console.log(u.searchParams);
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&a=2&b=x y'));
console.log(u.searchParams.keys(), u.searchParams.values(), u.searchParams.entries());
const it = new URLSearchParams('a=1&b=2').entries();
it.next();
console.log(it);
it.next();
console.log(it);
console.log(new URLSearchParams(`long=${'x'.repeat(70)}&b=2`));
console.log(util.inspect(new URLSearchParams(`k=${'v'.repeat(40)}&l=${'w'.repeat(40)}`).entries()));
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
console.log(util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }));
console.log(util.inspect(new URL('http://a.com/?x=1'), { compact: false }));
console.log(util.inspect(new URL('http://a.com/'), { colors: true }));
console.log(util.inspect(new URLSearchParams('a=1'), { colors: true }));
class MyURL extends URL {}
console.log(new MyURL('http://m/'));
console.log(util.format('%o', new URLSearchParams('q=1')));
