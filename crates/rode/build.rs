//! Exports Node-API (crates/rode_napi) from the executable, so that addons loaded with
//! dlopen resolve their `napi_*` symbols against it.
//!
//! Links `rode` as a non-PIE executable on Linux. ICU4X's compiled data (rode_intl) is full
//! of `&'static` references; in a PIE each is a dynamic relocation the loader applies at every
//! start (≈51,000 of them: +2.5 ms and +3 MB RSS for `rode -e 0`). A fixed-address
//! executable has them resolved at link time, so its data pages are only read when used.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
        let list = out.join("napi-exports.list");
        std::fs::write(
            &list,
            "{\n  napi_*;\n  node_api_*;\n  node_module_register;\n};\n",
        )
        .expect("write the export list");
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--dynamic-list={}",
            list.display()
        );
    }
}
