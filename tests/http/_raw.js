// Helper: sends raw bytes to a server on 127.0.0.1:port and resolves with everything it sends
// back until it closes, with Date headers replaced by "Date: X".
'use strict';
const net = require('net');
function raw(port, text, { end = false } = {}) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write(text);
      if (end) c.end();
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => out += d);
    c.on('error', reject);
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n')));
  });
};

// Serves `cases` ([name, handler(res)] pairs) by index and sends each one request on its own
// connection (`method(name)`, GET by default), closing; `report(name, response)` prints it.
raw.eachCase = function eachCase(cases, report, method = () => 'GET') {
  const http = require('http');
  const server = http.createServer((req, res) => cases[Number(req.url.slice(1))][1](res));
  server.listen(0, '127.0.0.1', async () => {
    for (let i = 0; i < cases.length; i++) {
      const out = await raw(server.address().port,
        `${method(cases[i][0])} /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      report(cases[i][0], out);
    }
    server.close();
  });
};

module.exports = raw;
