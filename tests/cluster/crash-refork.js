'use strict';
// Under load, a worker that crashes is reported ('exit' with its code, not by disconnect) and
// a replacement forked in its place takes over while the other worker keeps serving: only
// requests in flight on the dead worker may fail.
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

const CONCURRENCY = 4;
const TOTAL = 200;

if (cluster.isPrimary) {
  let port;
  let crashed = null;
  let done = 0;
  let failed = 0;
  let started = false;
  const servedBy = new Map();
  let replacementListening;
  const replacementUp = new Promise((resolve) => { replacementListening = resolve; });
  cluster.on('listening', (w, address) => {
    port = address.port;
    if (w.id === 3) replacementListening();
    if (!started && Object.keys(cluster.workers).length === 2 &&
        Object.values(cluster.workers).every((x) => x.state === 'listening')) {
      started = true;
      run();
    }
  });
  cluster.on('exit', (w, code, signal) => {
    if (crashed === null) {
      crashed = [w.id, code, signal, w.exitedAfterDisconnect];
      cluster.fork(); // the replacement
    }
  });

  function request(path) {
    return new Promise((resolve) => {
      const req = http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve(body));
        res.on('error', () => resolve(null));
      });
      req.on('error', () => resolve(null));
      // A connection handed to the dying worker may never be answered.
      req.setTimeout(3000, () => req.destroy());
    });
  }

  let issued = 0;
  async function client() {
    while (issued < TOTAL) {
      const n = issued++;
      const body = await request(n === 50 ? '/crash' : '/');
      if (body === null) failed++;
      else {
        done++;
        servedBy.set(body, (servedBy.get(body) || 0) + 1);
      }
    }
  }

  async function run() {
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    assert.ok(crashed !== null, 'a worker crashed');
    const [id, code, signal, afterDisconnect] = crashed;
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(afterDisconnect, false);
    // Only what was in flight on the dead worker may be lost.
    assert.ok(failed <= CONCURRENCY, `failed ${failed}`);
    assert.strictEqual(done + failed, TOTAL);
    // The survivor served throughout; the replacement serves once it listens (on a loaded
    // machine it may come up only after the 200 requests: then a few more reach it).
    const survivor = id === 1 ? '2' : '1';
    assert.ok(servedBy.get(survivor) > 50, JSON.stringify([...servedBy]));
    await replacementUp;
    for (let i = 0; i < 20 && !servedBy.has('3'); i++) {
      const body = await request('/');
      if (body !== null) servedBy.set(body, (servedBy.get(body) || 0) + 1);
    }
    assert.ok(servedBy.get('3') > 0, JSON.stringify([...servedBy]));
    // Everything after the replacement came up succeeds.
    const after = await Promise.all([request('/'), request('/'), request('/'), request('/')]);
    assert.ok(after.every((b) => b === survivor || b === '3'), JSON.stringify(after));
    cluster.disconnect(() => console.log('ok'));
  }
  cluster.fork();
  cluster.fork();
} else {
  const id = String(cluster.worker.id);
  const server = http.createServer((req, res) => {
    if (req.url === '/crash') {
      res.end('crashing', () => process.exit(7));
      return;
    }
    res.end(id);
  }).listen(0, '127.0.0.1');
  server.keepAliveTimeout = 100;
}
