'use strict';
// node:os — system information from internalBinding('os') (src/os.rs), shaped as Node
// returns it. Failing system calls become ERR_SYSTEM_ERROR, like Node's.

const binding = internalBinding('os');
const {
  codes: { ERR_SYSTEM_ERROR },
  uvErrmapGet,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const isWindows = process.platform === 'win32';

// Fills in code and message for a ctx the binding reported a failure in.
function systemError(ctx) {
  const entry = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  const info = { errno: ctx.errno, code: entry[0], message: entry[1], syscall: ctx.syscall };
  return new ERR_SYSTEM_ERROR(info);
}

// Wraps a binding call that reports failures through a ctx (named as Node's wrapper is).
function checked(fn) {
  return function wrappedFn() {
    const ctx = {};
    const ret = fn(ctx);
    if (ret === undefined) {
      const err = systemError(ctx);
      Error.captureStackTrace(err, wrappedFn);
      throw err;
    }
    return ret;
  };
}

const { 0: osType, 1: osVersion, 2: osRelease, 3: osMachine } = binding.getOSInformation();

const getHostname = checked(binding.getHostname);
const getHomeDirectory = checked(binding.getHomeDirectory);
const getUptime = checked(binding.getUptime);
const getInterfaceAddresses = checked(binding.getInterfaceAddresses);

function getAvailableParallelism() {
  return binding.getAvailableParallelism();
}
function getFreeMem() {
  return binding.getFreeMem();
}
function getTotalMem() {
  return binding.getTotalMem();
}
const getOSRelease = () => osRelease;
const getOSType = () => osType;
const getOSVersion = () => osVersion;
const getMachine = () => osMachine;

function loadavg() {
  const a = binding.getLoadAvg();
  return [a[0], a[1], a[2]];
}

function cpus() {
  const data = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

function tmpdir() {
  const env = process.env;
  let path;
  if (isWindows) {
    path = env.TEMP || env.TMP || (env.SystemRoot || env.windir) + '\\temp';
    if (path.length > 1 && path.endsWith('\\') && !path.endsWith(':\\')) path = path.slice(0, -1);
  } else {
    path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  }
  return path;
}

const kEndianness = binding.isBigEndian ? 'BE' : 'LE';
function endianness() {
  return kEndianness;
}

function networkInterfaces() {
  const data = getInterfaceAddresses();
  const result = {};
  for (let i = 0; i < data.length; i += 8) {
    const name = data[i];
    const prefix = data[i + 7];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: prefix === -1 ? null : `${data[i + 1]}/${prefix}`,
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (result[name] !== undefined) result[name].push(entry);
    else result[name] = [entry];
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw systemError(ctx);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw systemError(ctx);
  return priority;
}

// Node's encodings for userInfo({ encoding }); anything else means utf8.
const userInfoEncodings = new Set(['buffer', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le']);

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const ctx = {};
  const data = binding.getUserInfo(ctx);
  if (data === undefined) throw systemError(ctx);
  let encode = (s) => s;
  const enc = options?.encoding;
  if (typeof enc === 'string' && userInfoEncodings.has(enc.toLowerCase())) {
    const { Buffer } = require('buffer');
    const e = enc.toLowerCase();
    encode = e === 'buffer' ? (s) => Buffer.from(s, 'utf8') : (s) => Buffer.from(s, 'utf8').toString(e);
  }
  return {
    __proto__: null,
    uid: data[0],
    gid: data[1],
    username: encode(data[2]),
    homedir: encode(data[3]),
    shell: data[4] === null ? null : encode(data[4]),
  };
}

// `${os.hostname}` and friends give the value, as in Node.
for (const { 0: fn, 1: get } of [
  [getAvailableParallelism, getAvailableParallelism], [getFreeMem, getFreeMem], [getHostname, getHostname],
  [getOSVersion, getOSVersion], [getOSType, getOSType], [getOSRelease, getOSRelease], [getMachine, getMachine],
  [getHomeDirectory, getHomeDirectory], [getTotalMem, getTotalMem], [getUptime, getUptime], [arch, arch],
  [platform, platform], [tmpdir, tmpdir], [endianness, endianness],
]) {
  fn[Symbol.toPrimitive] = () => get();
}

// os.constants: null-prototype objects of read-only values, in Node's order.
function readOnlyTable(pairs) {
  const obj = { __proto__: null };
  for (const { 0: name, 1: value } of pairs) {
    Object.defineProperty(obj, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
  }
  return obj;
}

function buildConstants() {
  const raw = binding.getConstants();
  const c = { __proto__: null };
  Object.defineProperty(c, 'UV_UDP_REUSEADDR', {
    __proto__: null, value: raw.UV_UDP_REUSEADDR, writable: false, enumerable: true, configurable: false,
  });
  // The tables themselves are ordinary properties (their entries are read-only).
  c.dlopen = readOnlyTable(raw.dlopen);
  c.errno = readOnlyTable(raw.errno);
  c.signals = readOnlyTable(raw.signals);
  c.priority = readOnlyTable(raw.priority);
  return c;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: buildConstants() },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n' },
  devNull: {
    __proto__: null, configurable: true, enumerable: true, writable: false,
    value: isWindows ? '\\\\.\\nul' : '/dev/null',
  },
});
