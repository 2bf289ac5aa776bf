// rollup 4 (installed from npm, pinned by package-lock.json): its parser and content hashes
// come from a napi-rs native addon (@rollup/rollup-linux-x64-gnu, loaded with require() of a
// .node file). A multi-module ES fixture (named imports, a default import, named and star
// re-exports, unused exports to tree-shake, a dynamic import) is bundled with rollup() and
// generate() to es and cjs, written to disk and run; a virtual-module plugin gives exact
// output; a syntax error comes back as rollup's PARSE_ERROR; and parseAst / parseAstAsync
// (napi async work on the libuv pool) produce the ESTree AST directly.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { rollup, VERSION } = require('rollup');
const { parseAst, parseAstAsync } = require('rollup/parseAst');
const native = require('rollup/dist/native.js');

const fixtures = path.join(__dirname, 'fixtures', 'rollup');

// Resolves and loads in-memory modules by bare name.
function virtual(modules) {
  return {
    name: 'virtual',
    resolveId(id) {
      return Object.hasOwn(modules, id) ? id : null;
    },
    load(id) {
      return Object.hasOwn(modules, id) ? modules[id] : null;
    },
  };
}

async function bundleFixture() {
  const bundle = await rollup({ input: path.join(fixtures, 'main.js') });
  // (in load order, which depends on file system timing)
  assert.deepStrictEqual(bundle.watchFiles.map((f) => path.relative(fixtures, f)).sort(),
    ['greet.js', 'lazy.js', 'main.js', 'math.js', 'strings.js', 'utils.js', 'version.js']);

  // ES output: the entry chunk plus one chunk for the dynamic import.
  const es = (await bundle.generate({ format: 'es' })).output;
  assert.strictEqual(es.length, 2);
  const [entry, lazy] = es;
  assert.strictEqual(entry.type, 'chunk');
  assert.strictEqual(entry.fileName, 'main.js');
  assert.strictEqual(entry.isEntry, true);
  assert.deepStrictEqual(entry.exports, ['later', 'run']);
  // The chunk name's hash is computed by the native xxhash.
  assert.strictEqual(lazy.fileName, 'lazy-BhPbVnvg.js');
  assert.strictEqual(lazy.isDynamicEntry, true);
  assert.deepStrictEqual(lazy.exports, ['lazyValue']);
  assert.deepStrictEqual(entry.dynamicImports, ['lazy-BhPbVnvg.js']);
  assert.deepStrictEqual(entry.imports, []);
  // utils.js only re-exports, so no module of its own survives into the chunk.
  assert.deepStrictEqual(Object.keys(entry.modules).map((f) => path.basename(f)),
    ['math.js', 'strings.js', 'version.js', 'greet.js', 'main.js']);
  const mathInfo = entry.modules[path.join(fixtures, 'math.js')];
  assert.deepStrictEqual(mathInfo.removedExports, ['unusedMultiply']);
  assert.deepStrictEqual(mathInfo.renderedExports.sort(), ['PI', 'add']);
  // Tree-shaken: the unused exports are gone from the code.
  assert.ok(!entry.code.includes('unusedMultiply'));
  assert.ok(!entry.code.includes('1234567'));
  assert.ok(!entry.code.includes('whisperUnused'));
  assert.ok(entry.code.includes("import('./lazy-BhPbVnvg.js')"));
  assert.ok(entry.code.endsWith('export { later, run };\n'));
  assert.strictEqual(lazy.code, 'const lazyValue = 21;\n\nexport { lazyValue };\n');
  assert.strictEqual(entry.code, [
    'const PI = 3.14;',
    '',
    'function add(a, b) {',
    '  return a + b;',
    '}',
    '',
    'function shout(s) {',
    "  return s.toUpperCase() + '!';",
    '}',
    '',
    "const VERSION = '1.2';",
    '',
    'function greet(name) {',
    '  return `hello ${name}`;',
    '}',
    '',
    'function run(name) {',
    "  return shout(greet(name)) + ' ' + add(1, 2) + ' ' + PI + ' v' + VERSION;",
    '}',
    '',
    'function later() {',
    "  return import('./lazy-BhPbVnvg.js').then((m) => m.lazyValue * 2);",
    '}',
    '',
    'export { later, run };',
    '',
  ].join('\n'));

  // CJS output: same chunking, require() for the dynamic import, a different content hash.
  const cjs = (await bundle.generate({ format: 'cjs' })).output;
  assert.strictEqual(cjs.length, 2);
  assert.strictEqual(cjs[0].fileName, 'main.js');
  assert.strictEqual(cjs[1].fileName, 'lazy-D6Au1Z76.js');
  assert.ok(cjs[0].code.startsWith("'use strict';\n\nconst PI = 3.14;\n"));
  assert.ok(cjs[0].code.includes("require('./lazy-D6Au1Z76.js')"));
  assert.ok(cjs[0].code.endsWith('exports.later = later;\nexports.run = run;\n'));
  assert.ok(!cjs[0].code.includes('unusedMultiply'));
  assert.strictEqual(cjs[1].code, "'use strict';\n\nconst lazyValue = 21;\n\nexports.lazyValue = lazyValue;\n");

  // Write both formats to disk and run them.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-rollup-'));
  try {
    await bundle.write({ dir: path.join(dir, 'cjs'), format: 'cjs' });
    await bundle.write({
      dir: path.join(dir, 'es'),
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
    });
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'cjs')).sort(), ['lazy-D6Au1Z76.js', 'main.js']);
    assert.strictEqual(fs.readdirSync(path.join(dir, 'es')).length, 2);

    const cjsMod = require(path.join(dir, 'cjs', 'main.js'));
    assert.strictEqual(cjsMod.run('rode'), 'HELLO RODE! 3 3.14 v1.2');
    assert.strictEqual(await cjsMod.later(), 42);

    const esMod = await import(pathToFileURL(path.join(dir, 'es', 'main.mjs')).href);
    assert.strictEqual(esMod.run('es'), 'HELLO ES! 3 3.14 v1.2');
    assert.strictEqual(await esMod.later(), 42);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await bundle.close();
  assert.strictEqual(bundle.closed, true);
}

