'use strict';
// What a server does with the Host and Expect headers of a request: an HTTP/1.1 request
// without Host gets a 400 (unless requireHostHeader is false), the names match in any case,
// HTTP/1.0 needs none; Expect: 100-continue is answered with 100 Continue (or goes to a
// 'checkContinue' listener), another expectation gets 417 (or goes to 'checkExpectation').
const http = require('http');
const raw = require('./_raw');

function serve(options, extra) {
  const server = http.createServer(options, (req, res) => {
    res.end(`ok ${req.method} ${req.headers.host ?? '-'} ${req.headers.expect ?? '-'}`);
  });
  if (extra) extra(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const requests = [
  ['1.1 no host', 'GET / HTTP/1.1\r\n\r\n'],
  ['1.1 host', 'GET / HTTP/1.1\r\nHost: a\r\n\r\n'],
  ['1.1 HOST upper', 'GET / HTTP/1.1\r\nHOST: b\r\n\r\n'],
  ['1.1 host lower, late', 'GET / HTTP/1.1\r\nX-A: 1\r\nX-B: 2\r\nhost: c\r\n\r\n'],
  ['1.0 no host', 'GET / HTTP/1.0\r\n\r\n'],
  ['expect continue', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nhi'],
  ['EXPECT continue', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nEXPECT: 100-Continue\r\n\r\nhi'],
  ['expect other', 'GET / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\n\r\n'],
  ['expect, no host', 'GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n'],
];

(async () => {
  const servers = [
    ['default', await serve({})],
    ['requireHostHeader false', await serve({ requireHostHeader: false })],
    ['with listeners', await serve({}, (s) => {
      s.on('checkContinue', (req, res) => res.end('checkContinue'));
      s.on('checkExpectation', (req, res) => res.end(`checkExpectation ${req.headers.expect}`));
    })],
  ];
  for (const [sname, server] of servers) {
    for (const [rname, text] of requests) {
      const out = await raw(server.address().port, text, { end: true });
      console.log(`--- ${sname} | ${rname}`);
      console.log(JSON.stringify(out));
    }
    server.close();
  }
})();
