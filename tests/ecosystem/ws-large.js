// ws 8 with its native bufferutil addon (Node-API, prebuilt in the npm package): a 4 MiB
// binary message and a 1 MiB text message echoed between a server and a client in this
// process, masked and unmasked by the addon (ws uses it when it loads).
'use strict';
const assert = require('assert');
const WebSocket = require('ws');
const bufferutil = require('bufferutil');

// The addon itself, as ws calls it.
const mask = Buffer.from([0x12, 0x34, 0x56, 0x78]);
const plain = Buffer.from('Hello, bufferutil!');
const masked = Buffer.alloc(plain.length);
bufferutil.mask(plain, mask, masked, 0, plain.length);
assert.strictEqual(masked.toString('hex'), '5a513a147d18761a6752301d604122117e15');
assert.ok(masked.equals(plain.map((b, i) => b ^ mask[i & 3])));
bufferutil.unmask(masked, mask);
assert.ok(masked.equals(plain));

const wss = new WebSocket.Server({ host: '127.0.0.1', port: 0 }, () => {
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}`);
  const big = Buffer.alloc(4 << 20);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 12)) & 255;
  const text = 'ünïcødé-'.repeat(1 << 17);
  const got = [];
  ws.on('open', () => {
    ws.send(big);
    ws.send(text);
  });
  ws.on('message', (data, isBinary) => {
    got.push([data, isBinary]);
    if (got.length < 2) return;
    assert.strictEqual(got[0][1], true);
    assert.ok(Buffer.concat([got[0][0]]).equals(big));
    assert.strictEqual(got[1][1], false);
    assert.strictEqual(got[1][0].toString(), text);
    ws.close();
    wss.close();
    console.log('ws large ok');
  });
});
wss.on('connection', (s) => s.on('message', (m, isBinary) => s.send(m, { binary: isBinary })));
