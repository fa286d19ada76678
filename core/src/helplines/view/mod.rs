//! What the screens receive about helplines: the Helplines screen ([`directory`]), every call
//! button ([`route`]: a [`RouteView`] says what it dials before it is tapped), opening hours as
//! words ([`hours`]), the country picker ([`countries`]) and the helpline sources
//! ([`sources`]). Every word comes from Fluent in the user's language; this file holds what
//! they share: the Fluent helper, the list of fixed ids and the texts every view uses.
//!
//! Fluent ids (all tested to exist in every language, with no orphans):
//! - `helpline-<id>-description`: one per helpline;
//! - `helpline-<id>-warning`: one per line whose data says `warning = true` (a known limit,
//!   said on every button that dials it);
//! - `country-<xx>`: one per country (generated from CLDR in `countries.ftl`; `country-zz` =
//!   "Other country", in `helplines.ftl`);
//! - `helplines-note-<xx>`: an optional note under a country's list;
//! - `action-call-<need>` / `action-text-<need>`: a call button's title for a need;
//! - `helplines-…` and `route-…`: the fixed words listed in [`FIXED_IDS`].
//!
//! Proper names (line names, sources) and numbers are shown as written in the data.

mod countries;
mod directory;
mod hours;
mod route;
mod sources;

pub use countries::{countries_view, country_name_in, fold, CountryEntry};
pub use directory::{
    directory, group_of, ChannelButton, DirectoryView, GroupId, GroupView, LineView,
};
pub use route::{line_label, route_view, RouteView, SecondLine};
pub use sources::{helpline_sources, CountrySourcesView, LineSourcesView};

use chrono::{DateTime, Timelike, Weekday};
use chrono_tz::Tz;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::data::{Country, Fact, Helpline, Source};
use crate::error::Result;
use crate::i18n::{localizer, Lang};
use crate::purpose::Channel;

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
    "route-title-service",
    "route-callee",
    "route-fallback-no-police",
    "route-also-child-line",
    "route-also-child-line-reason",
    "route-also-backup",
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

fn country_name(w: &Words<'_>, c: &Country) -> Result<String> {
    w.get(&format!("country-{}", c.code.to_ascii_lowercase()))
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
