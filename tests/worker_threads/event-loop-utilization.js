'use strict';
// worker.performance.eventLoopUtilization(): the worker's loop, read from the parent: zeros
// before 'online' and after 'exit'; a worker that waits on timers is mostly idle, one that
// computes is fully active; the one- and two-argument forms give differences.
const assert = require('assert');
const { Worker } = require('worker_threads');

const zeros = { idle: 0, active: 0, utilization: 0 };

function check(u) {
  assert.deepStrictEqual(Object.keys(u), ['idle', 'active', 'utilization']);
  assert.ok(u.idle >= 0 && u.active >= 0, JSON.stringify(u));
  assert.strictEqual(u.utilization, u.active / (u.idle + u.active));
}

function measure(code, after) {
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true });
    const desc = Object.getOwnPropertyDescriptor(w, 'performance');
    assert.strictEqual(desc.enumerable, true);
    assert.strictEqual(typeof w.performance.eventLoopUtilization, 'function');
    assert.strictEqual(w.performance.eventLoopUtilization.name, 'bound eventLoopUtilization');
    assert.deepStrictEqual(w.performance.eventLoopUtilization(), zeros);
    let result;
    w.once('message', () => {
      setTimeout(() => {
        const elu = w.performance.eventLoopUtilization;
        const u1 = elu();
        check(u1);
        const u2 = elu();
        const delta = elu(u1);
        // The worker's idle time is published when its poll wait ends, so a delta's
        // active time can fall below zero by up to one wait (on node too). What always
        // holds: idle only grows, and idle + active is the time elapsed.
        assert.ok(delta.idle >= 0 && delta.idle + delta.active > -1e-6, JSON.stringify(delta));
        const diff = elu(u2, u1);
        assert.deepStrictEqual(diff, {
          idle: u2.idle - u1.idle,
          active: u2.active - u1.active,
          utilization: (u2.active - u1.active) / (u2.idle - u1.idle + (u2.active - u1.active)),
        });
        result = u1;
        w.terminate();
      }, after);
    });
    w.on('error', reject);
    w.on('exit', () => {
      assert.deepStrictEqual(w.performance.eventLoopUtilization(), zeros);
      resolve(result);
    });
  });
}

(async () => {
  const idle = await measure(`
    setInterval(() => {}, 10);
    require('worker_threads').parentPort.postMessage('up');`, 300);
  assert.ok(idle.idle > 150, JSON.stringify(idle));
  assert.ok(idle.utilization < 0.5, JSON.stringify(idle));

  const busy = await measure(`
    require('worker_threads').parentPort.postMessage('up');
    const end = Date.now() + 1000;
    while (Date.now() < end);`, 300);
  assert.ok(busy.active > 150, JSON.stringify(busy));
  assert.ok(busy.utilization > 0.5, JSON.stringify(busy));
})().then(() => console.log('ok'));
