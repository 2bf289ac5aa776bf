'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown and readline/promises' Readline:
// the bytes written, callbacks, validation errors; compared with Node's (cursor.out).
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable, PassThrough } = require('stream');
const t = (f) => { try { console.log('ok', JSON.stringify(f())); } catch (e) { console.log(e.code, e.message); } };
let out = '';
const w = new Writable({ write(c, e, cb) { out += c; cb(); } });
t(() => readline.cursorTo(w, 3));
t(() => readline.cursorTo(w, 3, 4));
t(() => readline.cursorTo(w));
t(() => readline.cursorTo(null, 1));
t(() => readline.cursorTo(w, 'a', 2));
t(() => readline.cursorTo(w, NaN));
t(() => readline.cursorTo(w, 1, NaN));
t(() => readline.cursorTo(w, 1, 2, 'x'));
t(() => readline.moveCursor(w, 2, -3));
t(() => readline.moveCursor(w, -1, 0));
t(() => readline.moveCursor(w, 0, 0));
t(() => readline.moveCursor(w, 0, 0, 5));
t(() => readline.clearLine(w, -1));
t(() => readline.clearLine(w, 1));
t(() => readline.clearLine(w, 0));
t(() => readline.clearLine(w));
t(() => readline.clearScreenDown(w));
t(() => readline.clearScreenDown(undefined));
t(() => readline.clearScreenDown(w, 1));
console.log(JSON.stringify(out));
let cbs = [];
readline.cursorTo(w, 1, () => cbs.push('cursorTo'));
readline.moveCursor(w, 0, 0, (e) => cbs.push('move0 ' + e));
readline.clearLine(null, 0, (e) => cbs.push('clearnull ' + e));
readline.cursorTo(null, 0, 0, (e) => cbs.push('cursornull ' + e));
// Readline class
t(() => new Readline(5));
t(() => new Readline(w, { autoCommit: 'x' }));
const r = new Readline(w);
t(() => r.cursorTo('a'));
t(() => r.cursorTo(1, 'b'));
t(() => r.moveCursor(1.5, 0));
t(() => r.moveCursor(0, 0) === r);
t(() => r.clearLine(2));
t(() => r.clearLine('x'));
(async () => {
  out = '';
  console.log(r.cursorTo(1) === r, r.cursorTo(2, 3) === r, r.moveCursor(-2, 4) === r, r.clearLine(-1) === r, r.clearLine(0) === r, r.clearLine(1) === r, r.clearScreenDown() === r);
  console.log(JSON.stringify(out));
  const res = await r.commit();
  console.log('commit', res, JSON.stringify(out));
  out = '';
  r.cursorTo(5).rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(out));
  const ra = new Readline(w, { autoCommit: true });
  out = '';
  ra.cursorTo(0).moveCursor(1, 1).clearScreenDown();
  console.log('sync', JSON.stringify(out));
  await new Promise((r) => process.nextTick(r));
  console.log('tick', JSON.stringify(out));
  const ended = new PassThrough(); ended.end();
  await new Promise((r) => setImmediate(r));
  t(() => new Readline(ended));
  // The callbacks above have all run by now; printed last (printing them from a separate
  // timer raced with this sequence on a loaded machine).
  await new Promise((r) => setTimeout(r, 10));
  console.log(cbs);
})();
