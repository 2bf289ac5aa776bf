//! Node's command line: `rode [options] [script.js | -e code | -p expr | -] [--] [args]`.
//!
//! Options come from `NODE_OPTIONS` first, then the command line, as in Node. What the
//! runtime needs is handed over in [`rode_core::runtime::Options`].

use rode_core::runtime::Options;
use std::io::IsTerminal;

pub enum Action {
    Run(Box<Options>),
    Exit(u8),
}

/// rode's own version (process.version reports the Node version rode is compatible with).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const HELP: &str = "Usage: rode [options] [ script.js ] [arguments]

Options:
  -                           script read from stdin (default if no file name is provided,
                              interactive mode if a tty)
  --                          indicate the end of node options
  -c, --check                 syntax check script without executing
  --conditions, -C=...        additional user conditions for conditional exports and imports
  -e, --eval=...              evaluate script
  --env-file=...              set environment variables from supplied file
  -h, --help                  print node command line options (currently set)
  --import=...                ES module to preload (option can be repeated)
  --input-type=...            set module type for string input
  -i, --interactive           always enter the REPL even if stdin does not appear to be a
                              terminal
  --no-deprecation            silence deprecation warnings
  --no-warnings               silence all process warnings
  -p, --print [...]           evaluate script and print result
  -r, --require=...           CommonJS module to preload (option can be repeated)
  --report-compact            output compact single-line JSON
  --report-directory, --report-dir=...
                              define custom report pathname
  --report-exclude-network    exclude network interface diagnostics
  --report-filename=...       define custom report file name
  --report-on-fatalerror      accepted; rode writes no report on fatal errors
  --report-on-signal          generate diagnostic report upon receiving signals
  --report-signal=...         the signal for --report-on-signal (default: SIGUSR2)
  --report-uncaught-exception generate diagnostic report on uncaught exceptions
  --stack-trace-limit=...     set Error.stackTraceLimit
  --throw-deprecation         throw an exception on deprecations
  --test                      launch test runner on startup
  --test-concurrency=...      specify test runner concurrency
  --test-name-pattern=...     run tests whose name matches this regular expression
  --test-only                 run tests with 'only' option set
  --test-reporter=...         report test output using the given reporter
  --test-reporter-destination=...
                              report given reporter to the given destination
  --test-skip-pattern=...     run tests whose name do not match this regular expression
  --test-timeout=...          specify test runner timeout
  --title=...                 the process title to use on startup
  --trace-deprecation         show stack traces on deprecations
  --trace-uncaught            show stack traces for the `throw` behind uncaught exceptions
  --trace-warnings            show stack traces on process warnings
  --unhandled-rejections=...  define unhandled rejections behavior. Options are 'strict',
                              'warn', 'none', 'throw' (the default) and 'warn-with-error-code'
  -v, --version               print rode's version

Environment variables:
NODE_OPTIONS                  set CLI options in the environment via a space-separated list
NODE_DEBUG                    ','-separated list of core modules that should print debug
                              information
NO_COLOR                      disable colors in the terminal output

Documentation can be found at https://nodejs.org/
";

/// Options that take a value, by every spelling, and the canonical flag name.
const WITH_VALUE: &[(&str, &str)] = &[
    ("-e", "eval"),
    ("--eval", "eval"),
    ("-p", "print"),
    ("--print", "print"),
    ("-r", "require"),
    ("--require", "require"),
    ("--import", "import"),
    ("--input-type", "input-type"),
    ("-C", "conditions"),
    ("--conditions", "conditions"),
    ("--unhandled-rejections", "unhandled-rejections"),
    ("--title", "title"),
    ("--env-file", "env-file"),
    ("--stack-trace-limit", "stack-trace-limit"),
    ("--max-old-space-size", "max-old-space-size"),
    ("--stack-size", "stack-size"),
    ("--max-http-header-size", "max-http-header-size"),
    ("--test-reporter", "test-reporter"),
    ("--test-reporter-destination", "test-reporter-destination"),
    ("--test-name-pattern", "test-name-pattern"),
    ("--test-skip-pattern", "test-skip-pattern"),
    ("--test-concurrency", "test-concurrency"),
    ("--test-timeout", "test-timeout"),
    ("--report-dir", "report-dir"),
    ("--report-directory", "report-dir"),
    ("--report-filename", "report-filename"),
    ("--report-signal", "report-signal"),
];

