'use strict';
// node:dgram's deprecated surface (DEP0112): the underscore fields of a Socket
// (`_handle`, `_receiving`, `_bindState`, `_queue`, `_reuseAddr`, `_healthCheck()`,
// `_stopReceiving()`) and `dgram._createSocketHandle()`. Each warns once.

const { kStateSymbol, healthCheck, stopReceiving } = require('internal/dgram/state');
const { _createSocketHandle } = require('internal/dgram/handle');

// Adds the deprecated fields to Socket.prototype.
function addLegacyFields(Socket) {
  function defineDeprecatedState(name, key) {
    const get = function() { return this[kStateSymbol][key]; };
    const set = function(value) { this[kStateSymbol][key] = value; };
    const message = `Socket.prototype.${name} is deprecated`;
    let getter;
    let setter;
    Object.defineProperty(Socket.prototype, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        getter ??= require('util').deprecate(get, message, 'DEP0112');
        return getter.call(this);
      },
      set(value) {
        setter ??= require('util').deprecate(set, message, 'DEP0112');
        setter.call(this, value);
      },
    });
  }
  defineDeprecatedState('_handle', 'handle');
  defineDeprecatedState('_receiving', 'receiving');
  defineDeprecatedState('_bindState', 'bindState');
  defineDeprecatedState('_queue', 'queue');
  defineDeprecatedState('_reuseAddr', 'reuseAddr');

  let healthCheckDeprecated;
  Socket.prototype._healthCheck = function _healthCheck() {
    healthCheckDeprecated ??= require('util').deprecate(
      function() { healthCheck(this); }, 'Socket.prototype._healthCheck() is deprecated',
      'DEP0112');
    healthCheckDeprecated.call(this);
  };

  let stopReceivingDeprecated;
  Socket.prototype._stopReceiving = function _stopReceiving() {
    stopReceivingDeprecated ??= require('util').deprecate(
      function() { stopReceiving(this); }, 'Socket.prototype._stopReceiving() is deprecated',
      'DEP0112');
    stopReceivingDeprecated.call(this);
  };
}

let createHandleDeprecated;
function createSocketHandle(...args) {
  createHandleDeprecated ??= require('util').deprecate(
    _createSocketHandle, 'dgram._createSocketHandle() is deprecated', 'DEP0112');
  return createHandleDeprecated(...args);
}

module.exports = { addLegacyFields, createSocketHandle };
