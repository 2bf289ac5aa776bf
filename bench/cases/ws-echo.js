// ws-echo.js — issue 5: WebSocket echo round trips with the `ws` package (8.x, from
// tests/ecosystem/node_modules; run `npm ci` there first). Two processes of the same runtime:
// this one is the client and spawns the echo server (this file with the argument `server`,
// process.execPath) on 127.0.0.1, ephemeral port, no permessage-deflate. So the figure covers
// a runtime's ws server and its ws client (an HTTP upgrade, then net sockets both ways), each
// in its own process as in a real deployment. WS_ECHO_SERVER="node" (a command, split on
// spaces) runs the server under another runtime, to tell the client's share from the server's.
// Bun resolves require('ws') to its own native implementation, not the package's code (that is
// what a program gets on bun); WS_NPM=1 loads the package's index.js by path in every runtime.
//
// Prints (ms, set-up not timed, every echo checked byte for byte):
//   ws-echo.connect  opening $WS_CONNS (50) connections at once, until all are open
//   ws-echo          $WS_CONNS connections x $WS_MSGS (300) round trips of a ~30-byte text
//                    message, each connection sending its next message when the echo arrives
//                    (round trips/s = 50 * 300 / s)
//   ws-echo.seq1     one connection, 2000 round trips one after another (latency bound)
//   ws-echo.binary   $WS_CONNS connections x 40 round trips of a 2 KiB binary message (without
//                    the optional `bufferutil` addon ws masks and unmasks every byte in JS)
// Exits non-zero on a wrong or missing echo, a closed connection or a server failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const require = createRequire(new URL('../../tests/ecosystem/package.json', import.meta.url));
let wsLib;
try {
  wsLib = require(process.env.WS_NPM === '1' ? require.resolve('./node_modules/ws/index.js') : 'ws');
} catch (err) {
  console.error(`ws-echo needs tests/ecosystem's packages: (cd tests/ecosystem && npm ci)\n${err.message}`);
  process.exit(2);
}
const { WebSocket, WebSocketServer } = wsLib;

const CONNS = Number(process.env.WS_CONNS || 50);
const MSGS = Number(process.env.WS_MSGS || 300);
const SEQ = 2000;
const BIN_MSGS = 40;
const BIN_SIZE = 2048;

if (process.argv[2] === 'server') {
  // Echo server: every message goes back as it came (text stays text, binary stays binary).
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
    ws.on('error', (err) => { console.error('ws-echo server: socket error', err); process.exit(3); });
  });
  wss.on('error', (err) => { console.error('ws-echo server:', err); process.exit(3); });
  wss.on('listening', () => console.log(`listening ${wss.address().port}`));
  // The client closes our stdin when it is done.
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => {
    for (const ws of wss.clients) ws.terminate();
    wss.close(() => process.exit(0));
  });
} else {
  await client();
}

function fail(msg) {
  console.error(`ws-echo: ${msg}`);
  process.exit(1);
}

async function client() {
  const [cmd, ...args] = process.env.WS_ECHO_SERVER ? process.env.WS_ECHO_SERVER.split(' ') : [process.execPath];
  const server = spawn(cmd, [...args, fileURLToPath(import.meta.url), 'server'],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  let serverExited = false;
  server.on('exit', (code, signal) => {
    serverExited = true;
    if (code !== 0) fail(`server exited with ${code ?? signal}`);
  });
  const port = await new Promise((resolve, reject) => {
    let buf = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (d) => {
      buf += d;
      const m = /listening (\d+)\n/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    server.on('error', reject);
  });
  const url = `ws://127.0.0.1:${port}/`;

  const open = () => new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

  // One connection: `count` round trips, each message sent when the previous echo arrived.
  // make(i) gives the i-th message, check(data, isBinary, i) says whether the echo is right.
  const pingPong = (ws, id, count, make, check) => new Promise((resolve) => {
    let i = 0;
    const onClose = () => fail(`connection ${id} closed after ${i} of ${count} round trips`);
    ws.on('close', onClose);
    ws.on('message', (data, isBinary) => {
      if (!check(data, isBinary, i)) fail(`connection ${id}: bad echo #${i}: ${String(data).slice(0, 80)}`);
      if (++i === count) {
        ws.removeAllListeners('message');
        ws.off('close', onClose);
        resolve();
      } else {
        ws.send(make(i));
      }
    });
    ws.send(make(0));
  });

  const text = (id) => (i) => `echo ${id}:${i} ${'x'.repeat(16)}`;
  const textCheck = (id) => (data, isBinary, i) => !isBinary && data.toString() === text(id)(i);

  const t0 = performance.now();
  const socks = await Promise.all(Array.from({ length: CONNS }, open));
  const t1 = performance.now();

  const t2 = performance.now();
  await Promise.all(socks.map((ws, id) => pingPong(ws, id, MSGS, text(id), textCheck(id))));
  const t3 = performance.now();

  const t4 = performance.now();
  await pingPong(socks[0], 'seq', SEQ, text('seq'), textCheck('seq'));
  const t5 = performance.now();

  const payloads = socks.map((_, id) => {
    const b = Buffer.alloc(BIN_SIZE);
    for (let k = 0; k < BIN_SIZE; k++) b[k] = (k * 31 + id) & 0xff;
    return b;
  });
  const binMake = (id) => (i) => { payloads[id].writeUInt32LE(i, 0); return payloads[id]; };
  const binCheck = (id) => (data, isBinary, i) => {
    if (!isBinary || data.length !== BIN_SIZE || data.readUInt32LE(0) !== i) return false;
    return data.subarray(4).equals(payloads[id].subarray(4));
  };
  const t6 = performance.now();
  await Promise.all(socks.map((ws, id) => pingPong(ws, id, BIN_MSGS, binMake(id), binCheck(id))));
  const t7 = performance.now();

  await Promise.all(socks.map((ws) => new Promise((resolve) => {
    ws.once('close', resolve);
    ws.close(1000, 'done');
  })));
  server.stdin.end();
  if (!serverExited) await new Promise((resolve) => server.once('exit', resolve));

  console.log(`ws-echo.connect ${(t1 - t0).toFixed(1)}`);
  console.log(`ws-echo.seq1 ${(t5 - t4).toFixed(1)}`);
  console.log(`ws-echo.binary ${(t7 - t6).toFixed(1)}`);
  console.log(`ws-echo ${(t3 - t2).toFixed(1)}`);
}
