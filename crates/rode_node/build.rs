//! Compiles js/ to QuickJS bytecode (see rode_jsc::build_table).
fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("js");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    rode_jsc::build_table(&root, &out_dir);
    // The glibc this binary is built against, for process.report's glibcVersionCompiler.
    if let Ok(out) = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        if let Some(v) = text.trim().strip_prefix("glibc ") {
            println!("cargo:rustc-env=RODE_GLIBC_COMPILER={v}");
        }
    }
}
