//! Compiles every built-in under js/ to QuickJS bytecode and writes the table
//! `BUILTIN_JS: &[(&str, &[u8])]` (id, bytecode) that src/lib.rs includes.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read js dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("js");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    let compiler = rode_jsc::Compiler::new();
    let mut table = String::from("pub static BUILTIN_JS: &[(&str, &[u8])] = &[\n");
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(&root).unwrap().with_extension("");
        let id = rel.to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(&file).expect("read built-in");
        let bytecode = compiler
            .compile_builtin(&format!("node:{id}"), &source)
            .unwrap_or_else(|e| panic!("built-in {id} does not compile: {e}"));
        let bin = out_dir.join(format!("{}.qbc", id.replace('/', "__")));
        std::fs::write(&bin, bytecode).expect("write bytecode");
        writeln!(table, "    ({id:?}, include_bytes!({:?})),", bin.display().to_string()).unwrap();
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("builtins.rs"), table).expect("write table");
}
