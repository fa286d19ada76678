//! Print every helpline of the 40 places as one JSON document (CC0; format in
//! `locales/countries/README.md`, schema in `locales/countries/helplines.schema.json`):
//! `cargo run -p refuge-core --example export_helplines > helplines.json`.

fn main() {
    let doc = refuge_core::helplines::export::export();
    println!(
        "{}",
        serde_json::to_string_pretty(&doc).expect("a JSON value prints")
    );
}
