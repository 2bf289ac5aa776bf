'use strict';
// node:url helpers: domainToASCII/Unicode, urlToHttpOptions, the module's shape, and the
// deprecation warnings of url.parse() (DEP0169 only with --pending-deprecation; DEP0170
// once for an invalid port).
const assert = require('assert');
const url = require('url');

assert.deepStrictEqual(Object.keys(url).sort(), ['URL', 'URLSearchParams', 'Url', 'domainToASCII', 'domainToUnicode',
  'fileURLToPath', 'format', 'parse', 'pathToFileURL', 'resolve', 'resolveObject', 'urlToHttpOptions']);

const ascii = [
  ['espa\u00f1ol.com', 'xn--espaol-zwa.com'], ['xn--i\u00f1valid.com', ''], ['EXAMPLE.com', 'example.com'],
  ['example.com/foo', 'example.com'], ['1.2.3.4', '1.2.3.4'], ['0x7f.1', '127.0.0.1'], ['[::1]', '[::1]'],
  ['a:b', ''], ['ex ample', ''], ['', ''], ['\u00c4\u00d6\u00dc.com', 'xn--4ca0bs.com'], ['a..b', 'a..b'],
  ['%41.com', 'a.com'], ['a\u00adb', 'ab'], ['xn--4ca0bs.com', 'xn--4ca0bs.com'],
];
for (const [input, expected] of ascii) assert.strictEqual(url.domainToASCII(input), expected, input);
const unicode = [
  ['xn--espaol-zwa.com', 'espa\u00f1ol.com'], ['xn--i\u00f1valid.com', ''], ['xn--4ca0bs.com', '\u00e4\u00f6\u00fc.com'],
  ['EXAMPLE.com', 'example.com'], ['1.2.3.4', '1.2.3.4'], ['[::1]', '[::1]'], ['a:b', ''],
];
for (const [input, expected] of unicode) assert.strictEqual(url.domainToUnicode(input), expected, input);
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(url.domainToASCII(undefined), 'undefined');

const opts = url.urlToHttpOptions(new URL('https://u%20s:p%40@[::1]:8443/p?q#h'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p', path: '/p?q',
  href: 'https://u%20s:p%40@[::1]:8443/p?q#h', port: 8443, auth: 'u s:p@',
});
const plain = url.urlToHttpOptions(new URL('http://a/'));
assert.deepStrictEqual({ ...plain }, { protocol: 'http:', hostname: 'a', hash: '', search: '', pathname: '/', path: '/',
  href: 'http://a/' });
const extended = new URL('http://a/');
extended.custom = 1;
assert.strictEqual(url.urlToHttpOptions(extended).custom, 1);

// Warnings: collected, then checked once they have been emitted.
const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));
url.parse('http://x/');
url.parse('http://a.com:abc/x');
url.parse('http://b.com:xyz/');
const bad = url.parse('http://c.com:12ab/');
assert.strictEqual(bad.host, 'c.com');
assert.strictEqual(bad.pathname, '/:12ab/');
setImmediate(() => {
  assert.deepStrictEqual(warnings, [['DeprecationWarning', 'DEP0170',
    'The URL http://a.com:abc/x is invalid. Future versions of Node.js will throw an error.']]);
});
