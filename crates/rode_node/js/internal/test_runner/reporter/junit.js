'use strict';
// The JUnit reporter of node:test (`--test-reporter=junit`, `reporters.junit`): an async
// generator that builds a tree of <testsuite>/<testcase> elements from the test events and
// writes it as XML once the stream ends. Tests with subtests become test suites.

const { hostname } = require('os');
const { inspectWithNoCustomRetry } = require('internal/errors');

const kInspectOptions = { __proto__: null, colors: false, breakLength: Infinity };
const kHostname = hostname();

// These replace in the same order as Node, so a '"' in an attribute ends up as "&amp;quot;".
function escapeContent(text = '') {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function escapeAttribute(text = '') {
  return escapeContent(text.replace(/\n/g, '').replace(/"/g, '&quot;'));
}

function escapeComment(text = '') {
  return text.replace(/--/g, '&#45;&#45;');
}

// A node is a string (text), { comment } or { tag, attrs, children }; `nesting` sets its tabs.
function toXml(node) {
  if (typeof node === 'string') return `${escapeContent(node)}\n`;
  const tabs = '\t'.repeat(node.nesting + 1);
  if (node.comment) return `${tabs}<!-- ${escapeComment(node.comment)} -->\n`;
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`)
    .join(' ');
  if (!node.children?.length) return `${tabs}<${node.tag} ${attrs}/>\n`;
  return `${tabs}<${node.tag} ${attrs}>\n${node.children.map(toXml).join('')}${tabs}</${node.tag}>\n`;
}

function isFailure(node) {
  return node?.children?.some((child) => child.tag === 'failure') || node?.attrs?.failures;
}

function isSkipped(node) {
  return node?.children?.some((child) => child.tag === 'skipped') || node?.attrs?.skipped;
}

module.exports = async function* junitReporter(source) {
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield '<testsuites>\n';
  const roots = [];
  let current = null; // the innermost test still open

  function open(name, nesting) {
    const node = { __proto__: null, attrs: { __proto__: null, name }, nesting, parent: current, children: [] };
    if (current) current.children.push(node);
    else roots.push(node);
    current = node;
  }

  function finish(type, data) {
    if (!current) open('root', 0);
    if (current.attrs.name !== data.name || current.nesting !== data.nesting) open(data.name, data.nesting);
    const node = current;
    if (current.nesting === data.nesting) current = current.parent;
    node.attrs.time = (data.details.duration_ms / 1000).toFixed(6);

    const tests = node.children.filter((child) => child.comment == null);
    if (tests.length > 0) {
      node.tag = 'testsuite';
      Object.assign(node.attrs, {
        disabled: 0,
        errors: 0,
        tests: tests.length,
        failures: node.children.filter(isFailure).length,
        skipped: node.children.filter(isSkipped).length,
        hostname: kHostname,
      });
      return;
    }
    node.tag = 'testcase';
    node.attrs.classname = data.classname ?? 'test';
    const inner = data.nesting + 1;
    if (data.skip) {
      node.children.push({ __proto__: null, nesting: inner, tag: 'skipped', attrs: { __proto__: null, type: 'skipped', message: data.skip } });
    }
    if (data.todo) {
      node.children.push({ __proto__: null, nesting: inner, tag: 'skipped', attrs: { __proto__: null, type: 'todo', message: data.todo } });
    }
    if (type === 'test:fail') {
      const error = data.details?.error;
      node.children.push({
        __proto__: null,
        nesting: inner,
        tag: 'failure',
        attrs: { __proto__: null, type: error?.failureType || error?.code, message: error?.message ?? '' },
        children: [inspectWithNoCustomRetry(error, kInspectOptions)],
      });
      node.failures = 1;
      node.attrs.failure = error?.message ?? '';
    }
  }

  for await (const { type, data } of source) {
    if (type === 'test:start') {
      open(data.name, data.nesting);
    } else if (type === 'test:pass' || type === 'test:fail') {
      finish(type, data);
    } else if (type === 'test:diagnostic') {
      (current?.children ?? roots).push({ __proto__: null, nesting: data.nesting, comment: data.message });
    }
  }
  for (const root of roots) yield toXml(root);
  yield '</testsuites>\n';
};
