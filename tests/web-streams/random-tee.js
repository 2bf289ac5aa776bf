'use strict';
// Differential run: random (seeded) interleavings of tee operations; the trace of
// callbacks, settlements and errors must be the one node 20 prints (the .out file).
let seed = Number(process.argv[2] || 7);
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(n) { return Math.floor(rnd() * n); }
const log = [];
const L = (s) => log.push(s);
const E = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const V = (v) => (ArrayBuffer.isView(v) ? `${v.constructor.name}[${[...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)]}]` : String(v));
async function ticks(n) { for (let i = 0; i < n; i++) await null; }
async function run() {
  const bytes = ri(2) === 0;
  let n = 0;
  const src = {
    pull(c) {
      L(`pull ${c.desiredSize}`);
      const a = ri(10);
      if (a === 0) { L('src close'); c.close(); if (bytes && c.byobRequest) c.byobRequest.respond(0); return; }
      if (a === 1) { L('src error'); c.error(new Error('boom')); return; }
      if (bytes) {
        if (c.byobRequest && ri(2)) { const v = c.byobRequest.view; const k = 1 + ri(v.byteLength); for (let i = 0; i < k; i++) v[i] = n++; c.byobRequest.respond(k); L(`respond ${k}`); }
        else { const k = 1 + ri(4); const u = new Uint8Array(k); for (let i = 0; i < k; i++) u[i] = n++; c.enqueue(u); L(`enq ${k}`); }
      } else { c.enqueue(n++); }
      if (ri(3) === 0) return ticks(ri(4));
    },
    cancel(r) { L(`src cancel ${Array.isArray(r) ? r.join('+') : r}`); },
  };
  if (bytes) src.type = 'bytes';
  const rs = new ReadableStream(src);
  const branches = rs.tee();
  const readers = [null, null];
  for (let i = 0; i < 16; i++) {
    const b = ri(2);
    const op = ri(8);
    try {
      if (op < 5) {
        const byob = bytes && ri(2) === 0;
        if (!readers[b] || (readers[b].constructor === ReadableStreamBYOBReader) !== byob) { if (readers[b]) readers[b].releaseLock(); readers[b] = branches[b].getReader(byob ? { mode: 'byob' } : undefined); }
        const id = `${b}.${i}`;
        L(`read ${id} ${byob}`);
        (byob ? readers[b].read(new Uint8Array(1 + ri(5))) : readers[b].read()).then((r) => L(`read ${id} -> ${r.done} ${V(r.value)}`), (e) => L(`read ${id} !! ${E(e)}`));
      } else if (op === 5) {
        L(`cancel ${b}`);
        (readers[b] ? readers[b].cancel(`c${b}`) : branches[b].cancel(`c${b}`)).then(() => L(`cancelled ${b}`), (e) => L(`cancel ${b} !! ${E(e)}`));
      } else if (op === 6 && readers[b]) { L(`release ${b}`); readers[b].releaseLock(); readers[b] = null; }
    } catch (e) { L(`op !! ${E(e)}`); }
    await ticks(ri(5));
  }
  await new Promise((r) => setTimeout(r, 0));
  L('end');
}
(async () => {
  for (let i = 0; i < Number(process.argv[3] || 40); i++) { L(`=== ${i}`); await run(); }
  console.log(log.join('\n'));
})();
