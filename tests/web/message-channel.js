'use strict';
// MessageChannel, MessagePort and MessageEvent within one process.
const assert = require('assert');
const util = require('util');

function nextMessage(port) {
  return new Promise((resolve) => port.once('message', resolve));
}

async function main() {
  // onmessage gets a MessageEvent; on('message') gets the value; both get a copy.
  {
    const { port1, port2 } = new MessageChannel();
    assert.ok(port1 instanceof MessagePort);
    assert.ok(port1 instanceof EventTarget);
    const events = [];
    const values = [];
    port2.onmessage = (e) => events.push(e);
    port2.on('message', (v) => values.push(v));
    const obj = { a: 1, d: new Date(0), m: new Map([[1, 2]]) };
    port1.postMessage(obj);
    obj.a = 2; // after posting: not seen
    port1.postMessage('second');
    assert.strictEqual(events.length, 0); // asynchronous
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(events.length, 2);
    const [e] = events;
    assert.ok(e instanceof MessageEvent);
    assert.ok(e instanceof Event);
    assert.strictEqual(e.type, 'message');
    assert.deepStrictEqual(e.data, { a: 1, d: new Date(0), m: new Map([[1, 2]]) });
    assert.notStrictEqual(e.data, obj);
    assert.strictEqual(e.origin, '');
    assert.strictEqual(e.lastEventId, '');
    assert.strictEqual(e.source, null);
    assert.deepStrictEqual(e.ports, []);
    assert.strictEqual(e.target, port2);
    assert.strictEqual(e.isTrusted, false);
    assert.strictEqual(e.cancelable, false);
    assert.strictEqual(events[1].data, 'second');
    assert.deepStrictEqual(values, [{ a: 1, d: new Date(0), m: new Map([[1, 2]]) }, 'second']);
    port1.close();
  }

  // Messages arrive after the synchronous code, the ticks and the microtasks, in order.
  {
    const { port1, port2 } = new MessageChannel();
    const order = [];
    const done = new Promise((resolve) => {
      port2.on('message', (v) => {
        order.push(v);
        if (v === 2) resolve();
      });
    });
    port1.postMessage(1);
    port1.postMessage(2);
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
    await done;
    assert.deepStrictEqual(order.slice(3), [1, 2]);
    assert.deepStrictEqual(order.slice(0, 3).sort(), ['microtask', 'sync', 'tick']);
    port2.close();
  }

  // Both directions.
  {
    const { port1, port2 } = new MessageChannel();
    port2.on('message', (v) => port2.postMessage(v * 2));
    const reply = nextMessage(port1);
    port1.postMessage(21);
    assert.strictEqual(await reply, 42);
    port1.close();
  }

  // A port receives only once started: by start(), onmessage, or a 'message' listener.
  {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage('queued');
    await new Promise((resolve) => setTimeout(resolve, 5));
    port2.start();
    const e = await new Promise((resolve) => port2.addEventListener('message', resolve));
    assert.strictEqual(e.data, 'queued');
    port2.close();
  }
  {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage('queued');
    await new Promise((resolve) => setTimeout(resolve, 5));
    // addEventListener('message') starts the port too (Node).
    const e = await new Promise((resolve) => port2.addEventListener('message', resolve));
    assert.strictEqual(e.data, 'queued');
    port2.close();
  }

  // ref: a port with a 'message' listener is ref'd; without one, it is not.
  {
    const { port1, port2 } = new MessageChannel();
    assert.strictEqual(port2.hasRef(), false);
    const f = () => {};
    port2.on('message', f);
    assert.strictEqual(port2.hasRef(), true);
    port2.off('message', f);
    assert.strictEqual(port2.hasRef(), false);
    port2.onmessage = f;
    assert.strictEqual(port2.hasRef(), true);
    port2.unref();
    assert.strictEqual(port2.hasRef(), false);
    port2.ref();
    assert.strictEqual(port2.hasRef(), true);
    port2.onmessage = null;
    assert.strictEqual(port2.hasRef(), false);
    assert.strictEqual(port1.hasRef(), false);
    port1.close();
  }

  // close(): both ports emit 'close'; nothing is delivered afterwards.
  {
    const { port1, port2 } = new MessageChannel();
    const got = [];
    port1.on('message', (v) => got.push(['port1', v]));
    port2.on('message', (v) => got.push(['port2', v]));
    const closed = [];
    const bothClosed = new Promise((resolve) => {
      port1.on('close', () => closed.push('port1'));
      port2.addEventListener('close', (e) => {
        closed.push(['port2', e instanceof Event]);
        resolve();
      });
    });
    port2.postMessage('to port1'); // port1 closes before it arrives
    port1.postMessage('to port2'); // sent before the close: delivered
    port1.close();
    port1.postMessage('after close'); // ignored
    port1.close(); // harmless
    await bothClosed;
    assert.deepStrictEqual(got, [['port2', 'to port2']]);
    assert.deepStrictEqual(closed, ['port1', ['port2', true]]);
    assert.strictEqual(port1.hasRef(), false);
    assert.strictEqual(port2.hasRef(), false);
    port2.postMessage('nobody'); // no error
  }

  // Transferring an ArrayBuffer detaches it.
  {
    const { port1, port2 } = new MessageChannel();
    const buf = new Uint8Array([1, 2, 3]).buffer;
    const received = nextMessage(port2);
    port1.postMessage({ buf }, [buf]);
    assert.strictEqual(buf.byteLength, 0);
    const { buf: got } = await received;
    assert.deepStrictEqual([...new Uint8Array(got)], [1, 2, 3]);
    // The transfer list may also be given as { transfer }.
    const buf2 = new ArrayBuffer(2);
    const received2 = nextMessage(port2);
    port1.postMessage(buf2, { transfer: [buf2] });
    assert.strictEqual(buf2.byteLength, 0);
    assert.strictEqual((await received2).byteLength, 2);
    port1.close();
  }

  // Transferring a MessagePort: the receiver gets a working port, in `ports` too.
  {
    const { port1, port2 } = new MessageChannel();
    const inner = new MessageChannel();
    const received = new Promise((resolve) => { port2.onmessage = resolve; });
    port1.postMessage({ port: inner.port1 }, [inner.port1]);
    const e = await received;
    const moved = e.data.port;
    assert.ok(moved instanceof MessagePort);
    assert.notStrictEqual(moved, inner.port1);
    assert.deepStrictEqual(e.ports, [moved]);
    const reply = nextMessage(inner.port2);
    moved.postMessage('through the moved port');
    assert.strictEqual(await reply, 'through the moved port');
    // The old object is out of use.
    inner.port1.postMessage('lost');
    assert.throws(() => port1.postMessage(inner.port1, [inner.port1]), {
      name: 'DataCloneError',
      message: 'MessagePort in transfer list is already detached',
    });
    // A port in a message must be in the transfer list.
    const other = new MessageChannel();
    assert.throws(() => port1.postMessage(other.port1), {
      name: 'TypeError',
      code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
      message: 'Object that needs transfer was found in message but not listed in transferList',
    });
    assert.throws(() => port1.postMessage(1, [port1]), {
      name: 'DataCloneError',
      message: 'Transfer list contains source port',
    });
    other.port1.close();
    moved.close();
    port1.close();
  }

  // Errors
  {
    const { port1, port2 } = new MessageChannel();
    assert.throws(() => port1.postMessage(() => {}), {
      name: 'DataCloneError',
      message: '() => {} could not be cloned.',
    });
    assert.throws(() => port1.postMessage(), {
      name: 'TypeError',
      code: 'ERR_MISSING_ARGS',
      message: 'Not enough arguments to MessagePort.postMessage',
    });
    assert.throws(() => new MessagePort(), {
      name: 'TypeError',
      code: 'ERR_CONSTRUCT_CALL_INVALID',
      message: 'Constructor cannot be called',
    });
    assert.throws(() => MessageChannel(), {
      name: 'TypeError',
      code: 'ERR_CONSTRUCT_CALL_REQUIRED',
      message: 'Cannot call constructor without `new`',
    });
    port1.close();
    port2.close();
  }

  // MessageEvent
  {
    const e = new MessageEvent('message', { data: 5, origin: 'o', lastEventId: 'l' });
    assert.strictEqual(e.data, 5);
    assert.strictEqual(e.origin, 'o');
    assert.strictEqual(e.lastEventId, 'l');
    assert.strictEqual(e.source, null);
    assert.deepStrictEqual(e.ports, []);
    assert.strictEqual(e.ports, e.ports);
    const d = new MessageEvent('x');
    assert.strictEqual(d.data, null);
    assert.strictEqual(d.origin, '');
    assert.strictEqual(new MessageEvent().type, 'undefined');
    assert.throws(() => new MessageEvent('x', { source: {} }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "init.source" property must be an instance of MessagePort. ' +
        'Received an instance of Object',
    });
    assert.throws(() => new MessageEvent('x', { ports: [1] }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "init.ports[0]" property must be an instance of MessagePort. ' +
        'Received type number (1)',
    });
    const { port1 } = new MessageChannel();
    assert.strictEqual(new MessageEvent('x', { source: port1, ports: [port1] }).source, port1);
    assert.deepStrictEqual(Object.keys(MessageEvent.prototype),
                           ['data', 'origin', 'lastEventId', 'source', 'ports']);
    assert.strictEqual(util.inspect(e, { depth: -1 }), 'MessageEvent');
    assert.match(util.inspect(e), /^MessageEvent \{\n {2}type: 'message',/);
  }

  // Shape
  {
    const channel = new MessageChannel();
    assert.deepStrictEqual(Object.keys(channel), ['port1', 'port2']);
    for (const name of ['postMessage', 'start', 'close', 'ref', 'unref', 'hasRef', 'onmessage',
                        'onmessageerror']) {
      assert.strictEqual(Object.getOwnPropertyDescriptor(MessagePort.prototype, name).enumerable,
                         true, name);
    }
    assert.match(util.inspect(channel.port1),
                 /^MessagePort \[EventTarget\] \{\s+active: true,\s+refed: false/);
    channel.port1.close();
  }

  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
