'use strict';
// Lazy access to process.stdout/stderr/stdin. The streams (and node:stream under them) load
// only when a program touches them. Until then the global console writes straight to the
// file descriptor, which is what the stream would do (stdio writes are synchronous): the
// program can't have replaced or wrapped a stream it never touched.

const { writeSync, guessHandleType } = internalBinding('process');

let stdio;
const made = [false, false, false];

function load() {
  if (stdio === undefined) stdio = require('internal/process/stdio');
  return stdio;
}

function getStdin() {
  made[0] = true;
  return load().getStdin();
}

function getStdout() {
  made[1] = true;
  return load().getStdout();
}

function getStderr() {
  made[2] = true;
  return load().getStderr();
}

const writers = [];

// A minimal stand-in for an untouched stdout/stderr: enough for Console.
function fdWriter(fd) {
  let w = writers[fd];
  if (w === undefined) {
    const isTTY = guessHandleType(fd) === 'tty' ? true : undefined;
    w = {
      fd,
      isTTY,
      write(chunk) {
        writeSync(fd, chunk);
        return true;
      },
      getColorDepth(env = process.env) {
        return require('internal/tty').getColorDepth(env, isTTY);
      },
    };
    writers[fd] = w;
  }
  return w;
}

// The stream for fd 1 or 2 if the program made it, else the direct writer.
function consoleStream(fd) {
  if (made[fd]) return fd === 1 ? getStdout() : getStderr();
  return fdWriter(fd);
}

module.exports = { getStdin, getStdout, getStderr, consoleStream };