async function exactOutput() {
  const bundle = await rollup({
    input: 'entry',
    plugins: [virtual({
      entry: 'import { a } from "dep";\nconsole.log(a);\n',
      dep: 'export const a = 1;\nexport const b = 2;\n',
    })],
  });
  const gen = async (format) => (await bundle.generate({ format })).output[0].code;
  assert.strictEqual(await gen('es'), 'const a = 1;\n\nconsole.log(a);\n');
  assert.strictEqual(await gen('cjs'), "'use strict';\n\nconst a = 1;\n\nconsole.log(a);\n");
  assert.strictEqual(await gen('iife'),
    "(function () {\n\t'use strict';\n\n\tconst a = 1;\n\n\tconsole.log(a);\n\n})();\n");
  await bundle.close();
}

async function bundleErrors() {
  // A syntax error in a bundled module: the native parser's error, located by rollup.
  await assert.rejects(rollup({
    input: 'entry.js',
    plugins: [virtual({ 'entry.js': 'import "bad.js";\n', 'bad.js': 'export const x = 1;\nconst y = ;\n' })],
  }), (e) => {
    assert.strictEqual(e.code, 'PARSE_ERROR');
    assert.strictEqual(e.message, 'bad.js (2:10): Expression expected');
    assert.strictEqual(e.id, 'bad.js');
    assert.strictEqual(e.pos, 30);
    assert.deepStrictEqual(e.loc, { column: 10, file: 'bad.js', line: 2 });
    assert.strictEqual(e.frame, '1: export const x = 1;\n2: const y = ;\n             ^');
    assert.strictEqual(e.cause.message, 'Expression expected');
    return true;
  });

  // A missing export.
  await assert.rejects(rollup({
    input: 'entry.js',
    plugins: [virtual({ 'entry.js': 'import { nope } from "dep.js";\nnope();\n', 'dep.js': 'export const x = 1;\n' })],
  }), (e) => {
    assert.strictEqual(e.code, 'MISSING_EXPORT');
    assert.strictEqual(e.message, 'entry.js (1:9): "nope" is not exported by "dep.js", imported by "entry.js".');
    return true;
  });
}

