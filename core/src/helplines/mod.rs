//! Helplines: each country's lines as data, the rule that picks who to call now, and the
//! `tel:` / `sms:` / `https:` URIs that reach them.
//!
//! The lines live in `locales/countries/XX.toml` (one file per country or territory, `ZZ.toml`
//! for "any other country"), each with its numbers, hours, purposes and sources.
//! [`data`] says what a file must satisfy to load; the data tests hold every file to it.
//! [`route`] is the one rule that decides who to call now. Every word shown to the user comes
//! from `helplines.ftl` (see [`view`]).
//!
//! What this module guarantees (tested):
//! - **Numbers come only from the data.** [`contact_uri`] builds a URI from a helpline id and a
//!   channel; any other input (a number, `"tel:123"`, `"../../"`, a megabyte, an emoji) is an
//!   `unknown-helpline` error, never a URI. Short codes dial as written (`tel:116000`), other
//!   numbers in E.164 (`tel:+448001111`); a line with no voice number (France's 114) has no
//!   `tel:` URI at all.
//! - **Unconfirmed lines are shown with their caveat and never chosen automatically.** A line
//!   with one source can still be called from its own button, next to its caveat; no route
//!   ever picks it.
//! - **"Open now" is decided in the line's own zone** (chrono-tz), on the wall clock, so it
//!   holds across clock changes and for hours ending at midnight ([`hours`]).
//! - **A known country always has an answer.** [`route::route`] falls back to an emergency
//!   service, which every file must name (24/7), and says which: the police for a child at risk
//!   (or that no police number is confirmed), the emergency line for a crisis.
//! - **Emergency lines are named by service** (`general`, `police`, `gendarmerie`, `medical`,
//!   `fire`), and the open data ([`export`]) follows `locales/countries/helplines.schema.json`.
//! - Hostile input never panics: country codes and ids are checked by length and shape before
//!   any lookup, and errors echo at most 32 characters of them.

pub mod contact;
pub mod data;
pub mod export;
pub mod hours;
pub mod route;
pub mod table;
pub mod uri;
pub mod view;

#[cfg(test)]
mod tests;

use crate::error::{Error, Result};
use crate::vocab::{Channel, Name};

pub use contact::{contact_view, ContactView};
pub use data::{Country, Fact, Helpline, Service, Sms, Source, Status, Web, WebKind};
pub use hours::{Hours, OpenState, Range};
pub use route::{route, Also, Caller, Route};
pub use uri::sms_uri;

use crate::os::Os;
pub use view::{
    countries_view, country_results, directory, route_view, CountryEntry, CountryResults,
    DirectoryView, GroupView, LineView, RouteView, SecondLine,
};

use data::Directory;

/// Longest helpline id accepted before lookup (real ids are under 48 bytes).
const MAX_ID_LEN: usize = 64;

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

/// The URI that calls (`tel:`), texts (`sms:`) or opens (`https:`) a helpline, built only from
/// its data.
///
/// Errors: `unknown-helpline` for any id no file defines; `no-such-channel` for a channel the
/// line does not have (calling France's 114, which takes texts only, is one).
pub fn contact_uri(helpline_id: &str, channel: Channel) -> Result<String> {
    let (_, h) = helpline(helpline_id)?;
    let refuse = || Error::NoSuchChannel {
        id: h.id.clone(),
        channel: channel.name(),
    };
    match channel {
        Channel::Call => Ok(format!(
            "tel:{}",
            h.call_target.as_ref().ok_or_else(refuse)?
        )),
        Channel::Text => {
            let sms = h.sms.as_ref().ok_or_else(refuse)?;
            Ok(sms_uri(
                Os::CURRENT,
                Some(&sms.target),
                sms.keyword.as_deref(),
            ))
        }
        Channel::Web => Ok(h.web.as_ref().ok_or_else(refuse)?.url.clone()),
    }
}
