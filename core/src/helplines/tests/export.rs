//! The open data: the export of every country file follows its JSON Schema, and holds every
//! line; the schema is strict enough to refuse a broken document.

use serde_json::{json, Value};

use super::*;
use crate::helplines::export::{export, report};

fn schema() -> jsonschema::Validator {
    let text = LOCALES
        .get_file("countries/helplines.schema.json")
        .and_then(|f| f.contents_utf8())
        .expect("the schema is in locales/countries");
    let schema: Value = serde_json::from_str(text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn the_export_of_all_40_places_follows_its_schema() {
    let doc = export();
    let v = schema();
    let errors: Vec<String> = v
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "the export follows the schema:\n{}",
        errors.join("\n")
    );
    let places = doc["places"].as_array().unwrap();
    assert_eq!(places.len(), country_codes().len(), "every place");
    let lines: usize = places
        .iter()
        .map(|p| p["helplines"].as_array().unwrap().len())
        .sum();
    assert_eq!(lines, all_lines().len(), "every line");
    let tn = places.iter().find(|p| p["code"] == "TN").unwrap();
    let line = tn["helplines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "tn-1809")
        .unwrap();
    assert_eq!(
        (&line["dial"], &line["hours"], &line["confirmed"]),
        (&json!("1809"), &json!("24/7"), &json!(true))
    );
    let nc = places.iter().find(|p| p["code"] == "NC").unwrap();
    let sos = nc["helplines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "nc-sos-ecoute")
        .unwrap();
    assert!(
        sos["hours"]
            .as_array()
            .unwrap()
            .contains(&json!("tue 00:00-01:00")),
        "ranges as the files write them: {}",
        sos["hours"]
    );
}

#[test]
fn the_schema_refuses_a_broken_export() {
    let v = schema();
    let good = export();
    let mut broken = Vec::new();
    let mut a = good.clone();
    a["places"][0]["helplines"][0]["hours"] = json!("always");
    broken.push(("hours that are not a known form", a));
    let mut b = good.clone();
    b["places"][0]["helplines"][0]["service"] = json!(["army"]);
    broken.push(("an unknown service", b));
    let mut c = good.clone();
    c["places"][0]["helplines"][0]["purposes"] = json!(["fun"]);
    broken.push(("an unknown purpose", c));
    let mut d = good.clone();
    d["places"][0]["helplines"][0]["sources"][0]["url"] = json!("https://example.org/");
    broken.push(("a bare domain as a source", d));
    let mut e = good.clone();
    e["places"][0]["code"] = json!("FRA");
    broken.push(("a three-letter code", e));
    let mut f = good;
    f["places"][0]["helplines"][0]["colour"] = json!("red");
    broken.push(("an unknown field", f));
    for (why, doc) in broken {
        assert!(!v.is_valid(&doc), "the schema refuses {why}");
    }
}

#[test]
fn the_report_counts_what_the_files_hold() {
    let rows = report();
    assert_eq!(rows.len(), country_codes().len());
    let lines: usize = rows.iter().map(|r| r.lines).sum();
    assert_eq!(lines, all_lines().len());
    let unknown: usize = rows.iter().map(|r| r.unknown_hours).sum();
    assert_eq!(
        unknown,
        review::UNKNOWN_HOURS.len(),
        "the same count as the list"
    );
    for r in &rows {
        assert!(
            r.confirmed <= r.lines && r.unknown_hours <= r.lines,
            "{}",
            r.code
        );
        assert!(
            data::valid_date(&r.oldest_source),
            "{}: {}",
            r.code,
            r.oldest_source
        );
    }
    let fr = rows.iter().find(|r| r.code == "FR").unwrap();
    assert_eq!(
        (fr.lines, fr.unknown_hours),
        (9, 0),
        "France: 9 lines, hours all known"
    );
}
