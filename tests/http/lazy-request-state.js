'use strict';
// A request's stream state as seen at each point of its life, whether or not anyone read
// it, and the own properties util.inspect shows for req and res (rode builds both lazily;
// the transcript must be Node's).
const http = require('http');
const util = require('util');

const log = [];
const state = (label, req) => log.push(`${label}: complete=${req.complete} ` +
  `readableEnded=${req.readableEnded} destroyed=${req.destroyed} readable=${req.readable}`);

let n = 0;
const server = http.createServer((req, res) => {
  const id = ++n;
  if (id === 1) {
    // Nobody reads: look only after the response is done.
    res.on('finish', () => state('1 finish', req));
    res.on('close', () => setImmediate(() => state('1 after close', req)));
    res.end('one');
  } else if (id === 2) {
    // Listens for 'end' without reading: dumped after the response, 'end' then 'close'.
    req.on('end', () => log.push('2 end'));
    req.on('close', () => log.push('2 close'));
    res.end('two');
  } else if (id === 3) {
    // Reads the body.
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => body += d);
    req.on('end', () => {
      log.push(`3 body ${body}`);
      res.end('three');
    });
  } else {
    const keysBefore = Object.keys(req).length > 0;
    util.inspect(req);
    util.inspect(res);
    log.push(`4 keys ${keysBefore} ${Object.keys(req).join(',')}`);
    log.push(`4 res keys ${Object.keys(res).filter((k) => k !== '_onPendingData').join(',')}`);
    res.end('four');
  }
});

function get(port, method, body) {
  return new Promise((resolve) => {
    const req = http.request({ port, method, path: '/', agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await get(port, 'GET');
  await new Promise((r) => setTimeout(r, 20));
  await get(port, 'GET');
  await get(port, 'POST', 'hello');
  await get(port, 'GET');
  server.close();
  await new Promise((r) => setTimeout(r, 20));
  console.log(log.join('\n'));
});
