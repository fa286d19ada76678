//! What the screens receive about helplines: the Helplines screen, every call button (a
//! [`RouteView`]: what it dials, said before it is tapped), the country picker and the helpline
//! sources. Every word comes from Fluent in the user's language.
//!
//! Fluent ids (all tested to exist in every language, with no orphans):
//! - `helpline-<id>-description`: one per helpline;
//! - `country-<xx>`: one per country (generated from CLDR in `countries.ftl`; `country-zz` =
//!   "Other country", in `helplines.ftl`);
//! - `helplines-note-<xx>`: an optional note under a country's list;
//! - `action-call-<need>` / `action-text-<need>`: a call button's title for a need;
//! - `helplines-…` and `route-…`: the fixed words listed in [`FIXED_IDS`].
//!
//! Proper names (line names, sources) and numbers are shown as written in the data.

use chrono::{DateTime, Datelike, Duration, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::data::{Audience, Country, Fact, Helpline, Source, WebKind};
use super::hours::{Hours, OpenState};
use super::route::{route, Caller, Need, PassedOver, Reason, Route, Shortfall};
use super::{country, helpline};
use crate::error::Result;
use crate::i18n::{localizer, Lang};
use crate::purpose::{Channel, Purpose};

/// Every fixed id this module uses.
pub const FIXED_IDS: &[&str] = &[
    "helplines-hours-span-separator",
    "helplines-group-young",
    "helplines-group-parents",
    "helplines-group-crisis",
    "helplines-group-report",
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
    "helplines-call-log",
    "helplines-sms-log",
    "helplines-web-trace",
    "contact-chat-with",
    "contact-web-opening",
    "helplines-sms",
    "helplines-sms-keyword",
    "helplines-sms-hours",
    "helplines-web-chat",
    "helplines-web-report",
    "helplines-web-info",
    "helplines-web-needs-network",
    "helplines-call",
    "helplines-contact-call",
    "helplines-languages",
    "helplines-source-label",
    "helplines-caveat-unconfirmed",
    "helplines-designated",
    "route-reason-open-all-day",
    "route-reason-open-now",
    "route-reason-instead-closed",
    "route-reason-instead-closed-for-now",
    "route-reason-instead-unknown",
    "route-reason-instead-unconfirmed",
    "route-reason-instead-web-only",
    "route-reason-instead-not-for-you",
    "route-reason-emergency",
    // Said by the session when no country is chosen yet.
    "route-reason-no-country",
    "route-fallback-no-line",
    "route-fallback-not-for-you",
    "route-fallback-not-in-language",
    "route-fallback-none-open",
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

/// The groups of the Helplines screen, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum GroupId {
    /// Support lines for young people (the designated line first of all).
    Young,
    /// Lines for parents and carers.
    Parents,
    /// Suicide and emotional crisis lines for anyone.
    Crisis,
    /// Where to report content or a crime.
    Report,
    /// Emergency numbers.
    Emergency,
}

impl GroupId {
    /// Every group, in screen order.
    pub const ALL: [GroupId; 5] = [
        GroupId::Young,
        GroupId::Parents,
        GroupId::Crisis,
        GroupId::Report,
        GroupId::Emergency,
    ];

    fn as_str(self) -> &'static str {
        match self {
            GroupId::Young => "young",
            GroupId::Parents => "parents",
            GroupId::Crisis => "crisis",
            GroupId::Report => "report",
            GroupId::Emergency => "emergency",
        }
    }
}

/// The group a line is shown in: each line in exactly one, by what it is for, never by default
/// (a test holds every line in "To report" to taking reports).
pub fn group_of(h: &Helpline) -> GroupId {
    let for_young =
        h.audience.contains(&Audience::Young) || h.audience.contains(&Audience::Everyone);
    let support = h.designated_sextortion || h.serves(Purpose::ChildProtection);
    if h.serves(Purpose::Emergency) {
        GroupId::Emergency
    } else if for_young
        && (support || (h.serves(Purpose::Crisis) && h.audience.contains(&Audience::Young)))
    {
        // Someone for a young person to talk to. A line that only takes reports (CEOP,
        // Pharos) is a place to report, whoever it is for.
        GroupId::Young
    } else if h.serves(Purpose::Parents)
        || (h.audience.contains(&Audience::Parents) && (support || h.serves(Purpose::Crisis)))
    {
        GroupId::Parents
    } else if h.serves(Purpose::Crisis) {
        GroupId::Crisis
    } else {
        GroupId::Report
    }
}

