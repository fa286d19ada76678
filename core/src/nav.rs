//! Where a button leads, and where and when the person is.
//!
//! [`Target`] is every screen the UI can show, with what it needs to show it (a guide id, an
//! audience). Core hands targets to the UI inside its views, so the UI holds no guide id and no
//! rule of its own: it renders the target it is given and sends it back.
//!
//! [`Here`] is what call buttons are resolved against: the language, the country in force (or
//! none yet), the languages the person reads and the instant. Every view with a call button
//! takes one, so every button can say what it dials before it is tapped.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::content::Audience;
use crate::error::Result;
use crate::helplines::{self, Caller, Need, RouteView};
use crate::i18n::Lang;

/// The audiences with a door on Home besides the young person's (who goes straight to help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum DoorAudience {
    /// A parent or carer.
    Parent,
    /// School staff and helpline volunteers.
    Staff,
}

impl From<DoorAudience> for Audience {
    fn from(d: DoorAudience) -> Audience {
        match d {
            DoorAudience::Parent => Audience::Parent,
            DoorAudience::Staff => Audience::Staff,
        }
    }
}

/// The audiences the triage speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum TriageAudience {
    /// A young person, addressed with "tu".
    Young,
    /// A parent or carer.
    Parent,
    /// School staff and helpline volunteers.
    Staff,
}

impl From<TriageAudience> for Audience {
    fn from(t: TriageAudience) -> Audience {
        match t {
            TriageAudience::Young => Audience::Young,
            TriageAudience::Parent => Audience::Parent,
            TriageAudience::Staff => Audience::Staff,
        }
    }
}

impl TriageAudience {
    /// The triage audience for a guide's audience (a guide for everyone asks as a parent).
    pub fn of(audience: Audience) -> TriageAudience {
        match audience {
            Audience::Young => TriageAudience::Young,
            Audience::Staff => TriageAudience::Staff,
            Audience::Parent | Audience::Everyone => TriageAudience::Parent,
        }
    }
}

/// A screen of the app, with what it needs. JSON: `{"screen": "guide", "id": "removal",
/// "step": null}`, `{"screen": "home"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "screen", rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Target {
    /// The first screen.
    Home,
    /// A parent's or a staff member's door: their guides and their triage.
    Door {
        /// Whose door.
        audience: DoorAudience,
    },
    /// A guide, optionally scrolled to one of its steps.
    Guide {
        /// The guide's id (from `guides.toml`).
        id: String,
        /// A step's id, to scroll to.
        step: Option<String>,
    },
    /// "What to do now": the questions and the level of urgency.
    Triage {
        /// Who is asked.
        audience: TriageAudience,
        /// An answer already given to the first question (the safety check's), carried over.
        first: Option<crate::triage::Answer>,
    },
    /// The ten-minute rule checker.
    TenMinuteCheck,
    /// Every helpline of the country (or of another).
    Helplines,
    /// Every source.
    Sources,
    /// Search results for a query.
    Search {
        /// What was typed.
        query: String,
    },
    /// My record, the private journal.
    Record,
    /// Settings: language, country, discreet mode, erase.
    Settings,
}

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
