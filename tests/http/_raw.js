// Helper: sends raw bytes to a server on 127.0.0.1:port and resolves with everything it sends
// back until it closes, with Date headers replaced by "Date: X".
'use strict';
const net = require('net');
module.exports = function raw(port, text, { end = false } = {}) {
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
