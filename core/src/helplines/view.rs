//! What the Helplines screen, the "Call for help" button and the country picker receive: serde
//! structs whose every word comes from `helplines.ftl` in the user's language.
//!
//! Fluent ids (all tested to exist in every language, with no orphans):
//! - `helpline-<id>-description`: one per helpline;
//! - `country-<xx>`: one per country file (`country-zz` = "Other country");
//! - `helplines-note-<xx>`: an optional note under a country's list (ZZ: how to find a child
//!   helpline elsewhere);
//! - `helplines-…`: the fixed words listed in [`FIXED_IDS`].
//!
//! Proper names (line names, sources) and numbers are shown as written in the data.

use chrono::{DateTime, Datelike, Duration, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::data::{Audience, Country, Fact, Helpline};
use super::hours::{Hours, OpenState};
use super::{call_for_help, country, ChoiceReason};
use crate::error::Result;
use crate::i18n::{localizer, Lang};
use crate::purpose::Purpose;

/// Every fixed `helplines-` id this module uses.
pub const FIXED_IDS: &[&str] = &[
    "helplines-group-young",
    "helplines-group-parents",
    "helplines-group-crisis",
    "helplines-group-emergency",
    "helplines-call-log-note",
    "helplines-open-always",
    "helplines-open-now",
    "helplines-opens-today",
    "helplines-opens-tomorrow",
    "helplines-opens-on",
    "helplines-closed",
    "helplines-hours-unknown",
    "helplines-hours-always",
    "helplines-hours-span",
    "helplines-hours-days-range",
    "helplines-hours-time-range",
    "helplines-time",
    "helplines-free-yes",
    "helplines-free-no",
    "helplines-free-unknown",
    "helplines-on-bill-yes",
    "helplines-on-bill-no",
    "helplines-on-bill-unknown",
    "helplines-sms",
    "helplines-sms-keyword",
    "helplines-contact-call",
    "helplines-source",
    "helplines-caveat-unconfirmed",
    "helplines-reason-open-all-day",
    "helplines-reason-open-now",
    "helplines-reason-designated-closed",
    "helplines-reason-designated-unknown",
    "helplines-reason-emergency",
    "helplines-day-mon",
    "helplines-day-tue",
    "helplines-day-wed",
    "helplines-day-thu",
    "helplines-day-fri",
    "helplines-day-sat",
    "helplines-day-sun",
    "helplines-day-short-mon",
    "helplines-day-short-tue",
    "helplines-day-short-wed",
    "helplines-day-short-thu",
    "helplines-day-short-fri",
    "helplines-day-short-sat",
    "helplines-day-short-sun",
];

/// The Helplines screen for one country.
#[derive(Debug, Clone, Serialize)]
pub struct DirectoryView {
    /// The country code (`"BE"`, `"ZZ"`).
    pub country: String,
    /// The country's name in the user's language.
    pub country_name: String,
    /// A note under the list, if the country has one (ZZ: how to find a child helpline).
    pub note: Option<String>,
    /// Reminder that calls show in the phone's call log, and can be deleted there.
    pub call_log_note: String,
    /// Groups in order (young people, parents, crisis, emergency); empty groups left out.
    pub groups: Vec<GroupView>,
}

/// One group of lines on the Helplines screen.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    /// `"young"`, `"parents"`, `"crisis"` or `"emergency"`.
    pub id: &'static str,
    /// The group's title.
    pub title: String,
    /// Its lines, in the data's order.
    pub lines: Vec<LineView>,
}

