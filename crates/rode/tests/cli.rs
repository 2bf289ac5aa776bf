//! The command line and process-level behaviour, checked against Node's: exit codes, stdout,
//! and what stderr must say, for good and bad input. Each case's expectation was taken from
//! Node; when `node` is on PATH the same case also runs under Node and must meet it too, so
//! these tests describe Node's behaviour, not just rode's.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Case {
    name: &'static str,
    /// Files to create in the case's temp dir: (relative path, contents).
    files: &'static [(&'static str, &'static [u8])],
    args: &'static [&'static str],
    stdin: Option<&'static str>,
    code: i32,
    /// Exact stdout, when given.
    stdout: Option<&'static str>,
    /// Texts stderr must contain.
    stderr_has: &'static [&'static str],
}

fn run(cmd: &str, dir: &Path, case: &Case) -> (i32, String, String) {
    let mut c = Command::new(cmd);
    c.args(
        case.args
            .iter()
            .map(|a| a.replace("$DIR", &dir.to_string_lossy())),
    )
    .current_dir(dir)
    .env_remove("NODE_OPTIONS")
    .env("NO_COLOR", "1")
    .stdin(if case.stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    if let Some(input) = case.stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().expect("wait");
    (
        // Killed by a signal: the shell's 128 + signal number.
        out.status.code().unwrap_or_else(|| {
            128 + std::os::unix::process::ExitStatusExt::signal(&out.status).unwrap_or(0)
        }),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rode-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn check(runtime: &str, case: &Case) -> Result<(), String> {
    let dir = temp_dir(case.name);
    for (rel, data) in case.files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
    let (code, stdout, stderr) = run(runtime, &dir, case);
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = stderr.replace(&dir.to_string_lossy().into_owned(), "$DIR");
    let mut errs = Vec::new();
    if code != case.code {
        errs.push(format!("exit code {code}, want {}", case.code));
    }
    if let Some(want) = case.stdout {
        if stdout != want {
            errs.push(format!("stdout {stdout:?}, want {want:?}"));
        }
    }
    for needle in case.stderr_has {
        if !stderr.contains(needle) {
            errs.push(format!("stderr lacks {needle:?}"));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "[{runtime}] {}: {}\n--- stderr ---\n{stderr}",
            case.name,
            errs.join("; ")
        ))
    }
}

const CASES: &[Case] = &[
    Case { name: "eval", files: &[], args: &["-e", "console.log(1 + 1, process.argv.length)"], stdin: None, code: 0, stdout: Some("2 1\n"), stderr_has: &[] },
    Case { name: "eval-args", files: &[], args: &["-e", "console.log(process.argv.slice(1))", "a", "--b"], stdin: None, code: 0, stdout: Some("[ 'a', '--b' ]\n"), stderr_has: &[] },
    Case { name: "print", files: &[], args: &["-p", "[1, 'x', { a: null }]"], stdin: None, code: 0, stdout: Some("[ 1, 'x', { a: null } ]\n"), stderr_has: &[] },
    Case { name: "print-string", files: &[], args: &["-p", "'a' + 'b'"], stdin: None, code: 0, stdout: Some("ab\n"), stderr_has: &[] },
    Case { name: "stdin-script", files: &[], args: &[], stdin: Some("console.log(typeof require, __filename)"), code: 0, stdout: Some("function [stdin]\n"), stderr_has: &[] },
    Case { name: "dash-stdin", files: &[], args: &["-", "x"], stdin: Some("console.log(process.argv.slice(2))"), code: 0, stdout: Some("[ 'x' ]\n"), stderr_has: &[] },
    Case { name: "script-args", files: &[("a.js", b"console.log(process.argv.slice(2).join(','))")], args: &["a.js", "1", "--", "2"], stdin: None, code: 0, stdout: Some("1,--,2\n"), stderr_has: &[] },
    Case { name: "extension-search", files: &[("main.js", b"console.log('main')")], args: &["main"], stdin: None, code: 0, stdout: Some("main\n"), stderr_has: &[] },
    Case { name: "missing-file", files: &[], args: &["nope.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["Error: Cannot find module '$DIR/nope.js'", "code: 'MODULE_NOT_FOUND'", "requireStack: []"] },
    Case { name: "directory-without-index", files: &[("d/x.txt", b"")], args: &["d"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["Cannot find module '$DIR/d'"] },
    Case { name: "directory-with-index", files: &[("d/index.js", b"console.log('idx')")], args: &["d"], stdin: None, code: 0, stdout: Some("idx\n"), stderr_has: &[] },
    Case { name: "syntax-error", files: &[("s.js", b"let x = ;\n")], args: &["s.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["$DIR/s.js:1\n", "SyntaxError"] },
    Case { name: "binary-file", files: &[("b.js", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\xff\xfe")], args: &["b.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["SyntaxError"] },
    Case { name: "invalid-utf8", files: &[("u.js", b"console.log('\xff\xfe'.length)")], args: &["u.js"], stdin: None, code: 0, stdout: Some("2\n"), stderr_has: &[] },
    Case { name: "throw-error", files: &[("t.js", b"function f() {\n  throw new Error('boom');\n}\nf();\n")], args: &["t.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["$DIR/t.js:2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at f ($DIR/t.js:2:", "\nNode.js v"] },
    Case { name: "throw-number", files: &[("t.js", b"throw 1")], args: &["t.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["1\n"] },
    Case { name: "throw-null", files: &[("t.js", b"throw null")], args: &["t.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["null\n"] },
    Case { name: "error-props", files: &[("t.js", b"const e = new TypeError('bad'); e.code = 'E_X'; throw e;")], args: &["t.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["TypeError: bad\n", "code: 'E_X'\n}"] },
    Case { name: "deep-recursion", files: &[("r.js", b"function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }\nconsole.log(f(10000));\nfunction g() { return g(); }\ng();\n")], args: &["r.js"], stdin: None, code: 1, stdout: Some("10000\n"), stderr_has: &["RangeError: Maximum call stack size exceeded"] },
    Case { name: "recursion-caught", files: &[("r.js", b"function g() { return g(); }\ntry { g(); } catch (e) { console.log(e instanceof RangeError); }\n")], args: &["r.js"], stdin: None, code: 0, stdout: Some("true\n"), stderr_has: &[] },
    Case { name: "reject-undefined", files: &[("p.js", b"Promise.reject(undefined);")], args: &["p.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["The promise rejected with the reason \"undefined\".", "code: 'ERR_UNHANDLED_REJECTION'"] },
    Case { name: "reject-error", files: &[("p.js", b"Promise.reject(new RangeError('late'));")], args: &["p.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["RangeError: late\n"] },
    Case { name: "reject-handled-later-in-tick", files: &[("p.js", b"const p = Promise.reject(new Error('x'));\nqueueMicrotask(() => p.catch(() => console.log('caught')));\n")], args: &["p.js"], stdin: None, code: 0, stdout: Some("caught\n"), stderr_has: &[] },
    Case { name: "unhandled-rejection-listener", files: &[("p.js", b"process.on('unhandledRejection', (r, p) => console.log('got', r, p instanceof Promise));\nPromise.reject(7);\n")], args: &["p.js"], stdin: None, code: 0, stdout: Some("got 7 true\n"), stderr_has: &[] },
    Case { name: "uncaught-listener", files: &[("u.js", b"process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));\nsetTimeout(() => console.log('still running'), 1);\nthrow new Error('x');\n")], args: &["u.js"], stdin: None, code: 0, stdout: Some("caught x uncaughtException\nstill running\n"), stderr_has: &[] },
    Case { name: "cyclic-require", files: &[("a.js", b"exports.a = 1; const b = require('./b'); console.log('a sees', b);"), ("b.js", b"const a = require('./a'); exports.b = a.a + 1; exports.partial = Object.keys(a);")], args: &["a.js"], stdin: None, code: 0, stdout: Some("a sees { b: 2, partial: [ 'a' ] }\n"), stderr_has: &[] },
    Case { name: "exit-code", files: &[("e.js", b"process.on('exit', (c) => console.log('exit', c)); process.exitCode = 3;")], args: &["e.js"], stdin: None, code: 3, stdout: Some("exit 3\n"), stderr_has: &[] },
    Case { name: "process-exit", files: &[("e.js", b"process.on('exit', (c) => console.log('exit', c)); setTimeout(() => console.log('never'), 10); process.exit(5); console.log('never');")], args: &["e.js"], stdin: None, code: 5, stdout: Some("exit 5\n"), stderr_has: &[] },
    Case { name: "before-exit", files: &[("e.js", b"let n = 0;\nprocess.on('beforeExit', (c) => { console.log('beforeExit', c, n); if (n++ < 2) setTimeout(() => {}, 1); });\nprocess.on('exit', (c) => console.log('exit', c));\n")], args: &["e.js"], stdin: None, code: 0, stdout: Some("beforeExit 0 0\nbeforeExit 0 1\nbeforeExit 0 2\nexit 0\n"), stderr_has: &[] },
    Case { name: "exit-on-uncaught", files: &[("e.js", b"process.on('exit', (c) => console.log('exit', c, process.exitCode)); process.exitCode = 4; throw new Error('z');")], args: &["e.js"], stdin: None, code: 1, stdout: Some("exit 1 1\n"), stderr_has: &["Error: z"] },
    Case { name: "check-ok", files: &[("c.js", b"console.log('not run')")], args: &["-c", "c.js"], stdin: None, code: 0, stdout: Some(""), stderr_has: &[] },
    Case { name: "check-syntax-error", files: &[("c.js", b"if (\n")], args: &["--check", "c.js"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["$DIR/c.js", "SyntaxError"] },
    Case { name: "bad-option", files: &[], args: &["--definitely-not-an-option"], stdin: None, code: 9, stdout: Some(""), stderr_has: &["bad option: --definitely-not-an-option"] },
    Case { name: "help", files: &[], args: &["--help"], stdin: None, code: 0, stdout: None, stderr_has: &[] },
    Case { name: "require-preload", files: &[("pre.js", b"globalThis.pre = 'loaded';"), ("m.js", b"console.log(pre)")], args: &["-r", "./pre.js", "m.js"], stdin: None, code: 0, stdout: Some("loaded\n"), stderr_has: &[] },
    Case { name: "import-preload", files: &[("pre.mjs", b"globalThis.pre = 'esm';"), ("m.js", b"console.log(pre)")], args: &["--import", "./pre.mjs", "m.js"], stdin: None, code: 0, stdout: Some("esm\n"), stderr_has: &[] },
    Case { name: "input-type-module", files: &[], args: &["--input-type=module", "-e", "import { sep } from 'node:path'; console.log(sep, typeof require)"], stdin: None, code: 0, stdout: Some("/ undefined\n"), stderr_has: &[] },
    Case { name: "esm-throw", files: &[("m.mjs", b"throw new Error('esm');\n")], args: &["m.mjs"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["Error: esm\n"] },
    Case { name: "esm-missing-import", files: &[("m.mjs", b"import './nope.mjs';\n")], args: &["m.mjs"], stdin: None, code: 1, stdout: Some(""), stderr_has: &["ERR_MODULE_NOT_FOUND", "Cannot find module '$DIR/nope.mjs' imported from $DIR/m.mjs"] },
    Case { name: "tla-unsettled", files: &[("m.mjs", b"await new Promise(() => {});\n")], args: &["m.mjs"], stdin: None, code: 13, stdout: Some(""), stderr_has: &[] },
    Case { name: "env-file", files: &[(".env", b"GREETING=\"hi there\"\n# comment\nOTHER=2\n"), ("m.js", b"console.log(process.env.GREETING, process.env.OTHER)")], args: &["--env-file=.env", "m.js"], stdin: None, code: 0, stdout: Some("hi there 2\n"), stderr_has: &[] },
    Case { name: "example-wordcount", files: &[("wc.js", include_bytes!("../../../examples/wordcount.js"))], args: &["wc.js", "2"], stdin: Some("the cat and the hat\nthe end\n"), code: 0, stdout: Some("2 lines, 7 words, 28 bytes\n┌─────────┬───────┬───────┐\n│ (index) │ word  │ count │\n├─────────┼───────┼───────┤\n│ 0       │ 'the' │ 3     │\n│ 1       │ 'and' │ 1     │\n└─────────┴───────┴───────┘\n"), stderr_has: &[] },
    Case { name: "signal-listener", files: &[("s.js", b"process.on('SIGUSR2', (sig) => { console.log('got', sig); process.removeAllListeners('SIGUSR2'); });\nsetTimeout(() => process.kill(process.pid, 'SIGUSR2'), 5);\nsetTimeout(() => console.log('after'), 50);\n")], args: &["s.js"], stdin: None, code: 0, stdout: Some("got SIGUSR2\nafter\n"), stderr_has: &[] },
    Case { name: "signal-default-after-remove", files: &[("s.js", b"const f = () => {}; process.on('SIGTERM', f); process.off('SIGTERM', f);\nsetTimeout(() => process.kill(process.pid, 'SIGTERM'), 5);\nsetTimeout(() => console.log('not reached'), 500);\n")], args: &["s.js"], stdin: None, code: 143, stdout: Some(""), stderr_has: &[] },
    Case { name: "signal-listener-again", files: &[("s.js", b"const f = () => console.log('first');\nprocess.on('SIGUSR1', f); process.off('SIGUSR1', f);\nprocess.on('SIGUSR1', () => { console.log('second'); process.removeAllListeners('SIGUSR1'); });\nsetTimeout(() => process.kill(process.pid, 'SIGUSR1'), 5);\nsetTimeout(() => console.log('done'), 30);\n")], args: &["s.js"], stdin: None, code: 0, stdout: Some("second\ndone\n"), stderr_has: &[] },
    Case { name: "eval-builtin-globals", files: &[], args: &["-p", "util.inspect([1]) + path.sep + typeof fs.readFileSync"], stdin: None, code: 0, stdout: Some("[ 1 ]/function\n"), stderr_has: &[] },
    Case { name: "timer-after-busy-main", files: &[("t.js", b"const t0 = Date.now();\nwhile (Date.now() - t0 < 60);\nconst t1 = Date.now();\nsetTimeout(() => console.log(Date.now() - t1 >= 29), 30);\n")], args: &["t.js"], stdin: None, code: 0, stdout: Some("true\n"), stderr_has: &[] },
];

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn cli_cases_match_node() {
    let rode = env!("CARGO_BIN_EXE_rode");
    let mut failures = Vec::new();
    let with_node = node_available();
    for case in CASES {
        if let Err(e) = check(rode, case) {
            failures.push(e);
        }
        if with_node {
            if let Err(e) = check("node", case) {
                failures.push(format!("(the expectation is wrong for Node) {e}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn version_prints_rode_version() {
    let out = Command::new(env!("CARGO_BIN_EXE_rode"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("v{}\n", env!("CARGO_PKG_VERSION"))
    );
}
