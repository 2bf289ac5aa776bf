// Writes the small seed corpus of each fuzz target into fuzz/seeds/<target>/ (run with
// node: `node fuzz/make-seeds.js`). Each file is what the target reads: its settings
// byte(s), then the input. Keys are freshly generated, so re-running changes those files.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');

const root = path.join(__dirname, 'seeds');
function seed(target, name, ...parts) {
  const dir = path.join(root, target);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), Buffer.concat(parts.map((p) => Buffer.from(p))));
}
const b = (...bytes) => Buffer.from(bytes);

// buffer_strings: mode byte (bit 0: one code unit per byte, else UTF-16LE pairs).
seed('buffer_strings', 'base64', b(0x01), 'aGVsbG8gd29ybGQ=\n SGk_-w==');
seed('buffer_strings', 'hex', b(0x0b), '48656c6C6fzz');
seed('buffer_strings', 'utf16-surrogates', b(0x10), Buffer.from('a\ud800b\ud83d\ude00\udc00é€', 'utf16le'));
seed('buffer_strings', 'utf8-bytes', b(0x07), 'h\u00e9llo w\u00f6rld \u20ac \u{1f600}', b(0xed, 0xa0, 0x80, 0xff));

// url_parse: selector byte (setter number = sel % 10, format flags = sel >> 4), then
// input 0xFF base 0xFF setter value.
const FF = b(0xff);
seed('url_parse', 'absolute', b(0x23), 'https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash', FF, FF, '8081');
seed('url_parse', 'relative', b(0x06), '../b?x#y', FF, 'http://h/a/c/d', FF, '/new path/');
seed('url_parse', 'hostless', b(0x02), 'non-spec:/.//p', FF, FF, 'h');
seed('url_parse', 'ipv6-idna', b(0x51), 'http://[::1]:80/\u00c4\u00d6\u00dc', FF, FF, 'xn--4ca0bs.com');
seed('url_parse', 'file-slashes', b(0x07), '///\\//\\//test?a', FF, 'file:///C:/x', FF, '?q=1');

// http_parser: 3 settings bytes (kind/response_to/upgrade mask/max header size; cut seed).
seed('http_parser', 'get-keepalive', b(0x00, 0x12, 0x34),
  'GET /a?b=1 HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\nGET /2 HTTP/1.0\r\n\r\n');
seed('http_parser', 'chunked-trailers', b(0x00, 0x56, 0x78),
  'POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwiki\r\n5;ext=1\r\npedia\r\n0\r\nX-T: 1\r\n\r\n');
seed('http_parser', 'upgrade', b(0x00, 0x9a, 0xbc),
  'GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x05hello');
seed('http_parser', 'response-length', b(0x01, 0x11, 0x22),
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 204 No Content\r\n\r\n');
seed('http_parser', 'response-eof', b(0x01, 0x33, 0x44),
  'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end');

// zlib_decompress: 2 settings bytes: byte 0 = mode (% 5: inflate, gunzip, raw, unzip,
// brotli) + windowBits choice (bits 3..6) + dictionary (bit 7); byte 1 = output windows.
const text = 'hello hello hello, zlib and brotli! '.repeat(20);
seed('zlib_decompress', 'deflate', b(0x00, 0x00), zlib.deflateSync(text));
seed('zlib_decompress', 'gzip-two-members', b(0x01, 0x09), zlib.gzipSync('abc'), zlib.gzipSync('def'), b(0, 0));
seed('zlib_decompress', 'raw', b(0x39, 0x42), zlib.deflateRawSync(text, { windowBits: 15 }));
seed('zlib_decompress', 'unzip', b(0x03, 0x81), zlib.gzipSync(text));
seed('zlib_decompress', 'brotli', b(0x04, 0x0b), zlib.brotliCompressSync(text));
const dict = Buffer.from('hello world dictionary');
seed('zlib_decompress', 'deflate-dict', b(0x82, 0x10), zlib.deflateSync('hello world', { dictionary: dict }));

// crypto_keys: selector byte: bit 0 DER, bits 1..3 DER type (pkcs8, pkcs1, spki, sec1),
// bits 4..5 passphrase (2: "top secret"), bit 6 public.
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = crypto.generateKeyPairSync('ed25519');
const pss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', saltLength: 16 });
seed('crypto_keys', 'rsa-pkcs8-pem', b(0x00), rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }));
seed('crypto_keys', 'rsa-pkcs1-der-public', b(0x43), rsa.publicKey.export({ format: 'der', type: 'pkcs1' }));
seed('crypto_keys', 'ec-sec1-der', b(0x07), ec.privateKey.export({ format: 'der', type: 'sec1' }));
seed('crypto_keys', 'ed25519-spki-pem', b(0x40), ed.publicKey.export({ format: 'pem', type: 'spki' }));
seed('crypto_keys', 'ec-encrypted-pkcs8-der', b(0x21), ec.privateKey.export({
  format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'top secret' }));
seed('crypto_keys', 'rsa-pss-public-from-private-pem', b(0x40), pss.privateKey.export({ format: 'pem', type: 'pkcs8' }));

// crypto_jwk: selector byte: bits 0..1 kty (RSA, EC, OKP, oct), bits 2..4 crv (P-256, P-384,
// P-521, secp256k1, Ed25519, Ed448, X25519, X448), bit 5 private; parts split by FF FE.
const SEP = b(0xff, 0xfe);
const parts = (jwk, names) => names.flatMap((n, i) => (i ? [SEP] : []).concat([Buffer.from(jwk[n], 'base64url')]));
const rsaJwk = rsa.privateKey.export({ format: 'jwk' });
const ecJwk = ec.privateKey.export({ format: 'jwk' });
const edJwk = ed.privateKey.export({ format: 'jwk' });
seed('crypto_jwk', 'rsa-private', b(0x20), ...parts(rsaJwk, ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']));
seed('crypto_jwk', 'rsa-public', b(0x00), ...parts(rsaJwk, ['n', 'e']));
seed('crypto_jwk', 'ec-private', b(0x21), ...parts(ecJwk, ['x', 'y', 'd']));
seed('crypto_jwk', 'ec-public', b(0x01), ...parts(ecJwk, ['x', 'y']));
seed('crypto_jwk', 'ed25519-private', b(0x32), ...parts(edJwk, ['x', 'd']));
