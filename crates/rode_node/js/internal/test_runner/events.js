'use strict';
// The event bus between the test tree and the reporters: `{ type, data }` objects in the
// order Node's reporters expect them. Sinks are readable streams (one per reporter, or the
// stream `run()` returns); events are dropped while nothing listens.

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

module.exports = { events, createSink };
