'use strict';
// fs.ReadStream: the order of 'open'/'ready'/'data'/'end'/'close' and the state seen at
// each step, compared with Node's through read-events.out.
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('read-events');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

const log = (...a) => console.log(a.join(' '));

function run(name, options, next) {
  log(`# ${name}`);
  const rs = fs.createReadStream(file, options);
  log('created pending', rs.pending, 'fd', rs.fd, 'bytesRead', rs.bytesRead);
  for (const ev of ['open', 'ready', 'end', 'close', 'pause', 'resume']) {
    rs.on(ev, (arg) => log(ev, ev === 'open' ? typeof arg : '', 'pending', rs.pending, 'bytesRead', rs.bytesRead));
  }
  rs.on('data', (d) => log('data', JSON.stringify(String(d)), 'bytesRead', rs.bytesRead));
  rs.on('close', () => {
    log('after close fd', rs.fd, 'destroyed', rs.destroyed);
    next();
  });
}

const steps = [
  (n) => run('defaults', undefined, n),
  (n) => run('start/end/highWaterMark', { start: 3, end: 12, highWaterMark: 4 }, n),
  (n) => run('end only, encoding', { end: 4, encoding: 'hex' }, n),
  (n) => run('start past the end', { start: 100 }, n),
  (n) => run('emitClose false', { emitClose: false, end: 1 }, n),
];
const next = () => {
  const s = steps.shift();
  if (s) s(next);
};
next();
// emitClose: false never calls next(): finish by a timer.
setTimeout(() => log('# done'), 300);
