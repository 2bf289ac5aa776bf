'use strict';
// Header syntax checks shared by _http_common and _http_outgoing.

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// An RFC 9110 token (header names, methods).
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
// True when `val` has a character not allowed in a header value.
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

module.exports = {
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
};
