// tlsSocket.getTLSTicket(): the session ticket a client received (a Buffer), none on the
// server; setMaxSendFragment(): OpenSSL's 512..16384 range decides the result, and a
// fragment size that small still delivers every byte.
'use strict';
const assert = require('assert');
const tls = require('tls');
const f = require('./_fixtures');

(async () => {
  const results = [];
  const s = tls.createServer({ key: f.key, cert: f.cert }, (sock) => {
    results.push([sock.setMaxSendFragment(1024), sock.setMaxSendFragment(100),
      sock.setMaxSendFragment(16384), sock.setMaxSendFragment(20000), sock.setMaxSendFragment(512)]);
    assert.throws(() => sock.setMaxSendFragment('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.strictEqual(sock.getTLSTicket(), undefined);
    sock.end('y'.repeat(5000));
  });
  const port = await f.listen(s);
  for (const maxVersion of ['TLSv1.2', 'TLSv1.3']) {
    await new Promise((resolve) => {
      const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: f.ca, maxVersion });
      const tickets = [];
      c.on('session', () => tickets.push(c.getTLSTicket()));
      let got = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { got += d; });
      c.on('end', () => {
        assert.strictEqual(got, 'y'.repeat(5000));
        assert.ok(tickets.length >= 1, maxVersion);
        for (const t of tickets) assert.ok(Buffer.isBuffer(t) && t.length > 0, maxVersion);
      });
      c.on('close', resolve);
    });
  }
  s.close();
  assert.deepStrictEqual(results, [[true, false, true, false, true], [true, false, true, false, true]]);
  console.log('ok');
})();
