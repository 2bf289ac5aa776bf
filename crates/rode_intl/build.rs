//! Compiles js/ to QuickJS bytecode (see rode_jsc::build_table).
fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("js");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    rode_jsc::build_table(&root, &out_dir);
}