/// One line on the Helplines screen.
#[derive(Debug, Clone, Serialize)]
pub struct LineView {
    /// The helpline id (what the UI sends back to call it).
    pub id: String,
    /// Its proper name.
    pub name: String,
    /// The number as shown (`116 000`).
    pub number_display: String,
    /// What it does, for whom.
    pub description: String,
    /// Its hours (`Mon–Fri 9:00–16:00`, `24 hours a day, 7 days a week`).
    pub hours_text: String,
    /// Whether it is known to be open now.
    pub open_now: bool,
    /// `Open 24/7`, `Open now, until 23:00`, `Opens at 9:00`, `Opens Monday at 9:00`…
    pub open_text: String,
    /// Free to call, when a source says.
    pub free: Option<bool>,
    /// Words for `free`.
    pub free_text: String,
    /// Shows on the phone bill, when a source says.
    pub on_bill: Option<bool>,
    /// Words for `on_bill`.
    pub on_bill_text: String,
    /// How to text it (`Text CONNECT to 686868`), if it takes texts.
    pub sms: Option<String>,
    /// Chat or web page, as text.
    pub chat: Option<String>,
    /// Languages answered (ISO 639-1 codes; empty: not recorded).
    pub languages: Vec<String>,
    /// Where the number was seen.
    pub source: String,
    /// When (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub verified: String,
    /// `Source: … (checked …)`.
    pub source_text: String,
    /// Whether the call button is shown (confirmed numbers only).
    pub callable: bool,
    /// Whether the text button is shown (callable and takes texts).
    pub textable: bool,
    /// Whether this is the country's designated line for sextortion.
    pub designated: bool,
    /// For unconfirmed numbers: why there is no call button.
    pub caveat: Option<String>,
}

/// The "Call for help" button.
#[derive(Debug, Clone, Serialize)]
pub struct CallForHelpView {
    /// The line to call (what the UI sends back to call it).
    pub helpline_id: String,
    /// Its proper name.
    pub name: String,
    /// The number as shown.
    pub number_display: String,
    /// Name and number on one line, the number left out when the name already carries it
    /// (`Child Focus · 116 000`, but `3018`, not `3018 · 3018`).
    pub label: String,
    /// Why this line.
    pub reason: ChoiceReason,
    /// `Open 24/7`, `3018 is closed now — calling 119 instead`…
    pub reason_text: String,
}

/// `name · number`, or the name alone when it already shows the number.
pub fn line_label(name: &str, number_display: &str) -> String {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if !digits(number_display).is_empty() && digits(name).contains(&digits(number_display)) {
        name.to_owned()
    } else {
        format!("{name} · {number_display}")
    }
}

/// One entry of the country picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryEntry {
    /// The code (`"BE"`, `"ZZ"`).
    pub code: String,
    /// The name in the user's language.
    pub name: String,
}

struct Words<'a> {
    lang: &'a Lang,
}

impl Words<'_> {
    fn get(&self, id: &str) -> Result<String> {
        localizer().message(self.lang, id)
    }

    fn with(&self, id: &str, pairs: &[(&'static str, String)]) -> Result<String> {
        let mut args = FluentArgs::new();
        for (k, v) in pairs {
            args.set(*k, v.clone());
        }
        localizer().format(self.lang, id, Some(&args))
    }

    fn time(&self, minute: u32) -> Result<String> {
        self.with(
            "helplines-time",
            &[
                ("hour", (minute / 60).to_string()),
                ("minute", format!("{:02}", minute % 60)),
            ],
        )
    }

    fn time_of(&self, t: &DateTime<Tz>) -> Result<String> {
        self.time(t.hour() * 60 + t.minute())
    }

    fn day(&self, d: Weekday, short: bool) -> Result<String> {
        let key =
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][d.num_days_from_monday() as usize];
        if short {
            self.get(&format!("helplines-day-short-{key}"))
        } else {
            self.get(&format!("helplines-day-{key}"))
        }
    }

    fn fact(&self, prefix: &str, f: Fact) -> Result<String> {
        self.get(&format!(
            "{prefix}-{}",
            match f {
                Fact::Yes => "yes",
                Fact::No => "no",
                Fact::Unknown => "unknown",
            }
        ))
    }
}

/// Which group a line is shown in: each line in exactly one.
fn group_of(h: &Helpline) -> &'static str {
    if h.serves(Purpose::Emergency) {
        "emergency"
    } else if h.is_for(Audience::Young) {
        "young"
    } else if h.serves(Purpose::Crisis) {
        "crisis"
    } else if h.is_for(Audience::Parents) || h.serves(Purpose::Parents) {
        "parents"
    } else {
        "young"
    }
}

const GROUPS: [&str; 4] = ["young", "parents", "crisis", "emergency"];

