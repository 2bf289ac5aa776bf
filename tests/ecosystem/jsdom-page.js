'use strict';
// jsdom running a page's scripts (runScripts: 'dangerously'): jsdom makes the window a
// node:vm context and evaluates each <script> in it with vm.Script, so the page's globals
// are the window's properties, its built-ins are the context's own, and errors in page
// scripts reach the virtual console.
const assert = require('assert');
const { JSDOM, VirtualConsole } = require('jsdom');

const virtualConsole = new VirtualConsole();
const logged = [];
const errors = [];
virtualConsole.on('log', (...args) => logged.push(args.join(' ')));
virtualConsole.on('jsdomError', (e) => errors.push(e.message));

const dom = new JSDOM(`<!DOCTYPE html>
<html><head><title>rode</title></head>
<body>
  <ul id="list"></ul>
  <p id="p">Hello</p>
  <script>
    document.getElementById('p').textContent += ' from a script';
    window.answer = [1, 2, 3].map((x) => x * 2).join();
    var declared = typeof document;
    function pageFunction(n) { return n + 1; }
    for (const name of ['a', 'b', 'c']) {
      const li = document.createElement('li');
      li.textContent = name.toUpperCase();
      document.getElementById('list').appendChild(li);
    }
    console.log('page says', document.title, location.href);
  </script>
  <script>
    window.second = pageFunction(41) + (typeof declared);
    throw new Error('broken page script');
  </script>
  <script>window.third = 'after the error';</script>
</body></html>`, { runScripts: 'dangerously', url: 'https://example.test/page', virtualConsole });

const w = dom.window;
assert.strictEqual(w.document.querySelector('#p').textContent, 'Hello from a script');
assert.strictEqual(w.answer, '2,4,6');
assert.strictEqual(w.declared, 'object');
assert.strictEqual(w.second, '42string');
assert.strictEqual(w.third, 'after the error');
assert.deepStrictEqual([...w.document.querySelectorAll('#list li')].map((li) => li.textContent), ['A', 'B', 'C']);
assert.deepStrictEqual(logged, ['page says rode https://example.test/page']);
assert.strictEqual(errors.length, 1);
assert.match(errors[0], /broken page script/);

// window.eval runs in the page's realm.
assert.strictEqual(w.eval('[] instanceof Array'), true);
assert.strictEqual(w.eval('this === window && globalThis === window'), true);
assert.ok(!(w.eval('[]') instanceof Array));
assert.strictEqual(w.eval('navigator.userAgent').includes('jsdom'), true);
assert.strictEqual(w.eval(`(() => {
  let clicks = 0;
  const button = document.createElement('button');
  button.addEventListener('click', (e) => { clicks += e.detail + 1; });
  document.body.appendChild(button);
  button.click();
  button.dispatchEvent(new MouseEvent('click', { detail: 5 }));
  return clicks;
})()`), 7);
assert.ok(dom.serialize().includes('<li>A</li><li>B</li><li>C</li>'));

// The window's timers run on the loop.
w.eval('setTimeout(() => { window.timerRan = document.title; }, 5)');
setTimeout(() => {
  assert.strictEqual(w.timerRan, 'rode');
  w.close();
  console.log('jsdom page ok');
}, 50);
