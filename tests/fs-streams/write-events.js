'use strict';
// fs.WriteStream: event order ('open', 'ready', 'drain', 'finish', 'close'), bytesWritten,
// pending, write callbacks, writev of buffered chunks, close(cb), compared with Node's.
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('write-events');
const log = (...a) => console.log(a.join(' '));

function run(name, file, options, body, next) {
  log(`# ${name}`);
  const ws = fs.createWriteStream(file, options);
  log('created pending', ws.pending, 'bytesWritten', ws.bytesWritten, 'path', path.basename(String(ws.path)),
      'flags', ws.flags, 'mode', ws.mode, 'autoClose', ws.autoClose);
  for (const ev of ['open', 'ready', 'drain', 'finish', 'close']) {
    ws.on(ev, (arg) => log(ev, ev === 'open' ? typeof arg : '', 'pending', ws.pending, 'bytesWritten', ws.bytesWritten));
  }
  ws.on('error', (e) => log('error', e.code, e.message.replace(dir, '<dir>')));
  ws.on('close', () => {
    log('content', JSON.stringify(fs.existsSync(file) ? fs.readFileSync(file, 'latin1') : null));
    next();
  });
  body(ws);
}

const steps = [
  (n) => run('writes and end', path.join(dir, 'a.txt'), undefined, (ws) => {
    log('write1', ws.write('hello ', () => log('cb1')));
    log('write2', ws.write(Buffer.from('wörld'), () => log('cb2')));
    ws.end('!', () => log('end cb'));
  }, n),
  (n) => run('highWaterMark and drain', path.join(dir, 'b.txt'), { highWaterMark: 4 }, (ws) => {
    log('write', ws.write('abcdef'));
    ws.once('drain', () => ws.end('gh'));
  }, n),
  (n) => run('append', path.join(dir, 'a.txt'), { flags: 'a', encoding: 'latin1' }, (ws) => {
    ws.write('\xe9');
    ws.end();
  }, n),
  (n) => run('start inside the file', path.join(dir, 'a.txt'), { flags: 'r+', start: 2 }, (ws) => {
    ws.write('XY');
    ws.write('Z', () => log('cbZ', ws.bytesWritten));
    ws.close(() => log('close cb'));
  }, n),
  (n) => run('writev after open', path.join(dir, 'c.txt'), undefined, (ws) => {
    ws.on('open', () => {
      ws.cork();
      ws.write('1');
      ws.write('2');
      ws.write(Buffer.from('3'));
      process.nextTick(() => ws.uncork());
      ws.end();
    });
  }, n),
  (n) => run('open error', path.join(dir, 'missing', 'x.txt'), undefined, (ws) => {
    ws.write('lost', (err) => log('write cb', err && err.code));
  }, n),
  (n) => run('destroySoon is end', path.join(dir, 'd.txt'), undefined, (ws) => {
    log('same', ws.destroySoon === ws.end);
    ws.write('x');
    ws.destroySoon();
  }, n),
];
const next = () => {
  const s = steps.shift();
  if (s) s(next);
};
next();
