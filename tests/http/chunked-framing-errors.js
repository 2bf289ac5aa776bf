'use strict';
// Bad framing after a chunk's data, an over-long chunk extension and over-long trailers give
// llhttp's error codes, the same whether the request arrives in one piece or cut in two.
// (Found by fuzzing rode's parser: the code used to depend on where the input was cut.)
const assert = require('assert');
const http = require('http');
const net = require('net');

const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
const cases = [
  [`${head}4\r\nwikiXYZW\r\n0\r\n\r\n`, 'HPE_STRICT', 'Expected LF after chunk data'],
  [`${head}4\r\nwiki\rX0\r\n\r\n`, 'HPE_STRICT', 'Expected LF after chunk data'],
  [`${head}4\r\nwiki\n0\r\n\r\n`, 'HPE_CR_EXPECTED', 'Missing expected CR after chunk data'],
  [`${head}4;${'a'.repeat(20000)}\r\nwiki\r\n0\r\n\r\n`, 'HPE_CHUNK_EXTENSIONS_OVERFLOW',
    'Chunk extensions overflow'],
  [`${head}4\r\nwiki\r\n0\r\nX-T: ${'a'.repeat(20000)}\r\n\r\n`, 'HPE_HEADER_OVERFLOW', 'Header overflow'],
  [`${head}4\r\nwiki\r\n0\r\nX-T: ${'a'.repeat(10000)}\r\nX-U: ${'a'.repeat(10000)}\r\n\r\n`,
    'HPE_HEADER_OVERFLOW', 'Header overflow'],
];

const errors = [];
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});
server.on('clientError', (err, socket) => {
  errors.push([err.code, err.message]);
  socket.destroy();
});

// Sends `text` in pieces (a short pause between them) and waits for the server to close.
function send(port, pieces) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', async () => {
      for (const p of pieces) {
        c.write(p);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    c.on('data', () => {});
    c.on('error', () => {});
    c.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const [text, code, reason] of cases) {
    const cut = text.length - 12; // inside the chunk data's end, the extension or the trailers
    for (const pieces of [[text], [text.slice(0, cut), text.slice(cut)]]) {
      errors.length = 0;
      await send(port, pieces);
      assert.deepStrictEqual(errors, [[code, `Parse Error: ${reason}`]],
        `${JSON.stringify(text.slice(0, 80))} in ${pieces.length} piece(s)`);
    }
  }
  // A well-formed request still works.
  errors.length = 0;
  const ok = await new Promise((resolve) => {
    let out = '';
    const c = net.connect(port, '127.0.0.1', () => c.end(`${head}4\r\nwiki\r\n0\r\nX-T: 1\r\n\r\n`));
    c.setEncoding('latin1');
    c.on('data', (d) => out += d);
    c.on('close', () => resolve(out));
  });
  assert.match(ok, /^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nok$/);
  assert.deepStrictEqual(errors, []);
  server.close();
});
