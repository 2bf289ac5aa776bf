'use strict';
// os.constants (Linux values, read-only, null prototypes) and get/setPriority with
// Node's argument checks and ERR_SYSTEM_ERROR.
const assert = require('assert');
const os = require('os');

const c = os.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.deepStrictEqual(Object.keys(c), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'constants'),
                       { value: c, writable: false, enumerable: true, configurable: false });
assert.strictEqual(c.UV_UDP_REUSEADDR, 4);
assert.deepStrictEqual({ ...c.dlopen }, { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 });
assert.deepStrictEqual({ ...c.priority }, { PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 });
assert.deepStrictEqual(Object.keys(c.signals), ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT',
  'SIGBUS', 'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCHLD', 'SIGSTKFLT',
  'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF',
  'SIGWINCH', 'SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSYS']);
assert.strictEqual(c.signals.SIGINT, 2);
assert.strictEqual(c.signals.SIGKILL, 9);
assert.strictEqual(c.signals.SIGTERM, 15);
assert.strictEqual(Object.keys(c.errno).length, 79);
assert.strictEqual(c.errno.ENOENT, 2);
assert.strictEqual(c.errno.EACCES, 13);
assert.strictEqual(c.errno.EWOULDBLOCK, c.errno.EAGAIN);
assert.strictEqual(c.errno.EOPNOTSUPP, c.errno.ENOTSUP);
for (const table of [c.dlopen, c.errno, c.signals, c.priority]) {
  assert.strictEqual(Object.getPrototypeOf(table), null);
  for (const key of Object.keys(table)) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    assert.strictEqual(desc.writable, false, key);
    assert.strictEqual(desc.configurable, false, key);
  }
}
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'UV_UDP_REUSEADDR'),
                       { value: 4, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'signals'),
                       { value: c.signals, writable: true, enumerable: true, configurable: true });
// The error codes agree with the system error names util knows.
const util = require('util');
for (const name of ['ENOENT', 'EACCES', 'EEXIST', 'EINVAL', 'EPERM', 'EPIPE', 'ECONNREFUSED', 'EADDRINUSE', 'ETIMEDOUT']) {
  assert.strictEqual(util.getSystemErrorName(-c.errno[name]), name);
}

// Priorities.
const start = os.getPriority();
assert.ok(Number.isInteger(start) && start >= -20 && start <= 19);
assert.strictEqual(os.getPriority(0), start);
assert.strictEqual(os.getPriority(process.pid), start);
const niceField = Number(require('fs').readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[16]);
assert.strictEqual(start, niceField);
// Lowering our own priority (raising the nice value) is always allowed.
const lower = Math.min(19, start + 1);
assert.strictEqual(os.setPriority(lower), undefined);
assert.strictEqual(os.getPriority(), lower);
os.setPriority(0, lower);
assert.strictEqual(os.getPriority(), lower);

assert.throws(() => os.getPriority('x'), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')' });
assert.throws(() => os.getPriority(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.setPriority(0, 50), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 50' });
assert.throws(() => os.setPriority('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => os.setPriority(0, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => os.getPriority(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
// A process that does not exist.
assert.throws(() => os.getPriority(2 ** 31 - 1), (e) => {
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(e.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.deepStrictEqual(e.info, { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
  assert.strictEqual(e.errno, -3);
  assert.strictEqual(e.syscall, 'uv_os_getpriority');
  return true;
});
assert.throws(() => os.setPriority(2 ** 31 - 1, 0), { code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_setpriority returned ESRCH (no such process)' });
