'use strict';
// Shared by the web-streams tests.

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Resolves after n microtask turns.
async function flushMicrotasks(n = 20) {
  for (let i = 0; i < n; i++) await null;
}

module.exports = { collect, delay, flushMicrotasks };
