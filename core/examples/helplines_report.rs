//! Per place: lines, confirmed lines, lines with unknown hours, and the oldest source's date;
//! then the totals. `cargo run -p refuge-core --example helplines_report [--totals]`
//! (`scripts/helplines-report`). `--totals` prints the last line only (scripts/test.sh).

fn main() {
    let rows = refuge_core::helplines::export::report();
    let totals_only = std::env::args().any(|a| a == "--totals");
    if !totals_only {
        println!(
            "{:<6} {:>5} {:>9} {:>13}  oldest source",
            "place", "lines", "confirmed", "unknown hours"
        );
        for r in &rows {
            println!(
                "{:<6} {:>5} {:>9} {:>13}  {}",
                r.code, r.lines, r.confirmed, r.unknown_hours, r.oldest_source
            );
        }
    }
    let lines: usize = rows.iter().map(|r| r.lines).sum();
    let confirmed: usize = rows.iter().map(|r| r.confirmed).sum();
    let unknown: usize = rows.iter().map(|r| r.unknown_hours).sum();
    let oldest = rows
        .iter()
        .map(|r| r.oldest_source.as_str())
        .min()
        .unwrap_or("-");
    println!(
        "helplines: {} places, {lines} lines, {confirmed} confirmed, {unknown} with unknown hours, oldest source {oldest}",
        rows.len()
    );
}
