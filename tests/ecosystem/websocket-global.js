// The WebSocket global (node 22; node 20 with --experimental-websocket) against a ws
// (npm) server: constructor errors, subprotocols, text/Blob/ArrayBuffer messages, sending
// a Blob in order, fragmented messages and pings from the server, the closing handshake
// both ways, a dropped connection and a failed handshake (its error event). The client runs as a child with
// the same runtime; its transcript must be exactly what node's undici client prints.
'use strict';
const assert = require('assert');
const http = require('http');
const path = require('path');
const { execFile } = require('child_process');
const { WebSocketServer } = require('ws');

const server = http.createServer((req, res) => {
  res.writeHead(404);
  res.end('not here');
});
const wss = new WebSocketServer({ noServer: true, handleProtocols: (set) => (set.has('chat') ? 'chat' : false) });
server.on('upgrade', (req, socket, head) => {
  if (req.url === '/not-found') {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    if (req.url === '/close-me') return ws.close(4001, 'server says bye');
    if (req.url === '/drop') return setTimeout(() => ws.terminate(), 20);
    ws.on('message', (data, isBinary) => {
      if (!isBinary && data.toString() === 'fragments please') {
        ws.ping('are you there');
        ws.send('part one, ', { fin: false });
        ws.send('part two', { fin: true });
        return;
      }
      ws.send(data, { binary: isBinary });
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  execFile(process.execPath, ['--experimental-websocket',
    path.join(__dirname, 'fixtures', 'ws-global-client.js'), String(port)],
  (err, stdout, stderr) => {
    assert.ifError(err);
    assert.strictEqual(stderr.replace(/^.*ExperimentalWarning.*\n.*\n?/m, ''), '');
    const lines = stdout.trimEnd().split('\n');
    assert.deepStrictEqual(lines, [
      'function 0 1 2 3',
      'throws SyntaxError Expected a ws: or wss: protocol, got ftp: 12',
      'throws SyntaxError Got fragment 12',
      'throws SyntaxError TypeError: Invalid URL 12',
      'throws SyntaxError Invalid Sec-WebSocket-Protocol value',
      `open 1 chat "" ws://127.0.0.1:${port}/echo blob`,
      'throws InvalidAccessError invalid code',
      'throws SyntaxError Reason must be less than 123 bytes; received 124',
      `message MessageEvent héllo ws://127.0.0.1:${port}`,
      'blob Blob 3 [ 1, 2, 3 ]',
      'arraybuffer ArrayBuffer 70000 7',
      'blob-sent from a blob',
      'then after the blob',
      'fragmented part one, part two',
      'closing 2',
      'close 4000 "bye" true',
      'closed 3',
      'close 4001 "server says bye" true',
      'server closed 3',
      'close 1006 "" false',
      'error error Received network error or non-101 status code.',
    ]);
    server.close();
    console.log('ok');
  });
});