/// Boolean options rode understands (recorded in `flags`).
const BOOLEAN: &[&str] = &[
    "--no-deprecation",
    "--no-warnings",
    "--throw-deprecation",
    "--trace-deprecation",
    "--trace-warnings",
    "--trace-uncaught",
    "--pending-deprecation",
    "--expose-gc",
    "--preserve-symlinks",
    "--preserve-symlinks-main",
    "--enable-source-maps",
    "--experimental-require-module",
    "--no-experimental-require-module",
    "--experimental-detect-module",
    "--experimental-default-type",
    "--no-addons",
    "--experimental-vm-modules",
    "--experimental-global-webcrypto",
    "--abort-on-uncaught-exception",
    "--trace-exit",
    "--frozen-intrinsics",
    "--disable-proto",
    "--experimental-strip-types",
    "--no-experimental-fetch",
    "--no-experimental-global-customevent",
    "--zero-fill-buffers",
    "--test",
    "--test-only",
    "--test-force-exit",
    "--report-on-signal",
    "--report-uncaught-exception",
    "--report-on-fatalerror",
    "--report-compact",
    "--report-exclude-network",
];

fn is_boolean(name: &str) -> bool {
    BOOLEAN.contains(&name)
        || name.starts_with("--experimental-")
        || name.starts_with("--no-experimental-")
}

struct Parsed {
    o: Options,
    eval: Option<String>,
    print: bool,
    check: bool,
    interactive: bool,
    version: bool,
    help: bool,
}

fn apply(p: &mut Parsed, name: &str, value: Option<String>) -> Result<(), String> {
    let v = || value.clone().unwrap_or_default();
    match name {
        "eval" => p.eval = Some(v()),
        "print" => {
            p.print = true;
            if value.is_some() {
                p.eval = Some(v());
            }
        }
        "require" => p.o.requires.push(v()),
        "import" => p.o.imports.push(v()),
        "input-type" => {
            let t = v();
            if t != "module" && t != "commonjs" {
                return Err("--input-type must be \"module\" or \"commonjs\"".to_string());
            }
            p.o.input_type = Some(t)
        }
        "conditions" => p.o.conditions.push(v()),
        "env-file" => load_env_file(&v())?,
        other => p.o.flags.push((other.to_string(), v())),
    }
    Ok(())
}

/// Loads `KEY=value` lines into the environment (Node's `--env-file`; existing variables win).
fn load_env_file(path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|_| format!("{path}: not found"))?;
    for line in text.lines() {
        let line = line.trim();
        let line = line.strip_prefix("export ").unwrap_or(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((k, val)) = line.split_once('=') else {
            continue;
        };
        let k = k.trim();
        let mut val = val.trim().to_string();
        if val.len() >= 2
            && (val.starts_with('"') && val.ends_with('"')
                || val.starts_with('\'') && val.ends_with('\'')
                || val.starts_with('`') && val.ends_with('`'))
        {
            let quoted_double = val.starts_with('"');
            val = val[1..val.len() - 1].to_string();
            if quoted_double {
                val = val.replace("\\n", "\n");
            }
        } else if let Some(i) = val.find(" #") {
            val.truncate(i);
            val = val.trim_end().to_string();
        }
        if std::env::var_os(k).is_none() {
            std::env::set_var(k, val);
        }
    }
    Ok(())
}

/// Parses options from `args` starting at `i`; stops at the first non-option (the script)
/// or after `--`. Returns the index of the first argument that is not an option.
fn parse_options(
    p: &mut Parsed,
    args: &[String],
    mut i: usize,
    record: bool,
) -> Result<usize, String> {
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            if record {
                p.o.exec_argv.push(a.clone());
            }
            return Ok(i + 1);
        }
        if a == "-" || !a.starts_with('-') {
            return Ok(i);
        }
        let start = i;
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") || n.len() == 2 => {
                (n.to_string(), Some(v.to_string()))
            }
            _ => (a.clone(), None),
        };
        i += 1;
        if let Some((_, canon)) = WITH_VALUE.iter().find(|(spelling, _)| *spelling == name) {
            let value = match inline {
                Some(v) => Some(v),
                None if *canon == "print" => {
                    // `-p` takes the next argument as code when there is one.
                    if i < args.len() && p.eval.is_none() {
                        i += 1;
                        Some(args[i - 1].clone())
                    } else {
                        None
                    }
                }
                None => {
                    if i >= args.len() {
                        return Err(format!("{name} requires an argument"));
                    }
                    i += 1;
                    Some(args[i - 1].clone())
                }
            };
            apply(p, canon, value)?;
        } else {
            match name.as_str() {
                "-v" | "--version" => p.version = true,
                "-h" | "--help" => p.help = true,
                "-c" | "--check" => p.check = true,
                "-i" | "--interactive" => p.interactive = true,
                n if is_boolean(n) => {
                    p.o.flags
                        .push((n.trim_start_matches('-').to_string(), "true".into()))
                }
                n => return Err(format!("bad option: {n}")),
            }
        }
        if record {
            p.o.exec_argv.extend(args[start..i].iter().cloned());
        }
    }
    Ok(i)
}

