'use strict';
// The lines a server adds to a response head itself and the state they decide: Date,
// Connection (keep-alive, close, removed), Keep-Alive (timeout, max), Content-Length or
// Transfer-Encoding, for keep-alive and closing requests, HTTP/1.0, HEAD, 204/304, removed
// headers and the message flags programs set (sendDate, shouldKeepAlive,
// useChunkedEncodingByDefault). Each request is sent on its own connection, raw; the Date
// value is replaced by a placeholder.
const http = require('http');
const raw = require('./_raw');

const cases = [
  ['end(chunk)', (res) => res.end('hi')],
  ['end()', (res) => res.end()],
  ['write then end', (res) => { res.write('a'); res.end('b'); }],
  ['204 after write', (res) => { res.statusCode = 204; res.end(); }],
  ['304', (res) => { res.writeHead(304); res.end(); }],
  ['no date', (res) => { res.sendDate = false; res.end('x'); }],
  ['removed connection', (res) => { res.removeHeader('Connection'); res.end('x'); }],
  ['removed content-length, write', (res) => {
    res.removeHeader('Content-Length');
    res.write('a');
    res.end();
  }],
  ['removed transfer-encoding, write', (res) => {
    res.removeHeader('Transfer-Encoding');
    res.write('a');
    res.end();
  }],
  ['not keep-alive', (res) => { res.shouldKeepAlive = false; res.end('x'); }],
  ['no chunked default, write', (res) => {
    res.useChunkedEncodingByDefault = false;
    res.write('a');
    res.end('b');
  }],
  ['flags read back', (res) => {
    res.write('a');
    res.end(` chunked=${res.chunkedEncoding} last=${res._last} keepAlive=${res.shouldKeepAlive}`);
  }],
];

const requests = [
  ['1.1 keep-alive', 'GET /N HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['1.1 close', 'GET /N HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['1.0', 'GET /N HTTP/1.0\r\n\r\n'],
  ['1.0 keep-alive', 'GET /N HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'],
  ['HEAD', 'HEAD /N HTTP/1.1\r\nHost: x\r\n\r\n'],
];

function serve(setup) {
  const server = http.createServer((req, res) => cases[Number(req.url.slice(1))][1](res));
  setup(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  const servers = [
    ['default', await serve(() => {})],
    ['keepAliveTimeout 1500, maxRequestsPerSocket 3', await serve((s) => {
      s.keepAliveTimeout = 1500;
      s.maxRequestsPerSocket = 3;
    })],
    ['keepAliveTimeout 0', await serve((s) => { s.keepAliveTimeout = 0; })],
  ];
  for (const [sname, server] of servers) {
    const port = server.address().port;
    for (let i = 0; i < cases.length; i++) {
      for (const [rname, text] of requests) {
        // end: the client half-closes, so keep-alive connections end after the response.
        const out = await raw(port, text.replace('/N', `/${i}`), { end: true });
        console.log(`--- ${sname} | ${cases[i][0]} | ${rname}`);
        console.log(JSON.stringify(out));
      }
    }
    // The last response a socket may serve says so (maxRequestsPerSocket).
    if (sname.includes('maxRequestsPerSocket')) {
      const out = await raw(port, 'GET /0 HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(3), { end: true });
      console.log(`--- ${sname} | three on one connection`);
      console.log(JSON.stringify(out));
    }
    server.close();
  }
})();
