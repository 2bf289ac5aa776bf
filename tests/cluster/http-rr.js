'use strict';
// Two workers serve one HTTP port through the primary (round-robin, Node's default):
// 'fork' → 'online' → 'listening' per worker, both workers answer, messages go both ways,
// and disconnect() ends each worker with exitedAfterDisconnect.
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  assert.strictEqual(cluster.isMaster, true);
  assert.strictEqual(cluster.isWorker, false);
  assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
  const events = [];
  let port;
  const listening = new Set();
  cluster.on('fork', (w) => events.push(`fork ${w.id}`));
  cluster.on('online', (w) => events.push(`online ${w.id}`));
  cluster.on('message', (w, msg) => {
    if (msg.hello) events.push(`hello from ${w.id}`);
  });
  cluster.on('listening', (w, address) => {
    events.push(`listening ${w.id}`);
    assert.strictEqual(w.state, 'listening');
    assert.strictEqual(address.addressType, 4);
    assert.strictEqual(address.address, '127.0.0.1');
    if (port === undefined) port = address.port;
    assert.strictEqual(address.port, port);
    listening.add(w.id);
    if (listening.size === 2) requests();
  });
  const exits = [];
  cluster.on('exit', (w, code, signal) => {
    exits.push([w.id, code, signal, w.exitedAfterDisconnect, w.state]);
    if (exits.length === 2) {
      exits.sort((a, b) => a[0] - b[0]);
      assert.deepStrictEqual(exits, [
        [1, 0, null, true, 'dead'],
        [2, 0, null, true, 'dead'],
      ]);
      assert.deepStrictEqual(Object.keys(cluster.workers), []);
      for (const id of [1, 2]) {
        assert.ok(events.indexOf(`fork ${id}`) < events.indexOf(`online ${id}`));
        assert.ok(events.indexOf(`online ${id}`) < events.indexOf(`listening ${id}`));
        assert.ok(events.includes(`hello from ${id}`));
      }
      console.log('ok');
    }
  });
  const w1 = cluster.fork();
  const w2 = cluster.fork({ EXTRA: 'two' });
  assert.strictEqual(w1.id, 1);
  assert.strictEqual(w2.id, 2);
  assert.strictEqual(cluster.workers[1], w1);
  assert.strictEqual(w1.isConnected(), true);
  assert.strictEqual(w1.isDead(), false);

  function get() {
    return new Promise((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
  }

  async function requests() {
    const seen = new Map();
    for (let i = 0; i < 20; i++) {
      const body = await get();
      const [id, extra] = body.split(' ');
      seen.set(id, (seen.get(id) || 0) + 1);
      assert.strictEqual(extra, id === '2' ? 'two' : 'none');
    }
    // Round-robin: both workers served, evenly.
    assert.deepStrictEqual([...seen.keys()].sort(), ['1', '2']);
    assert.strictEqual(seen.get('1'), 10);
    for (const w of Object.values(cluster.workers)) w.disconnect();
  }
} else {
  assert.strictEqual(cluster.isWorker, true);
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  const id = String(cluster.worker.id);
  http.createServer((req, res) => {
    res.end(`${id} ${process.env.EXTRA || 'none'}`);
  }).listen(0, '127.0.0.1');
  process.send({ hello: true });
}
