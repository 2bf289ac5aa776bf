'use strict';
// node:punycode: RFC 3492 encode/decode (the RFC's sample strings), the IDNA helpers,
// ucs2, errors; Node 21+ warns (DEP0040) when a program's own code requires it.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));
const punycode = require('punycode');

assert.strictEqual(punycode.version, '2.1.0');
assert.deepStrictEqual(Object.keys(punycode).sort(), ['decode', 'encode', 'toASCII', 'toUnicode', 'ucs2', 'version']);

// RFC 3492 section 7.1 samples, and a few short ones.
const samples = [
  ['\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'],
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pro\u010Dprost\u011Bnemluv\xED\u010Desky', 'Proprostnemluvesky-uyb24dma41a'],
  ['\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC', 'twa0c6aifdar'],
  ['3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0', 'de-jg4avhby1noc0d'],
  ['bücher', 'bcher-kva'],
  ['ü', 'tda'],
  ['abc', 'abc-'],
  ['', ''],
  ['😀', 'e28h'],
];
for (const [unicode, encoded] of samples) {
  assert.strictEqual(punycode.encode(unicode), encoded, unicode);
  assert.strictEqual(punycode.decode(encoded), unicode, encoded);
}
assert.strictEqual(punycode.decode('BCHER-KVA'), 'BüCHER');

assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('джумла@джpумлатест.bрфa'), 'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq');
assert.strictEqual(punycode.toASCII('example.com'), 'example.com');
assert.strictEqual(punycode.toASCII('☃\u3002net'), 'xn--n3h.net');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('xn--MAANA-PTA.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.strictEqual(punycode.toASCII('MAÑANA.com'), 'xn--MAANA-7na.com');
assert.strictEqual(punycode.toUnicode('plain.org'), 'plain.org');

assert.deepStrictEqual(punycode.ucs2.decode('a😀\uD800b'), [0x61, 0x1f600, 0xd800, 0x62]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1f600, 0x62]), 'a😀b');

assert.throws(() => punycode.decode('ü-abc'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('abc-!'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('99999999'), { name: 'RangeError', message: 'Overflow: input needs wider integers to process' });
assert.throws(() => punycode.decode('zzzzzzzzzzzz'), { name: 'RangeError', message: 'Invalid input' });

setImmediate(() => {
  const major = Number(process.versions.node.split('.')[0]);
  const expected = major >= 21 ?
    [['DeprecationWarning', 'DEP0040', 'The `punycode` module is deprecated. Please use a userland alternative instead.']] :
    [];
  assert.deepStrictEqual(warnings, expected);
});