function checkProgram(ast) {
  assert.strictEqual(ast.type, 'Program');
  assert.strictEqual(ast.sourceType, 'module');
  assert.strictEqual(ast.start, 0);
  assert.strictEqual(ast.end, 99);
  assert.deepStrictEqual(ast.body.map((n) => n.type),
    ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration']);
  const [imp, named, def] = ast.body;
  assert.strictEqual(imp.source.value, './a.js');
  assert.strictEqual(imp.source.raw, '"./a.js"');
  assert.strictEqual(imp.specifiers[0].type, 'ImportSpecifier');
  assert.strictEqual(imp.specifiers[0].imported.name, 'a');
  const decl = named.declaration;
  assert.strictEqual(decl.type, 'VariableDeclaration');
  assert.strictEqual(decl.kind, 'const');
  const init = decl.declarations[0].init;
  assert.strictEqual(init.type, 'BinaryExpression');
  assert.strictEqual(init.operator, '+');
  assert.deepStrictEqual([init.left.type, init.right.type], ['Identifier', 'Literal']);
  assert.strictEqual(init.right.value, 1);
  assert.deepStrictEqual([init.start, init.end], [45, 50]);
  const fn = def.declaration;
  assert.strictEqual(fn.type, 'FunctionDeclaration');
  assert.strictEqual(fn.async, true);
  assert.strictEqual(fn.id.name, 'f');
  assert.strictEqual(fn.body.body[0].expression.type, 'AwaitExpression');
}

async function parsing() {
  const src = 'import { a } from "./a.js";\nexport const b = a + 1;\nexport default async function f() { await b; }\n';
  const syncAst = parseAst(src);
  checkProgram(syncAst);
  const asyncAst = await parseAstAsync(src);
  checkProgram(asyncAst);
  assert.deepStrictEqual(asyncAst, syncAst);

  // Several async parses in flight at once on the thread pool.
  const sources = Array.from({ length: 8 }, (_, i) => `export const v${i} = ${i} * ${'x'.repeat(i + 1)};\n`.repeat(50));
  const asts = await Promise.all(sources.map((s) => parseAstAsync(s)));
  asts.forEach((ast, i) => {
    assert.deepStrictEqual(ast, parseAst(sources[i]));
    assert.strictEqual(ast.body.length, 50);
    assert.strictEqual(ast.body[49].declaration.declarations[0].id.name, `v${i}`);
  });

  // Options passed through to the native parser.
  const ret = parseAst('return 1', { allowReturnOutsideFunction: true });
  assert.strictEqual(ret.body[0].type, 'ReturnStatement');
  assert.throws(() => parseAst('return 1'), (e) => {
    assert.strictEqual(e.code, 'PARSE_ERROR');
    assert.strictEqual(e.message, 'Return statement is not allowed here');
    assert.strictEqual(e.pos, 0);
    return true;
  });
  const jsx = parseAst('<div a="1">{x}</div>', { jsx: true });
  assert.strictEqual(jsx.body[0].expression.type, 'JSXElement');
  assert.strictEqual(jsx.body[0].expression.openingElement.name.name, 'div');

  // Syntax errors, sync (thrown) and async (rejected).
  assert.throws(() => parseAst('const x = ;'), (e) => {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, 'PARSE_ERROR');
    assert.strictEqual(e.message, 'Expression expected');
    assert.strictEqual(e.pos, 10);
    return true;
  });
  await assert.rejects(parseAstAsync('let let = 1'), (e) => {
    assert.strictEqual(e.code, 'PARSE_ERROR');
    assert.strictEqual(e.message, 'Unexpected token `let`. Expected let is reserved in const, let, class declaration');
    assert.strictEqual(e.pos, 4);
    return true;
  });
}

function hashing() {
  // The native xxhash3-128 functions rollup uses for content hashes.
  const bytes = new Uint8Array([1, 2, 3]);
  assert.strictEqual(native.xxhashBase64Url(bytes), '7c64ydpvO69S4xMuI63es');
  assert.strictEqual(native.xxhashBase36(bytes), 'dszs6a6h8u624oblv80azte0e');
  assert.strictEqual(native.xxhashBase16(bytes), '3b73ae32769bceebd4b8c4cb88eb77ac');
  assert.strictEqual(native.xxhashBase16(Buffer.from('hello')), '1838525eaacf79c77f3e1b07adc1e9b5');
  assert.strictEqual(typeof native.parse, 'function');
  assert.strictEqual(typeof native.parseAsync, 'function');
}

async function main() {
  assert.strictEqual(VERSION, '4.68.8');
  hashing();
  await parsing();
  await exactOutput();
  await bundleErrors();
  await bundleFixture();
}

main().then(() => console.log('rollup ok'));
