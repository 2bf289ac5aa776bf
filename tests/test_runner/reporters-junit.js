'use strict';
// node:test/reporters `junit`: the XML built from the fixture stream is printed (host name
// normalised) and compared with reporters-junit.out; the cases below check single features.

const { events, noColors, report, withStack } = require('./_reporters-events');

noColors();
const assert = require('assert');
const { hostname } = require('os');
const { junit } = require('node:test/reporters');

const HOST = `hostname="${hostname()}"`;
const run = async (list) => (await report(junit, list)).split(HOST).join('hostname="HOST"');
const text = (...lines) => `${lines.join('\n')}\n`;
const start = (name, nesting) => ({ type: 'test:start', data: { name, nesting } });
const result = (type, name, nesting, duration_ms, extra = {}) => ({ type, data: { name, nesting, testNumber: 1, details: { duration_ms }, ...extra } });

async function suites() {
  // A test with subtests is a <testsuite> counting them; a suite counts as failed or
  // skipped when it has failures or skips itself. Diagnostics become comments, and do not count.
  const error = withStack(new Error('E <x> & "y"'), []);
  error.failureType = 'testCodeFailure';
  const coded = withStack(new Error('coded'), []);
  coded.code = 'E_CODE';
  assert.strictEqual(await run([
    start('outer -- "q"\n<&>', 0),
    start('a', 1),
    result('test:pass', 'a', 1, 1.5),
    { type: 'test:diagnostic', data: { nesting: 1, message: 'a -- b <c>' } },
    start('inner', 1),
    start('b', 2),
    result('test:fail', 'b', 2, 2, { details: { duration_ms: 2, error }, classname: 'custom' }),
    start('c', 2),
    result('test:pass', 'c', 2, 0.25, { skip: 'why "not"' }),
    start('d', 2),
    result('test:fail', 'd', 2, 0, { todo: true, details: { duration_ms: 0, error: coded } }),
    result('test:fail', 'inner', 1, 3),
    result('test:fail', 'outer -- "q"\n<&>', 0, 1234.5678901),
  ]), text(
    '<?xml version="1.0" encoding="utf-8"?>',
    '<testsuites>',
    '\t<testsuite name="outer -- &amp;quot;q&amp;quot;&lt;&amp;>" time="1.234568" disabled="0" errors="0" tests="2" failures="1" skipped="1" hostname="HOST">',
    '\t\t<testcase name="a" time="0.001500" classname="test"/>',
    '\t\t<!-- a &#45;&#45; b <c> -->',
    '\t\t<testsuite name="inner" time="0.003000" disabled="0" errors="0" tests="3" failures="2" skipped="2" hostname="HOST">',
    '\t\t\t<testcase name="b" time="0.002000" classname="custom" failure="E &lt;x> &amp; &amp;quot;y&amp;quot;">',
    '\t\t\t\t<failure type="testCodeFailure" message="E &lt;x> &amp; &amp;quot;y&amp;quot;">',
    "[Error: E &lt;x> &amp; \"y\"] { failureType: 'testCodeFailure' }",
    '\t\t\t\t</failure>',
    '\t\t\t</testcase>',
    '\t\t\t<testcase name="c" time="0.000250" classname="test">',
    '\t\t\t\t<skipped type="skipped" message="why &amp;quot;not&amp;quot;"/>',
    '\t\t\t</testcase>',
    '\t\t\t<testcase name="d" time="0.000000" classname="test" failure="coded">',
    '\t\t\t\t<skipped type="todo" message="true"/>',
    '\t\t\t\t<failure type="E_CODE" message="coded">',
    "[Error: coded] { code: 'E_CODE' }",
    '\t\t\t\t</failure>',
    '\t\t\t</testcase>',
    '\t\t</testsuite>',
    '\t</testsuite>',
    '</testsuites>',
  ));
}

async function loose() {
  // Results without a start are grouped under an element named "root" that never closes
  // properly (Node writes it without a tag name); a failure without an error still counts.
  assert.strictEqual(await run([
    { type: 'test:diagnostic', data: { nesting: 0, message: 'first' } },
    result('test:pass', 'x', 0, 1),
    result('test:fail', 'y', 0, 2),
    { type: 'test:stdout', data: { message: 'ignored' } },
  ]), text(
    '<?xml version="1.0" encoding="utf-8"?>',
    '<testsuites>',
    '\t<!-- first -->',
    '\t<undefined name="root">',
    '\t<testcase name="x" time="0.001000" classname="test"/>',
    '\t<testcase name="y" time="0.002000" classname="test" failure="">',
    '\t\t<failure type="undefined" message="">',
    'undefined',
    '\t\t</failure>',
    '\t</testcase>',
    '\t</undefined>',
    '</testsuites>',
  ));
  assert.strictEqual(await run([]), '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n</testsuites>\n');
}

async function main() {
  process.stdout.write(await run(events()));
  await suites();
  await loose();
}

main().catch((err) => {
  process.exitCode = 1;
  throw err;
});
