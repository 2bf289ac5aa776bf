// A TCP echo round trip: event order on both ends, addresses, byte counters, close flags.
'use strict';
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer((sock) => {
  events.push('server:connection');
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv4');
  assert.strictEqual(typeof sock.remotePort, 'number');
  assert.strictEqual(sock.localPort, server.address().port);
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    events.push(`server:data:${d}`);
    sock.end(`echo:${d}`);
  });
  sock.on('end', () => events.push('server:end'));
  sock.on('finish', () => events.push('server:finish'));
  sock.on('close', (hadError) => {
    events.push(`server:close:${hadError}`);
    server.close(() => {
      events.push('server:closed');
    });
  });
});

server.on('listening', () => events.push('server:listening'));
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  assert.deepStrictEqual(Object.keys(addr).sort(), ['address', 'family', 'port']);
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  const client = net.connect({ port: addr.port, host: '127.0.0.1' });
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.pending, true);
  client.on('connect', () => {
    events.push('client:connect');
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.remotePort, addr.port);
    client.write('ping');
  });
  client.on('ready', () => events.push('client:ready'));
  let got = '';
  client.on('data', (d) => {
    got += d;
  });
  client.on('end', () => events.push('client:end'));
  client.on('close', (hadError) => {
    events.push(`client:close:${hadError}`);
    assert.strictEqual(got, 'echo:ping');
    assert.strictEqual(client.bytesRead, 9);
    assert.strictEqual(client.bytesWritten, 4);
  });
});

process.on('exit', () => {
  // Cross-socket interleaving is timing-dependent; each side's own order is not.
  const side = (p) => events.filter((e) => e.startsWith(p));
  assert.deepStrictEqual(side('client:'), ['client:connect', 'client:ready', 'client:end', 'client:close:false']);
  assert.deepStrictEqual(side('server:'), [
    'server:listening', 'server:connection', 'server:data:ping', 'server:finish', 'server:end',
    'server:close:false', 'server:closed',
  ]);
});
