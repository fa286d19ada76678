//! Refuge's core: everything the app knows and decides, with no knowledge of Tauri.
//!
//! - [`i18n`]: Fluent strings, embedded, negotiated from the system locale.
//! - [`content`]: the guides, their steps and sources.
//! - [`home`]: Home, the doors, the safety check and the Sources screen, buttons resolved.
//! - [`helplines`]: each country's lines, opening hours, the "call for help" choice, `tel:` URIs.
//! - [`triage`]: the red-flag rules that turn answers into one level of urgency.
//! - [`first_minute`]: the first minute's screens off the guides: "Help me tell someone", the
//!   adult's first minute, and ninety seconds of breathing for the wait.
//! - [`search`]: accent-insensitive full-text search over the guides and those screens.
//! - [`fold`]: the one accent and case fold (search's corrections, the country picker).
//! - [`links`]: the allow-list of web pages the app may open.
//! - [`ten_minute`]: the ten-minute rule checker.
//! - [`vocab`]: the words every module shares (audience, need, purpose, channel, answer, where a
//!   button leads); it imports nothing else of core.
//! - [`os`]: what differs on a phone (the `sms:` form, what Quick exit does), by operating system.
//! - [`nav`]: a button to a screen, and what call buttons resolve against ([`nav::Here`]).
//! - [`session`]: the running app's language, country and settings.
//! - [`storage`]: the settings database (SQLite), and the rules every database is opened by.
//! - [`clipboard`]: what Refuge copies is taken back (after two minutes, on lock, erase, exit).
//! - [`journal`]: "My record", the private encrypted record of what happened, and its report.
//! - [`platforms`]: offline guides to report, block and lock down on each app where it happens.
//! - [`payments`]: "I already paid": the first-hour steps for each way of paying.
//! - [`reporting`]: the screens of both: "Where is it happening?", a guide, the cards by country.

pub mod clipboard;
pub mod content;
pub mod error;
pub mod first_minute;
pub mod fold;
pub mod helplines;
pub mod home;
pub mod i18n;
pub mod journal;
pub mod links;
pub mod locale;
pub mod nav;
pub mod os;
pub mod payments;
pub mod platforms;
pub mod reporting;
pub mod search;
pub mod session;
pub mod storage;
pub mod ten_minute;
pub mod triage;
pub mod vocab;

#[cfg(test)]
mod no_orphan_text;

pub use error::{Error, ErrorPayload, Result};
