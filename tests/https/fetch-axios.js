// Clients over https against a local server signed by the test CA: fetch() in a child process
// that trusts the CA through NODE_EXTRA_CA_CERTS (JSON, POST body, redirect, and refusal
// without the CA), and axios (from tests/ecosystem) with an https.Agent carrying the CA.
'use strict';
const assert = require('assert');
const path = require('path');
const https = require('https');
const { execFile } = require('child_process');
const f = require('../tls/_fixtures');

const server = https.createServer({ key: f.key, cert: f.cert }, (req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/json' });
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString() }));
  });
});

function child(code, env) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', code], { env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, stdout, stderr });
    });
  });
}

(async () => {
  const port = await f.listen(server);
  const base = `https://localhost:${port}`;
  const script = `
    (async () => {
      const a = await (await fetch('${base}/json')).json();
      const b = await (await fetch('${base}/post', { method: 'POST', body: 'hi' })).json();
      const r = await fetch('${base}/redirect');
      console.log(JSON.stringify([a, b, r.redirected, r.url, (await r.json()).url]));
    })().catch((e) => { console.log(JSON.stringify([e.message, e.cause && e.cause.code])); });`;
  const trusted = await child(script, { NODE_EXTRA_CA_CERTS: path.join(f.dir, 'ca-cert.pem') });
  assert.deepStrictEqual(JSON.parse(trusted.stdout), [
    { method: 'GET', url: '/json', body: '' },
    { method: 'POST', url: '/post', body: 'hi' },
    true, `${base}/json`, '/json',
  ]);
  const untrusted = await child(script, { NODE_EXTRA_CA_CERTS: '' });
  assert.deepStrictEqual(JSON.parse(untrusted.stdout), ['fetch failed', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);

  const axios = require('../ecosystem/node_modules/axios/dist/node/axios.cjs');
  const httpsAgent = new https.Agent({ ca: f.ca, keepAlive: true });
  const res = await axios.post(`${base}/axios`, { n: 1 }, { httpsAgent });
  assert.strictEqual(res.status, 200);
  assert.deepStrictEqual(res.data, { method: 'POST', url: '/axios', body: '{"n":1}' });
  const red = await axios.get(`${base}/redirect`, { httpsAgent });
  assert.strictEqual(red.data.url, '/json');
  await assert.rejects(axios.get(`${base}/json`), (e) => e.code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  httpsAgent.destroy();
  server.close(() => console.log('ok'));
})();
