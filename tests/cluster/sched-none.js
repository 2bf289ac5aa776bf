'use strict';
// SCHED_NONE: each worker gets the listening socket itself (the kernel spreads
// connections); worker.send/process.send carry messages both ways; worker.kill() ends a
// worker with a signal, disconnect() lets it end.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let listening = 0;
  let port;
  const w1 = cluster.fork();
  const w2 = cluster.fork();
  cluster.on('listening', (w, address) => {
    if (port === undefined) port = address.port;
    assert.strictEqual(address.port, port);
    if (++listening === 2) run();
  });

  function ask() {
    return new Promise((resolve, reject) => {
      const c = net.connect(port, '127.0.0.1');
      let data = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { data += d; });
      c.on('end', () => resolve(data));
      c.on('error', reject);
    });
  }

  async function run() {
    for (let i = 0; i < 10; i++) assert.match(await ask(), /^worker [12]$/);
    const reply = new Promise((r) => w2.once('message', r));
    assert.strictEqual(w2.send({ ping: 42 }), true);
    assert.deepStrictEqual(await reply, { pong: 42, id: 2 });
    const exits = [];
    cluster.on('exit', (w, code, signal) => {
      exits.push([w.id, code, signal, w.exitedAfterDisconnect, w.isDead()]);
      if (exits.length === 2) {
        exits.sort((a, b) => a[0] - b[0]);
        assert.deepStrictEqual(exits, [
          [1, null, 'SIGTERM', false, true], // kill(): a signal, not a disconnect
          [2, 0, null, true, true], // disconnect(): the worker ends by itself
        ]);
        assert.deepStrictEqual(Object.keys(cluster.workers), []);
        console.log('ok');
      }
    });
    w1.kill();
    w2.disconnect();
  }
} else {
  net.createServer((s) => s.end(`worker ${cluster.worker.id}`)).listen(0, '127.0.0.1');
  cluster.worker.on('message', (msg) => {
    process.send({ pong: msg.ping, id: cluster.worker.id });
  });
}
