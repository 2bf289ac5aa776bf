// cluster-http-hello.js — HTTP case: node:cluster with $WORKERS workers (default 2) serving
// 200 "Hello World" on 127.0.0.1:$PORT (default 3000), round-robin from the primary as Node
// does by default (NODE_CLUSTER_SCHED_POLICY=none lets the kernel spread connections).
// Compare against http-hello.js (one process) under the same wrk load.
import cluster from 'node:cluster';
import http from 'node:http';
import process from 'node:process';

const port = Number(process.env.PORT || 3000);
const workers = Number(process.env.WORKERS || 2);

if (cluster.isPrimary) {
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) console.log(`cluster-http-hello: ${workers} workers on 127.0.0.1:${port}`);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers)) w.kill();
    process.exit(0);
  });
} else {
  http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World');
  }).listen(port, '127.0.0.1');
}
