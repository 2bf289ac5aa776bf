// node:url, node:querystring, node:string_decoder and node:os from ES modules.
import assert from 'node:assert';
import url, { URL as NamedURL, fileURLToPath, pathToFileURL, parse } from 'node:url';
import qs, { stringify } from 'node:querystring';
import { StringDecoder } from 'node:string_decoder';
import os, { EOL, platform } from 'node:os';
import { basename } from 'node:path';

assert.strictEqual(NamedURL, URL);
assert.strictEqual(url.URL, URL);
assert.strictEqual(basename(fileURLToPath(import.meta.url)), 'esm.mjs');
assert.strictEqual(pathToFileURL(fileURLToPath(import.meta.url)).href, import.meta.url);
assert.strictEqual(new URL('./x.js', import.meta.url).href, import.meta.url.replace(/esm\.mjs$/, 'x.js'));
assert.strictEqual(parse('http://a/b?c').pathname, '/b');
assert.strictEqual(stringify({ a: 1 }), 'a=1');
assert.strictEqual(qs.parse('a=1').a, '1');
assert.strictEqual(new StringDecoder('hex').end(new Uint8Array([255])), 'ff');
assert.strictEqual(EOL, os.EOL);
assert.strictEqual(platform(), process.platform);
