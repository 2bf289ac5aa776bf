// http-json.js — HTTP case: a node:http JSON API. GET /api/users/:id answers 200 with a JSON object
// built per request (JSON.stringify, application/json); anything else gets a 404 JSON error.
// Listens on 127.0.0.1:$PORT (default 3000); http-cases.sh loads /api/users/42 with wrk.
import http from 'node:http';
import process from 'node:process';

const port = Number(process.env.PORT || 3000);
const ROLES = ['reader', 'writer', 'admin'];

function send(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const q = req.url.indexOf('?');
  const path = q === -1 ? req.url : req.url.slice(0, q);
  const m = req.method === 'GET' && /^\/api\/users\/(\d{1,9})$/.exec(path);
  if (!m) {
    send(res, 404, { error: 'Not Found', method: req.method, path });
    return;
  }
  const id = Number(m[1]);
  send(res, 200, {
    id,
    name: `User ${id}`,
    email: `user${id}@example.com`,
    active: id % 2 === 0,
    roles: ROLES.slice(0, (id % 3) + 1),
    stats: { posts: id * 7 % 101, followers: id * 13 % 997 },
    agent: req.headers['user-agent'] || null,
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`http-json listening 127.0.0.1:${port}`);
});
