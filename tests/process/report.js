'use strict';
// process.report: the diagnostic report's layout and real values (what detect-libc and
// rollup read: header.glibcVersionRuntime, sharedObjects), writeReport's files and stderr
// lines, the settings and their validation, a report on an uncaught exception; and
// process.resourceUsage(), whose fields come from getrusage(2).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-report-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const desc = Object.getOwnPropertyDescriptor(process, 'report');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, true);
const report = process.report;
assert.deepStrictEqual(Object.keys(report), [
  'writeReport', 'getReport', 'directory', 'filename', 'compact', 'excludeNetwork', 'signal',
  'reportOnFatalError', 'reportOnSignal', 'reportOnUncaughtException',
]);
assert.deepStrictEqual(
  [report.directory, report.filename, report.compact, report.excludeNetwork, report.signal,
   report.reportOnFatalError, report.reportOnSignal, report.reportOnUncaughtException],
  ['', '', false, false, 'SIGUSR2', false, false, false]);

// getReport()
const r = report.getReport();
assert.deepStrictEqual(Object.keys(r), [
  'header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage',
  'uvthreadResourceUsage', 'libuv', 'workers', 'environmentVariables', 'userLimits',
  'sharedObjects',
]);
const h = r.header;
assert.strictEqual(h.reportVersion, 4);
assert.strictEqual(h.event, 'JavaScript API');
assert.strictEqual(h.trigger, 'GetReport');
assert.strictEqual(h.filename, null);
assert.match(h.dumpEventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
assert.ok(Math.abs(Number(h.dumpEventTimeStamp) - Date.now()) < 60000);
assert.strictEqual(h.processId, process.pid);
assert.strictEqual(h.threadId, 0);
assert.strictEqual(h.cwd, process.cwd());
assert.ok(Array.isArray(h.commandLine) && h.commandLine.length >= 2);
assert.strictEqual(h.nodejsVersion, process.version);
const glibc = spawnSync('getconf', ['GNU_LIBC_VERSION'], { encoding: 'utf8' }).stdout.trim();
assert.strictEqual(`glibc ${h.glibcVersionRuntime}`, glibc);
assert.match(h.glibcVersionCompiler, /^\d+\.\d+$/);
assert.strictEqual(h.wordSize, 64);
assert.deepStrictEqual([h.arch, h.platform, h.osName, h.osRelease, h.osVersion, h.osMachine, h.host],
                       [process.arch, process.platform, os.type(), os.release(), os.version(),
                        os.machine(), os.hostname()]);
assert.deepStrictEqual(h.componentVersions, process.versions);
assert.deepStrictEqual(h.release, process.release);
assert.strictEqual(h.cpus.length, os.cpus().length);
assert.deepStrictEqual(Object.keys(h.cpus[0]), ['model', 'speed', 'user', 'nice', 'sys', 'idle', 'irq']);
assert.ok(h.networkInterfaces.some((i) => i.name === 'lo' && i.address === '127.0.0.1' && i.internal));

// The stack: the message line, then the frames (as Node: without the last line).
const js = r.javascriptStack;
assert.strictEqual(js.message, 'Error [ERR_SYNTHETIC]: JavaScript Callstack');
assert.ok(js.stack.every((l) => l.startsWith('at ')));
assert.deepStrictEqual(js.errorProperties, { code: 'ERR_SYNTHETIC' });
const err = new RangeError('custom');
err.stack = 'RangeError: custom\n    at one (a.js:1:1)\n    at two (b.js:2:2)\n    at three (c.js:3:3)';
err.extra = { a: 1 };
err.num = 5;
assert.deepStrictEqual(report.getReport(err).javascriptStack, {
  message: 'RangeError: custom',
  stack: ['at one (a.js:1:1)', 'at two (b.js:2:2)'],
  errorProperties: { extra: '[object Object]', num: '5' },
});

assert.strictEqual(typeof r.javascriptHeap.usedMemory, 'number');
assert.strictEqual(typeof r.javascriptHeap.heapSpaces, 'object');
assert.ok(Array.isArray(r.nativeStack) && Array.isArray(r.libuv) && Array.isArray(r.workers));
const ru = r.resourceUsage;
assert.strictEqual(ru.total_memory, os.totalmem());
assert.ok(ru.maxRss > 0 && ru.pageFaults.IONotRequired > 0);
assert.ok(ru.userCpuSeconds + ru.kernelCpuSeconds > 0);
assert.deepStrictEqual(Object.keys(r.uvthreadResourceUsage), [
  'userCpuSeconds', 'kernelCpuSeconds', 'cpuConsumptionPercent', 'userCpuConsumptionPercent',
  'kernelCpuConsumptionPercent', 'fsActivity',
]);
assert.strictEqual(r.environmentVariables.PATH, process.env.PATH);
assert.deepStrictEqual(Object.keys(r.userLimits), [
  'core_file_size_blocks', 'data_seg_size_kbytes', 'file_size_blocks', 'max_locked_memory_bytes',
  'max_memory_size_kbytes', 'open_files', 'stack_size_bytes', 'cpu_time_seconds',
  'max_user_processes', 'virtual_memory_kbytes',
]);
const ulimitN = Number(spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout);
assert.strictEqual(r.userLimits.open_files.soft, ulimitN);
// What detect-libc looks for: the C library among the shared objects.
assert.ok(r.sharedObjects.some((f) => /\/libc\.so\.6$/.test(f)), r.sharedObjects.join());
assert.ok(!r.sharedObjects.includes(''));

// excludeNetwork leaves the interfaces out.
report.excludeNetwork = true;
assert.strictEqual('networkInterfaces' in report.getReport().header, false);
report.excludeNetwork = false;

// writeReport(): a file in the report directory, stderr lines around it.
const script = `
  process.report.directory = ${JSON.stringify(dir)};
  const a = process.report.writeReport();
  const b = process.report.writeReport('named.json', new TypeError('boom'));
  process.report.compact = true;
  const c = process.report.writeReport('compact.json');
  console.log(JSON.stringify([a, b, c]));
`;
const w = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
assert.strictEqual(w.status, 0, w.stderr);
const [a, b, c] = JSON.parse(w.stdout);
// The names come back without the directory.
const base = a;
assert.match(base, new RegExp(`^report\\.\\d{8}\\.\\d{6}\\.${w.pid}\\.0\\.001\\.json$`));
assert.deepStrictEqual([b, c], ['named.json', 'compact.json']);
assert.strictEqual(w.stderr,
  `\nWriting Node.js report to file: ${base}\nNode.js report completed\n` +
  '\nWriting Node.js report to file: named.json\nNode.js report completed\n' +
  '\nWriting Node.js report to file: compact.json\nNode.js report completed\n');
const first = fs.readFileSync(path.join(dir, a), 'utf8');
assert.strictEqual(JSON.parse(first).header.trigger, 'API');
assert.strictEqual(JSON.parse(first).header.filename, base);
assert.ok(first.split('\n').length > 50);
assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, b), 'utf8')).javascriptStack.message, 'TypeError: boom');
const compact = fs.readFileSync(path.join(dir, c), 'utf8');
assert.strictEqual(compact.split('\n').length, 2);
assert.strictEqual(compact.endsWith('\n'), true);

