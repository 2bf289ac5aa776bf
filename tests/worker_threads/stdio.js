'use strict';
// A worker's console output reaches the process's stdout; with stdout: true it goes to
// worker.stdout instead; a worker's process.stdin has no data, unless stdin: true, when it
// reads what the parent writes to worker.stdin.
const { Worker } = require('worker_threads');

console.log('main: start');
const w = new Worker(`
  console.log('worker: console.log');
  process.stdout.write('worker: process.stdout.write\\n');
  let got = '';
  process.stdin.on('data', (c) => { got += c; });
  process.stdin.on('end', () => console.log('worker: stdin ended with ' + JSON.stringify(got)));
`, { eval: true });
w.on('exit', (code) => {
  console.log('main: worker exited with', code);
  const piped = new Worker(`
    console.log('to worker.stdout');
    process.stdout.write('second line\\n');
    console.error('to worker.stderr');
  `, { eval: true, stdout: true, stderr: true });
  let out = '';
  let err = '';
  piped.stdout.setEncoding('utf8').on('data', (c) => { out += c; });
  piped.stderr.setEncoding('utf8').on('data', (c) => { err += c; });
  piped.on('exit', (c) => {
    setImmediate(() => {
      console.log('main: captured stdout', JSON.stringify(out));
      console.log('main: captured stderr', JSON.stringify(err));
      console.log('main: second worker exited with', c);
      stdinWorker();
    });
  });
});

function stdinWorker() {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (c) => { text += c; });
    process.stdin.on('end', () => parentPort.postMessage(text.toUpperCase()));
  `, { eval: true, stdin: true });
  w.on('message', (m) => console.log('main: worker read from its stdin', JSON.stringify(m)));
  w.on('exit', (c) => console.log('main: stdin worker exited with', c));
  w.stdin.write('hello ');
  w.stdin.end('stdin');
}
