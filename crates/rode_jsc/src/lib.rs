//! Compiles rode's built-in JS modules to QuickJS bytecode at build time.
//!
//! A built-in is a CommonJS body. It is wrapped on its first line as
//! `(function (exports, require, module, internalBinding) {…\n})` so line numbers stay
//! exact, compiled as a global script, and serialized with `JS_WriteObject`. At run time
//! `rode_core::builtins` reads the bytecode back and evaluates it, which yields the function.

use rquickjs::{qjs, Context, Runtime};
use std::ffi::CString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The wrapper's opening text; the built-in's source follows on the same line.
pub const WRAP_OPEN: &str = "(function (exports, require, module, internalBinding) {";
/// The wrapper's closing text.
pub const WRAP_CLOSE: &str = "\n})";

/// A compiler holding one QuickJS runtime for a whole build script.
pub struct Compiler {
    _rt: Runtime,
    ctx: Context,
}

impl Default for Compiler {
    fn default() -> Self {
        Self::new()
    }
}

impl Compiler {
    pub fn new() -> Self {
        let rt = Runtime::new().expect("quickjs runtime");
        let ctx = Context::full(&rt).expect("quickjs context");
        Compiler { _rt: rt, ctx }
    }

    /// Compiles one built-in's source. `filename` is what stack traces show (`node:events`).
    /// Returns the bytecode, or the syntax error as text.
    pub fn compile_builtin(&self, filename: &str, source: &str) -> Result<Vec<u8>, String> {
        let wrapped = format!("{WRAP_OPEN}{source}{WRAP_CLOSE}");
        self.compile_script(filename, &wrapped)
    }

    /// Compiles a global script to bytecode.
    pub fn compile_script(&self, filename: &str, source: &str) -> Result<Vec<u8>, String> {
        self.ctx.with(|ctx| unsafe {
            let raw = ctx.as_raw().as_ptr();
            let fname = CString::new(filename).map_err(|e| e.to_string())?;
            let src = CString::new(source).map_err(|e| e.to_string())?;
            let obj = qjs::JS_Eval(
                raw,
                src.as_ptr(),
                source.len() as _,
                fname.as_ptr(),
                (qjs::JS_EVAL_TYPE_GLOBAL
                    | qjs::JS_EVAL_FLAG_COMPILE_ONLY
                    | qjs::JS_EVAL_FLAG_STRICT) as i32,
            );
            if qjs::JS_IsException(obj) {
                let exc = ctx.catch();
                let msg = match exc.as_exception() {
                    Some(e) => format!(
                        "{}\n{}",
                        e.message().unwrap_or_default(),
                        e.stack().unwrap_or_default()
                    ),
                    None => format!("{exc:?}"),
                };
                return Err(format!("{filename}: {msg}"));
            }
            let mut len: qjs::size_t = 0;
            let buf = qjs::JS_WriteObject(raw, &mut len, obj, qjs::JS_WRITE_OBJ_BYTECODE as i32);
            qjs::JS_FreeValue(raw, obj);
            if buf.is_null() {
                return Err(format!("{filename}: JS_WriteObject failed"));
            }
            let bytes = std::slice::from_raw_parts(buf, len as usize).to_vec();
            qjs::js_free(raw, buf as *mut _);
            Ok(bytes)
        })
    }
}

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

/// For a crate's build.rs: compiles every `.js` under `root` (ids are paths relative to it,
/// without `.js`) and writes `$OUT_DIR/builtins.rs` holding
/// `pub static BUILTIN_JS: &[(&str, &[u8])]`. Panics with the file and error on a syntax error.
pub fn build_table(root: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, &mut files);
    let compiler = Compiler::new();
    // Ids go into one string literal, apart from the bytecode: start-up reads every id (to
    // build the registry) and no bytecode, and scattered ids would fault in pages of
    // bytecode around each of them.
    let mut ids = Vec::new();
    let mut code = String::from("pub static BUILTIN_CODE: &[&[u8]] = &[\n");
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(root).unwrap().with_extension("");
        let id = rel.to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(&file).expect("read built-in");
        let bytecode = compiler
            .compile_builtin(&format!("node:{id}"), &source)
            .unwrap_or_else(|e| panic!("built-in {id} does not compile: {e}"));
        let bin = out_dir.join(format!("{}.qbc", id.replace('/', "__")));
        std::fs::write(&bin, bytecode).expect("write bytecode");
        writeln!(code, "    include_bytes!({:?}),", bin.display().to_string()).unwrap();
        ids.push(id);
    }
    code.push_str("];\n");
    let mut table = format!(
        "/// Built-in ids, one per line, in the order of `BUILTIN_CODE`.\npub static BUILTIN_IDS: &str = {:?};\n",
        ids.join("\n")
    );
    table.push_str(&code);
    std::fs::write(out_dir.join("builtins.rs"), table).expect("write table");
}
