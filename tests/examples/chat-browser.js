// examples/chat end to end: the server runs as a child (this runtime's own binary), two
// headless Chromium pages join and talk through the page's inline JS, and this test joins
// too with its own WebSocket client (ping/pong, a fragmented message, close handshake).
// Needs Debian's chromium at /usr/bin/chromium: fails (does not skip) without it.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { connectWebSocket, launchChromium, CHROMIUM } = require('./_cdp.js');

assert.ok(
  fs.existsSync(CHROMIUM),
  `${CHROMIUM} is missing: this test drives Debian's headless Chromium; install it with ` +
    '`apt-get install -y chromium`',
);

const SERVER = path.join(__dirname, '..', '..', 'examples', 'chat', 'server.js');

function startServer() {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      out += s;
      const m = /^Chat server listening on (http:\/\/localhost:(\d+)\/)\n/.exec(out);
      if (m) resolve({ child, url: m[1], port: Number(m[2]) });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

function get(port, urlPath) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (s) => (body += s));
        res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
      })
      .on('error', reject);
  });
}

const messagesOf = `[...document.querySelectorAll('#messages li')].map((li) => li.textContent)`;
const usersOf = `[...document.querySelectorAll('#users li')].map((li) => li.textContent).join(',')`;

async function join(page, name) {
  await page.evaluate(`document.getElementById('name').value = ${JSON.stringify(name)};
    document.querySelector('#join button').click();`);
  await page.waitFor(`document.getElementById('status').textContent === 'Joined as ${name}'`);
}

async function say(page, text) {
  await page.evaluate(`document.getElementById('text').value = ${JSON.stringify(text)};
    document.querySelector('#send button').click();`);
}

async function main() {
  const { child: server, url, port } = await startServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-chat-chromium-'));
  let browser = null;
  try {
    // Plain HTTP.
    const index = await get(port, '/');
    assert.strictEqual(index.status, 200);
    assert.strictEqual(index.type, 'text/html; charset=utf-8');
    assert.strictEqual(
      index.body,
      fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'chat', 'public', 'index.html'), 'utf8'),
    );
    assert.deepStrictEqual(await get(port, '/nope'), {
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found\n',
    });
    await assert.rejects(connectWebSocket(`ws://127.0.0.1:${port}/elsewhere`), {
      message: `WebSocket handshake to ws://127.0.0.1:${port}/elsewhere got HTTP 400`,
    });

    // The test's own client joins first.
    const me = await connectWebSocket(`ws://127.0.0.1:${port}/ws`);
    me.send(JSON.stringify({ type: 'message', text: 'too early' }));
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), { type: 'error', text: 'join first' });
    me.send(JSON.stringify({ type: 'join', name: '  tester ' }));
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), {
      type: 'welcome',
      name: 'tester',
      users: ['tester'],
    });
    const pong = new Promise((resolve) => me.once('pong', resolve));
    me.sendFrame(0x9, Buffer.from('are you there?'));
    assert.strictEqual((await pong).toString(), 'are you there?');

    // Two browser pages join.
    browser = await launchChromium(userDataDir);
    const alice = await browser.newPage(url);
    const bob = await browser.newPage(url);
    assert.strictEqual(await alice.evaluate('document.title'), 'rode chat');
    await join(alice, 'alice');
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), {
      type: 'join',
      name: 'alice',
      users: ['tester', 'alice'],
    });
    await join(bob, 'bob');
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), {
      type: 'join',
      name: 'bob',
      users: ['tester', 'alice', 'bob'],
    });
    await alice.waitFor(`${usersOf} === 'tester,alice,bob'`);
    assert.strictEqual(await bob.evaluate(usersOf), 'tester,alice,bob');

    // alice talks; bob's DOM shows it.
    await say(alice, 'Hello from alice');
    await bob.waitFor(`${messagesOf}.length === 1`);
    assert.deepStrictEqual(await bob.evaluate(messagesOf), ['alice: Hello from alice']);
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), {
      type: 'message',
      name: 'alice',
      text: 'Hello from alice',
    });

    // The test client sends a message in three fragments (UTF-8 split across frames).
    const msg = Buffer.from(JSON.stringify({ type: 'message', text: 'héllo from the tést ✓' }));
    me.sendFrame(0x1, msg.subarray(0, 30), false);
    me.sendFrame(0x0, msg.subarray(30, 33), false);
    me.sendFrame(0x0, msg.subarray(33), true);
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), {
      type: 'message',
      name: 'tester',
      text: 'héllo from the tést ✓',
    });
    await bob.waitFor(`${messagesOf}.length === 2`);

    // A taken name is refused, shown in the page.
    const carol = await browser.newPage(url);
    await carol.evaluate(`document.getElementById('name').value = 'bob';
      document.querySelector('#join button').click();`);
    await carol.waitFor(`document.getElementById('status').textContent === 'Disconnected'`);
    assert.deepStrictEqual(await carol.evaluate(messagesOf), ['error: name "bob" is taken']);
    assert.strictEqual(await carol.evaluate(usersOf), '');
    await carol.close();

    // bob closes his tab: everyone sees him leave.
    await bob.close();
    assert.deepStrictEqual(JSON.parse(await me.nextMessage()), {
      type: 'leave',
      name: 'bob',
      users: ['tester', 'alice'],
    });
    await alice.waitFor(`${usersOf} === 'tester,alice'`);
    await alice.waitFor(`${messagesOf}.length === 4`);
    assert.deepStrictEqual(await alice.evaluate(messagesOf), [
      '* bob joined',
      'alice: Hello from alice',
      'tester: héllo from the tést ✓',
      '* bob left',
    ]);

    // Closing handshake: the server echoes the code and ends the connection.
    const closed = new Promise((resolve) => me.once('close', (code, reason) => resolve([code, reason])));
    const ended = new Promise((resolve) => me.once('end', resolve));
    me.close(1000);
    assert.deepStrictEqual(await closed, [1000, '']);
    await ended;
    await alice.waitFor(`${usersOf} === 'alice'`);
    assert.strictEqual(await alice.evaluate(`${messagesOf}.at(-1)`), '* tester left');
  } finally {
    if (browser) await browser.close();
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
