//! Tables a person reviews: for every country, what each call button dials at four local
//! instants, and every URI each line can be reached by. Snapshot tests pin both
//! (`core/src/helplines/snapshots/`), so a change in routing or in a number shows up as a diff
//! someone must read. Print them with
//! `cargo run -p refuge-core --example routing_table [CC …]`.

use std::fmt::Write;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

use super::route::{route, Caller, PassedOver, Reason, Shortfall};
use super::{contact_uri, country};
use crate::vocab::Audience;
use crate::vocab::Channel;
use crate::vocab::{Name, Need};

/// The four instants of the table, as local wall-clock times of each country: a weekday
/// afternoon, a weekday evening, a Sunday afternoon and a weekday night.
pub const INSTANTS: [(&str, &str); 4] = [
    ("Tue 14:00", "2026-11-24 14:00"),
    ("Tue 20:30", "2026-11-24 20:30"),
    ("Sun 14:00", "2026-11-22 14:00"),
    ("Tue 02:00", "2026-11-24 02:00"),
];

/// The needs a button can name, and the audiences asking, in the table's row order.
const NEEDS: [Need; 6] = [
    Need::Help,
    Need::Sextortion,
    Need::ChildProtection,
    Need::Crisis,
    Need::Reporting,
    Need::Parents,
];
const AUDIENCES: [(Audience, &str); 2] = [(Audience::Young, "young"), (Audience::Parent, "parent")];

/// The app's languages: who the table's caller is (a French or English reader).
const LANGUAGES: [&str; 2] = ["fr", "en"];

/// The UTC instant of `local` (`YYYY-MM-DD HH:MM`) in the country's zone.
pub fn local_instant(code: &str, local: &str) -> DateTime<Utc> {
    let tz = country(code).map(|c| c.time_zone).unwrap_or(chrono_tz::UTC);
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M")
        .unwrap_or_else(|_| NaiveDateTime::default());
    tz.from_local_datetime(&naive)
        .earliest()
        .map_or_else(Utc::now, |t| t.with_timezone(&Utc))
}

fn cell(reason: &Reason, id: &str) -> String {
    match reason {
        Reason::Emergency | Reason::OpenAllDay | Reason::OpenNow(_) => id.to_owned(),
        Reason::InsteadOf {
            designated, why, ..
        } => {
            let why = match why {
                PassedOver::Closed(_) => "closed",
                PassedOver::HoursUnknown => "hours?",
                PassedOver::Unconfirmed => "unconfirmed",
                PassedOver::WebOnly => "web only",
                PassedOver::NotForYou => "not for you",
            };
            format!("{id} ({designated} {why})")
        }
        Reason::Fallback(s) => {
            let s = match s {
                Shortfall::NoLine => "no line",
                Shortfall::NotForYou => "not for you",
                Shortfall::NotInYourLanguage => "language",
                Shortfall::NoneOpen => "none open",
            };
            format!("{id} (fallback: {s})")
        }
    }
}

/// The routing table for `codes` (every country when empty). A cell is the line dialled, why
/// when it is not simply open, `[text]` for a text, `[no police]` for a fallback that should
/// reach the police where none is confirmed, and `+id` for each line offered beside it.
pub fn routing_table(codes: &[&str]) -> String {
    let all = super::country_codes();
    let codes = if codes.is_empty() { &all[..] } else { codes };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# need/audience | {}",
        INSTANTS.map(|(label, _)| label).join(" | ")
    );
    for code in codes {
        let Ok(c) = country(code) else {
            let _ = writeln!(out, "\n## {code}: unknown country");
            continue;
        };
        let _ = writeln!(out, "\n## {} ({})", c.code, c.time_zone);
        for need in NEEDS {
            for (audience, name) in AUDIENCES {
                let caller = Caller {
                    audience,
                    languages: &LANGUAGES,
                };
                let cells: Vec<String> = INSTANTS
                    .iter()
                    .map(|(_, local)| {
                        let r = route(c, need, &caller, local_instant(code, local));
                        let mut text = cell(&r.reason, &r.line.id);
                        if r.channel == Channel::Text {
                            text.push_str(" [text]");
                        }
                        if r.lacks_police(need) {
                            text.push_str(" [no police]");
                        }
                        for (line, _) in &r.also {
                            text.push_str(&format!(" +{}", line.id));
                        }
                        text
                    })
                    .collect();
                let _ = writeln!(out, "{}/{name} | {}", need.name(), cells.join(" | "));
            }
        }
    }
    out
}

/// Every way each line of `codes` can be reached: `id | tel:… | sms:… | https:…`.
pub fn contact_table(codes: &[&str]) -> String {
    let all = super::country_codes();
    let codes = if codes.is_empty() { &all[..] } else { codes };
    let mut out = String::new();
    for code in codes {
        let Ok(c) = country(code) else { continue };
        for h in &c.helplines {
            let uris: Vec<String> = [Channel::Call, Channel::Text, Channel::Web]
                .into_iter()
                .filter_map(|ch| contact_uri(&h.id, ch).ok())
                .collect();
            let status = if h.confirmed() { "" } else { " (unconfirmed)" };
            let _ = writeln!(out, "{}{status} | {}", h.id, uris.join(" | "));
        }
    }
    out
}
