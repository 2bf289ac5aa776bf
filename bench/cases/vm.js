// vm.js — node:vm: 5 000 one-shot vm.runInNewContext calls (each a new context, used once and
// dropped) and 100 000 runs of one vm.Script in one context that reads and assigns a property
// of the context object. Prints "vm <ms>" (the sum), "vm.new-context <ms>" and
// "vm.run-script <ms>"; exits non-zero on a wrong result.
import vm from 'node:vm';

const t0 = performance.now();
for (let i = 0; i < 5000; i++) {
  const sandbox = { i, out: null };
  vm.runInNewContext('out = i * 2; var v = [1, 2, 3].map((x) => x + i); function f() { return v; }', sandbox);
  if (sandbox.out !== i * 2 || sandbox.f()[0] !== i + 1) throw new Error(`vm: context ${i} is wrong`);
}
const t1 = performance.now();
const script = new vm.Script('x = (typeof x === "number" ? x : 0) + 1');
const context = vm.createContext({});
for (let i = 0; i < 100000; i++) script.runInContext(context);
if (context.x !== 100000) throw new Error(`vm: x is ${context.x}`);
const t2 = performance.now();
console.log(`vm.new-context ${(t1 - t0).toFixed(2)}`);
console.log(`vm.run-script ${(t2 - t1).toFixed(2)}`);
console.log(`vm ${(t2 - t0).toFixed(2)}`);
