//! Runs every JS test program under `tests/` with rode (or, with `RODE_TEST_RUNTIME=node`,
//! with another runtime: the same tests must pass on real Node).
//!
//! A test is a `.js`, `.mjs` or `.cjs` file directly inside `tests/<group>/` whose name does
//! not start with `_` (sub-directories hold fixtures). It passes when it exits 0 and, if a
//! `<name>.out` file sits beside it, its stdout equals that file byte for byte.
//! `RODE_TEST_FILTER=substring` runs only matching tests.
//!
//! `tests/ecosystem/` runs programs against real npm packages pinned by its
//! `package-lock.json`; when its `node_modules` is missing or older than the lockfile, the
//! suite installs it first with `npm ci` (from the npm registry).
//!
//! `tests/known-failures.txt` lists tests that describe Node behaviour rode doesn't have yet,
//! each with the reason. Under rode they must fail (a listed test that passes is reported, so
//! the list can't go stale); under another runtime (`RODE_TEST_RUNTIME=node`) they must pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .canonicalize()
        .expect("tests/")
}

fn collect(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(groups) = std::fs::read_dir(root) else {
        return out;
    };
    for g in groups.flatten() {
        let gp = g.path();
        if !gp.is_dir() || gp.file_name().is_some_and(|n| n == "node_modules") {
            continue;
        }
        for f in std::fs::read_dir(&gp).into_iter().flatten().flatten() {
            let p = f.path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let is_js = name.ends_with(".js") || name.ends_with(".mjs") || name.ends_with(".cjs");
            if p.is_file() && is_js && !name.starts_with('_') {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn runtime() -> Vec<String> {
    match std::env::var("RODE_TEST_RUNTIME") {
        Ok(r) if !r.is_empty() => r.split_whitespace().map(String::from).collect(),
        _ => vec![env!("CARGO_BIN_EXE_rode").to_string()],
    }
}

/// Runs one test; returns a failure description.
fn run_one(cmd: &[String], test: &Path) -> Option<String> {
    let mut child = Command::new(&cmd[0])
        .args(&cmd[1..])
        .arg(test.file_name().unwrap())
        .current_dir(test.parent().unwrap())
        .env_remove("NODE_OPTIONS")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let start = Instant::now();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err_t = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let status = loop {
        if let Ok(Some(s)) = child.try_wait() {
            break Some(s);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    let Some(status) = status else {
        return Some(format!("timed out after {TIMEOUT:?}"));
    };
    if !status.success() {
        return Some(format!(
            "exit status {status}\n--- stderr ---\n{}",
            tail(&stderr)
        ));
    }
    let expected = test.with_extension("out");
    if let Ok(want) = std::fs::read_to_string(&expected) {
        if want != stdout {
            return Some(format!(
                "stdout differs from {}\n{}",
                expected.display(),
                first_diff(&want, &stdout)
            ));
        }
    }
    None
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

fn first_diff(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  want: {w:?}\n  got:  {g:?}", i + 1);
        }
    }
    format!(
        "lengths differ: want {} lines, got {} lines",
        want.lines().count(),
        got.lines().count()
    )
}

/// `path → reason` from tests/known-failures.txt (`# comments`, blank lines ignored).
fn known_failures(root: &Path) -> std::collections::HashMap<PathBuf, String> {
    let text = std::fs::read_to_string(root.join("known-failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (path, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            (root.join(path), reason.trim().to_string())
        })
        .collect()
}

/// Installs the ecosystem tests' npm packages (pinned by their lockfile) if they aren't yet,
/// or again when the lockfile is newer than the installed tree (npm rewrites
/// `node_modules/.package-lock.json` at each install).
fn install_ecosystem_packages(root: &Path) {
    let dir = root.join("ecosystem");
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(wanted) = modified(dir.join("package-lock.json")) else {
        return;
    };
    if modified(dir.join("node_modules/.package-lock.json")).is_some_and(|have| have >= wanted) {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .status();
    match status {
        Ok(s) if s.success() => {}
        other => panic!(
            "tests/ecosystem needs its npm packages: `npm ci` in {} failed ({other:?})",
            dir.display()
        ),
    }
}

#[test]
fn js_tests() {
    let root = tests_dir();
    let filter = std::env::var("RODE_TEST_FILTER").unwrap_or_default();
    if "ecosystem".contains(&filter) || filter.contains("ecosystem") {
        install_ecosystem_packages(&root);
    }
    let tests: Vec<PathBuf> = collect(&root)
        .into_iter()
        .filter(|t| t.to_string_lossy().contains(&filter))
        .collect();
    assert!(!tests.is_empty(), "no tests found under {}", root.display());
    let cmd = runtime();
    let under_rode = std::env::var("RODE_TEST_RUNTIME").map_or(true, |r| r.is_empty());
    let known = if under_rode {
        known_failures(&root)
    } else {
        Default::default()
    };
    for path in known.keys() {
        assert!(
            path.is_file(),
            "known-failures.txt names a missing test: {}",
            path.display()
        );
    }
    let queue = Arc::new(Mutex::new(tests.clone()));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..std::thread::available_parallelism().map_or(2, |n| n.get()))
        .map(|_| {
            let (queue, failures, cmd) = (queue.clone(), failures.clone(), cmd.clone());
            std::thread::spawn(move || loop {
                let Some(t) = queue.lock().unwrap().pop() else {
                    break;
                };
                if let Some(why) = run_one(&cmd, &t) {
                    failures.lock().unwrap().push((t, why));
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let failed = failures.lock().unwrap().clone();
    let mut failures: Vec<(PathBuf, String)> = failed
        .iter()
        .filter(|(t, _)| !known.contains_key(t))
        .cloned()
        .collect();
    for t in &tests {
        if known.contains_key(t) && !failed.iter().any(|(f, _)| f == t) {
            failures.push((
                t.clone(),
                "passes but is listed in tests/known-failures.txt: remove it from the list".into(),
            ));
        }
    }
    failures.sort();
    let expected = tests.iter().filter(|t| known.contains_key(*t)).count();
    if expected > 0 {
        eprintln!("{expected} listed known failures failed as expected");
    }
    for (t, why) in &failures {
        eprintln!(
            "FAIL {}: {why}\n",
            t.strip_prefix(&root).unwrap_or(t).display()
        );
    }
    eprintln!(
        "{} of {} JS tests passed under {} ({} unexpected results)",
        tests.len() - failed.len(),
        tests.len(),
        cmd.join(" "),
        failures.len()
    );
    assert!(failures.is_empty(), "{} JS tests failed", failures.len());
}
