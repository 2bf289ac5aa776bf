'use strict';
// AbortSignal.timeout() does not keep the process alive, even with a listener: this
// program ends at once (the harness would time out otherwise).
const signal = AbortSignal.timeout(10 * 60 * 1000);
signal.addEventListener('abort', () => {
  console.log('never');
});
process.on('exit', () => {
  console.log('exit', signal.aborted);
});
