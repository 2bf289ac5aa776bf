// setHeader/getHeader over names and values of every kind: case-insensitive keys, numbers,
// arrays, Latin-1 values, invalid names and values (Node's errors), non-string names, after
// the head is built; the functions' name and length.
'use strict';
const http = require('http');
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
console.log(res.getHeader('x'), res.setHeader('Content-Type', 'text/plain') === res, res.getHeader('content-type'), res.getHeader('CONTENT-TYPE'));
res.setHeader('X-Num', 42); console.log(typeof res.getHeader('x-num'), res.getHeaders(), res.getHeaderNames(), res.hasHeader('X-NUM'));
res.setHeader('Set-Cookie', ['a=1', 'b=2']); console.log(res.getHeader('set-cookie'));
res.setHeader('X-Latin', 'café'); console.log(res.getHeader('x-latin'));
for (const [n, v] of [['bad name', 'v'], ['', 'v'], ['X', undefined], ['X', 'a\nb'], ['X', 'ü€'], [5, 'v'], ['Ünï', 'v']]) {
  try { res.setHeader(n, v); console.log('ok', n, res.getHeader(n)); } catch (e) { console.log(e.code, e.message); }
}
try { res.getHeader(5); } catch (e) { console.log(e.code, e.message); }
console.log(res.getHeader('bad name'), res.getHeader(''));
console.log(http.ServerResponse.prototype.setHeader.name, http.ServerResponse.prototype.setHeader.length, http.ServerResponse.prototype.getHeader.length);
res._header = 'x'; try { res.setHeader('A', 'b'); } catch (e) { console.log(e.code, e.message); }
