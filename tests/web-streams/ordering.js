'use strict';
// The order in which underlying-source/sink callbacks, read/write promises and plain
// microtasks run is observable; it must match Node's.

const log = [];
function ticks(n, tag) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(`${tag}${i}`));
  return p;
}

async function scenario(name, fn) {
  log.length = 0;
  await fn();
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log(`${name}: ${log.join(' ')}`);
}

(async () => {
  await scenario('start-pull', async () => {
    new ReadableStream({
      start() { log.push('start'); },
      pull(c) { log.push('pull'); c.enqueue(1); },
    });
    ticks(5, 't');
  });

  await scenario('start-promise', async () => {
    new ReadableStream({
      start() { log.push('start'); return Promise.resolve(); },
      pull() { log.push('pull'); return new Promise(() => {}); },
    });
    ticks(6, 't');
  });

  await scenario('read-queued', async () => {
    const rs = new ReadableStream({
      start(c) { c.enqueue('a'); c.enqueue('b'); },
      pull() { log.push('pull'); },
    }, { highWaterMark: 0 });
    const r = rs.getReader();
    r.read().then((v) => log.push(`read:${v.value}`));
    r.read().then((v) => log.push(`read:${v.value}`));
    r.read().then((v) => log.push(`read:${v.value}`));
    ticks(5, 't');
  });

  await scenario('pull-after-read', async () => {
    let ctrl;
    const rs = new ReadableStream({
      start(c) { ctrl = c; },
      pull() { log.push(`pull ds=${ctrl.desiredSize}`); },
    }, { highWaterMark: 2 });
    await ticks(3, 'w');
    ctrl.enqueue(1);
    log.push(`enq ds=${ctrl.desiredSize}`);
    const r = rs.getReader();
    r.read().then((v) => log.push(`read:${v.value}`));
    ticks(4, 't');
  });

  await scenario('close-while-reading', async () => {
    const rs = new ReadableStream({ pull(c) { log.push('pull'); c.close(); } });
    const r = rs.getReader();
    r.closed.then(() => log.push('closed'));
    r.read().then((v) => log.push(`done=${v.done}`));
    ticks(5, 't');
  });

  await scenario('cancel', async () => {
    const rs = new ReadableStream({
      start(c) { c.enqueue(1); },
      cancel(reason) { log.push(`cancel:${reason}`); return ticks(2, 'c'); },
    });
    const r = rs.getReader();
    r.closed.then(() => log.push('closed'));
    r.read().then((v) => log.push(`read:${v.value}`));
    r.cancel('why').then((v) => log.push(`cancelled:${v}`));
    ticks(6, 't');
  });

  await scenario('error', async () => {
    let ctrl;
    const rs = new ReadableStream({ start(c) { ctrl = c; } });
    const r = rs.getReader();
    r.read().then(null, (e) => log.push(`read-rejected:${e}`));
    r.closed.then(null, (e) => log.push(`closed-rejected:${e}`));
    ticks(1, 't');
    ctrl.error('boom');
    ticks(3, 'u');
  });

  await scenario('async-iterator', async () => {
    const rs = new ReadableStream({
      start(c) { c.enqueue(1); c.enqueue(2); c.close(); },
    });
    ticks(8, 't');
    for await (const v of rs) log.push(`v${v}`);
    log.push('end');
  });

  await scenario('iterator-return', async () => {
    const rs = new ReadableStream({
      start(c) { c.enqueue(1); c.enqueue(2); },
      cancel(r) { log.push(`cancel:${r}`); },
    });
    ticks(8, 't');
    for await (const v of rs) { log.push(`v${v}`); break; }
    log.push('end');
  });

  await scenario('writable', async () => {
    const ws = new WritableStream({
      start() { log.push('start'); },
      write(chunk) { log.push(`write:${chunk}`); return ticks(2, `w${chunk}-`); },
      close() { log.push('close'); },
    }, { highWaterMark: 2 });
    const w = ws.getWriter();
    log.push(`ds=${w.desiredSize}`);
    w.write('a').then(() => log.push('a-done'));
    w.write('b').then(() => log.push('b-done'));
    log.push(`ds=${w.desiredSize}`);
    w.ready.then(() => log.push('ready'));
    w.close().then(() => log.push('closed'));
    ticks(10, 't');
  });

  await scenario('writable-abort', async () => {
    const ws = new WritableStream({
      write(chunk) { log.push(`write:${chunk}`); return ticks(2, 'w'); },
      abort(reason) { log.push(`abort:${reason}`); },
    });
    const w = ws.getWriter();
    w.write('a').then(() => log.push('a-done'), (e) => log.push(`a-fail:${e}`));
    w.write('b').then(() => log.push('b-done'), (e) => log.push(`b-fail:${e}`));
    w.abort('stop').then(() => log.push('aborted'));
    w.closed.then(null, (e) => log.push(`closed-rejected:${e}`));
    ticks(8, 't');
  });

  await scenario('transform', async () => {
    const ts = new TransformStream({
      start() { log.push('start'); },
      transform(chunk, c) { log.push(`transform:${chunk}`); c.enqueue(chunk * 10); },
      flush() { log.push('flush'); },
    });
    const w = ts.writable.getWriter();
    const r = ts.readable.getReader();
    w.write(1).then(() => log.push('w1'));
    w.write(2).then(() => log.push('w2'));
    w.close().then(() => log.push('wclosed'));
    r.read().then((v) => log.push(`r:${v.value}`));
    r.read().then((v) => log.push(`r:${v.value}`));
    r.read().then((v) => log.push(`r-done:${v.done}`));
    ticks(12, 't');
  });

  await scenario('pipeTo', async () => {
    const rs = new ReadableStream({
      start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); },
    });
    const ws = new WritableStream({
      write(chunk) { log.push(`write:${chunk}`); },
      close() { log.push('sink-close'); },
    });
    rs.pipeTo(ws).then(() => log.push('piped'));
    ticks(14, 't');
  });

  await scenario('tee', async () => {
    const rs = new ReadableStream({
      start(c) { c.enqueue('x'); c.close(); },
    });
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    ra.read().then((v) => log.push(`a:${v.value}`));
    rb.read().then((v) => log.push(`b:${v.value}`));
    ra.read().then((v) => log.push(`a-done:${v.done}`));
    rb.closed.then(() => log.push('b-closed'));
    process.nextTick(() => log.push('tick'));
    ticks(8, 't');
  });

  await scenario('from', async () => {
    const rs = ReadableStream.from((function* () { log.push('gen1'); yield 1; log.push('gen2'); yield 2; })());
    const r = rs.getReader();
    r.read().then((v) => log.push(`r:${v.value}`));
    r.read().then((v) => log.push(`r:${v.value}`));
    ticks(10, 't');
  });

  await scenario('byob', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        log.push('pull');
        const v = c.byobRequest.view;
        v[0] = 1;
        c.byobRequest.respond(1);
      },
    });
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(4)).then((v) => log.push(`read:${v.value.length}`));
    ticks(8, 't');
  });
})();
