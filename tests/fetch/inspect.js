'use strict';
// util.inspect of Headers, Request, Response and FormData (undici's shapes).
const util = require('util');
const h = new Headers({ b: '2', A: '1', 'set-cookie': 'x=1' });
h.append('Set-Cookie', 'y=2');
console.log(util.inspect(h));
console.log(util.inspect(new Headers()));
console.log(util.inspect(new Response('hi', { status: 201, headers: { 'x-a': '1' } })));
console.log(util.inspect(Response.error()));
console.log(util.inspect(new Request('http://a/b', { method: 'post', body: 'x' })));
const fd = new FormData();
fd.append('a', '1');
fd.append('b', 'two');
console.log(util.inspect(fd));
console.log(util.inspect(new FormData()));
