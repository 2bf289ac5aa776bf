// http2's settings helpers: defaults, packing to the SETTINGS payload and back, validation
// with Node's errors; constants and sensitiveHeaders.
'use strict';
const assert = require('assert');
const http2 = require('http2');

assert.deepStrictEqual({ ...http2.getDefaultSettings() }, {
  headerTableSize: 4096,
  enablePush: true,
  initialWindowSize: 65535,
  maxFrameSize: 16384,
  maxConcurrentStreams: 4294967295,
  maxHeaderSize: 65535,
  maxHeaderListSize: 65535,
  enableConnectProtocol: false,
});
assert.strictEqual(Object.getPrototypeOf(http2.getDefaultSettings()), null);

const packed = http2.getPackedSettings({
  headerTableSize: 1, enablePush: true, initialWindowSize: 2, maxFrameSize: 16384,
  maxConcurrentStreams: 3, maxHeaderListSize: 4, enableConnectProtocol: false,
});
assert.strictEqual(packed.toString('hex'),
  '000100000001000200000001000300000003000400000002000500004000000600000004000800000000');
assert.strictEqual(http2.getPackedSettings({ enablePush: false, initialWindowSize: 100 }).toString('hex'),
  '000200000000000400000064');
assert.strictEqual(http2.getPackedSettings({ maxHeaderSize: 5 }).toString('hex'), '000600000005');
assert.deepStrictEqual(http2.getUnpackedSettings(packed), {
  headerTableSize: 1, enablePush: true, maxConcurrentStreams: 3, initialWindowSize: 2,
  maxFrameSize: 16384, maxHeaderListSize: 4, maxHeaderSize: 4, enableConnectProtocol: false,
});
assert.deepStrictEqual(http2.getUnpackedSettings(Buffer.from([0, 9, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0])),
  { customSettings: { 9: 1 }, enablePush: false });
assert.deepStrictEqual(http2.getUnpackedSettings(Buffer.from([0, 4, 0xff, 0, 0, 5])),
  { initialWindowSize: 4278190085 });

assert.throws(() => http2.getPackedSettings({ headerTableSize: -1 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE', name: 'RangeError',
  message: 'Invalid value for setting "headerTableSize": -1',
});
assert.throws(() => http2.getPackedSettings({ maxFrameSize: 100 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE', name: 'RangeError',
  message: 'Invalid value for setting "maxFrameSize": 100',
});
assert.throws(() => http2.getPackedSettings({ enablePush: 1 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE', name: 'TypeError',
  message: 'Invalid value for setting "enablePush": 1',
});
assert.throws(() => http2.getPackedSettings(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "settings" argument must be of type object. Received type number (5)',
});
assert.throws(() => http2.getUnpackedSettings(Buffer.alloc(5)), {
  code: 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  message: 'Packed settings length must be a multiple of six',
});
assert.throws(() => http2.getUnpackedSettings(Buffer.from([0, 4, 0xff, 0, 0, 5]), { validate: true }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "initialWindowSize": 4278190085',
});

const c = http2.constants;
assert.strictEqual(c.NGHTTP2_CANCEL, 8);
assert.strictEqual(c.NGHTTP2_REFUSED_STREAM, 7);
assert.strictEqual(c.HTTP2_HEADER_STATUS, ':status');
assert.strictEqual(c.HTTP2_METHOD_GET, 'GET');
assert.strictEqual(c.HTTP_STATUS_TEAPOT, 418);
assert.strictEqual(c.NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL, 8);
assert.strictEqual(Object.keys(c).length, 240);
assert.strictEqual(typeof http2.sensitiveHeaders, 'symbol');
assert.strictEqual(http2.sensitiveHeaders.toString(), 'Symbol(sensitiveHeaders)');
assert.deepStrictEqual(Object.keys(http2).sort(), [
  'Http2ServerRequest', 'Http2ServerResponse', 'connect', 'constants', 'createSecureServer',
  'createServer', 'getDefaultSettings', 'getPackedSettings', 'getUnpackedSettings',
  'performServerHandshake', 'sensitiveHeaders',
]);
