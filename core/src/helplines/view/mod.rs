//! What the screens receive about helplines: the Helplines screen ([`directory`]), every call
//! button ([`route`]: a [`RouteView`] says what it dials before it is tapped), opening hours as
//! words ([`hours`]), the country picker ([`countries`]) and the helpline sources
//! ([`sources`]). Every word comes from Fluent in the user's language, through
//! [`crate::i18n::Text`]; this file holds what the views share: times, days, facts, names.
//!
//! Fluent ids (every one asked for exists in every language; none is orphaned: the crate's
//! orphan test renders these views and derives the ids in use):
//! - `helpline-<id>-description`: one per helpline;
//! - `helpline-<id>-warning`: one per line whose data says `warning = true` (a known limit,
//!   said on every button that dials it);
//! - `country-<xx>`: one per country (generated from CLDR in `countries.ftl`; `country-zz` =
//!   "Other country", in `helplines.ftl`);
//! - `helplines-note-<xx>`: an optional note under a country's list;
//! - `action-call-<need>` / `action-text-<need>`: a call button's title for a need;
//! - `helplines-…` and `route-…`: the views' own words, each asked for where it is used.
//!
//! Proper names (line names, sources) and numbers are shown as written in the data.

mod countries;
mod directory;
mod hours;
mod route;
mod sources;

pub use countries::{
    countries_view, country_name_in, country_results, fold, CountryEntry, CountryResults,
};
pub use directory::{
    directory, group_of, ChannelButton, DirectoryView, GroupId, GroupView, LineView,
};
pub use route::{line_label, route_view, RouteView, SecondLine};
pub use sources::{helpline_sources, CountrySourcesView, LineSourcesView};

use chrono::{DateTime, Timelike, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

use super::data::{Country, Fact, Helpline, Source};
use crate::error::Result;
use crate::i18n::Text;
use crate::vocab::Channel;

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

/// A time of day as each language writes it ("14:30", "14 h 30").
fn time(w: &Text<'_>, minute: u32) -> Result<String> {
    w.with(
        "helplines-time",
        &[
            ("hour", (minute / 60).to_string()),
            ("minute", format!("{:02}", minute % 60)),
        ],
    )
}

fn time_of(w: &Text<'_>, t: &DateTime<Tz>) -> Result<String> {
    time(w, t.hour() * 60 + t.minute())
}

fn day(w: &Text<'_>, d: Weekday, short: bool) -> Result<String> {
    let key = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][d.num_days_from_monday() as usize];
    if short {
        w.get(&format!("helplines-day-short-{key}"))
    } else {
        w.get(&format!("helplines-day-{key}"))
    }
}

/// The words for whether a call is free, and whether it shows on the phone bill.
const FREE: &str = "helplines-free";
const ON_BILL: &str = "helplines-on-bill";

fn fact(w: &Text<'_>, prefix: &str, f: Fact) -> Result<String> {
    w.get(&format!(
        "{prefix}-{}",
        match f {
            Fact::Yes => "yes",
            Fact::No => "no",
            Fact::Unknown => "unknown",
        }
    ))
}

/// Every day name, fact word and reason, as the views may ask for them whatever the data holds
/// today (the orphan test renders these beside every screen).
#[cfg(test)]
pub(crate) fn every_word_form(w: &Text<'_>) -> Result<()> {
    use super::route::PassedOver;
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
    use strum::IntoEnumIterator;
    for d in [Mon, Tue, Wed, Thu, Fri, Sat, Sun] {
        day(w, d, true)?;
        day(w, d, false)?;
    }
    for f in Fact::iter() {
        fact(w, FREE, f)?;
        fact(w, ON_BILL, f)?;
    }
    // States today's data never reaches, but the rule can: a line that does not open again
    // within the week, passed over for any reason.
    let now = chrono::Utc::now();
    directory::open_text(
        w,
        &super::hours::OpenState::Closed { opens_at: None },
        now,
        chrono_tz::UTC,
    )?;
    let at = now.with_timezone(&chrono_tz::UTC);
    for why in [
        PassedOver::Closed(Some(at)),
        PassedOver::Closed(None),
        PassedOver::HoursUnknown,
        PassedOver::Unconfirmed,
        PassedOver::WebOnly,
        PassedOver::NotForYou,
    ] {
        let any = "·".to_owned();
        let pairs = [
            ("designated", &any),
            ("name", &any),
            ("time", &any),
            ("for", &any),
        ];
        w.with(route::instead_id(&why), &pairs.map(|(k, v)| (k, v.clone())))?;
    }
    Ok(())
}

fn source_view(s: &Source) -> SourceView {
    SourceView {
        title: s.title.clone(),
        url: s.url.clone(),
        date: s.date.clone(),
    }
}

fn country_name(w: &Text<'_>, c: &Country) -> Result<String> {
    w.get(&format!("country-{}", c.code.to_ascii_lowercase()))
}

/// `Free · Does not show on the phone bill · Shows in the call log`: what a call costs and
/// where it may be seen, from the data; unknown said as unknown.
fn facts_text(w: &Text<'_>, h: &Helpline) -> Result<String> {
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
pub(crate) fn facts_text_for(w: &Text<'_>, h: &Helpline, channel: Channel) -> Result<String> {
    let parts = match channel {
        Channel::Call => vec![
            fact(w, FREE, h.free)?,
            fact(w, ON_BILL, h.on_bill)?,
            w.get("helplines-call-log")?,
        ],
        Channel::Text => vec![fact(w, FREE, h.free)?, w.get("helplines-sms-log")?],
        Channel::Web => vec![w.get("helplines-web-trace")?],
    };
    Ok(parts.join(" · "))
}

fn sms_text(w: &Text<'_>, h: &Helpline) -> Result<Option<String>> {
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

fn languages_text(w: &Text<'_>, h: &Helpline) -> Result<Option<String>> {
    if h.languages.is_empty() {
        return Ok(None);
    }
    let names = h
        .languages
        .iter()
        .map(|l| {
            let id = format!("language-{l}");
            if w.has(&id) {
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