/// The Helplines screen for one country.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DirectoryView {
    /// The country code (`"BE"`, `"ZZ"`).
    pub country: String,
    /// The country's name in the user's language.
    pub country_name: String,
    /// A note under the list, if the country has one (ZZ: how to find a child helpline).
    pub note: Option<String>,
    /// Reminder that calls show in the phone's call log, and can be deleted there.
    pub call_log_note: String,
    /// Groups in order; empty groups left out.
    pub groups: Vec<GroupView>,
}

/// One group of lines on the Helplines screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GroupView {
    /// Which group.
    pub id: GroupId,
    /// The group's title.
    pub title: String,
    /// Its lines, in the data's order.
    pub lines: Vec<LineView>,
}

/// A button that reaches a line one way: what it says and what it sends back.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChannelButton {
    /// Call, text or web.
    pub channel: Channel,
    /// `Call 116 000`, `Text CONNECT to 686868`, `Open the chat (needs the internet)`.
    pub label: String,
}

/// A source as shown.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename = "HelplineSource")]
pub struct SourceView {
    /// The page's title.
    pub title: String,
    /// The page's address (shown, never opened).
    pub url: String,
    /// Its date.
    pub date: String,
}

/// One line on the Helplines screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LineView {
    /// The helpline id (what the UI sends back to reach it).
    pub id: String,
    /// Its name in the user's language.
    pub name: String,
    /// The number as shown, if it takes calls.
    pub number_display: Option<String>,
    /// What it does, for whom.
    pub description: String,
    /// Its hours (`Mon–Fri 9:00–16:00`, `24 hours a day, 7 days a week`).
    pub hours_text: String,
    /// Whether it is known to be open now.
    pub open_now: bool,
    /// `Open 24/7`, `Open now, until 23:00`, `Opens at 9:00`…
    pub open_text: String,
    /// Free to call, when a source says.
    pub free: Option<bool>,
    /// On the phone bill, when a source says.
    pub on_bill: Option<bool>,
    /// Cost, bill and call log in one line: `Free · Does not show on the phone bill · …`.
    pub facts_text: String,
    /// Languages it answers in, as words (`French, Dutch`), when a source says.
    pub languages_text: Option<String>,
    /// The ways to reach it, in order: call, text, web.
    pub buttons: Vec<ChannelButton>,
    /// Whether it is the country's line for sextortion.
    pub designated: bool,
    /// `France's line for sextortion`, on the designated line.
    pub designated_text: Option<String>,
    /// Whether two sources on different sites confirm it.
    pub confirmed: bool,
    /// For unconfirmed lines: the caveat shown next to its buttons.
    pub caveat: Option<String>,
    /// `Sources:` in the user's language.
    pub sources_label: String,
    /// Where its facts were read.
    pub sources: Vec<SourceView>,
}

/// A call button for a need, resolved: it says what it dials before it is tapped.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RouteView {
    /// What the button is for.
    pub need: Need,
    /// What the button says it does: the need's title (`Call a crisis line`), or, when the
    /// emergency number stands in, `Call the emergency number`.
    pub title: String,
    /// The line it reaches (what the UI sends back).
    pub helpline_id: String,
    /// Call it, or text it (a line that takes texts only).
    pub channel: Channel,
    /// The line's name in the user's language.
    pub name: String,
    /// The number it dials or texts.
    pub number_display: String,
    /// `3114` / `Childline · 0800 1111` / `Text HOME to 741741`.
    pub label: String,
    /// Why this line: `Open 24/7`; `3018 is closed now…: calling 119 instead`; `No crisis
    /// line…: this calls the emergency number 112`.
    pub reason_text: String,
    /// Whether the emergency number stands in for the need.
    pub fallback: bool,
    /// Cost, bill and call log: `Free · Does not show on the phone bill · …`.
    pub facts_text: String,
    /// `Answers in: French`, when a source says which languages the line answers in.
    pub languages_text: Option<String>,
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CountryEntry {
    /// The code (`"BE"`, `"ZZ"`).
    pub code: String,
    /// The name in the user's language.
    pub name: String,
}

/// One country's helpline sources, for the Sources screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CountrySourcesView {
    /// The code.
    pub country: String,
    /// Its name in the user's language.
    pub country_name: String,
    /// Each line and where it was read.
    pub lines: Vec<LineSourcesView>,
}

/// One line's sources.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LineSourcesView {
    /// The helpline id.
    pub id: String,
    /// Its name, with its number when it has one.
    pub label: String,
    /// Whether two sites confirm it.
    pub confirmed: bool,
    /// Its sources.
    pub sources: Vec<SourceView>,
}

