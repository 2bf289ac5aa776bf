'use strict';
// `rode --test [paths]` and `run()`: finds test files, runs each in its own child process
// (this binary, NODE_TEST_CONTEXT=child-v8) and merges the children's events into one
// report, as Node's runner does: a file's tests appear at the top level, in file order; the
// file itself shows up as a test only when it has no tests or fails outside them.

const path = require('path');
const fs = require('fs');
const { parseLine } = require('internal/test_runner/child_protocol');
const { bareFailure, now, msSince } = require('internal/test_runner/test');
const { Tally, emitSummary } = require('internal/test_runner/events');

const kTestFile = /(^|[/\\])(test(-[^/\\]*)?|[^/\\]*[._-]test)\.[cm]?js$/;

function isTestFile(rel) {
  const parts = rel.split(/[/\\]/);
  if (parts.slice(0, -1).includes('test') && /\.[cm]?js$/.test(rel)) return true;
  return kTestFile.test(rel);
}

function walk(dir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

// The files a `--test` run covers: the named files, test files under the named directories
// (or under the current one), and glob patterns.
function findFiles(args, cwd = process.cwd()) {
  const files = new Set();
  const fromDir = (dir) => {
    const all = [];
    walk(dir, all);
    for (const f of all) if (isTestFile(path.relative(cwd, f))) files.add(f);
  };
  if (args.length === 0) {
    fromDir(cwd);
  } else {
    for (const arg of args) {
      const full = path.resolve(cwd, arg);
      let st;
      try {
        st = fs.statSync(full);
      } catch {
        st = null;
      }
      if (st?.isDirectory()) {
        fromDir(full);
      } else if (st !== null) {
        files.add(full);
      } else if (/[*?[{]/.test(arg)) {
        for (const f of fs.globSync(arg, { cwd })) files.add(path.resolve(cwd, f));
      } else {
        throw Object.assign(new Error(`Could not find '${full}'`), { code: 'ENOENT' });
      }
    }
  }
  return [...files].sort();
}

// The runner's own flags, which its children must not get (those with a value, and not).
const kRunnerValueFlags = new Set(['--test-reporter', '--test-reporter-destination',
  '--test-concurrency', '--test-shard']);
const kRunnerFlags = new Set(['--test', '--watch', '--test-force-exit',
  '--experimental-test-coverage']);

function childExecArgv() {
  const out = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (kRunnerFlags.has(a)) continue;
    if (kRunnerValueFlags.has(a)) {
      i++; // and its value
      continue;
    }
    if (kRunnerValueFlags.has(a.split('=')[0])) continue;
    out.push(a);
  }
  return out;
}

// Runs one file; passes its output to `emit` as it comes, and resolves with its exit and
// its events.
function runFile(file, emit, options) {
  const { spawn } = require('child_process');
  return new Promise((resolve) => {
    const args = [...childExecArgv(), ...(options.extraArgs ?? []), file];
    const env = { ...process.env, NODE_TEST_CONTEXT: 'child-v8' };
    const child = spawn(process.execPath, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const events = [];
    let partial = '';
    const onLine = (line) => {
      const event = parseLine(line);
      if (event !== null) events.push(event);
      else emit('test:stdout', { file, message: `${line}\n` });
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      for (const line of lines) onLine(line);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => emit('test:stderr', { file, message: chunk }));
    const started = now();
    let timer;
    if (options.timeout !== undefined && options.timeout !== Infinity) {
      timer = setTimeout(() => child.kill(), options.timeout);
    }
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (partial) onLine(partial);
      resolve({ events, code, signal, duration: msSince(started) });
    });
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      resolve({ events, code: null, signal: null, error: err, duration: 0 });
    });
  });
}

// Runs `files` and emits the merged events through `emit`, then the summary; resolves with
// the counts.
async function runFiles(files, emit, options) {
  const tally = new Tally();
  const started = now();
  let topNumber = 0;
  const concurrency = options.concurrency;
  const results = new Array(files.length);
  let next = 0;
  let reported = 0;
  const report = () => {
    while (reported < files.length && results[reported] !== undefined) {
      const file = files[reported];
      const r = results[reported];
      let sawTests = false;
      for (const { type, data } of r.events) {
        if ((type === 'test:pass' || type === 'test:fail') && data.nesting === 0) {
          data.testNumber = ++topNumber;
          sawTests = true;
        }
        if (type === 'test:pass' || type === 'test:fail') tally.add(type, data);
        if (type === 'test:plan' && data.nesting === 0) continue;
        emit(type, data);
      }
      const failed = r.code !== 0 || r.signal !== null || r.error !== undefined;
      const childFailed = r.events.some((e) => e.type === 'test:fail');
      if (!sawTests || (failed && !childFailed)) {
        const data = { name: file, nesting: 0, file, line: 1, column: 1, testNumber: reported + 1, details: { duration_ms: r.duration } };
        emit('test:start', { name: file, nesting: 0, file, line: 1, column: 1 });
        if (failed && !childFailed) {
          const err = r.error ?? bareFailure('test failed', 'testCodeFailure');
          if (r.error === undefined) {
            err.exitCode = r.code;
            err.signal = r.signal;
          }
          data.details.error = err;
          tally.add('test:fail', data);
          emit('test:fail', data);
        } else {
          tally.add('test:pass', data);
          emit('test:pass', data);
        }
        topNumber++;
      }
      reported++;
    }
  };
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await runFile(files[i], emit, options);
      report();
    }
  };
  const workers = [];
  for (let i = 0; i < Math.min(concurrency, files.length); i++) workers.push(worker());
  await Promise.all(workers);
  report();
  emitSummary(emit, topNumber, options.diagnostics ?? [], tally, msSince(started));
  return tally;
}

function defaultConcurrency() {
  return Math.max(require('os').availableParallelism() - 1, 1);
}

// `rode --test [paths]`.
function runCli(args) {
  const harness = require('internal/test_runner/harness');
  const opts = harness.testOptions();
  const { events } = require('internal/test_runner/events');
  harness.setupReporters(opts);
  let files;
  try {
    files = findFiles(args);
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
    events.end();
    return;
  }
  const concurrency = opts.concurrency ?? defaultConcurrency();
  const diagnostics = opts.coverage ? [harness.kNoCoverage] : [];
  runFiles(files, (type, data) => events.emit(type, data), { concurrency, timeout: opts.timeout, diagnostics }).then((tally) => {
    events.end();
    if (tally.failed()) process.exitCode = 1;
  });
}

// node:test's run(): the same over `options.files`, as a stream of events.
function run(options = {}) {
  const { validateObject, validateArray } = require('internal/validators');
  validateObject(options, 'options');
  const { Readable } = require('stream');
  const stream = new Readable({ objectMode: true, read() {} });
  const emit = (type, data) => stream.push({ type, data });
  let files = options.files;
  if (files !== undefined) validateArray(files, 'options.files');
  const cwd = options.cwd ?? process.cwd();
  files = files === undefined ? findFiles([], cwd) : files.map((f) => path.resolve(cwd, f));
  let concurrency = options.concurrency ?? 1;
  if (concurrency === true) concurrency = defaultConcurrency();
  else if (concurrency === false) concurrency = 1;
  const extraArgs = [];
  if (options.only) extraArgs.push('--test-only');
  for (const p of [].concat(options.testNamePatterns ?? [])) extraArgs.push(`--test-name-pattern=${p instanceof RegExp ? String(p) : p}`);
  queueMicrotask(() => {
    runFiles(files, emit, { concurrency, timeout: options.timeout, extraArgs, cwd }).then(() => stream.push(null));
  });
  return stream;
}

module.exports = { runCli, run };
