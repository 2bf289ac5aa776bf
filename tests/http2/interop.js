// Interop with real Node: a Node HTTP/2 server serves this runtime's client, and a Node
// client talks to this runtime's server (h2c, bodies past the flow-control windows, trailers
// both ways). Under Node both sides are Node. Needs `node` on PATH.
'use strict';
const assert = require('assert');
const { spawn, execFileSync } = require('child_process');
const path = require('path');

let done = false;
process.on('exit', () => { if (!done) throw new Error('did not finish'); });

const expected = {
  echo: [200, '200000', 'ct'],
  trailer: 'yes',
  echoBytes: 200000,
  big: null,
  missing: 404,
  missingBody: 'nope',
};
let sum = 0;
for (let i = 0; i < (1 << 20); i++) sum = (sum * 31 + (i % 251)) % 1000003;
expected.big = [1 << 20, sum];

function startServer(runtime) {
  return new Promise((resolve, reject) => {
    const child = spawn(runtime, [path.join(__dirname, '_server.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('error', reject);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, port: Number(out.trim()) });
    });
  });
}

async function main() {
  // Node server, our client (in this process).
  const { child, port } = await startServer('node');
  const ours = await new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [path.join(__dirname, '_client.js'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.setEncoding('utf8');
    c.stdout.on('data', (d) => { out += d; });
    c.on('error', reject);
    c.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`client exit ${code}`))));
  });
  assert.deepStrictEqual(ours, expected);
  child.stdin.end();
  await new Promise((resolve) => child.on('close', resolve));

  // Our server, Node client.
  const srv = await startServer(process.execPath);
  const theirs = JSON.parse(execFileSync('node', [path.join(__dirname, '_client.js'), String(srv.port)], { encoding: 'utf8' }));
  assert.deepStrictEqual(theirs, expected);
  srv.child.stdin.end();
  await new Promise((resolve) => srv.child.on('close', resolve));
  done = true;
}
main();
