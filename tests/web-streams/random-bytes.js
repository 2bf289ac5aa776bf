'use strict';
// Differential run: random (seeded) byte-stream programs (BYOB and default readers, respond,
// respondWithNewView, enqueue, close, cancel, releaseLock); the trace must be the one node 20
// prints (the .out file). The seed avoids the paths where Node 20 fails internal assertions.
let seed = Number(process.argv[2] || 9);
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
function ri(n) { return Math.floor(rnd() * n); }
const log = [];
function L(s) { log.push(s); }
function E(e) { return e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e); }
function V(v) {
  if (v === undefined) return 'undef';
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${v.byteOffset},${v.byteLength}/${v.buffer.byteLength})[${[...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)].join(',')}]`;
  return String(v);
}
const ctors = [Uint8Array, Uint16Array, Uint32Array, DataView, Int8Array, Float64Array];
async function ticks(n) { for (let i = 0; i < n; i++) await null; }

async function run(iter) {
  let counter = 0;
  const auto = rnd() < 0.3 ? 1 + ri(16) : undefined;
  const hwm = ri(3) === 0 ? ri(20) : 0;
  let ctrl;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: auto,
    start(c) { ctrl = c; L(`start ds=${c.desiredSize}`); },
    pull(c) {
      const req = c.byobRequest;
      L(`pull ds=${c.desiredSize} req=${req ? V(req.view) : 'null'}`);
      const act = ri(6);
      try {
        if (act === 0 || !req) {
          if (rnd() < 0.15) { L('pull:close'); c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; }
          const n = 1 + ri(7);
          const u = new Uint8Array(n); for (let i = 0; i < n; i++) u[i] = counter++ & 255;
          c.enqueue(u); L(`pull:enqueue ${n}`);
        } else if (act <= 3) {
          const n = 1 + ri(req.view.byteLength);
          for (let i = 0; i < n; i++) req.view[i] = counter++ & 255;
          req.respond(n); L(`pull:respond ${n}`);
        } else if (act === 4) {
          const n = 1 + ri(req.view.byteLength);
          const nv = new Uint8Array(req.view.buffer, req.view.byteOffset, n);
          for (let i = 0; i < n; i++) nv[i] = counter++ & 255;
          req.respondWithNewView(nv); L(`pull:newview ${n}`);
        } else {
          L('pull:nothing');
          if (rnd() < 0.5) return ticks(ri(3)).then(() => L('pull:settled'));
        }
      } catch (e) { L(`pull:err ${E(e)}`); }
    },
    cancel(r) { L(`cancel ${r}`); },
  }, { highWaterMark: hwm });
  let reader = null;
  const pending = [];
  for (let step = 0; step < 25; step++) {
    const op = ri(10);
    try {
      if (op <= 3) {
        if (!reader || reader.constructor !== ReadableStreamBYOBReader) { if (reader) reader.releaseLock(); reader = rs.getReader({ mode: 'byob' }); L('byob reader'); }
        const C = ctors[ri(ctors.length)];
        const bpe = C === DataView ? 1 : C.BYTES_PER_ELEMENT;
        const len = 1 + ri(4);
        const off = ri(2);
        const buf = new ArrayBuffer((len + off + ri(2)) * bpe);
        const view = C === DataView ? new DataView(buf, off, len) : new C(buf, off * bpe, len);
        const min = rnd() < 0.3 ? 1 + ri(len) : undefined;
        const id = step;
        L(`read#${id} ${C.name} len=${len} min=${min}`);
        pending.push(reader.read(view, min === undefined ? undefined : { min }).then((r) => L(`read#${id} -> done=${r.done} ${V(r.value)}`), (e) => L(`read#${id} !! ${E(e)}`)));
      } else if (op <= 5) {
        if (!reader || reader.constructor !== ReadableStreamDefaultReader) { if (reader) reader.releaseLock(); reader = rs.getReader(); L('default reader'); }
        const id = step;
        L(`dread#${id}`);
        pending.push(reader.read().then((r) => L(`dread#${id} -> done=${r.done} ${V(r.value)}`), (e) => L(`dread#${id} !! ${E(e)}`)));
      } else if (op === 6) {
        if (reader) { reader.releaseLock(); reader = null; L('release'); }
      } else if (op === 7) {
        const n = 1 + ri(5);
        const u = new Uint8Array(n); for (let i = 0; i < n; i++) u[i] = counter++ & 255;
        L(`ext enqueue ${n}`); ctrl.enqueue(u);
      } else if (op === 8) {
        await ticks(ri(5));
        L(`ds=${ctrl.desiredSize} req=${ctrl.byobRequest ? V(ctrl.byobRequest.view) : 'null'}`);
      } else if (rnd() < 0.3) {
        if (rnd() < 0.5) { L('ext close'); ctrl.close(); } else { L('cancel-call'); pending.push((reader ? reader.cancel('r') : rs.cancel('r')).then(() => L('cancelled'), (e) => L(`cancel !! ${E(e)}`))); }
      }
    } catch (e) { L(`op${op} !! ${E(e)}`); }
    await ticks(ri(4));
  }
  await ticks(50);
  L(`end locked=${rs.locked}`);
}

(async () => {
  const n = Number(process.argv[3] || 60);
  for (let i = 0; i < n; i++) { L(`=== ${i}`); await run(i); }
  console.log(log.join('\n'));
})();
