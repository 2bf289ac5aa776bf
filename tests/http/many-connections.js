'use strict';
// 10,000 concurrent keep-alive connections to one http server, all open at once, each
// answered twice, none dropped. Server and client are child processes of this runtime with
// their fd limit raised (`ulimit -n`), as one process can't hold both ends under the usual
// limits.
const assert = require('assert');
const { spawn } = require('child_process');
const path = require('path');

const COUNT = 10000;
const withFds = (script, args, stdin) => spawn('sh',
  ['-c', 'ulimit -n 12000 && exec "$@"', 'sh', process.execPath,
    path.join(__dirname, 'fixtures', script), ...args],
  { stdio: [stdin, 'pipe', 'inherit'] });

function lines(child) {
  const out = [];
  let buf = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) !== -1) {
      out.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
      child.emit('line', out[out.length - 1]);
    }
  });
  return out;
}

const server = withFds('c10k-server.js', [], 'pipe');
lines(server);
server.once('line', (port) => {
  const client = withFds('c10k-client.js', [port, String(COUNT)], 'ignore');
  lines(client);
  client.once('line', (result) => {
    assert.deepStrictEqual(JSON.parse(result), { connected: COUNT, answered: 2 * COUNT, errors: 0 });
    server.once('line', (stats) => {
      const { peak, requests } = JSON.parse(stats);
      assert.strictEqual(requests, 2 * COUNT);
      assert.strictEqual(peak, COUNT);
      console.log('ok', COUNT, 'connections');
    });
    server.stdin.end();
  });
});
