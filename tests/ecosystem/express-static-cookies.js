// Express 4 with cookie-parser (from npm): express.static over real files in a temp folder
// (index.html, ETag and 304, Range and 206/416, HEAD, dotfiles hidden, fall-through 404),
// res.sendFile, res.download, plain and signed cookies both ways, res.clearCookie,
// express.urlencoded, res.format content negotiation, and a router mounted with params.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const express = require('express');
const cookieParser = require('cookie-parser');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-express-'));
fs.writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>\n');
fs.writeFileSync(path.join(root, 'data.txt'), '0123456789abcdefghij');
fs.writeFileSync(path.join(root, '.secret'), 'hidden');
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'a.json'), '{"a":1}');
const big = Buffer.alloc(300 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
fs.writeFileSync(path.join(root, 'big.bin'), big);

const app = express();
app.set('env', 'test'); // the final handler doesn't log the expected 416
app.use(cookieParser('s3cret'));
app.use('/static', express.static(root, { maxAge: 60000 }));
app.use(express.urlencoded({ extended: false }));

app.get('/cookies/set', (req, res) => {
  res.cookie('plain', 'v1', { path: '/' });
  res.cookie('signed', 'v2', { signed: true, httpOnly: true });
  res.cookie('obj', { a: [1, 2] });
  res.send('set');
});
app.get('/cookies/read', (req, res) => {
  res.json({ cookies: req.cookies, signed: req.signedCookies });
});
app.get('/cookies/clear', (req, res) => {
  res.clearCookie('plain');
  res.end();
});
app.post('/form', (req, res) => res.json(req.body));
app.get('/file', (req, res) => res.sendFile(path.join(root, 'sub', 'a.json')));
app.get('/download', (req, res) => res.download(path.join(root, 'data.txt'), 'report.txt'));
app.get('/fmt', (req, res) => {
  res.format({
    'text/plain': () => res.send('plain text'),
    'application/json': () => res.json({ fmt: 'json' }),
    default: () => res.status(406).send('nope'),
  });
});
const items = express.Router({ mergeParams: true });
items.get('/:item', (req, res) => res.json({ user: req.params.user, item: req.params.item }));
app.use('/users/:user/items', items);

function get(port, p, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, raw, text: raw.toString() });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  try {
    let r = await get(port, '/static/');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.text, '<h1>home</h1>\n');
    assert.strictEqual(r.headers['content-type'], 'text/html; charset=UTF-8');
    assert.strictEqual(r.headers['cache-control'], 'public, max-age=60');
    assert.match(r.headers.etag, /^W\/"e-[0-9a-f]+"$/);
    assert.strictEqual(r.headers['accept-ranges'], 'bytes');
    assert.strictEqual(typeof r.headers['last-modified'], 'string');

    r = await get(port, '/static');
    assert.strictEqual(r.status, 301);
    assert.strictEqual(r.headers.location, '/static/');

    r = await get(port, '/static/data.txt');
    assert.strictEqual(r.text, '0123456789abcdefghij');
    assert.strictEqual(r.headers['content-type'], 'text/plain; charset=UTF-8');
    assert.strictEqual(r.headers['content-length'], '20');
    const etag = r.headers.etag;

    r = await get(port, '/static/data.txt', { headers: { 'If-None-Match': etag } });
    assert.strictEqual(r.status, 304);
    assert.strictEqual(r.text, '');

    r = await get(port, '/static/data.txt', { headers: { Range: 'bytes=5-9' } });
    assert.strictEqual(r.status, 206);
    assert.strictEqual(r.text, '56789');
    assert.strictEqual(r.headers['content-range'], 'bytes 5-9/20');

    r = await get(port, '/static/data.txt', { headers: { Range: 'bytes=-3' } });
    assert.strictEqual(r.text, 'hij');

    r = await get(port, '/static/data.txt', { headers: { Range: 'bytes=50-60' } });
    assert.strictEqual(r.status, 416);
    assert.strictEqual(r.headers['content-range'], 'bytes */20');

    r = await get(port, '/static/data.txt', { method: 'HEAD' });
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-length'], '20');
    assert.strictEqual(r.text, '');

    r = await get(port, '/static/big.bin');
    assert.strictEqual(r.headers['content-type'], 'application/octet-stream');
    assert.ok(r.raw.equals(big));

    r = await get(port, '/static/sub/a.json');
    assert.strictEqual(r.headers['content-type'], 'application/json; charset=UTF-8');
    assert.strictEqual(r.text, '{"a":1}');

    r = await get(port, '/static/.secret');
    assert.strictEqual(r.status, 404);
    r = await get(port, '/static/missing.txt');
    assert.strictEqual(r.status, 404);
    assert.match(r.text, /Cannot GET \/static\/missing.txt/);
    r = await get(port, '/static/../package.json');
    assert.strictEqual(r.status, 404);

    r = await get(port, '/file');
    assert.strictEqual(r.text, '{"a":1}');
    assert.strictEqual(r.headers['content-type'], 'application/json; charset=UTF-8');

    r = await get(port, '/download');
    assert.strictEqual(r.headers['content-disposition'], 'attachment; filename="report.txt"');
    assert.strictEqual(r.text, '0123456789abcdefghij');

    // Cookies.
    r = await get(port, '/cookies/set');
    const setCookie = r.headers['set-cookie'];
    assert.strictEqual(setCookie.length, 3);
    assert.strictEqual(setCookie[0], 'plain=v1; Path=/');
    assert.match(setCookie[1], /^signed=s%3Av2\.[A-Za-z0-9%]+; Path=\/; HttpOnly$/);
    assert.strictEqual(setCookie[2], 'obj=j%3A%7B%22a%22%3A%5B1%2C2%5D%7D; Path=/');
    const jar = setCookie.map((c) => c.split(';')[0]).join('; ');
    r = await get(port, '/cookies/read', { headers: { Cookie: jar } });
    assert.deepStrictEqual(JSON.parse(r.text), {
      cookies: { plain: 'v1', obj: { a: [1, 2] } },
      signed: { signed: 'v2' },
    });
    r = await get(port, '/cookies/read', { headers: { Cookie: jar.replace('s%3Av2', 's%3Av3') } });
    assert.deepStrictEqual(JSON.parse(r.text).signed, { signed: false });
    r = await get(port, '/cookies/clear');
    assert.deepStrictEqual(r.headers['set-cookie'],
      ['plain=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);

    r = await get(port, '/form', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=x+y&c=%C3%BC&a=2',
    });
    assert.deepStrictEqual(JSON.parse(r.text), { a: ['1', '2'], b: 'x y', c: 'ü' });

    r = await get(port, '/fmt', { headers: { Accept: 'application/json' } });
    assert.deepStrictEqual(JSON.parse(r.text), { fmt: 'json' });
    assert.strictEqual(r.headers.vary, 'Accept');
    r = await get(port, '/fmt', { headers: { Accept: 'text/*' } });
    assert.strictEqual(r.text, 'plain text');
    r = await get(port, '/fmt', { headers: { Accept: 'image/png' } });
    assert.strictEqual(r.status, 406);

    r = await get(port, '/users/u1/items/i9');
    assert.deepStrictEqual(JSON.parse(r.text), { user: 'u1', item: 'i9' });
  } finally {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
