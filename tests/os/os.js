'use strict';
// node:os: every function's shape and type, with values checked against /proc, uname and
// the environment where the system exposes them.
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const read = (file) => fs.readFileSync(file, 'utf8');

assert.deepStrictEqual(Object.keys(os), ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority',
  'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir', 'totalmem',
  'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull']);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.release(), read('/proc/sys/kernel/osrelease').trim());
assert.strictEqual(os.version(), read('/proc/sys/kernel/version').trim());
assert.strictEqual(os.hostname(), read('/proc/sys/kernel/hostname').trim());
assert.match(os.machine(), /^(x86_64|aarch64|arm.*|i[3-6]86|riscv64|s390x|ppc64le|mips.*|loongarch64)$/);

// Functions that stand for their value in string contexts.
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'machine',
  'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version']) {
  assert.strictEqual(typeof os[name][Symbol.toPrimitive], 'function', name);
}
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(+os.totalmem, os.totalmem());

// Memory, in bytes, from /proc/meminfo.
const meminfo = (field) => Number(read('/proc/meminfo').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))[1]) * 1024;
assert.strictEqual(os.totalmem(), meminfo('MemTotal'));
const free = os.freemem();
assert.ok(Number.isInteger(free) && free > 0 && free <= os.totalmem());
assert.ok(Math.abs(free - meminfo('MemAvailable')) < os.totalmem() / 4);

// Uptime and load averages.
const uptime = os.uptime();
const procUptime = Number(read('/proc/uptime').split(' ')[0]);
assert.strictEqual(typeof uptime, 'number');
assert.ok(Math.abs(uptime - procUptime) < 5, `${uptime} vs ${procUptime}`);
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const l of load) assert.ok(typeof l === 'number' && l >= 0);

// CPUs: one per cpuN line of /proc/stat, times in milliseconds.
const cpus = os.cpus();
const statLines = read('/proc/stat').split('\n').filter((l) => /^cpu\d+ /.test(l));
assert.strictEqual(cpus.length, statLines.length);
assert.ok(os.availableParallelism() >= 1 && os.availableParallelism() <= cpus.length);
for (const [i, cpu] of cpus.entries()) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.ok(Number.isInteger(cpu.speed) && cpu.speed >= 0);
  const ticks = statLines[i].split(/\s+/).slice(1).map(Number);
  // user, nice and sys only grow: the /proc values read after os.cpus() are not smaller.
  assert.ok(cpu.times.user <= ticks[0] * 10 && cpu.times.user % 10 === 0);
  assert.ok(cpu.times.nice <= ticks[1] * 10);
  assert.ok(cpu.times.sys <= ticks[2] * 10);
  assert.ok(cpu.times.idle >= 0 && cpu.times.irq >= 0);
}
const models = read('/proc/cpuinfo').split('\n').filter((l) => l.startsWith('model name')).map((l) => l.split(': ')[1]);
if (models.length === cpus.length) assert.deepStrictEqual(cpus.map((c) => c.model), models);

// Network interfaces: getifaddrs' addresses of interfaces that are up.
const ifaces = os.networkInterfaces();
assert.strictEqual(Object.getPrototypeOf(ifaces), Object.prototype);
let sawLoopback = false;
for (const [name, list] of Object.entries(ifaces)) {
  assert.ok(fs.existsSync(`/sys/class/net/${name}`) || name.includes(':'), name);
  for (const a of list) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (a.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(a), keys);
    assert.ok(a.family === 'IPv4' || a.family === 'IPv6');
    assert.match(a.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof a.internal, 'boolean');
    if (a.family === 'IPv4') {
      assert.match(a.address, /^\d+\.\d+\.\d+\.\d+$/);
      assert.match(a.netmask, /^\d+\.\d+\.\d+\.\d+$/);
      const bits = a.netmask.split('.').map((n) => Number(n).toString(2).padStart(8, '0')).join('');
      assert.strictEqual(a.cidr, /^1*0*$/.test(bits) ? `${a.address}/${bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')}` : null);
    } else {
      assert.ok(Number.isInteger(a.scopeid));
      assert.ok(a.cidr === null || a.cidr.startsWith(`${a.address}/`));
    }
    if (a.address === '127.0.0.1') {
      sawLoopback = true;
      assert.strictEqual(a.internal, true);
      assert.strictEqual(a.netmask, '255.0.0.0');
      assert.strictEqual(a.cidr, '127.0.0.1/8');
      assert.strictEqual(a.mac, '00:00:00:00:00:00');
    }
    if (a.address === '::1') {
      assert.strictEqual(a.netmask, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
      assert.strictEqual(a.cidr, '::1/128');
      assert.strictEqual(a.scopeid, 0);
    }
    if (!a.internal && a.mac !== '00:00:00:00:00:00' && fs.existsSync(`/sys/class/net/${name}/address`)) {
      assert.strictEqual(a.mac, read(`/sys/class/net/${name}/address`).trim());
    }
  }
}
assert.ok(sawLoopback || !fs.existsSync('/sys/class/net/lo'));

// User and directories.
const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
const status = read('/proc/self/status');
assert.strictEqual(user.uid, Number(status.match(/^Uid:\s+\d+\s+(\d+)/m)[1]));
assert.strictEqual(user.gid, Number(status.match(/^Gid:\s+(\d+)/m)[1]));
const passwd = read('/etc/passwd').split('\n').map((l) => l.split(':')).find((f) => Number(f[2]) === user.uid);
if (passwd) {
  assert.strictEqual(user.username, passwd[0]);
  assert.strictEqual(user.homedir, passwd[5]);
  assert.strictEqual(user.shell, passwd[6]);
}
const asBuffers = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(asBuffers.username));
assert.strictEqual(asBuffers.username.toString(), user.username);
assert.strictEqual(os.userInfo({ encoding: 'hex' }).homedir, Buffer.from(user.homedir).toString('hex'));
assert.strictEqual(os.userInfo('buffer').username, user.username);

const home = process.env.HOME;
assert.strictEqual(os.homedir(), home === undefined ? user.homedir : home);
process.env.HOME = '/some/where';
assert.strictEqual(os.homedir(), '/some/where');
delete process.env.HOME;
assert.strictEqual(os.homedir(), user.homedir);
if (home !== undefined) process.env.HOME = home;

// tmpdir(): TMPDIR, TMP, TEMP, then /tmp; one trailing slash dropped.
const saved = ['TMPDIR', 'TMP', 'TEMP'].map((k) => [k, process.env[k]]);
for (const [k] of saved) delete process.env[k];
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TEMP = '/temp/';
assert.strictEqual(os.tmpdir(), '/temp');
process.env.TMP = '/tmp2//';
assert.strictEqual(os.tmpdir(), '/tmp2/');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
process.env.TMPDIR = '';
assert.strictEqual(os.tmpdir(), '/tmp2/');
for (const [k, v] of saved) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}