/// Splits NODE_OPTIONS like Node: on spaces, with double quotes grouping.
fn split_node_options(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => cur.push(c),
        }
    }
    if any || !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn parse(args: &[String]) -> Result<Action, String> {
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| args.first().cloned().unwrap_or_else(|| "rode".into()));
    let mut p = Parsed {
        o: Options::default(),
        eval: None,
        print: false,
        check: false,
        interactive: false,
        version: false,
        help: false,
    };
    if let Ok(env_opts) = std::env::var("NODE_OPTIONS") {
        let list = split_node_options(&env_opts);
        let mut with_argv0 = vec![String::new()];
        with_argv0.extend(list);
        let end = parse_options(&mut p, &with_argv0, 1, false)?;
        if end < with_argv0.len() {
            return Err(format!(
                "{} is not allowed in NODE_OPTIONS",
                with_argv0[end]
            ));
        }
    }
    let rest = parse_options(&mut p, args, 1, true)?;
    if p.version {
        println!("v{VERSION}");
        return Ok(Action::Exit(0));
    }
    if p.help {
        print!("{HELP}");
        return Ok(Action::Exit(0));
    }
    let mut o = p.o;
    o.argv0 = args.first().cloned().unwrap_or_else(|| "rode".into());
    o.exec_path = exec_path.clone();
    o.argv = vec![exec_path];
    let script_args: Vec<String> = args[rest..].to_vec();
    let test_runner = o.flags.iter().any(|(k, _)| k == "test");
    if test_runner && p.eval.is_none() && !p.check {
        // `rode --test [paths]`: every argument is a test file, directory or glob.
        o.mode = "test".into();
        o.argv.extend(script_args);
    } else if let Some(code) = p.eval {
        o.mode = if p.print {
            "print".into()
        } else {
            "eval".into()
        };
        o.entry = code;
        o.argv.extend(script_args);
    } else if p.print {
        return Err("-p requires an argument".into());
    } else if let Some(first) = script_args.first().filter(|s| s.as_str() != "-") {
        o.mode = if p.check {
            "check".into()
        } else {
            "file".into()
        };
        o.entry = first.clone();
        o.argv.extend(script_args);
    } else {
        let stdin_tty = std::io::stdin().is_terminal();
        o.mode = if p.interactive || (stdin_tty && script_args.is_empty()) {
            "repl".into()
        } else if p.check {
            "check-stdin".into()
        } else {
            "stdin".into()
        };
        // `rode - args` and `rode` with piped stdin: the args follow, `-` included as Node does.
        o.argv.extend(script_args);
    }
    Ok(Action::Run(Box::new(o)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let v: Vec<String> = std::iter::once("rode")
            .chain(args.iter().copied())
            .map(String::from)
            .collect();
        match parse(&v).expect("parses") {
            Action::Run(o) => *o,
            Action::Exit(_) => panic!("exited"),
        }
    }

    #[test]
    fn script_and_args() {
        let o = run(&["--no-warnings", "app.js", "--flag", "x"]);
        assert_eq!(o.mode, "file");
        assert_eq!(o.entry, "app.js");
        assert_eq!(&o.argv[1..], ["app.js", "--flag", "x"]);
        assert_eq!(o.exec_argv, ["--no-warnings"]);
    }

    #[test]
    fn eval_print_and_values() {
        let o = run(&["-p", "1+1", "a"]);
        assert_eq!((o.mode.as_str(), o.entry.as_str()), ("print", "1+1"));
        assert_eq!(&o.argv[1..], ["a"]);
        let o = run(&["--eval=x()", "-r", "./pre.js", "--require=other"]);
        assert_eq!(o.mode, "eval");
        assert_eq!(o.requires, ["./pre.js", "other"]);
    }

    #[test]
    fn double_dash_ends_options() {
        let o = run(&["--", "-script.js", "-v"]);
        assert_eq!(o.entry, "-script.js");
        assert_eq!(&o.argv[1..], ["-script.js", "-v"]);
    }

    #[test]
    fn bad_option_is_an_error() {
        let v: Vec<String> = ["rode", "--definitely-not"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(parse(&v).err().unwrap(), "bad option: --definitely-not");
    }

    #[test]
    fn test_runner_mode_takes_every_argument_as_a_path() {
        let o = run(&["--test", "--test-reporter=spec", "a.test.js", "dir"]);
        assert_eq!(o.mode, "test");
        assert_eq!(&o.argv[1..], ["a.test.js", "dir"]);
        assert_eq!(o.exec_argv, ["--test", "--test-reporter=spec"]);
    }

    #[test]
    fn node_options_split() {
        assert_eq!(
            split_node_options(r#"--require "./a b.js"  --no-warnings"#),
            ["--require", "./a b.js", "--no-warnings"]
        );
    }
}
