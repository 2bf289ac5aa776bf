'use strict';
// Request and Response without the network: constructors, validation (undici's messages),
// bodies from every source, clone, used bodies, Response.json/error/redirect, FormData
// multipart round trip.
const assert = require('assert');

function throwsType(fn, message, ctor = TypeError) {
  assert.throws(fn, (e) => e.constructor === ctor && e.message === message);
}

(async () => {
  // Request fields.
  const r = new Request('http://example.com/a?b#c', { method: 'post', body: 'x', headers: { 'X-Y': 'z' } });
  assert.strictEqual(r.method, 'POST');
  assert.strictEqual(r.url, 'http://example.com/a?b#c');
  assert.deepStrictEqual([...r.headers], [['content-type', 'text/plain;charset=UTF-8'], ['x-y', 'z']]);
  assert.strictEqual(r.redirect, 'follow');
  assert.strictEqual(r.referrer, 'about:client');
  assert.strictEqual(r.mode, 'cors');
  assert.strictEqual(r.credentials, 'same-origin');
  assert.strictEqual(r.cache, 'default');
  assert.strictEqual(r.keepalive, false);
  assert.strictEqual(r.signal.aborted, false);
  assert.strictEqual(new Request('http://a', { method: 'purge' }).method, 'purge');
  assert.strictEqual(new Request('http://a', { method: 'Delete' }).method, 'DELETE');
  const r2 = new Request(r, { redirect: 'manual' });
  assert.strictEqual(r2.redirect, 'manual');
  assert.strictEqual(r2.method, 'POST');
  assert.strictEqual(await r2.text(), 'x');
  assert.strictEqual(r.bodyUsed, true);
  throwsType(() => new Request(r), 'Cannot construct a Request with a Request object that has already been used.');

  const ac = new AbortController();
  const r3 = new Request('http://a', { signal: ac.signal });
  const r3c = r3.clone();
  ac.abort(new Error('why'));
  assert.strictEqual(r3.signal.aborted, true);
  assert.strictEqual(r3.signal.reason.message, 'why');
  assert.strictEqual(r3c.signal.aborted, true);

  throwsType(() => new Request('foo'), 'Failed to parse URL from foo');
  throwsType(() => new Request('http://a', { method: 'GET', body: 'x' }), 'Request with GET/HEAD method cannot have body.');
  throwsType(() => new Request('http://a', { method: 'CONNECT' }), "'CONNECT' HTTP method is unsupported.");
  throwsType(() => new Request('http://a', { method: 'b d' }), "'b d' is not a valid HTTP method.");
  throwsType(() => new Request('http://a', { body: new ReadableStream(), method: 'POST' }),
    'RequestInit: duplex option is required when sending a body.');
  throwsType(() => new Request('http://a', { duplex: 'full', body: 'x', method: 'POST' }),
    'Request constructor: full is not an accepted type. Expected one of half.');
  throwsType(() => new Request('http://u:p@a'), 'Request cannot be constructed from a URL that includes credentials: http://u:p@a');

  // Response.
  throwsType(() => new Response('x', { status: 99 }), 'init["status"] must be in the range of 200 to 599, inclusive.', RangeError);
  throwsType(() => new Response('x', { status: 204 }), 'Response constructor: Invalid response status code 204');
  throwsType(() => Response.redirect('http://a', 200), 'Invalid status code 200', RangeError);
  throwsType(() => new Response(null, { statusText: 'a\nb' }), 'Invalid statusText');
  throwsType(() => Response.json(undefined), 'Value is not JSON serializable');
  const res = new Response('hé', { status: 201, statusText: 'Made', headers: [['x', '1']] });
  assert.deepStrictEqual([res.status, res.statusText, res.ok, res.type, res.url, res.redirected],
    [201, 'Made', true, 'default', '', false]);
  const clone = res.clone();
  assert.strictEqual(await res.text(), 'hé');
  assert.deepStrictEqual(await clone.arrayBuffer(), new Uint8Array([0x68, 0xc3, 0xa9]).buffer);
  await assert.rejects(res.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
  throwsType(() => res.clone(), 'Response.clone: Body has already been consumed.');
  assert.strictEqual(res.body.locked, true);

  const j = Response.json({ a: [1] }, { status: 202 });
  assert.deepStrictEqual([...j.headers], [['content-type', 'application/json']]);
  assert.strictEqual(j.status, 202);
  assert.deepStrictEqual(await j.json(), { a: [1] });
  const e = Response.error();
  assert.deepStrictEqual([e.status, e.type, e.body, e.ok], [0, 'error', null, false]);
  const rd = Response.redirect('http://a/b c', 307);
  assert.deepStrictEqual([rd.status, rd.headers.get('location')], [307, 'http://a/b%20c']);

  // Body sources.
  const u = new Response(new URLSearchParams('a=1&b=2'));
  assert.strictEqual(u.headers.get('content-type'), 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.deepStrictEqual([...(await u.formData())], [['a', '1'], ['b', '2']]);
  const b = new Response(new Blob(['xy'], { type: 'Text/Foo' }));
  assert.strictEqual(b.headers.get('content-type'), 'text/foo');
  const blob = await b.blob();
  assert.deepStrictEqual([blob.size, blob.type, await blob.text()], [2, 'text/foo', 'xy']);
  const view = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
  assert.deepStrictEqual(new Uint8Array(await new Response(view).arrayBuffer()), new Uint8Array([2, 3]));
  assert.deepStrictEqual(await new Response(new Uint16Array([0x4142]).buffer).bytes(), new Uint8Array([0x42, 0x41]));
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('ab'));
      c.enqueue(new TextEncoder().encode('cd'));
      c.close();
    },
  });
  assert.strictEqual(await new Response(rs).text(), 'abcd');
  async function* gen() { yield new Uint8Array([0x6f]); yield Buffer.from('k'); }
  assert.strictEqual(await new Response(gen()).text(), 'ok');
  assert.strictEqual(await new Response('\ufeffbom').text(), 'bom');
  await assert.rejects(new Response('abc').formData(), {
    name: 'TypeError',
    message: 'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".',
  });
  // The body stream as chunks.
  const chunks = [];
  for await (const c of new Response('streamed').body) chunks.push(c);
  assert.deepStrictEqual(chunks, [new Uint8Array(Buffer.from('streamed'))]);

  // FormData multipart: encoded as undici does, parsed back.
  const fd = new FormData();
  fd.append('a', '1\n2');
  fd.append('f"', new Blob(['file body'], { type: 'text/plain' }), 'n.txt');
  fd.append('g', new Blob([new Uint8Array([0, 255])]));
  const mp = new Response(fd);
  const ct = mp.headers.get('content-type');
  const m = /^multipart\/form-data; boundary=(----formdata-undici-0\d{11})$/.exec(ct);
  assert.ok(m, ct);
  const text = await mp.clone().text();
  const bd = m[1];
  assert.strictEqual(text,
    `--${bd}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n2\r\n` +
    `--${bd}\r\nContent-Disposition: form-data; name="f%22"; filename="n.txt"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n` +
    `--${bd}\r\nContent-Disposition: form-data; name="g"; filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\n\u0000\ufffd\r\n` +
    `--${bd}--\r\n`);
  const back = await mp.formData();
  assert.deepStrictEqual([...back.keys()], ['a', 'f"', 'g']);
  assert.strictEqual(back.get('a'), '1\r\n2');
  const file = back.get('f"');
  assert.deepStrictEqual([file.name, file.type, await file.text()], ['n.txt', 'text/plain', 'file body']);
  assert.deepStrictEqual(new Uint8Array(await back.get('g').arrayBuffer()), new Uint8Array([0, 255]));
  assert.deepStrictEqual(fd.getAll('a'), ['1\n2']);
  fd.set('a', 'only');
  assert.deepStrictEqual([...fd.keys()], ['a', 'f"', 'g']);
  fd.delete('g');
  assert.strictEqual(fd.has('g'), false);
  console.log('ok');
})();
