//! Print what every call button dials, per country, at four local instants, then every URI of
//! every line: `cargo run -p refuge-core --example routing_table [CC …]`.
//! The same tables are pinned by snapshot tests in `core/src/helplines/tests/mod.rs`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let codes: Vec<&str> = args.iter().map(String::as_str).collect();
    print!("{}", refuge_core::helplines::table::routing_table(&codes));
    println!();
    print!("{}", refuge_core::helplines::table::contact_table(&codes));
}
