//! The `rode` command: parses Node's command line and runs the program.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    rode_node::process::mark_start();
    // One malloc arena: the JS thread then grows the main heap instead of a thread arena
    // that mprotects every page range it extends into (≈2 ms of a 7 ms start-up).
    unsafe { libc::mallopt(libc::M_ARENA_MAX, 1) };
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let options = match cli::parse(&args) {
        Ok(cli::Action::Run(o)) => o,
        Ok(cli::Action::Exit(code)) => return ExitCode::from(code),
        Err(e) => {
            eprintln!(
                "{}: {e}",
                args.first().map(String::as_str).unwrap_or("rode")
            );
            return ExitCode::from(9);
        }
    };
    let mut registry = rode_core::builtins::Registry::new();
    rode_core::natives::register(&mut registry);
    rode_node::register(&mut registry);
    rode_web::register(&mut registry);
    rode_intl::register(&mut registry);
    rode_napi::register(&mut registry);
    let code = rode_core::runtime::run(registry, *options);
    ExitCode::from((code & 0xff) as u8)
}