/// The Helplines screen for `country_code`, in `lang`, with "open now" at `now`.
pub fn directory(lang: &Lang, country_code: &str, now: DateTime<Utc>) -> Result<DirectoryView> {
    let c = country(country_code)?;
    let w = Words { lang };
    let mut groups = Vec::new();
    for g in GROUPS {
        let lines = c
            .helplines
            .iter()
            .filter(|h| group_of(h) == g)
            .map(|h| line_view(&w, c, h, now))
            .collect::<Result<Vec<_>>>()?;
        if !lines.is_empty() {
            groups.push(GroupView {
                id: g,
                title: w.get(&format!("helplines-group-{g}"))?,
                lines,
            });
        }
    }
    let note_id = format!("helplines-note-{}", c.code.to_ascii_lowercase());
    Ok(DirectoryView {
        country: c.code.clone(),
        country_name: country_name(&w, c)?,
        note: if localizer().has(lang, &note_id) {
            Some(w.get(&note_id)?)
        } else {
            None
        },
        call_log_note: w.get("helplines-call-log-note")?,
        groups,
    })
}

fn country_name(w: &Words<'_>, c: &Country) -> Result<String> {
    w.get(&format!("country-{}", c.code.to_ascii_lowercase()))
}

fn line_view(w: &Words<'_>, c: &Country, h: &Helpline, now: DateTime<Utc>) -> Result<LineView> {
    let state = super::open_state(h, c.time_zone, now);
    let sms = match &h.sms {
        None => None,
        Some(s) => Some(match &s.keyword {
            Some(k) => w.with(
                "helplines-sms-keyword",
                &[("keyword", k.clone()), ("number", s.number.clone())],
            )?,
            None => w.with("helplines-sms", &[("number", s.number.clone())])?,
        }),
    };
    Ok(LineView {
        id: h.id.clone(),
        name: h.name.clone(),
        number_display: h.display.clone(),
        description: w.get(&format!("helpline-{}-description", h.id))?,
        hours_text: hours_text(w, &h.hours)?,
        open_now: state.is_open(),
        open_text: open_text(w, &state, now, c.time_zone)?,
        free: h.free.known(),
        free_text: w.fact("helplines-free", h.free)?,
        on_bill: h.on_bill.known(),
        on_bill_text: w.fact("helplines-on-bill", h.on_bill)?,
        sms,
        chat: h.chat.clone(),
        languages: h.languages.clone(),
        source: h.source.clone(),
        verified: h.verified.clone(),
        source_text: w.with(
            "helplines-source",
            &[("source", h.source.clone()), ("date", h.verified.clone())],
        )?,
        callable: h.callable(),
        textable: h.callable() && h.sms.is_some(),
        designated: h.designated_sextortion,
        caveat: if h.callable() {
            None
        } else {
            Some(w.get("helplines-caveat-unconfirmed")?)
        },
    })
}

fn open_text(w: &Words<'_>, state: &OpenState, now: DateTime<Utc>, tz: Tz) -> Result<String> {
    match state {
        OpenState::Always => w.get("helplines-open-always"),
        OpenState::Unknown => w.get("helplines-hours-unknown"),
        OpenState::OpenNow { closes_at } => {
            w.with("helplines-open-now", &[("time", w.time_of(closes_at)?)])
        }
        OpenState::Closed { opens_at: None } => w.get("helplines-closed"),
        OpenState::Closed { opens_at: Some(at) } => {
            let today = now.with_timezone(&tz).date_naive();
            let time = w.time_of(at)?;
            if at.date_naive() == today {
                w.with("helplines-opens-today", &[("time", time)])
            } else if at.date_naive() == today + Duration::days(1) {
                w.with("helplines-opens-tomorrow", &[("time", time)])
            } else {
                w.with(
                    "helplines-opens-on",
                    &[("day", w.day(at.weekday(), false)?), ("time", time)],
                )
            }
        }
    }
}

