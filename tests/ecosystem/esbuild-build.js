// esbuild (installed from npm, pinned by package-lock.json): its JS API spawns the native
// esbuild binary and talks to it over stdin/stdout pipes. A TypeScript bundle of two files is
// built to memory, a syntax error comes back as esbuild's structured error, and the
// long-running service handles several builds at once before it is stopped.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const esbuild = require('esbuild');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-esbuild-'));
  try {
    fs.writeFileSync(path.join(dir, 'util.ts'),
      'export function twice(n: number): number { return n * 2; }\n');
    fs.writeFileSync(path.join(dir, 'main.ts'),
      "import { twice } from './util';\nconst x: number = twice(21);\nconsole.log(`x=${x}`);\n");

    const result = await esbuild.build({
      entryPoints: [path.join(dir, 'main.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'neutral',
      logLevel: 'silent',
    });
    assert.strictEqual(result.errors.length, 0);
    assert.strictEqual(result.outputFiles.length, 1);
    const code = result.outputFiles[0].text;
    assert.match(code, /function twice\(n\)/);
    const logged = [];
    new Function('console', code)({ log: (s) => logged.push(s) });
    assert.deepStrictEqual(logged, ['x=42']);

    // A syntax error: a rejected promise carrying esbuild's messages.
    await assert.rejects(
      esbuild.build({ stdin: { contents: 'let = ;', loader: 'ts' }, write: false, logLevel: 'silent' }),
      (err) => {
        assert.strictEqual(err.errors.length, 1);
        assert.strictEqual(err.errors[0].location.line, 1);
        assert.strictEqual(err.errors[0].text, 'Unexpected ";"');
        return true;
      });

    // Many transforms in flight on the one child process.
    const outs = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      esbuild.transform(`const v${i}: number = ${i};`, { loader: 'ts' })));
    outs.forEach((o, i) => assert.strictEqual(o.code, `const v${i} = ${i};\n`));

    // Sync form (spawnSync of the binary).
    const sync = esbuild.transformSync('let a: string = "s"', { loader: 'ts', minify: true });
    assert.strictEqual(sync.code, 'let a="s";\n');
  } finally {
    await esbuild.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('ok');
}

main();
