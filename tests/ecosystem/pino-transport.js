'use strict';
// pino (installed with fastify) logging through a transport: thread-stream runs the
// transport in a worker thread and hands it the log lines through a SharedArrayBuffer with
// Atomics.wait/notify.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const pino = require('pino');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-pino-'));
const dest = path.join(dir, 'app.log');
const transport = pino.transport({ target: 'pino/file', options: { destination: dest } });
const logger = pino(transport);
logger.info({ a: 1 }, 'hello from pino');
for (let i = 0; i < 100; i++) logger.debug('not written');
logger.warn({ list: [1, 2] }, 'second');
transport.end();
process.on('exit', () => {
  const lines = fs.readFileSync(dest, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  fs.rmSync(dir, { recursive: true });
  assert.deepStrictEqual(lines.map((l) => [l.level, l.msg, l.a, l.list]), [
    [30, 'hello from pino', 1, undefined],
    [40, 'second', undefined, [1, 2]],
  ]);
  assert.strictEqual(lines[0].pid, process.pid);
  console.log('ok');
});
