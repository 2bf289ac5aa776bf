//! Links `rode` as a non-PIE executable on Linux. ICU4X's compiled data (rode_intl) is full
//! of `&'static` references; in a PIE each is a dynamic relocation the loader applies at every
//! start (≈51,000 of them: +2.5 ms and +3 MB RSS for `rode -e 0`). A fixed-address
//! executable has them resolved at link time, so its data pages are only read when used.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
