'use strict';
// The event bus between the test tree and the reporters: `{ type, data }` objects in the
// order Node's reporters expect them. Sinks are readable streams (one per reporter, or the
// stream `run()` returns); events are dropped while nothing listens. Also the run's summary:
// the counts taken from the reported results and the closing plan and diagnostics.

const sinks = new Set();

const events = {
  emit(type, data) {
    if (sinks.size === 0) return;
    const event = { type, data };
    for (const sink of sinks) sink.push(event);
  },
  end() {
    for (const sink of sinks) sink.push(null);
    sinks.clear();
  },
};

// An object-mode Readable fed by the bus.
function createSink() {
  const { Readable } = require('stream');
  const sink = new Readable({ objectMode: true, read() {} });
  sinks.add(sink);
  return sink;
}

const kCancelled = new Set(['cancelledByParent', 'testTimeoutFailure']);

// Node's summary counts, from `test:pass`/`test:fail` events: a suite counts as a suite, a
// test as skipped, todo, cancelled (by its parent or a timeout), failed or passed.
class Tally {
  tests = 0;
  suites = 0;
  pass = 0;
  fail = 0;
  cancelled = 0;
  skipped = 0;
  todo = 0;

  add(type, data) {
    if (data.details?.type === 'suite') {
      this.suites++;
      return;
    }
    this.tests++;
    if (data.skip !== undefined) this.skipped++;
    else if (data.todo !== undefined) this.todo++;
    else if (type === 'test:pass') this.pass++;
    else if (kCancelled.has(data.details?.error?.failureType)) this.cancelled++;
    else this.fail++;
  }

  failed() {
    return this.fail > 0 || this.cancelled > 0;
  }
}

// How a run ends: the top-level plan, the run's own diagnostics, then the counts.
function emitSummary(emit, topLevel, diagnostics, tally, durationMs) {
  emit('test:plan', { nesting: 0, count: topLevel });
  for (const message of diagnostics) emit('test:diagnostic', { nesting: 0, message });
  for (const key of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
    emit('test:diagnostic', { nesting: 0, message: `${key} ${tally[key]}` });
  }
  emit('test:diagnostic', { nesting: 0, message: `duration_ms ${durationMs}` });
}

module.exports = { events, createSink, Tally, emitSummary };
