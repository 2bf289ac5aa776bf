'use strict';
// A file: URL keeps its host when its path starts with a Windows drive letter, whether the
// host is written in the input or comes from a file: base, and its href parses to itself.
// (Found by fuzzing: rode's parser followed an old URL standard that dropped the host.)
const assert = require('assert');

const cases = [
  ['file://host/C:/x', undefined, 'file://host/C:/x'],
  ['file://host/C|/x/../..', undefined, 'file://host/C:/'],
  ['FILE:\\\\host\\c:\\x', undefined, 'file://host/c:/x'],
  ['\t file://h\nost/C:/x?q#f', undefined, 'file://host/C:/x?q#f'],
  ['file://1.2.3/c:', undefined, 'file://1.2.0.3/c:'],
  ['file://[::1]/c:/a', undefined, 'file://[::1]/c:/a'],
  ['file://xn--4ca0bs.com/C:/', undefined, 'file://xn--4ca0bs.com/C:/'],
  ['file://ÄÖÜ.com/C:/', undefined, 'file://xn--4ca0bs.com/C:/'],
  ['file://host/C:', undefined, 'file://host/C:'],
  ['file://localhost/C:/x', undefined, 'file:///C:/x'],
  ['/C:/x', 'file://host/y', 'file://host/C:/x'],
  ['//h2/C:/x', 'file://host/y', 'file://h2/C:/x'],
  ['x/../C:/z', 'file://host/a/b', 'file://host/a/C:/z'],
  ['file:C:/x', 'file://host/', 'file://host/C:/x'],
  ['file:/C:/x', 'file://host/', 'file://host/C:/x'],
  ['..', 'file://host/C:/a', 'file://host/C:/'],
  ['C:/x', 'file://host/y', 'c:/x'],
];
for (const [input, base, href] of cases) {
  const label = `${JSON.stringify(input)} against ${base}`;
  const u = new URL(input, base);
  assert.strictEqual(u.href, href, label);
  assert.strictEqual(new URL(u.href).href, href, label);
  assert.strictEqual(URL.canParse(input, base), true, label);
}

const u = new URL('file://host/C:/dir/file.txt');
assert.strictEqual(u.host, 'host');
assert.strictEqual(u.hostname, 'host');
assert.strictEqual(u.pathname, '/C:/dir/file.txt');
u.pathname = '/D:/other';
assert.strictEqual(u.href, 'file://host/D:/other');
u.search = '?q';
assert.strictEqual(u.href, 'file://host/D:/other?q');
u.hostname = 'elsewhere';
assert.strictEqual(u.href, 'file://elsewhere/D:/other?q');

const v = new URL('file:///C:/0/x');
v.hostname = 'h';
assert.strictEqual(v.href, 'file://h/C:/0/x');
assert.strictEqual(new URL(v.href).href, 'file://h/C:/0/x');
