//! A button that opens a screen ([`LinkView`]), and where and when the person is ([`Here`]).
//!
//! Where a button leads is a [`Target`], a word of [`crate::vocab`].
//!
//! [`Here`] is what call buttons are resolved against: the language, the country in force (or
//! none yet), the languages the person reads and the instant. Every view with a call button
//! takes one, so every button can say what it dials before it is tapped.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::Result;
use crate::helplines::{self, Caller, RouteView};
use crate::i18n::Lang;
use crate::vocab::{Audience, Need, Target};

/// A button that opens a screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LinkView {
    /// A stable name for it (`parent`, `record`, a guide's id): what tests and anchors use.
    pub id: String,
    /// What it says.
    pub label: String,
    /// A line under it, if any.
    pub hint: Option<String>,
    /// Where it leads.
    pub target: Target,
}

/// Where and when the person is: what call buttons are resolved against.
#[derive(Debug, Clone)]
pub struct Here {
    /// The language in force.
    pub lang: Lang,
    /// The country in force, once known.
    pub country: Option<&'static str>,
    /// The languages the person reads (the app's, then the system's).
    pub languages: Vec<String>,
    /// Now.
    pub now: DateTime<Utc>,
}

impl Here {
    /// The button for `need`, asked by `audience`; `None` while no country is known (the
    /// screens then ask for the country instead of guessing a number).
    pub fn route(&self, need: Need, audience: Audience) -> Result<Option<RouteView>> {
        let Some(country) = self.country else {
            return Ok(None);
        };
        let languages: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        let caller = Caller {
            audience,
            languages: &languages,
        };
        helplines::route_view(&self.lang, country, need, &caller, self.now).map(Some)
    }
}
