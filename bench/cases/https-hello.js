// https-hello.js — HTTPS case: a node:https server (the test CA's localhost certificate from
// tests/tls/fixtures) answering every request with 200 "Hello World". Listens on
// 127.0.0.1:$PORT (default 3000). Load it by hand, e.g. `wrk -t1 -c20 -d10s https://127.0.0.1:3000/`
// (run.sh's http phase drives http-hello only).
import https from 'node:https';
import fs from 'node:fs';
import process from 'node:process';

const port = Number(process.env.PORT || 3000);
const dir = new URL('../../tests/tls/fixtures/', import.meta.url);
const options = {
  key: fs.readFileSync(new URL('server-key.pem', dir)),
  cert: fs.readFileSync(new URL('server-cert.pem', dir)),
};

const server = https.createServer(options, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`https-hello listening 127.0.0.1:${port}`);
});
