//! What each place must reach, from `expectations.toml`: a table written by hand from the
//! sources. The routing snapshot shows what the code does; these rows say what is right.

use serde::Deserialize;

use super::{caller, country, local, route, Need, FR_EN};
use crate::vocab::Audience as Who;

const TABLE: &str = include_str!("../expectations.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    expect: Vec<Row>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    place: String,
    case: String,
    line: String,
    #[serde(default)]
    also: Vec<String>,
    why: String,
    source: String,
}

/// Who asks, for what, at what local time.
fn case(name: &str) -> Option<(Who, Need, &'static str)> {
    Some(match name {
        "teen-help" => (Who::Young, Need::Help, "2026-11-24 14:00"),
        "teen-crisis" => (Who::Young, Need::Crisis, "2026-11-24 02:00"),
        "parent-help" => (Who::Parent, Need::Help, "2026-11-24 14:00"),
        "parent-reporting" => (Who::Parent, Need::Reporting, "2026-11-24 14:00"),
        _ => return None,
    })
}

const CASES: [&str; 4] = [
    "teen-help",
    "teen-crisis",
    "parent-help",
    "parent-reporting",
];

fn table() -> Table {
    toml::from_str(TABLE).unwrap_or_else(|e| panic!("expectations.toml must parse: {e}"))
}

#[test]
fn the_table_covers_every_place_and_every_case_once_and_cites_the_place_s_own_sources() {
    let rows = table().expect;
    for code in super::country_codes() {
        for name in CASES {
            let n = rows
                .iter()
                .filter(|r| r.place == code && r.case == name)
                .count();
            assert_eq!(n, 1, "{code} {name}: one row, not {n}");
        }
    }
    for r in &rows {
        assert!(
            case(&r.case).is_some(),
            "{} {}: unknown case",
            r.place,
            r.case
        );
        assert!(!r.why.trim().is_empty(), "{} {}: says why", r.place, r.case);
        let c = country(&r.place).unwrap_or_else(|e| panic!("{}: {e}", r.place));
        for id in std::iter::once(&r.line).chain(&r.also) {
            assert!(
                c.helplines.iter().any(|h| &h.id == id),
                "{} {}: {id} is a line of {}",
                r.place,
                r.case,
                r.place
            );
        }
        let cited = c
            .helplines
            .iter()
            .flat_map(|h| &h.sources)
            .any(|s| s.url == r.source);
        assert!(
            cited,
            "{} {}: the source {} is one the place's file cites",
            r.place, r.case, r.source
        );
    }
}

#[test]
fn every_place_reaches_what_its_sources_say() {
    let mut wrong = Vec::new();
    for r in table().expect {
        let (who, need, when) = case(&r.case).expect("known case");
        let c = country(&r.place).expect("known place");
        let got = route(c, need, &caller(who, FR_EN), local(&r.place, when));
        let also: Vec<&str> = got.also.iter().map(|(h, _)| h.id.as_str()).collect();
        if got.line.id != r.line || also != r.also {
            wrong.push(format!(
                "{} {}: expected {}{:?}, dialled {}{:?} ({})",
                r.place, r.case, r.line, r.also, got.line.id, also, r.why
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} rows fail:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
