// A first program: the event loop's order of callbacks, as Node runs it.
const { setTimeout: sleep } = require('timers/promises');

console.log('1. synchronous code runs first');
setTimeout(() => console.log('5. a timer'), 0);
setImmediate(() => console.log('6. an immediate (check phase)'));
process.nextTick(() => console.log('2. process.nextTick'));
Promise.resolve().then(() => console.log('3. a promise job (microtask)'));
queueMicrotask(() => console.log('4. queueMicrotask'));

(async () => {
  await sleep(20);
  console.log(`7. after 20 ms: running on ${process.version} (rode ${process.versions.rode ?? 'no'})`,
    { platform: process.platform, arch: process.arch });
})();
