//! Helplines: each country's lines as data, the rule that picks the right one now, and the
//! `tel:` / `sms:` URIs that call them.
//!
//! The lines live in `locales/countries/XX.toml` (one file per country, `ZZ.toml` for "any
//! other country"), each with its number, hours, purposes, source and verification date.
//! [`data`] says what a file must satisfy to load; the data tests hold every file to it.
//! Every word shown to the user comes from `helplines.ftl` (see [`view`]).
//!
//! What this module guarantees (tested):
//! - **Numbers come only from the data.** [`dial_uri`] builds a URI from a helpline id and a
//!   channel; any other input (a number, `"tel:123"`, `"../../"`, a megabyte, an emoji) is an
//!   `unknown-helpline` error, never a URI. Short codes dial as written (`tel:116000`), other
//!   numbers in E.164 computed by the `phonenumber` crate (`tel:+448001111`).
//! - **Unconfirmed numbers are shown, never dialled.** Policy: a number the research could
//!   not confirm from a named public source stays in the data with `status = "unconfirmed"`.
//!   The Helplines screen lists it with a caveat and `callable: false`; [`dial_uri`] refuses it
//!   with `no-such-channel`; no choice ([`call_for_help`], [`best_for_purpose`]) ever picks it.
//!   Lines whose hours are unknown are callable but never counted as open.
//! - **"Open now" is decided in the country's own zone** (chrono-tz), on the wall clock, so it
//!   holds across clock changes and for hours ending at midnight ([`hours`]).
//! - **A known country always has an answer.** [`call_for_help`] and [`best_for_purpose`] fall
//!   back to the country's emergency number, which every file must name (24/7, confirmed).
//! - Hostile input never panics: country codes and ids are checked by length and shape before
//!   any lookup, and errors echo at most 32 characters of them.

pub mod contact;
pub mod data;
pub mod hours;
pub mod view;

#[cfg(test)]
mod tests;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::purpose::{Channel, Purpose};

pub use contact::{contact_purpose_view, contact_view, ContactView};
pub use data::{Audience, Country, Fact, Helpline, Sms, Status};
pub use hours::{Hours, OpenState, Range};
pub use view::{
    call_for_help_view, countries_view, directory, CallForHelpView, CountryEntry, DirectoryView,
    GroupView, LineView,
};

use data::Directory;

/// Longest helpline id accepted before lookup (real ids are under 32 bytes).
const MAX_ID_LEN: usize = 64;

/// The line chosen to call, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The chosen helpline's id.
    pub helpline_id: String,
    /// Why it was chosen.
    pub reason: ChoiceReason,
}

/// Why a line was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChoiceReason {
    /// The line for this need is open 24/7.
    OpenAllDay,
    /// The line for this need is open now (it has opening hours).
    OpenNow,
    /// The line for this need is closed (or its hours are unknown): calling another, open one.
    DesignatedClosed,
    /// No helpline is known to be open: the emergency number.
    EmergencyFallback,
}

fn directory_data() -> Result<&'static Directory> {
    Directory::get().map_err(|e| Error::Content(e.to_owned()))
}

fn clip(s: &str) -> String {
    s.chars().take(32).collect()
}

/// Every country code with a file, sorted; includes `"ZZ"` (any other country).
pub fn country_codes() -> Vec<&'static str> {
    Directory::get()
        .map(|d| d.countries.iter().map(|c| c.code.as_str()).collect())
        .unwrap_or_default()
}

/// The country with this ISO 3166-1 alpha-2 code (any case), or `unknown-country`.
pub fn country(code: &str) -> Result<&'static Country> {
    let unknown = || Error::UnknownCountry(clip(code));
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(unknown());
    }
    directory_data()?
        .country(&code.to_ascii_uppercase())
        .ok_or_else(unknown)
}

/// The country to preselect for a system locale's region (`Some("BE")` → `Some("BE")`), or
/// `None` when there is no file for it (then the user picks once).
pub fn country_for_region(region: Option<&str>) -> Option<&'static str> {
    let region = region?;
    if region.eq_ignore_ascii_case("ZZ") {
        return None;
    }
    country(region).ok().map(|c| c.code.as_str())
}

/// The helpline with this id, and its country, or `unknown-helpline`.
pub fn helpline(id: &str) -> Result<(&'static Country, &'static Helpline)> {
    if id.is_empty() || id.len() > MAX_ID_LEN {
        return Err(Error::UnknownHelpline(clip(id)));
    }
    directory_data()?
        .helpline(id)
        .ok_or_else(|| Error::UnknownHelpline(clip(id)))
}

/// Whether `h` is open at `now`, reading its hours in zone `tz` (the country's zone).
pub fn open_state(h: &Helpline, tz: chrono_tz::Tz, now: DateTime<Utc>) -> OpenState {
    hours::open_state_of(&h.hours, tz, now)
}

