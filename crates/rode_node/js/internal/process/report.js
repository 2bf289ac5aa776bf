'use strict';
// process.report: Node's diagnostic report as JSON (getReport, writeReport), its settings,
// and the report written on a signal or an uncaught exception when asked. The header, the
// JavaScript stack and heap, resource usage, environment, user limits and shared objects
// are real; rode has no native stack walker and no libuv handle list, so `nativeStack` and
// `libuv` are empty, and `workers` does not include the workers' own reports.

const { codes } = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');
const binding = internalBinding('report');

const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};
let sequence = 0;

const pad = (n, w = 2) => String(n).padStart(w, '0');

// Local date and time, zero-padded: [yyyy, mm, dd, HH, MM, SS].
function localParts(d) {
  return [d.getFullYear(), pad(d.getMonth() + 1), pad(d.getDate()),
          pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())];
}

// Node formats local time with a literal Z.
function eventTime(d) {
  const [y, mo, da, h, mi, s] = localParts(d);
  return `${y}-${mo}-${da}T${h}:${mi}:${s}Z`;
}

function header(event, trigger, filename, now) {
  const os = require('os');
  const [glibcRuntime, glibcCompiler] = binding.glibcVersions();
  const h = {
    reportVersion: 4,
    event,
    trigger,
    filename,
    dumpEventTime: eventTime(now),
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: require('worker_threads').threadId,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
  };
  if (glibcRuntime !== undefined) h.glibcVersionRuntime = glibcRuntime;
  if (glibcCompiler !== undefined) h.glibcVersionCompiler = glibcCompiler;
  Object.assign(h, {
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, ...c.times })),
  });
  if (!settings.excludeNetwork) {
    const list = [];
    for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
      for (const a of addrs) {
        const entry = { name, internal: a.internal, mac: a.mac, address: a.address,
                        netmask: a.netmask, family: a.family };
        if (a.family === 'IPv6') entry.scopeid = a.scopeid;
        list.push(entry);
      }
    }
    h.networkInterfaces = list;
  }
  h.host = os.hostname();
  return h;
}

// The error's stack as Node lays it out: the first line is the message, the lines after
// it (trimmed) the stack; like Node, the last line is left out unless a newline ends it.
function javascriptStack(err) {
  let text;
  try {
    text = err !== null && typeof err === 'object' && typeof err.stack === 'string' ?
      err.stack : String(err);
  } catch {
    text = 'No stack.\nUnavailable.\n'; // Node's text when the error can't be read
  }
  const out = {};
  const lines = text.split('\n');
  out.message = lines[0];
  if (lines.length > 1) out.stack = lines.slice(1, -1).map((l) => l.trimStart());
  const props = {};
  if (err !== null && typeof err === 'object') {
    for (const key of Object.keys(err)) {
      try {
        props[key] = String(err[key]);
      } catch {
        // a property that can't be read or turned into a string is left out
      }
    }
  }
  out.errorProperties = props;
  return out;
}

function javascriptHeap() {
  const v8 = require('v8');
  const s = v8.getHeapStatistics();
  const spaces = {};
  for (const sp of v8.getHeapSpaceStatistics()) {
    spaces[sp.space_name] = {
      memorySize: sp.space_size,
      committedMemory: sp.physical_space_size,
      capacity: sp.space_used_size + sp.space_available_size,
      used: sp.space_used_size,
      available: sp.space_available_size,
    };
  }
  return {
    totalMemory: s.total_heap_size,
    executableMemory: s.total_heap_size_executable,
    totalCommittedMemory: s.total_physical_size,
    availableMemory: s.total_available_size,
    totalGlobalHandlesMemory: s.total_global_handles_size,
    usedGlobalHandlesMemory: s.used_global_handles_size,
    usedMemory: s.used_heap_size,
    memoryLimit: s.heap_size_limit,
    mallocedMemory: s.malloced_memory,
    externalMemory: s.external_memory,
    peakMallocedMemory: s.peak_malloced_memory,
    nativeContextCount: s.number_of_native_contexts,
    detachedContextCount: s.number_of_detached_contexts,
    doesZapGarbage: s.does_zap_garbage,
    heapSpaces: spaces,
  };
}

function cpuFields(u) {
  const uptime = process.uptime();
  const userSec = u.userCPUTime / 1e6;
  const kernelSec = u.systemCPUTime / 1e6;
  const pct = (s) => (uptime > 0 ? (s / uptime) * 100 : 0);
  return {
    userCpuSeconds: userSec,
    kernelCpuSeconds: kernelSec,
    cpuConsumptionPercent: pct(userSec + kernelSec),
    userCpuConsumptionPercent: pct(userSec),
    kernelCpuConsumptionPercent: pct(kernelSec),
  };
}

function resourceUsage() {
  const os = require('os');
  const u = require('internal/process/object').usage(false);
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss: process.memoryUsage.rss(),
    constrained_memory: process.constrainedMemory(),
    available_memory: process.availableMemory(),
    ...cpuFields(u),
    maxRss: u.maxRSS * 1024,
    pageFaults: { IORequired: u.majorPageFault, IONotRequired: u.minorPageFault },
    fsActivity: { reads: u.fsRead, writes: u.fsWrite },
  };
}

function threadResourceUsage() {
  const u = require('internal/process/object').usage(true);
  return { ...cpuFields(u), fsActivity: { reads: u.fsRead, writes: u.fsWrite } };
}

