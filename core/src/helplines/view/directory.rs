//! The Helplines screen: a country's lines in groups, each with its hours, whether it is open
//! now, what a call costs and where it may show, the ways to reach it and its sources.

use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::hours::hours_text;
use super::{
    country_name, day, facts_text, languages_text, sms_text, source_view, time_of, SourceView,
};
use crate::error::Result;
use crate::helplines::country;
use crate::helplines::data::{Country, Helpline, WebKind};
use crate::helplines::hours::OpenState;
use crate::i18n::{Lang, Text};
use crate::vocab::{Audience, Channel, Name, Purpose};

/// The groups of the Helplines screen, in order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::EnumIter, strum::IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
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

/// The group a line is shown in: each line in exactly one, by what it is for, never by default
/// (a test holds every line in "To report" to taking reports).
pub fn group_of(h: &Helpline) -> GroupId {
    let for_young =
        h.audience.contains(&Audience::Young) || h.audience.contains(&Audience::Everyone);
    // A line for people facing sexual violence is someone to talk to as well.
    let support = h.designated_sextortion
        || h.serves(Purpose::ChildProtection)
        || h.serves(Purpose::Violence);
    if h.serves(Purpose::Emergency) {
        GroupId::Emergency
    } else if for_young
        && (support || (h.serves(Purpose::Crisis) && h.audience.contains(&Audience::Young)))
    {
        // Someone for a young person to talk to. A line that only takes reports (CEOP,
        // Pharos) is a place to report, whoever it is for.
        GroupId::Young
    } else if h.serves(Purpose::Parents)
        || (h.audience.contains(&Audience::Parent) && (support || h.serves(Purpose::Crisis)))
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

/// The Helplines screen for `country_code`, in `lang`, with "open now" at `now`.
pub fn directory(lang: &Lang, country_code: &str, now: DateTime<Utc>) -> Result<DirectoryView> {
    let c = country(country_code)?;
    let w = Text::new(lang);
    let mut groups = Vec::new();
    for g in <GroupId as strum::IntoEnumIterator>::iter() {
        let lines = c
            .helplines
            .iter()
            .filter(|h| group_of(h) == g)
            .map(|h| line_view(&w, c, h, now))
            .collect::<Result<Vec<_>>>()?;
        if !lines.is_empty() {
            groups.push(GroupView {
                id: g,
                title: w.get(&format!("helplines-group-{}", g.name()))?,
                lines,
            });
        }
    }
    let note_id = format!("helplines-note-{}", c.code.to_ascii_lowercase());
    Ok(DirectoryView {
        country: c.code.clone(),
        country_name: country_name(&w, c)?,
        note: if Text::new(lang).has(&note_id) {
            Some(w.get(&note_id)?)
        } else {
            None
        },
        call_log_note: w.get("helplines-call-log-note")?,
        groups,
    })
}

/// The ways to reach a line, each with its label.
fn buttons(w: &Text<'_>, h: &Helpline) -> Result<Vec<ChannelButton>> {
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

fn line_view(w: &Text<'_>, c: &Country, h: &Helpline, now: DateTime<Utc>) -> Result<LineView> {
    let zone = h.zone(c.time_zone);
    let state = crate::helplines::hours::open_state_of(&h.hours, zone, now);
    Ok(LineView {
        id: h.id.clone(),
        name: h.name_in(w.lang().as_str()).to_owned(),
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
pub(super) fn open_text(
    w: &Text<'_>,
    state: &OpenState,
    now: DateTime<Utc>,
    home: Tz,
) -> Result<String> {
    match state {
        OpenState::Always => w.get("helplines-open-always"),
        OpenState::Unknown => w.get("helplines-hours-unknown"),
        OpenState::OpenNow { closes_at } => w.with(
            "helplines-open-now",
            &[("time", time_of(w, &closes_at.with_timezone(&home))?)],
        ),
        OpenState::Closed { opens_at: None } => w.get("helplines-closed"),
        OpenState::Closed { opens_at: Some(at) } => {
            let at = at.with_timezone(&home);
            let today = now.with_timezone(&home).date_naive();
            let time = time_of(w, &at)?;
            if at.date_naive() == today {
                w.with("helplines-opens-today", &[("time", time)])
            } else if at.date_naive() == today + Duration::days(1) {
                w.with("helplines-opens-tomorrow", &[("time", time)])
            } else {
                w.with(
                    "helplines-opens-on",
                    &[("day", day(w, at.weekday(), false)?), ("time", time)],
                )
            }
        }
    }
}