fn open_reason(c: &Country, h: &Helpline, now: DateTime<Utc>) -> Option<ChoiceReason> {
    match open_state(h, c.time_zone, now) {
        OpenState::Always => Some(ChoiceReason::OpenAllDay),
        OpenState::OpenNow { .. } => Some(ChoiceReason::OpenNow),
        OpenState::Closed { .. } | OpenState::Unknown => None,
    }
}

/// The first callable line for young people (child protection or crisis) open now: lines for
/// young people first, then lines for everyone, each in file order.
fn open_line_for_young(c: &Country, now: DateTime<Utc>) -> Option<&Helpline> {
    let fits = |h: &&Helpline, audience: Audience| {
        h.callable()
            && !h.serves(Purpose::Emergency)
            && (h.serves(Purpose::ChildProtection) || h.serves(Purpose::Crisis))
            && h.is_for(audience)
            && open_reason(c, h, now).is_some()
    };
    c.helplines
        .iter()
        .find(|h| fits(h, Audience::Young))
        .or_else(|| c.helplines.iter().find(|h| fits(h, Audience::Everyone)))
}

fn emergency_choice(c: &Country) -> Choice {
    Choice {
        helpline_id: c.emergency_line().id.clone(),
        reason: ChoiceReason::EmergencyFallback,
    }
}

/// The line to call for `purpose` in `country` at `now`: an open, callable line for that
/// purpose (the designated sextortion line first); else the first open line for young people;
/// else the emergency number. Never fails for a known country.
///
/// The reason is `DesignatedClosed` when lines for the purpose exist but none is open; when
/// the country has no line for the purpose at all, the fallback's reason is its own open state.
pub fn best_for_purpose(
    country_code: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Choice> {
    let c = country(country_code)?;
    let mut lines: Vec<&Helpline> = c
        .helplines
        .iter()
        .filter(|h| h.callable() && h.serves(purpose))
        .collect();
    // Stable: designated line first, the rest in file order.
    lines.sort_by_key(|h| !h.designated_sextortion);
    for h in &lines {
        if let Some(reason) = open_reason(c, h, now) {
            return Ok(Choice {
                helpline_id: h.id.clone(),
                reason,
            });
        }
    }
    if let Some(h) = open_line_for_young(c, now) {
        let reason = if lines.is_empty() {
            open_reason(c, h, now).unwrap_or(ChoiceReason::OpenNow)
        } else {
            ChoiceReason::DesignatedClosed
        };
        return Ok(Choice {
            helpline_id: h.id.clone(),
            reason,
        });
    }
    Ok(emergency_choice(c))
}

/// The line behind the big "Call for help" button: the country's designated sextortion line
/// if it is open now; otherwise the first open line for young people (child protection or
/// crisis); otherwise the emergency number. Never fails for a known country.
pub fn call_for_help(country_code: &str, now: DateTime<Utc>) -> Result<Choice> {
    let c = country(country_code)?;
    let designated = c.designated().filter(|d| d.callable());
    if let Some(d) = designated {
        if let Some(reason) = open_reason(c, d, now) {
            return Ok(Choice {
                helpline_id: d.id.clone(),
                reason,
            });
        }
    }
    if let Some(h) = open_line_for_young(c, now) {
        let reason = match c.designated() {
            Some(_) => ChoiceReason::DesignatedClosed,
            None => open_reason(c, h, now).unwrap_or(ChoiceReason::OpenNow),
        };
        return Ok(Choice {
            helpline_id: h.id.clone(),
            reason,
        });
    }
    Ok(emergency_choice(c))
}

/// The URI that calls (`tel:`) or texts (`sms:`) a helpline, built only from its data.
///
/// Errors: `unknown-helpline` for any id no file defines; `no-such-channel` for a line that
/// has no such channel, or that is unconfirmed (not callable at all).
pub fn dial_uri(helpline_id: &str, channel: Channel) -> Result<String> {
    let (_, h) = helpline(helpline_id)?;
    let refuse = || Error::NoSuchChannel {
        id: h.id.clone(),
        channel: channel.as_str(),
    };
    if !h.callable() {
        return Err(refuse());
    }
    match channel {
        Channel::Call => Ok(format!("tel:{}", h.call_target)),
        Channel::Text => {
            let sms = h.sms.as_ref().ok_or_else(refuse)?;
            Ok(match &sms.keyword {
                Some(k) => format!("sms:{}?body={}", sms.target, percent_encode(k)),
                None => format!("sms:{}", sms.target),
            })
        }
    }
}

/// RFC 3986: everything but unreserved characters is percent-encoded.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
