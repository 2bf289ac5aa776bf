// Helper for interop.js: an HTTP/2 (h2c) server on 127.0.0.1 that prints its port and stops
// when its stdin ends. Run by `node` and by rode.
'use strict';
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] === '/echo') {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('trailers', (t) => { stream.clientTrailer = t['x-client']; });
    stream.on('end', () => {
      const body = Buffer.concat(chunks);
      stream.respond({ ':status': 200, 'x-len': String(body.length), 'x-client-trailer': String(stream.clientTrailer) },
        { waitForTrailers: true });
      stream.once('wantTrailers', () => stream.sendTrailers({ 'x-trailer': 'yes' }));
      stream.end(body);
    });
  } else if (headers[':path'] === '/big') {
    stream.respond({ ':status': 200 });
    const buf = Buffer.alloc(1 << 20);
    for (let i = 0; i < buf.length; i++) buf[i] = i % 251;
    stream.end(buf);
  } else {
    stream.respond({ ':status': 404, 'x-runtime': process.release.name });
    stream.end('nope');
  }
});
server.listen(0, '127.0.0.1', () => { process.stdout.write(`${server.address().port}\n`); });
process.stdin.resume();
process.stdin.on('end', () => server.close(() => process.exit(0)));
