// fetch-local.js — issue 5: the global fetch() against a local node:http server. Two processes
// of the same runtime: this one is the client and spawns the server (this file with the
// argument `server`, process.execPath; FETCH_SERVER="node" runs it under another runtime) on
// 127.0.0.1, ephemeral port, keep-alive. GET /item/<n> answers a small JSON object built per
// request; POST /echo answers the request body back. Every response's status, content-type
// and body are checked; a wrong one exits non-zero.
//
// Prints (ms, server start-up not timed):
//   fetch-local.seq   500 GETs one after another (await each response's JSON)
//   fetch-local       2000 GETs, 50 in flight at a time (req/s = 2000 / s)
//   fetch-local.post  1000 POSTs of a 1 KiB JSON body, 50 in flight, echoed and compared
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const SEQ = 500;
const CONC = 50;
const GETS = 2000;
const POSTS = 1000;

if (process.argv[2] === 'server') {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url.startsWith('/item/')) {
      const n = Number(req.url.slice(6));
      const body = JSON.stringify({ n, name: `item ${n}`, even: n % 2 === 0, tags: ['a', 'b', String(n % 7)] });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    } else if (req.method === 'POST' && req.url === '/echo') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        res.writeHead(200, { 'Content-Type': req.headers['content-type'] || 'application/octet-stream',
          'Content-Length': body.length });
        res.end(body);
      });
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
  // The client closes our stdin when it is done.
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
  });
} else {
  await client();
}

function fail(msg) {
  console.error(`fetch-local: ${msg}`);
  process.exit(1);
}

async function client() {
  const [cmd, ...args] = process.env.FETCH_SERVER ? process.env.FETCH_SERVER.split(' ') : [process.execPath];
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
  const base = `http://127.0.0.1:${port}`;

  async function get(n) {
    const res = await fetch(`${base}/item/${n}`);
    if (res.status !== 200) fail(`GET /item/${n}: status ${res.status}`);
    if (res.headers.get('content-type') !== 'application/json') {
      fail(`GET /item/${n}: content-type ${res.headers.get('content-type')}`);
    }
    const v = await res.json();
    if (v.n !== n || v.name !== `item ${n}` || v.even !== (n % 2 === 0) || v.tags[2] !== String(n % 7)) {
      fail(`GET /item/${n}: bad body ${JSON.stringify(v)}`);
    }
  }

  const filler = 'x'.repeat(1000);
  async function post(n) {
    const sent = JSON.stringify({ n, filler }).padEnd(1024, ' ');
    const res = await fetch(`${base}/echo`, {
      method: 'POST', body: sent, headers: { 'content-type': 'application/json' },
    });
    if (res.status !== 200) fail(`POST /echo #${n}: status ${res.status}`);
    const text = await res.text();
    if (text !== sent) fail(`POST /echo #${n}: echoed ${text.length} chars, not the 1024 sent`);
  }

  // `total` calls of fn(0..total-1), at most `width` in flight.
  async function pool(total, width, fn) {
    let next = 0;
    let done = 0;
    const lane = async () => {
      while (next < total) {
        await fn(next++);
        done++;
      }
    };
    await Promise.all(Array.from({ length: width }, lane));
    if (done !== total) fail(`${done} of ${total} requests completed`);
  }

  await get(0); // first connection and fetch's own set-up, not timed

  const t0 = performance.now();
  for (let i = 0; i < SEQ; i++) await get(i);
  const t1 = performance.now();
  await pool(GETS, CONC, get);
  const t2 = performance.now();
  await pool(POSTS, CONC, post);
  const t3 = performance.now();

  server.stdin.end();
  if (!serverExited) await new Promise((resolve) => server.once('exit', resolve));

  console.log(`fetch-local.seq ${(t1 - t0).toFixed(1)}`);
  console.log(`fetch-local.post ${(t3 - t2).toFixed(1)}`);
  console.log(`fetch-local ${(t2 - t1).toFixed(1)}`);
}