// A report on an uncaught exception, written after the error and before the version line.
const u = spawnSync(process.execPath, ['-e',
  `process.report.directory = ${JSON.stringify(dir)}; process.report.reportOnUncaughtException = true;
   process.report.filename = 'uncaught.json'; throw new Error('fatal one');`], { encoding: 'utf8' });
assert.strictEqual(u.status, 1);
assert.match(u.stderr, /Error: fatal one[^]*\nWriting Node\.js report to file: uncaught\.json\nNode\.js report completed\n\nNode\.js v\d+/);
const ur = JSON.parse(fs.readFileSync(path.join(dir, 'uncaught.json'), 'utf8'));
assert.deepStrictEqual([ur.header.event, ur.header.trigger], ['Exception', 'Exception']);

// reportOnSignal: a report when `signal` arrives (with no JavaScript stack).
const sig = spawnSync(process.execPath, ['-e',
  `process.report.directory = ${JSON.stringify(dir)}; process.report.filename = 'signal.json';
   process.report.reportOnSignal = true; process.kill(process.pid, 'SIGUSR2');
   setTimeout(() => {}, 200);`], { encoding: 'utf8' });
assert.strictEqual(sig.status, 0, sig.stderr);
const sr = JSON.parse(fs.readFileSync(path.join(dir, 'signal.json'), 'utf8'));
assert.deepStrictEqual([sr.header.event, sr.header.trigger], ['SIGUSR2', 'Signal']);
assert.deepStrictEqual(sr.javascriptStack, { message: '', errorProperties: {} });

// The --report-* flags set the same settings and work from the start.
const flags = spawnSync(process.execPath, [
  `--report-directory=${dir}`, '--report-compact', '--report-filename=flags.json',
  '--report-on-signal', '--report-signal=SIGUSR1', '--report-exclude-network',
  '--report-uncaught-exception', '-e',
  `const r = process.report;
   console.log(JSON.stringify([r.directory === ${JSON.stringify(dir)}, r.compact, r.filename,
     r.reportOnSignal, r.signal, r.excludeNetwork, r.reportOnUncaughtException]));
   throw new Error('flagged');`], { encoding: 'utf8' });
assert.strictEqual(flags.status, 1);
assert.strictEqual(flags.stdout, '[true,true,"flags.json",true,"SIGUSR1",true,true]\n');
assert.match(flags.stderr, /Writing Node\.js report to file: flags\.json\n/);
const fr = fs.readFileSync(path.join(dir, 'flags.json'), 'utf8');
assert.strictEqual(fr.split('\n').length, 2); // compact
assert.strictEqual(JSON.parse(fr).header.trigger, 'Exception');
assert.strictEqual('networkInterfaces' in JSON.parse(fr).header, false);

// Validation.
assert.throws(() => { report.compact = 1; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "compact" argument must be of type boolean. Received type number (1)',
});
assert.throws(() => { report.signal = 'NOPE'; }, { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: NOPE' });
assert.throws(() => { report.directory = 5; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { report.reportOnSignal = 'yes'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "trigger" argument must be of type boolean. Received type string (\'yes\')',
});
assert.throws(() => report.writeReport(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (5)',
});
assert.throws(() => report.getReport(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type object. Received type number (5)',
});

// process.resourceUsage(): getrusage's fields, all of them live.
const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
assert.ok(usage.minorPageFault > 0);
assert.ok(usage.voluntaryContextSwitches > 0); // the spawnSync calls above waited
assert.ok(usage.maxRSS * 1024 >= process.memoryUsage.rss() / 2);
console.log('ok');
