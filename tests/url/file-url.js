'use strict';
// fileURLToPath and pathToFileURL (POSIX and, through the windows option, Windows rules).
const assert = require('assert');
const path = require('path');
const url = require('url');

assert.strictEqual(url.fileURLToPath('file:///a%20b/c%25d'), '/a b/c%d');
assert.strictEqual(url.fileURLToPath(new URL('file:///x/y')), '/x/y');
assert.strictEqual(url.fileURLToPath('file://localhost/etc/x'), '/etc/x');
assert.strictEqual(url.fileURLToPath('file:///%E2%82%AC/%F0%9F%98%80'), '/\u20ac/\uD83D\uDE00');
assert.throws(() => url.fileURLToPath('file://host/x'), { code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
  message: `File URL host must be "localhost" or empty on ${process.platform}` });
assert.throws(() => url.fileURLToPath('http://x'), { code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), { code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters' });
assert.throws(() => url.fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)' });
assert.throws(() => url.fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', path: '/x' }), { code: 'ERR_INVALID_ARG_TYPE' });
// URL-like objects are accepted.
assert.strictEqual(url.fileURLToPath({ href: 'file:///q', protocol: 'file:', hostname: '', pathname: '/q' }), '/q');

// Windows rules.
assert.strictEqual(url.fileURLToPath('file:///C:/x/y%20z', { windows: true }), 'C:\\x\\y z');
assert.strictEqual(url.fileURLToPath('file://server/share/x', { windows: true }), '\\\\server\\share\\x');
assert.throws(() => url.fileURLToPath('file:///x', { windows: true }), { code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must be absolute' });
assert.throws(() => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }), { code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters' });

// pathToFileURL escapes what would change the URL's meaning.
const cases = [
  ['/a b/c#d?e%f', 'file:///a%20b/c%23d%3Fe%25f'],
  ['/tmp/', 'file:///tmp/'],
  ['/x/\\y', 'file:///x/%5Cy'],
  ['/~user/[x]^|"', 'file:///%7Euser/%5Bx%5D%5E%7C%22'],
  ['/a\tb\nc\rd', 'file:///a%09b%0Ac%0Dd'],
  ['/\u00fc/\u20ac', 'file:///%C3%BC/%E2%82%AC'],
  ['/a/../b/./c', 'file:///b/c'],
  ['//double//slash', 'file:///double/slash'],
];
for (const [input, expected] of cases) {
  const u = url.pathToFileURL(input);
  assert.ok(u instanceof URL);
  assert.strictEqual(u.href, expected, input);
  assert.strictEqual(url.fileURLToPath(u), path.resolve(input) + (input.endsWith('/') ? '/' : ''), input);
}
assert.strictEqual(url.pathToFileURL('rel/path').href, new URL(`file://${process.cwd()}/rel/path`).href);
assert.strictEqual(url.pathToFileURL('.').href, url.pathToFileURL(process.cwd()).href);
assert.strictEqual(url.pathToFileURL('C:\\x y\\z', { windows: true }).href, 'file:///C:/x%20y/z');
assert.strictEqual(url.pathToFileURL('\\\\server\\share\\f', { windows: true }).href, 'file://server/share/f');
assert.strictEqual(url.pathToFileURL('\\\\?\\UNC\\server\\share\\f', { windows: true }).href, 'file://server/share/f');
assert.throws(() => url.pathToFileURL('\\\\server', { windows: true }), { code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'" });
assert.throws(() => url.pathToFileURL('\\\\\\x', { windows: true }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => url.pathToFileURL(5), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)' });
