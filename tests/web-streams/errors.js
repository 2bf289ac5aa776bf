'use strict';
// Error classes, codes and messages of the web stream classes, synchronous throws and
// rejected promises alike, as Node 20 reports them.

function show(label, e) {
  console.log(`${label}: ${e.constructor.name} ${e.code} ${e.message}`);
}

function sync(label, fn) {
  try {
    fn();
    console.log(`${label}: no error`);
  } catch (e) {
    show(label, e);
  }
}

async function rejects(label, fn) {
  let p;
  try {
    p = fn();
  } catch (e) {
    console.log(`${label}: threw synchronously`);
    show(label, e);
    return;
  }
  try {
    await p;
    console.log(`${label}: resolved`);
  } catch (e) {
    show(label, e);
  }
}

(async () => {
  // Constructors and their arguments.
  sync('RS null source', () => new ReadableStream(null));
  sync('RS number source', () => new ReadableStream(1));
  sync('RS bad type', () => new ReadableStream({ type: 'byte' }));
  sync('RS bytes with size', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
  sync('RS negative hwm', () => new ReadableStream({}, { highWaterMark: -1 }));
  sync('RS NaN hwm', () => new ReadableStream({}, { highWaterMark: NaN }));
  sync('RS size not function', () => new ReadableStream({}, { size: 1 }));
  sync('RS pull not function', () => new ReadableStream({ pull: 1 }));
  sync('RS cancel not function', () => new ReadableStream({ cancel: 'x' }));
  sync('RS autoAllocate 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  sync('RS start throws', () => new ReadableStream({ start() { throw new RangeError('nope'); } }));
  sync('RS strategy null ok', () => new ReadableStream({}, null));
  sync('WS type', () => new WritableStream({ type: 'x' }));
  sync('WS null sink', () => new WritableStream(null));
  sync('WS write not function', () => new WritableStream({ write: 3 }));
  sync('WS hwm', () => new WritableStream({}, { highWaterMark: -5 }));
  sync('TS readableType', () => new TransformStream({ readableType: 'bytes' }));
  sync('TS writableType', () => new TransformStream({ writableType: 'bytes' }));
  sync('TS transform not function', () => new TransformStream({ transform: {} }));
  sync('TS readable hwm', () => new TransformStream({}, {}, { highWaterMark: -1 }));
  sync('CQS no init', () => new CountQueuingStrategy());
  sync('CQS no hwm', () => new CountQueuingStrategy({}));
  sync('BLQS no hwm', () => new ByteLengthQueuingStrategy({ size: 1 }));
  sync('illegal RSDC', () => new ReadableStreamDefaultController());
  sync('illegal RBSC', () => new ReadableByteStreamController());
  sync('illegal BYOBRequest', () => new ReadableStreamBYOBRequest());
  sync('illegal WSDC', () => new WritableStreamDefaultController());
  sync('illegal TSDC', () => new TransformStreamDefaultController());
  sync('reader of non-stream', () => new ReadableStreamDefaultReader({}));
  sync('byob reader of non-stream', () => new ReadableStreamBYOBReader(1));
  sync('writer of non-stream', () => new WritableStreamDefaultWriter(null));
  sync('byob reader of default stream', () => new ReadableStreamBYOBReader(new ReadableStream()));
  sync('TextDecoderStream bad label', () => new TextDecoderStream('nope'));

  // Locking.
  const rs = new ReadableStream();
  rs.getReader();
  sync('second reader', () => rs.getReader());
  sync('second byob reader', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }) && rs.getReader({ mode: 'byob' }));
  sync('bad mode', () => new ReadableStream().getReader({ mode: 'BYOB' }));
  sync('options not object', () => new ReadableStream().getReader(5));
  await rejects('cancel locked', () => rs.cancel());
  sync('tee locked', () => rs.tee());
  sync('values locked', () => rs.values());
  const ws = new WritableStream();
  ws.getWriter();
  sync('second writer', () => ws.getWriter());
  await rejects('abort locked', () => ws.abort());
  await rejects('close locked', () => ws.close());

  // Wrong `this`.
  sync('locked getter', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
  await rejects('cancel this', () => ReadableStream.prototype.cancel.call({}));
  sync('getReader this', () => ReadableStream.prototype.getReader.call(1));
  sync('tee this', () => ReadableStream.prototype.tee.call(null));
  await rejects('pipeTo this', () => ReadableStream.prototype.pipeTo.call({}, new WritableStream()));
  await rejects('read this', () => ReadableStreamDefaultReader.prototype.read.call({}));
  await rejects('byob read this', () => ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)));
  await rejects('write this', () => WritableStreamDefaultWriter.prototype.write.call({}, 1));
  await rejects('ws abort this', () => WritableStream.prototype.abort.call({}));
  sync('ts readable this', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}));
  sync('cqs hwm this', () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({}));
  sync('tes encoding this', () => Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding').get.call({}));

  // pipeTo / pipeThrough arguments.
  await rejects('pipeTo non-writable', () => new ReadableStream().pipeTo({}));
  await rejects('pipeTo bad signal', () => new ReadableStream().pipeTo(new WritableStream(), { signal: {} }));
  await rejects('pipeTo locked source', () => rs.pipeTo(new WritableStream()));
  await rejects('pipeTo locked dest', () => new ReadableStream().pipeTo(ws));
  sync('pipeThrough no readable', () => new ReadableStream().pipeThrough({ writable: new WritableStream() }));
  sync('pipeThrough no writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream() }));
  sync('pipeThrough locked', () => rs.pipeThrough(new TransformStream()));
  sync('pipeThrough locked dest', () => new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: ws }));

  // Controllers.
  let ctrl;
  new ReadableStream({ start(c) { ctrl = c; } });
  ctrl.close();
  sync('enqueue after close', () => ctrl.enqueue(1));
  sync('close after close', () => ctrl.close());
  sync('error after close', () => ctrl.error(new Error('x')));
  let bctrl;
  new ReadableStream({ type: 'bytes', start(c) { bctrl = c; } });
  sync('byte enqueue non-view', () => bctrl.enqueue('abc'));
  sync('byte enqueue empty', () => bctrl.enqueue(new Uint8Array(0)));
  bctrl.close();
  sync('byte enqueue after close', () => bctrl.enqueue(new Uint8Array(1)));
  sync('byte close after close', () => bctrl.close());
  let sizeCtrl;
  const sized = new ReadableStream({ start(c) { sizeCtrl = c; } }, { size() { return -1; } });
  sync('negative chunk size', () => sizeCtrl.enqueue(1));
  await rejects('read after size error', () => sized.getReader().read());
  let throwCtrl;
  new ReadableStream({ start(c) { throwCtrl = c; } }, { size() { throw new SyntaxError('size!'); } });
  sync('size throws', () => throwCtrl.enqueue(1));

  // Readers after release.
  const released = new ReadableStream().getReader();
  released.releaseLock();
  await rejects('read released', () => released.read());
  await rejects('closed released', () => released.closed);
  await rejects('cancel released', () => released.cancel());
  const pending = new ReadableStream().getReader();
  const p = pending.read();
  pending.releaseLock();
  await rejects('pending read at release', () => p);

  // BYOB read arguments.
  const byob = () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await rejects('byob read no view', () => byob().read());
  await rejects('byob read array', () => byob().read([1, 2]));
  await rejects('byob read empty view', () => byob().read(new Uint8Array(0)));
  await rejects('byob min string', () => byob().read(new Uint8Array(4), { min: '1' }));
  await rejects('byob min float', () => byob().read(new Uint8Array(4), { min: 1.5 }));
  await rejects('byob min zero', () => byob().read(new Uint8Array(4), { min: 0 }));
  await rejects('byob min too big', () => byob().read(new Uint16Array(4), { min: 5 }));
  await rejects('byob min dataview', () => byob().read(new DataView(new ArrayBuffer(4)), { min: 5 }));
  const rel = byob();
  rel.releaseLock();
  await rejects('byob read released', () => rel.read(new Uint8Array(1)));

  // Writers.
  const wsw = new WritableStream();
  const writer = wsw.getWriter();
  await writer.close();
  // (Node 20 fails an internal assertion for a write after close; not tested.)
  await rejects('close after close', () => writer.close());
  writer.releaseLock();
  await rejects('write released', () => writer.write(1));
  await rejects('ready released', () => writer.ready);
  await rejects('closed released', () => writer.closed);
  sync('desiredSize released', () => writer.desiredSize);
  await rejects('close closed stream', () => wsw.close());
  await rejects('abort closed stream', () => wsw.abort());

  // TransformStream controller.
  let tctrl;
  const ts = new TransformStream({ start(c) { tctrl = c; } });
  tctrl.terminate();
  sync('enqueue after terminate', () => tctrl.enqueue(1));
  await rejects('write after terminate', () => ts.writable.getWriter().write(1));

  // from().
  sync('from number', () => ReadableStream.from(1));
  sync('from bad iterator', () => ReadableStream.from({ [Symbol.asyncIterator]() { return 1; } }));
  await rejects('from next non-object', () => ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 1; } }; } }).getReader().read());
  await rejects('from next resolves non-object', () => ReadableStream.from({ [Symbol.asyncIterator]() { return { async next() { return 1; } }; } }).getReader().read());

  // Async iterator on a released stream.
  const it = new ReadableStream({ start(c) { c.close(); } }).values();
  await it.next();
  console.log('next after end:', JSON.stringify(await it.next()));
})();
