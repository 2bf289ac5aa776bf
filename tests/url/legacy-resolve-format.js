'use strict';
// url.resolve(), url.resolveObject() and url.format() (legacy objects, strings and URL
// objects with options). Prints every result; the .out file comes from Node.
const url = require('url');

const bases = ['http://a/b/c/d;p?q', 'http://example.com/b//c//d;p?q#blarg', 'mailto:local1@domain1', 'file:///a/b',
  'http://u:p@h.com:81/p/q/', 'foo:bar', '/foo/bar/baz', 'http://localhost', 'https://a.com?x#y', 'foo://x/y'];
const rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.',
  './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g',
  'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'http:', 'local2@domain2',
  '//local2@domain2', 'mailto:x@y', 'https://b.com', '//b.com/x', 'file:///c', '?', '#', '/', 'a/../../..', 'HTTP://B/C'];
for (const b of bases) {
  for (const r of rels) {
    console.log(JSON.stringify([b, r, url.resolve(b, r), { ...url.resolveObject(b, r) }]));
  }
}
console.log(url.resolveObject('', 'x'), JSON.stringify(url.resolveObject(null, 'x')));

const objects = [
  { protocol: 'http', host: 'a.com', pathname: '/x#y?z', search: 'q=1#', hash: 'h' },
  { protocol: 'file', pathname: '/x' },
  { protocol: 'mailto', auth: 'u', hostname: 'h' },
  { hostname: '::1', port: 80, protocol: 'http:' },
  { hostname: '[::1]', port: 80, protocol: 'http:' },
  { auth: 'a b:c@d\u00e9', host: 'h', protocol: 'https' },
  { query: { a: [1, 2], b: 'c d' }, pathname: 'p' },
  { slashes: true, host: 'x', pathname: 'y' },
  { protocol: 'foo:', host: 'x', pathname: 'y' },
  { protocol: 'javascript', pathname: 'alert(1)' },
  {},
  { href: 'http://ignored' },
  { search: '?a', query: { b: 1 } },
  { hash: '#x', search: 'y' },
  { protocol: 'http', hostname: 'h', port: '8080', pathname: '/p', query: 'raw=1' },
];
for (const o of objects) console.log(JSON.stringify([o, url.format(o)]));
for (const s of ['http://A.com/%7e?x#y', 'HTTP://a.com', 'www.x.com', '//x/y', 'mailto:a@b']) console.log(url.format(s));

const u = new URL('http://user:pw@xn--4ca0bs.com:8080/p?q=1#frag');
for (const options of [undefined, {}, { fragment: false }, { unicode: true }, { search: false }, { auth: false },
  { fragment: false, unicode: true, search: false, auth: false }, { fragment: 0, auth: null }]) {
  console.log(JSON.stringify(options), url.format(u, options));
}
console.log(url.format(new URL('http://[::1]:80/')), url.format(new URL('file:///x'), { unicode: true }));
for (const bad of [null, undefined, 5, true]) {
  try {
    url.format(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  url.format(u, 'x');
} catch (e) {
  console.log(e.code, e.message);
}
