// The locale files and country data are compiled into the binary (include_dir!), so any change
// under locales/ must rebuild the core.
fn main() {
    println!("cargo:rerun-if-changed=../locales");
}
