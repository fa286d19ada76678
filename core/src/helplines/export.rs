//! The open data: every country file as one JSON document, for other projects
//! (`cargo run -p refuge-core --example export_helplines`). It follows
//! `locales/countries/helplines.schema.json`, and a test validates it against that schema. The
//! data is CC0 (`locales/countries/README.md`). It is built from the checked data, so it holds
//! only what loads: derived facts (`confirmed`, the number to dial) are included.
//!
//! The per-place summary the maintainers read (`helplines_report`) is here too, so both come
//! from the same loaded data.

use chrono::Weekday;
use serde_json::{json, Value};

use super::data::{Country, Fact, Helpline, Source};
use super::hours::Hours;
use super::{country, country_codes};

/// The format's name and version, the first field of the document.
pub const FORMAT: &str = "refuge-helplines/1";

fn fact(f: Fact) -> Value {
    match f {
        Fact::Yes => json!(true),
        Fact::No => json!(false),
        Fact::Unknown => json!("unknown"),
    }
}

fn day(d: Weekday) -> &'static str {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][d.num_days_from_monday() as usize]
}

/// `"24/7"`, `"unknown"`, or one `"mon 09:00-17:00"` per range, as the files write them.
pub fn hours_value(h: &Hours) -> Value {
    match h {
        Hours::Always => json!("24/7"),
        Hours::Unknown => json!("unknown"),
        Hours::Weekly(ranges) => Value::Array(
            ranges
                .iter()
                .map(|r| {
                    json!(format!(
                        "{} {:02}:{:02}-{:02}:{:02}",
                        day(r.day),
                        r.from / 60,
                        r.from % 60,
                        r.to / 60,
                        r.to % 60
                    ))
                })
                .collect(),
        ),
    }
}

fn source(s: &Source) -> Value {
    json!({ "title": s.title, "url": s.url, "date": s.date })
}

fn line(h: &Helpline) -> Value {
    let mut v = json!({
        "id": h.id,
        "name": h.name,
        "purposes": h.purposes,
        "audience": h.audience,
        "languages": h.languages,
        "free": fact(h.free),
        "on_bill": fact(h.on_bill),
        "hours": hours_value(&h.hours),
        "designated_sextortion": h.designated_sextortion,
        "designated_child_line": h.designated_child_line,
        "warning": h.warning,
        "confirmed": h.confirmed(),
        "sources": h.sources.iter().map(source).collect::<Vec<_>>(),
    });
    let o = v.as_object_mut().expect("an object");
    if !h.names.is_empty() {
        o.insert("names".into(), json!(h.names));
    }
    if let (Some(n), Some(d), Some(t)) = (&h.number, &h.display, &h.call_target) {
        o.insert("number".into(), json!(n));
        o.insert("display".into(), json!(d));
        o.insert("dial".into(), json!(t));
    }
    if let Some(s) = &h.sms {
        let mut sms = json!({ "number": s.number, "dial": s.target });
        if let Some(k) = &s.keyword {
            sms["keyword"] = json!(k);
        }
        if let Some(hours) = &s.hours {
            sms["hours"] = hours_value(hours);
        }
        o.insert("sms".into(), sms);
    }
    if let Some(w) = &h.web {
        o.insert("web".into(), json!({ "url": w.url, "kind": w.kind }));
    }
    if let Some(z) = h.time_zone {
        o.insert("time_zone".into(), json!(z.name()));
    }
    if !h.service.is_empty() {
        o.insert("service".into(), json!(h.service));
    }
    v
}

fn place(c: &Country) -> Value {
    let mut v = json!({
        "code": c.code,
        "time_zone": c.time_zone.name(),
        "calling_code": c.calling_code,
        "trunk_prefix": c.trunk_prefix,
        "short_codes": c.short_codes,
        "emergency": c.emergency,
        "helplines": c.helplines.iter().map(line).collect::<Vec<_>>(),
    });
    if let Some(b) = &c.backup {
        v["backup"] = json!(b);
    }
    v
}

/// Every place, sorted by code, as one document.
pub fn export() -> Value {
    json!({
        "format": FORMAT,
        "licence": "CC0-1.0",
        "places": country_codes()
            .into_iter()
            .filter_map(|code| country(code).ok())
            .map(place)
            .collect::<Vec<_>>(),
    })
}

/// One place's figures for the maintainers' report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceReport {
    /// The code.
    pub code: String,
    /// Its lines.
    pub lines: usize,
    /// How many two sites confirm.
    pub confirmed: usize,
    /// How many have hours no source gives.
    pub unknown_hours: usize,
    /// The oldest date among its sources (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub oldest_source: String,
}

/// The report for every place, sorted by code.
pub fn report() -> Vec<PlaceReport> {
    country_codes()
        .into_iter()
        .filter_map(|code| country(code).ok())
        .map(|c| PlaceReport {
            code: c.code.clone(),
            lines: c.helplines.len(),
            confirmed: c.helplines.iter().filter(|h| h.confirmed()).count(),
            unknown_hours: c
                .helplines
                .iter()
                .filter(|h| h.hours == Hours::Unknown)
                .count(),
            // Dates are ISO prefixes, so the smallest string is the oldest.
            oldest_source: c
                .helplines
                .iter()
                .flat_map(|h| &h.sources)
                .map(|s| s.date.clone())
                .min()
                .unwrap_or_default(),
        })
        .collect()
}