pub(crate) struct Words<'a> {
    pub(crate) lang: &'a Lang,
}

impl Words<'_> {
    pub(crate) fn get(&self, id: &str) -> Result<String> {
        localizer().message(self.lang, id)
    }

    pub(crate) fn with(&self, id: &str, pairs: &[(&'static str, String)]) -> Result<String> {
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

fn source_view(s: &Source) -> SourceView {
    SourceView {
        title: s.title.clone(),
        url: s.url.clone(),
        date: s.date.clone(),
    }
}

/// The Helplines screen for `country_code`, in `lang`, with "open now" at `now`.
pub fn directory(lang: &Lang, country_code: &str, now: DateTime<Utc>) -> Result<DirectoryView> {
    let c = country(country_code)?;
    let w = Words { lang };
    let mut groups = Vec::new();
    for g in GroupId::ALL {
        let lines = c
            .helplines
            .iter()
            .filter(|h| group_of(h) == g)
            .map(|h| line_view(&w, c, h, now))
            .collect::<Result<Vec<_>>>()?;
        if !lines.is_empty() {
            groups.push(GroupView {
                id: g,
                title: w.get(&format!("helplines-group-{}", g.as_str()))?,
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

/// The name of the country with file `code`, in `lang`.
pub fn country_name_in(lang: &Lang, code: &str) -> Result<String> {
    country_name(&Words { lang }, country(code)?)
}

/// `Free · Does not show on the phone bill · Shows in the call log`: what a call costs and
/// where it may be seen, from the data; unknown said as unknown.
fn facts_text(w: &Words<'_>, h: &Helpline) -> Result<String> {
    facts_text_for(
        w,
        h,
        if h.has_call() {
            Channel::Call
        } else {
            Channel::Text
        },
    )
}

/// The same for one channel: a text stays in the messages app, a web page in the browser.
pub(crate) fn facts_text_for(w: &Words<'_>, h: &Helpline, channel: Channel) -> Result<String> {
    let parts = match channel {
        Channel::Call => vec![
            w.fact("helplines-free", h.free)?,
            w.fact("helplines-on-bill", h.on_bill)?,
            w.get("helplines-call-log")?,
        ],
        Channel::Text => vec![
            w.fact("helplines-free", h.free)?,
            w.get("helplines-sms-log")?,
        ],
        Channel::Web => vec![w.get("helplines-web-trace")?],
    };
    Ok(parts.join(" · "))
}

fn sms_text(w: &Words<'_>, h: &Helpline) -> Result<Option<String>> {
    let Some(s) = &h.sms else { return Ok(None) };
    let number = sms_display(h).unwrap_or_default();
    Ok(Some(match &s.keyword {
        Some(k) => w.with(
            "helplines-sms-keyword",
            &[("keyword", k.clone()), ("number", number)],
        )?,
        None => w.with("helplines-sms", &[("number", number)])?,
    }))
}

/// The text number as people write it: the line's own display when texts go to its number
/// (Childhelp's 1-800-422-4453), else the digits (741741).
pub(crate) fn sms_display(h: &Helpline) -> Option<String> {
    let s = h.sms.as_ref()?;
    Some(match (&h.number, &h.display) {
        (Some(n), Some(d)) if *n == s.number => d.clone(),
        _ => s.number.clone(),
    })
}

/// The ways to reach a line, each with its label.
fn buttons(w: &Words<'_>, h: &Helpline) -> Result<Vec<ChannelButton>> {
    let mut out = Vec::new();
    if let Some(display) = &h.display {
        out.push(ChannelButton {
            channel: Channel::Call,
            label: w.with("helplines-call", &[("number", display.clone())])?,
        });
    }
    if let Some(mut text) = sms_text(w, h)? {
        if let Some(hours) = h.sms.as_ref().and_then(|s| s.hours.as_ref()) {
            text = w.with(
                "helplines-sms-hours",
                &[("sms", text), ("hours", hours_text(w, hours)?)],
            )?;
        }
        out.push(ChannelButton {
            channel: Channel::Text,
            label: text,
        });
    }
    if let Some(web) = &h.web {
        let kind = match web.kind {
            WebKind::Chat => "helplines-web-chat",
            WebKind::Report => "helplines-web-report",
            WebKind::Info => "helplines-web-info",
        };
        out.push(ChannelButton {
            channel: Channel::Web,
            label: w.with("helplines-web-needs-network", &[("action", w.get(kind)?)])?,
        });
    }
    Ok(out)
}

fn languages_text(w: &Words<'_>, h: &Helpline) -> Result<Option<String>> {
    if h.languages.is_empty() {
        return Ok(None);
    }
    let names = h
        .languages
        .iter()
        .map(|l| {
            let id = format!("language-{l}");
            if localizer().has(w.lang, &id) {
                w.get(&id)
            } else {
                Ok(l.clone())
            }
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(w.with(
        "helplines-languages",
        &[("languages", names.join(", "))],
    )?))
}

fn line_view(w: &Words<'_>, c: &Country, h: &Helpline, now: DateTime<Utc>) -> Result<LineView> {
    let zone = h.zone(c.time_zone);
    let state = super::hours::open_state_of(&h.hours, zone, now);
    Ok(LineView {
        id: h.id.clone(),
        name: h.name_in(w.lang.as_str()).to_owned(),
        number_display: h.display.clone(),
        description: w.get(&format!("helpline-{}-description", h.id))?,
        hours_text: hours_text(w, &h.hours)?,
        open_now: state.is_open(),
        open_text: open_text(w, &state, now, c.time_zone)?,
        free: h.free.known(),
        on_bill: h.on_bill.known(),
        facts_text: facts_text(w, h)?,
        languages_text: languages_text(w, h)?,
        buttons: buttons(w, h)?,
        designated: h.designated_sextortion,
        designated_text: if h.designated_sextortion {
            Some(w.with("helplines-designated", &[("country", country_name(w, c)?)])?)
        } else {
            None
        },
        confirmed: h.confirmed(),
        caveat: if h.confirmed() {
            None
        } else {
            Some(w.get("helplines-caveat-unconfirmed")?)
        },
        sources_label: w.get("helplines-source-label")?,
        sources: h.sources.iter().map(source_view).collect(),
    })
}

/// Words for an open state. Times are shown in the country's zone (`home`), whatever zone the
/// line keeps its hours in.
fn open_text(w: &Words<'_>, state: &OpenState, now: DateTime<Utc>, home: Tz) -> Result<String> {
    match state {
        OpenState::Always => w.get("helplines-open-always"),
        OpenState::Unknown => w.get("helplines-hours-unknown"),
        OpenState::OpenNow { closes_at } => w.with(
            "helplines-open-now",
            &[("time", w.time_of(&closes_at.with_timezone(&home))?)],
        ),
        OpenState::Closed { opens_at: None } => w.get("helplines-closed"),
        OpenState::Closed { opens_at: Some(at) } => {
            let at = at.with_timezone(&home);
            let today = now.with_timezone(&home).date_naive();
            let time = w.time_of(&at)?;
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
    // "; " in English, " ; " (with a no-break space) in French: the language's own separator.
    Ok(spans.join(&w.get("helplines-hours-span-separator")?))
}

/// The number a route dials or texts, as shown.
fn route_number(r: &Route<'_>) -> String {
    match r.channel {
        Channel::Text => sms_display(r.line).unwrap_or_default(),
        _ => r.line.display.clone().unwrap_or_default(),
    }
}

/// Render a route as a button.
pub(crate) fn render_route(
    w: &Words<'_>,
    c: &Country,
    need: Need,
    r: &Route<'_>,
) -> Result<RouteView> {
    let name = r.line.name_in(w.lang.as_str()).to_owned();
    let number = route_number(r);
    let label = match r.channel {
        Channel::Text => sms_text(w, r.line)?.unwrap_or_else(|| number.clone()),
        _ => line_label(&name, &number),
    };
    let title_need = if r.is_fallback() {
        Need::Emergency
    } else {
        need
    };
    let verb = if r.channel == Channel::Text {
        "text"
    } else {
        "call"
    };
    let title = w.get(&format!("action-{verb}-{}", title_need.as_str()))?;
    let reason_text = match &r.reason {
        Reason::Emergency => w.get("route-reason-emergency")?,
        Reason::OpenAllDay => w.get("route-reason-open-all-day")?,
        Reason::OpenNow(t) => w.with(
            "route-reason-open-now",
            &[("time", w.time_of(&t.with_timezone(&c.time_zone))?)],
        )?,
        Reason::InsteadOf {
            designated,
            why,
            until,
        } => {
            let (_, d) = helpline(designated)?;
            let mut pairs = vec![
                ("designated", d.name_in(w.lang.as_str()).to_owned()),
                ("name", name.clone()),
            ];
            let id = match why {
                PassedOver::Closed(Some(at)) => {
                    pairs.push(("time", w.time_of(&at.with_timezone(&c.time_zone))?));
                    "route-reason-instead-closed"
                }
                PassedOver::Closed(None) => "route-reason-instead-closed-for-now",
                PassedOver::HoursUnknown => "route-reason-instead-unknown",
                PassedOver::Unconfirmed => "route-reason-instead-unconfirmed",
                PassedOver::WebOnly => "route-reason-instead-web-only",
                PassedOver::NotForYou => {
                    let who = if d.audience.contains(&Audience::Young) {
                        "young"
                    } else {
                        "adults"
                    };
                    pairs.push(("for", who.to_owned()));
                    "route-reason-instead-not-for-you"
                }
            };
            let text = w.with(id, &pairs)?;
            match until {
                Some(t) => format!(
                    "{text} — {}",
                    w.with(
                        "route-reason-open-now",
                        &[("time", w.time_of(&t.with_timezone(&c.time_zone))?)]
                    )?
                ),
                None => text,
            }
        }
        Reason::Fallback(shortfall) => {
            let id = match shortfall {
                Shortfall::NoLine => "route-fallback-no-line",
                Shortfall::NotForYou => "route-fallback-not-for-you",
                Shortfall::NotInYourLanguage => "route-fallback-not-in-language",
                Shortfall::NoneOpen => "route-fallback-none-open",
            };
            w.with(
                id,
                &[
                    ("need", need.as_str().to_owned()),
                    ("number", number.clone()),
                ],
            )?
        }
    };
    Ok(RouteView {
        need,
        title,
        helpline_id: r.line.id.clone(),
        channel: r.channel,
        name,
        number_display: number,
        label,
        reason_text,
        fallback: r.is_fallback(),
        facts_text: facts_text_for(w, r.line, r.channel)?,
        languages_text: languages_text(w, r.line)?,
    })
}

/// The button for `need` in `country_code` at `now`, asked by `caller`, in `lang`.
pub fn route_view(
    lang: &Lang,
    country_code: &str,
    need: Need,
    caller: &Caller<'_>,
    now: DateTime<Utc>,
) -> Result<RouteView> {
    let c = country(country_code)?;
    let r = route(c, need, caller, now);
    render_route(&Words { lang }, c, need, &r)
}

/// Every country with a file, named in `lang`, sorted by name (ignoring accents and case),
/// with "Other country" (`ZZ`) last. With a `query`, only the names that contain it, ignoring
/// accents, case and punctuation ("cote" finds "Côte d’Ivoire").
pub fn countries_view(lang: &Lang, query: Option<&str>) -> Result<Vec<CountryEntry>> {
    let w = Words { lang };
    let wanted = query.map(fold).filter(|q| !q.is_empty());
    let mut entries = Vec::new();
    for code in super::country_codes() {
        let c = country(code)?;
        let name = country_name(&w, c)?;
        let matches = match &wanted {
            None => true,
            Some(q) => {
                let aliases_id = format!("country-{}-aliases", c.code.to_ascii_lowercase());
                let aliases = if localizer().has(lang, &aliases_id) {
                    w.get(&aliases_id)?
                } else {
                    String::new()
                };
                fold(&name).contains(q.as_str())
                    || fold(&aliases).contains(q.as_str())
                    || c.code.eq_ignore_ascii_case(q.trim())
            }
        };
        if matches {
            entries.push(CountryEntry {
                code: c.code.clone(),
                name,
            });
        }
    }
    entries.sort_by_cached_key(|e| (e.code == "ZZ", fold(&e.name)));
    Ok(entries)
}

/// Every helpline source, grouped by country (in the picker's order), for the Sources screen.
pub fn helpline_sources(lang: &Lang) -> Result<Vec<CountrySourcesView>> {
    let w = Words { lang };
    countries_view(lang, None)?
        .into_iter()
        .map(|entry| {
            let c = country(&entry.code)?;
            Ok(CountrySourcesView {
                country: c.code.clone(),
                country_name: entry.name,
                lines: c
                    .helplines
                    .iter()
                    .map(|h| LineSourcesView {
                        id: h.id.clone(),
                        label: match &h.display {
                            Some(d) => line_label(h.name_in(w.lang.as_str()), d),
                            None => h.name_in(w.lang.as_str()).to_owned(),
                        },
                        confirmed: h.confirmed(),
                        sources: h.sources.iter().map(source_view).collect(),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// Lower case, accents of Latin letters removed, punctuation as spaces, spaces collapsed:
/// what the picker compares ("Côte d’Ivoire" → "cote d ivoire").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase) {
        let base: &str = match ch {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'ß' => "ss",
            'š' | 'ś' | 'ş' => "s",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ž' | 'ź' | 'ż' => "z",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(base);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
