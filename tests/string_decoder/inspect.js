'use strict';
// util.inspect of a StringDecoder shows its state buffer, as in Node.
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
console.log(d);
d.write(Buffer.from([0xe2, 0x82]));
console.log(d, d.lastChar, d.lastNeed, d.lastTotal);
console.log(new StringDecoder('base64'));
