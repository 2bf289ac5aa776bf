'use strict';
// question(): the callback form (with util.promisify), readline/promises' promise form,
// AbortSignal cancelling either, the prompt swap, ERR_USE_AFTER_CLOSE.
const assert = require('assert');
const readline = require('readline');
const readlineP = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');

function setup(mod = readline, options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = mod.createInterface({ input, output, terminal: false, ...options });
  return { input, rl, out: () => written };
}
const tick = () => new Promise((r) => setImmediate(r));

(async () => {
  // Callback form: the query is the prompt while the question is open.
  {
    const { input, rl, out } = setup(readline, { prompt: 'P> ' });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    let answer;
    rl.question('Name? ', (a) => { answer = a; });
    assert.strictEqual(rl.getPrompt(), 'Name? ');
    // A second question while one is open only prompts again.
    rl.question('Ignored? ', () => assert.fail('second callback'));
    input.write('Ada\nnext\n');
    await tick();
    assert.strictEqual(answer, 'Ada');
    assert.deepStrictEqual(lines, ['next']);
    assert.strictEqual(rl.getPrompt(), 'P> ');
    assert.strictEqual(out(), 'Name? Name? ');
    rl.prompt();
    await tick();
    assert.strictEqual(out(), 'Name? Name? P> ');
    rl.setPrompt('$ ');
    assert.strictEqual(rl.getPrompt(), '$ ');
    rl.close();
    assert.throws(() => rl.question('late?', () => {}), {
      code: 'ERR_USE_AFTER_CLOSE',
      name: 'Error',
      message: 'readline was closed',
    });
  }

  // util.promisify(rl.question) uses the custom form.
  {
    const { input, rl } = setup();
    const q = util.promisify(rl.question).bind(rl);
    const p = q('Age? ');
    input.write('42\n');
    assert.strictEqual(await p, '42');
    const ac = new AbortController();
    const p2 = q('Again? ', { signal: ac.signal });
    ac.abort('why');
    await assert.rejects(p2, (err) => err.name === 'AbortError' && err.cause === 'why');
    await assert.rejects(q('x', { signal: AbortSignal.abort() }), { name: 'AbortError', code: 'ABORT_ERR' });
    rl.close();
  }

  // Callback form with a signal: aborting cancels the question (the line is a plain line).
  {
    const { input, rl, out } = setup();
    const ac = new AbortController();
    rl.question('Q? ', { signal: ac.signal }, () => assert.fail('cancelled'));
    ac.abort();
    const line = new Promise((resolve) => rl.once('line', resolve));
    input.write('plain\n');
    assert.strictEqual(await line, 'plain');
    assert.strictEqual(rl.getPrompt(), '> ');
    assert.strictEqual(out(), 'Q? \r\n');
    // An already aborted signal: nothing happens.
    rl.question('Q2? ', { signal: AbortSignal.abort() }, () => assert.fail('aborted'));
    assert.strictEqual(rl.getPrompt(), '> ');
    assert.throws(() => rl.question('Q3', { signal: 'x' }, () => {}), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type string (\'x\')',
    });
    rl.close();
  }

  // readline/promises
  {
    const { input, rl, out } = setup(readlineP);
    assert.ok(rl instanceof readlineP.Interface);
    assert.ok(!(rl instanceof readline.Interface));
    const p = rl.question('Color? ');
    assert.ok(p instanceof Promise);
    input.write('blue\n');
    assert.strictEqual(await p, 'blue');
    assert.strictEqual(out(), 'Color? ');

    const ac = new AbortController();
    const p2 = rl.question('Size? ', { signal: ac.signal });
    ac.abort(new Error('stop'));
    await assert.rejects(p2, (err) => err.name === 'AbortError' && err.cause.message === 'stop');
    assert.strictEqual(rl.getPrompt(), '> ');
    await assert.rejects(rl.question('x', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    rl.close();
    await assert.rejects(rl.question('closed?'), { code: 'ERR_USE_AFTER_CLOSE' });
  }

  // The interface's own signal closes it.
  {
    const ac = new AbortController();
    const { rl } = setup(readline, { signal: ac.signal });
    const closed = new Promise((resolve) => rl.on('close', resolve));
    ac.abort();
    await closed;
    assert.strictEqual(rl.closed, true);
    const { rl: rl2 } = setup(readline, { signal: AbortSignal.abort() });
    assert.strictEqual(rl2.closed, undefined);
    await new Promise((resolve) => rl2.on('close', resolve));
  }
  console.log('ok');
})();