/// `Mon–Fri 8:00–22:00; Sat–Sun 9:00–18:00`: consecutive days with the same ranges merged.
fn hours_text(w: &Words<'_>, hours: &Hours) -> Result<String> {
    let ranges = match hours {
        Hours::Always => return w.get("helplines-hours-always"),
        Hours::Unknown => return w.get("helplines-hours-unknown"),
        Hours::Weekly(r) => r,
    };
    let week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let of_day = |d: Weekday| -> Vec<(u16, u16)> {
        ranges
            .iter()
            .filter(|r| r.day == d)
            .map(|r| (r.from, r.to))
            .collect()
    };
    let mut spans = Vec::new();
    let mut i = 0;
    while i < week.len() {
        let times = of_day(week[i]);
        let mut j = i;
        while j + 1 < week.len() && of_day(week[j + 1]) == times {
            j += 1;
        }
        if !times.is_empty() {
            let days = if i == j {
                w.day(week[i], true)?
            } else {
                w.with(
                    "helplines-hours-days-range",
                    &[
                        ("first", w.day(week[i], true)?),
                        ("last", w.day(week[j], true)?),
                    ],
                )?
            };
            let times = times
                .iter()
                .map(|&(from, to)| {
                    w.with(
                        "helplines-hours-time-range",
                        &[
                            ("from", w.time(u32::from(from))?),
                            ("to", w.time(u32::from(to))?),
                        ],
                    )
                })
                .collect::<Result<Vec<_>>>()?
                .join(", ");
            spans.push(w.with("helplines-hours-span", &[("days", days), ("times", times)])?);
        }
        i = j + 1;
    }
    Ok(spans.join("; "))
}

/// The "Call for help" button for `country_code` at `now`, in `lang`.
pub fn call_for_help_view(
    lang: &Lang,
    country_code: &str,
    now: DateTime<Utc>,
) -> Result<CallForHelpView> {
    let c = country(country_code)?;
    let choice = call_for_help(&c.code, now)?;
    let (_, h) = super::helpline(&choice.helpline_id)?;
    let w = Words { lang };
    let reason_text = match choice.reason {
        ChoiceReason::OpenAllDay => w.get("helplines-reason-open-all-day")?,
        ChoiceReason::OpenNow => match super::open_state(h, c.time_zone, now) {
            OpenState::OpenNow { closes_at } => w.with(
                "helplines-reason-open-now",
                &[("time", w.time_of(&closes_at)?)],
            )?,
            _ => w.get("helplines-reason-open-all-day")?,
        },
        ChoiceReason::DesignatedClosed => {
            let designated = c.designated();
            let known_closed = designated.is_some_and(|d| {
                d.callable()
                    && matches!(
                        super::open_state(d, c.time_zone, now),
                        OpenState::Closed { .. }
                    )
            });
            let id = if known_closed {
                "helplines-reason-designated-closed"
            } else {
                "helplines-reason-designated-unknown"
            };
            w.with(
                id,
                &[
                    (
                        "designated",
                        designated.map_or_else(String::new, |d| d.name.clone()),
                    ),
                    ("name", h.name.clone()),
                ],
            )?
        }
        ChoiceReason::EmergencyFallback => {
            w.with("helplines-reason-emergency", &[("name", h.name.clone())])?
        }
    };
    Ok(CallForHelpView {
        helpline_id: h.id.clone(),
        name: h.name.clone(),
        number_display: h.display.clone(),
        label: line_label(&h.name, &h.display),
        reason: choice.reason,
        reason_text,
    })
}

/// Every country with a file, named in `lang`, sorted by name (ignoring accents and case),
/// with "Other country" (`ZZ`) last.
pub fn countries_view(lang: &Lang) -> Result<Vec<CountryEntry>> {
    let w = Words { lang };
    let mut entries = Vec::new();
    for code in super::country_codes() {
        let c = country(code)?;
        entries.push(CountryEntry {
            code: c.code.clone(),
            name: country_name(&w, c)?,
        });
    }
    entries.sort_by_cached_key(|e| (e.code == "ZZ", sort_key(&e.name)));
    Ok(entries)
}

/// Lower case with the accents of Latin letters removed, so "États-Unis" sorts under E.
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|ch| match ch {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ÿ' | 'ý' => 'y',
            other => other,
        })
        .collect()
}
