'use strict';
// node:tty: isatty() and the terminal stream classes' cursor methods. The test harness runs
// with stdio on pipes and /dev/null, so nothing here is a terminal.
const tty = require('tty');

console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'));
console.log(typeof tty.WriteStream, typeof tty.ReadStream);
console.log(process.stdout instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream);
console.log(process.stdout.isTTY, process.stdin.isTTY);

const chunks = [];
const fake = { write(d, cb) { chunks.push(d); if (cb) cb(); return true; } };
const proto = tty.WriteStream.prototype;
proto.cursorTo.call(fake, 3, 4);
proto.cursorTo.call(fake, 2);
proto.moveCursor.call(fake, -2, 3);
proto.moveCursor.call(fake, 5, -1);
proto.moveCursor.call(fake, 0, 0);
proto.clearLine.call(fake, -1);
proto.clearLine.call(fake, 0);
proto.clearLine.call(fake, 1);
proto.clearScreenDown.call(fake);
console.log(JSON.stringify(chunks));
