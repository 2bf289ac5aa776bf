// idle.js — memory of an idle program: a process kept alive by one timer for 1 s that does
// nothing else. Its peak RSS (rss:idle) is the runtime's idle footprint.
const start = performance.now();
const t = setInterval(() => {}, 1000);
setTimeout(() => {
  clearInterval(t);
  console.log(`idle ${(performance.now() - start).toFixed(0)}`);
}, 1000);
