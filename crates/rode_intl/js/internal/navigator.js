'use strict';
// The `navigator` global as node 21+ has it (node 20 has none): hardwareConcurrency,
// language/languages (the default locale, so Intl loads on first read), platform and
// userAgent ("Node.js/<major>").

const kInitialize = Symbol('kInitialize');

function navigatorPlatform(platform, arch) {
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd') {
    if (arch === 'ia32') return 'FreeBSD i386';
    if (arch === 'x64') return 'FreeBSD amd64';
    return `FreeBSD ${arch}`;
  }
  if (platform === 'openbsd') {
    if (arch === 'ia32') return 'OpenBSD i386';
    if (arch === 'x64') return 'OpenBSD amd64';
    return `OpenBSD ${arch}`;
  }
  if (platform === 'sunos') return arch === 'ia32' ? 'SunOS i86pc' : `SunOS ${arch}`;
  if (platform === 'aix') return 'AIX';
  return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

class Navigator {
  #language;
  #languages;

  constructor() {
    if (arguments[0] !== kInitialize) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    }
  }

  get hardwareConcurrency() {
    return require('os').availableParallelism();
  }

  get language() {
    if (this.#language === undefined) this.#language = require('internal/intl/locale').defaultLocale();
    return this.#language;
  }

  get languages() {
    if (this.#languages === undefined) this.#languages = Object.freeze([this.language]);
    return this.#languages;
  }

  get platform() {
    return navigatorPlatform(process.platform, process.arch);
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
  }
}

for (const name of ['hardwareConcurrency', 'language', 'languages', 'platform', 'userAgent']) {
  Object.defineProperty(Navigator.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Navigator.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Navigator', writable: false, enumerable: false, configurable: true,
});

const navigator = new Navigator(kInitialize);

module.exports = { Navigator, navigator };
