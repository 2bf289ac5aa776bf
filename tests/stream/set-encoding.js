'use strict';
// setEncoding / the encoding option: characters split across chunks come out whole,
// for every encoding; read(n) counts characters; decodeStrings and defaultEncoding on
// the writable side.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

function readAllSplit(buf, encoding, step) {
  return new Promise((resolve) => {
    const r = new Readable({ read() {} });
    r.setEncoding(encoding);
    for (let i = 0; i < buf.length; i += step) r.push(buf.subarray(i, i + step));
    r.push(null);
    const out = [];
    r.on('data', (d) => {
      assert.strictEqual(typeof d, 'string');
      out.push(d);
    });
    r.on('end', () => resolve(out));
  });
}

async function main() {
  const text = 'añ€😀z';
  for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
    const src = Buffer.from(text, enc === 'latin1' ? 'latin1' : 'utf8');
    const expected = src.toString(enc);
    for (const step of [1, 2, 3, 5]) {
      const out = await readAllSplit(src, enc, step);
      assert.strictEqual(out.join(''), expected, `${enc} in steps of ${step}`);
      if (enc === 'utf8') {
        // No chunk ends inside a character.
        for (const piece of out) assert.ok(!piece.includes('\ufffd'), piece);
      }
    }
  }

  // The encoding option is setEncoding at construction.
  {
    const r = new Readable({ encoding: 'hex', read() {} });
    assert.strictEqual(r.readableEncoding, 'hex');
    r.push(Buffer.from([1, 255]));
    r.push(null);
    assert.strictEqual(r.read(), '01ff');
  }

  // read(n) counts characters once an encoding is set.
  {
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    r.push(Buffer.from('h€llo'));
    r.push(null);
    assert.strictEqual(r.read(2), 'h€');
    assert.strictEqual(r.readableLength, 3);
    assert.strictEqual(r.read(), 'llo');
  }

  // setEncoding(null) means utf8; unknown encodings throw.
  {
    const r = new Readable({ read() {} });
    r.setEncoding(null);
    assert.strictEqual(r.readableEncoding, 'utf8');
    assert.throws(() => r.setEncoding('klingon'), { code: 'ERR_UNKNOWN_ENCODING' });
  }

  // An incomplete character at the end is flushed as U+FFFD.
  {
    const out = await readAllSplit(Buffer.from('€').subarray(0, 2), 'utf8', 1);
    assert.strictEqual(out.join(''), '\ufffd');
  }

  // Pushing strings: converted with the given encoding.
  {
    const r = new Readable({ read() {} });
    r.push('ff00', 'hex');
    r.push(null);
    assert.deepStrictEqual([...r.read()], [255, 0]);
  }

  // Writable side: strings become Buffers unless decodeStrings is false.
  {
    const seen = [];
    const w = new Writable({ write(chunk, enc, cb) { seen.push([Buffer.isBuffer(chunk), enc]); cb(); } });
    w.write('abc');
    w.write('616263', 'hex');
    w.write(new Uint8Array([1]));
    const raw = new Writable({ decodeStrings: false, write(chunk, enc, cb) { seen.push([chunk, enc]); cb(); } });
    raw.write('abc');
    raw.write('zz', 'latin1');
    raw.setDefaultEncoding('base64');
    raw.write('QQ==');
    assert.deepStrictEqual(seen, [
      [true, 'buffer'], [true, 'buffer'], [true, 'buffer'],
      ['abc', 'utf8'], ['zz', 'latin1'], ['QQ==', 'base64'],
    ]);
    const dflt = new Writable({ defaultEncoding: 'hex', write(chunk, enc, cb) { seen.push(String(chunk)); cb(); } });
    dflt.write('6869');
    assert.strictEqual(seen.at(-1), 'hi');
  }

  // Through a PassThrough with an encoding.
  {
    const p = new PassThrough({ encoding: 'utf8' });
    const bytes = Buffer.from('😀😀');
    for (const b of bytes) p.write(Buffer.from([b]));
    p.end();
    let s = '';
    for await (const chunk of p) s += chunk;
    assert.strictEqual(s, '😀😀');
  }
  console.log('ok');
}

main();