const kLimitNames = [
  'core_file_size_blocks', 'data_seg_size_kbytes', 'file_size_blocks',
  'max_locked_memory_bytes', 'max_memory_size_kbytes', 'open_files', 'stack_size_bytes',
  'cpu_time_seconds', 'max_user_processes', 'virtual_memory_kbytes',
];

function userLimits() {
  const raw = binding.userLimits();
  const limits = {};
  const value = (v) => (v === -1 ? 'unlimited' : v);
  kLimitNames.forEach((name, i) => {
    limits[name] = { soft: value(raw[i * 2]), hard: value(raw[i * 2 + 1]) };
  });
  return limits;
}

function buildReport(event, trigger, filename, err) {
  return {
    header: header(event, trigger, filename, new Date()),
    javascriptStack: javascriptStack(err),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: resourceUsage(),
    uvthreadResourceUsage: threadResourceUsage(),
    libuv: [],
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: userLimits(),
    sharedObjects: binding.sharedObjects(),
  };
}

function serialize(report) {
  return JSON.stringify(report, null, settings.compact ? undefined : 2) + '\n';
}

function defaultFilename(now) {
  const [y, mo, da, h, mi, s] = localParts(now);
  const tid = require('worker_threads').threadId;
  return `report.${y}${mo}${da}.${h}${mi}${s}.${process.pid}.${tid}.${pad(++sequence, 3)}.json`;
}

// Writes a report where Node would: `file`, else the configured filename, else a new
// name in the report directory (or the cwd); 'stdout' and 'stderr' name the streams.
function write(event, trigger, file, err) {
  const fs = require('fs');
  const path = require('path');
  const name = file || settings.filename || defaultFilename(new Date());
  const report = buildReport(event, trigger, name, err);
  const text = serialize(report);
  if (name === 'stdout' || name === 'stderr') {
    fs.writeSync(name === 'stdout' ? 1 : 2, text);
    return name;
  }
  const target = settings.directory ? path.join(settings.directory, name) : name;
  fs.writeSync(2, `\nWriting Node.js report to file: ${name}\n`);
  try {
    fs.writeFileSync(target, text);
  } catch (e) {
    fs.writeSync(2, `\nFailed to open Node.js report file: ${name} directory: ` +
      `${settings.directory || '.'} (errno: ${-e.errno})\n`);
    return '';
  }
  fs.writeSync(2, 'Node.js report completed\n');
  return name;
}

function signalHandler(sig) {
  write(sig, 'Signal', null, '');
}

function removeSignalHandler() {
  if (settings.signal) process.removeListener(settings.signal, signalHandler);
}

function addSignalHandler(sig) {
  if (settings.reportOnSignal) process.on(typeof sig === 'string' ? sig : settings.signal, signalHandler);
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
      if (file.includes('\u0000')) {
        throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'must be a string without null bytes');
      }
    }
    if (err === undefined) err = new codes.ERR_SYNTHETIC();
    else validateObject(err, 'err');
    return write('JavaScript API', 'API', file, err);
  },
  getReport(err) {
    if (err === undefined) err = new codes.ERR_SYNTHETIC();
    else validateObject(err, 'err');
    return JSON.parse(serialize(buildReport('JavaScript API', 'GetReport', null, err)));
  },
};

// The settings, in Node's order: accessors that validate (strings or booleans; Node's
// argument names), some with an effect on the signal listener.
function setting(name, validate, argName, apply) {
  Object.defineProperty(report, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return settings[name]; },
    set(value) {
      validate(value, argName);
      if (apply !== undefined) apply(value);
      settings[name] = value;
    },
  });
}
setting('directory', validateString, 'directory');
setting('filename', validateString, 'filename');
setting('compact', validateBoolean, 'compact');
setting('excludeNetwork', validateBoolean, 'excludeNetwork');
setting('signal', validateString, 'signal', (sig) => {
  if (require('internal/process/object').signals[sig] === undefined) {
    throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  removeSignalHandler();
  addSignalHandler(sig);
});
setting('reportOnFatalError', validateBoolean, 'trigger');
setting('reportOnSignal', validateBoolean, 'trigger', (on) => {
  removeSignalHandler();
  settings.reportOnSignal = on;
  addSignalHandler();
});
setting('reportOnUncaughtException', validateBoolean, 'trigger');

// Called on the fatal path of an uncaught exception, before the error is printed.
function onUncaught(err) {
  if (settings.reportOnUncaughtException) write('Exception', 'Exception', null, err);
}

require('internal/process/execution').setReportHook(onUncaught);

// The --report-* command-line flags, applied through the setters (their validation too).
function applyFlags(flags) {
  const set = (name, value) => { report[name] = value; };
  // Taken as given, like Node (an unknown name just never arrives as a signal).
  if (flags['report-signal'] !== undefined) settings.signal = flags['report-signal'];
  if (flags['report-dir'] !== undefined) set('directory', flags['report-dir']);
  if (flags['report-filename'] !== undefined) set('filename', flags['report-filename']);
  if (flags['report-compact'] !== undefined) set('compact', true);
  if (flags['report-exclude-network'] !== undefined) set('excludeNetwork', true);
  if (flags['report-on-fatalerror'] !== undefined) set('reportOnFatalError', true);
  if (flags['report-uncaught-exception'] !== undefined) set('reportOnUncaughtException', true);
  if (flags['report-on-signal'] !== undefined) set('reportOnSignal', true);
}
applyFlags(process._rodeFlags || {});

module.exports = { report, settings };
