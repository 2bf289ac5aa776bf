'use strict';
// node:console — the global console object (with its Console class).
module.exports = globalThis.console;
