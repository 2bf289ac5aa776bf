'use strict';
// subprocess.send(message, handle): a connected socket and a listening server cross to a
// forked child with their fds; the child serves them. Messages keep their order.
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');
const path = require('path');

function fetchLine(port) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    c.on('end', () => resolve(data));
    c.on('error', reject);
  });
}

function nextMessage(child) {
  return new Promise((resolve) => child.once('message', resolve));
}

async function main() {
  const child = fork(path.join(__dirname, 'fixtures', 'handle-child.js'));

  // A socket accepted here, answered by the child.
  let n = 0;
  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    n++;
    child.send({ kind: 'socket', n, parentPid: process.pid }, socket);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  for (let i = 1; i <= 3; i++) {
    const replyP = nextMessage(child);
    assert.strictEqual(await fetchLine(port), `child other got ${i}\n`);
    assert.deepStrictEqual(await replyP, { done: 'socket', n: i, remote: '127.0.0.1' });
  }
  server.close();

  // A listening server handed over: the child accepts on it.
  const shared = net.createServer();
  await new Promise((r) => shared.listen(0, '127.0.0.1', r));
  const sharedPort = shared.address().port;
  const ack = nextMessage(child);
  assert.strictEqual(child.send({ kind: 'server' }, shared), true);
  assert.deepStrictEqual(await ack, { done: 'server', listening: true, port: sharedPort });
  await new Promise((r) => shared.close(r)); // the parent's copy; the child's keeps listening
  assert.strictEqual(await fetchLine(sharedPort), 'served by child\n');

  // Bad handles.
  assert.throws(() => child.send('x', {}), {
    code: 'ERR_INVALID_HANDLE_TYPE',
    name: 'TypeError',
    message: 'This handle type cannot be sent',
  });

  child.send({ kind: 'exit' });
  const [code, signal] = await new Promise((r) => child.on('exit', (c, s) => r([c, s])));
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}

main().then(() => console.log('ok'));
