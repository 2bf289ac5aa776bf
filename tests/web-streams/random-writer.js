'use strict';
// Differential run: random (seeded) interleavings of writer operations; the trace of
// callbacks, settlements and errors must be the one node 20 prints (the .out file).
let seed = Number(process.argv[2] || 7);
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(n) { return Math.floor(rnd() * n); }
const log = [];
const L = (s) => log.push(s);
const E = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
async function ticks(n) { for (let i = 0; i < n; i++) await null; }
async function run() {
  let ctrl;
  const ws = new WritableStream({
    start(c) { ctrl = c; L('start'); if (ri(4) === 0) return ticks(ri(4)); if (ri(10) === 0) return Promise.reject(new Error('startfail')); },
    write(chunk) { L(`write ${chunk}`); const a = ri(10); if (a === 0) throw new Error('wfail'); if (a < 5) return ticks(ri(6)); },
    close() { L('close'); if (ri(6) === 0) return Promise.reject(new Error('cfail')); return ticks(ri(3)); },
    abort(r) { L(`abort ${E(r)}`); if (ri(5) === 0) throw new Error('afail'); },
  }, { highWaterMark: ri(4), size(c) { return typeof c === 'number' ? c % 3 : 1; } });
  let w = ws.getWriter();
  let closeCalled = false;
  w.ready.then(() => L('ready ok'), (e) => L(`ready !! ${E(e)}`));
  w.closed.then(() => L('closed ok'), (e) => L(`closed !! ${E(e)}`));
  for (let i = 0; i < 12; i++) {
    const op = ri(12);
    try {
      if (op < 6) { if (closeCalled) continue; const id = i; L(`w.write ${id} ds=${w.desiredSize}`); w.write(id).then(() => L(`wrote ${id}`), (e) => L(`write ${id} !! ${E(e)}`)); }
      else if (op === 6) { closeCalled = true; L('w.close'); w.close().then(() => L('close ok'), (e) => L(`close !! ${E(e)}`)); }
      else if (op === 7) { L('w.abort'); w.abort(`r${i}`).then(() => L('abort ok'), (e) => L(`abort !! ${E(e)}`)); }
      else if (op === 8) { L('release'); w.releaseLock(); w = ws.getWriter(); w.ready.then(() => L('ready2 ok'), (e) => L(`ready2 !! ${E(e)}`)); w.closed.then(() => L('closed2 ok'), (e) => L(`closed2 !! ${E(e)}`)); }
      else if (op === 9) { L('ctrl.error'); ctrl.error(new Error(`err${i}`)); }
      else if (op === 10) { L(`signal ${ctrl.signal.aborted} ${E(ctrl.signal.reason)}`); }
      else { L(`ds=${w.desiredSize}`); }
    } catch (e) { L(`op${op} !! ${E(e)}`); }
    await ticks(ri(5));
  }
  await ticks(40);
  L(`end locked=${ws.locked}`);
}
(async () => {
  for (let i = 0; i < Number(process.argv[3] || 40); i++) { L(`=== ${i}`); await run(); }
  console.log(log.join('\n'));
})();
