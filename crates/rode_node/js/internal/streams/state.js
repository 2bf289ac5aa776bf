'use strict';
// highWaterMark defaults (Node 20: 16 KiB for bytes, 16 objects) and option parsing.

const { validateInteger } = require('internal/validators');

let bytesDefault = 16 * 1024;
let objectsDefault = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? objectsDefault : bytesDefault;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) objectsDefault = value;
  else bytesDefault = value;
}

// options.highWaterMark wins; a Duplex side may be given its own (readableHighWaterMark,
// writableHighWaterMark).
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
  }
  return Math.floor(hwm);
}

module.exports = {
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};
