'use strict';
// captureRejections: promises returned by listeners that reject are routed to
// Symbol.for('nodejs.rejection') or the 'error' event.
const assert = require('assert');
const events = require('events');
const { EventEmitter, captureRejectionSymbol } = events;

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
  // Off by default: the rejection is left alone (we handle it to keep the
  // process quiet).
  {
    const e = new EventEmitter();
    let p;
    e.on('x', () => { p = Promise.reject(new Error('ignored')); return p; });
    let errors = 0;
    e.on('error', () => errors++);
    e.emit('x');
    p.catch(() => {});
    await tick();
    assert.strictEqual(errors, 0);
  }

  // On: the rejection becomes an 'error' event, on a later tick.
  {
    const e = new EventEmitter({ captureRejections: true });
    const err = new Error('async failure');
    e.on('x', async () => { throw err; });
    const seen = [];
    e.on('error', (got) => seen.push(got));
    assert.strictEqual(e.emit('x'), true);
    assert.deepStrictEqual(seen, []);
    await tick();
    assert.deepStrictEqual(seen, [err]);
  }

  // With several listeners, each rejection is reported.
  {
    const e = new EventEmitter({ captureRejections: true });
    e.on('x', async () => { throw new Error('one'); });
    e.on('x', () => 'not a promise');
    e.on('x', async () => { throw new Error('two'); });
    e.on('x', async () => 'fine');
    const seen = [];
    e.on('error', (err) => seen.push(err.message));
    e.emit('x');
    await tick();
    assert.deepStrictEqual(seen.sort(), ['one', 'two']);
  }

  // A Symbol.for('nodejs.rejection') method receives (err, event, ...args).
  {
    class MyEmitter extends EventEmitter {
      constructor() {
        super({ captureRejections: true });
        this.reports = [];
      }

      [captureRejectionSymbol](err, event, ...args) {
        this.reports.push([err.message, event, args]);
      }
    }
    const e = new MyEmitter();
    e.on('request', async (a, b) => { throw new Error(`failed ${a}`); });
    e.emit('request', 1, 2);
    await tick();
    assert.deepStrictEqual(e.reports, [['failed 1', 'request', [1, 2]]]);
  }

  // Thenables count too.
  {
    const e = new EventEmitter({ captureRejections: true });
    e.on('x', () => ({ then(resolve, reject) { reject(new Error('thenable')); } }));
    const seen = [];
    e.on('error', (err) => seen.push(err.message));
    e.emit('x');
    await tick();
    assert.deepStrictEqual(seen, ['thenable']);
  }

  // An 'error' listener that rejects does not loop: with no other handler the
  // rejection is left unhandled.
  {
    const e = new EventEmitter({ captureRejections: true });
    const unhandled = [];
    const onUnhandled = (reason) => unhandled.push(reason.message);
    process.on('unhandledRejection', onUnhandled);
    let calls = 0;
    e.on('error', async () => {
      calls++;
      throw new Error('error listener failed');
    });
    e.emit('error', new Error('first'));
    await tick();
    await tick();
    process.off('unhandledRejection', onUnhandled);
    assert.strictEqual(calls, 2); // the original error, then the captured rejection
    assert.deepStrictEqual(unhandled, ['error listener failed']);
  }

  // With no 'error' listener the captured rejection is thrown from a
  // process.nextTick callback: an uncaught exception, not a new rejection.
  {
    const e = new EventEmitter({ captureRejections: true });
    const err = new Error('nobody handles this');
    e.on('x', async () => { throw err; });
    const caught = [];
    const unhandled = [];
    const onCaught = (thrown) => caught.push(thrown);
    const onUnhandled = (reason) => unhandled.push(reason);
    process.on('uncaughtException', onCaught);
    process.on('unhandledRejection', onUnhandled);
    e.emit('x');
    await tick();
    await tick();
    process.off('uncaughtException', onCaught);
    process.off('unhandledRejection', onUnhandled);
    assert.deepStrictEqual(caught, [err]);
    assert.deepStrictEqual(unhandled, []);
  }

  // The global switch and validation.
  {
    assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.captureRejections" property must be of type boolean. ' +
        "Received type string ('yes')",
    });
    assert.throws(() => { events.captureRejections = 1; }, {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
        'Received type number (1)',
    });
    events.captureRejections = true;
    assert.strictEqual(events.captureRejections, true);
    const e = new EventEmitter();
    e.on('x', async () => { throw new Error('global'); });
    const seen = [];
    e.on('error', (err) => seen.push(err.message));
    // An explicit false (falsy) option takes the global default.
    const f = new EventEmitter({ captureRejections: false });
    f.on('x', async () => { throw new Error('from f'); });
    f.on('error', (err) => seen.push(err.message));
    events.captureRejections = false;
    e.emit('x');
    f.emit('x');
    await tick();
    assert.deepStrictEqual(seen.sort(), ['from f', 'global']);
    // Emitters made now do not capture.
    const g = new EventEmitter();
    let p;
    g.on('x', () => { p = Promise.reject(new Error('not captured')); return p; });
    g.on('error', () => seen.push('unexpected'));
    g.emit('x');
    p.catch(() => {});
    await tick();
    assert.strictEqual(seen.length, 2);
  }

  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
