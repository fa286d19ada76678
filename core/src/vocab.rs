//! The words every module of core shares: who is reading ([`Audience`]), an answer to a
//! question ([`Answer`]) and a screen of the app ([`Target`]).
//!
//! This is the ground floor: it imports nothing else of core, so any module can use these
//! words without reaching up to the module that happens to use them most (a test reads every
//! module's `use` lines and fails when a module imports one above it). Each word's string
//! form, in JSON and in Fluent ids, comes from its derive: serde for the wire, strum for
//! [`Name::name`] and the lists ([`strum::IntoEnumIterator::iter`]), both kebab-case.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoStaticStr};

/// The kebab-case name of a word, as serde writes it and Fluent ids use it (`dont-know`):
/// derived with strum's `IntoStaticStr`, never written by hand.
pub trait Name: Into<&'static str> + Copy {
    /// The word's kebab-case name.
    fn name(self) -> &'static str {
        self.into()
    }
}

impl<T: Into<&'static str> + Copy> Name for T {}

/// Who is reading. French says "tu" to [`Audience::Young`] and "vous" to everyone else.
///
/// Narrower sets (the doors of Home, the triage's audiences) are checked conversions of this
/// one type, never types of their own: [`Audience::door`], [`Audience::asked`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Audience {
    /// A young person, addressed with "tu".
    Young,
    /// A parent or carer.
    Parent,
    /// School staff and helpline volunteers.
    Staff,
    /// Anyone (prevention, red flags, definitions).
    Everyone,
}

/// A word outside the set a caller accepts (`young` for a door): the caller turns it into
/// `invalid-input`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutsideSet {
    /// The word given.
    pub word: &'static str,
    /// The set it is not in, in words.
    pub set: &'static str,
}

impl std::fmt::Display for OutsideSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is not {}", self.word, self.set)
    }
}

impl std::error::Error for OutsideSet {}

impl Audience {
    /// This audience if it has a door on Home besides the young person's (who goes straight to
    /// help): a parent or staff.
    pub fn door(self) -> Result<Audience, OutsideSet> {
        match self {
            Audience::Parent | Audience::Staff => Ok(self),
            Audience::Young | Audience::Everyone => Err(OutsideSet {
                word: self.name(),
                set: "an audience with a door (parent, staff)",
            }),
        }
    }

    /// This audience if the triage can ask it its questions: anyone but "everyone", since the
    /// triage must know whom it speaks to.
    pub fn asked(self) -> Result<Audience, OutsideSet> {
        match self {
            Audience::Young | Audience::Parent | Audience::Staff => Ok(self),
            Audience::Everyone => Err(OutsideSet {
                word: self.name(),
                set: "an audience the triage speaks to (young, parent, staff)",
            }),
        }
    }

    /// Whom the triage asks from a guide for this audience: a guide for everyone asks as a
    /// parent.
    pub fn asked_from_guide(self) -> Audience {
        match self {
            Audience::Everyone => Audience::Parent,
            other => other,
        }
    }
}

/// An answer to one question (the triage's, the safety check's).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Answer {
    /// Yes (for every triage question but "an adult was told", the worrying answer).
    Yes,
    /// No.
    No,
    /// "I don't know": treated as yes, to be safe.
    DontKnow,
}

/// A screen of the app, with what it needs. Core hands targets to the UI inside its views, so
/// the UI holds no guide id and no rule of its own: it renders the target it is given and
/// sends it back. JSON: `{"screen": "guide", "id": "removal", "step": null}`,
/// `{"screen": "home"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "screen", rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Target {
    /// The first screen.
    Home,
    /// A parent's or a staff member's door: their guides and their triage.
    Door {
        /// Whose door: an audience that has one ([`Audience::door`]).
        audience: Audience,
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
        /// Who is asked ([`Audience::asked`]).
        audience: Audience,
        /// An answer already given to the first question (the safety check's), carried over.
        first: Option<Answer>,
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

impl Target {
    /// A guide, from its first step.
    pub fn guide(id: &str) -> Target {
        Target::Guide {
            id: id.to_owned(),
            step: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn names_are_the_serde_names() {
        for a in Audience::iter() {
            assert_eq!(
                serde_json::to_value(a).unwrap(),
                serde_json::json!(a.name()),
                "{a:?}: one name on the wire and in Fluent ids"
            );
        }
        for a in Answer::iter() {
            assert_eq!(
                serde_json::to_value(a).unwrap(),
                serde_json::json!(a.name()),
                "{a:?}: one name on the wire and in Fluent ids"
            );
        }
    }

    #[test]
    fn the_narrower_audiences_are_checked() {
        let doors: Vec<Audience> = Audience::iter().filter(|a| a.door().is_ok()).collect();
        assert_eq!(doors, [Audience::Parent, Audience::Staff], "two doors");
        let asked: Vec<Audience> = Audience::iter().filter(|a| a.asked().is_ok()).collect();
        assert_eq!(
            asked,
            [Audience::Young, Audience::Parent, Audience::Staff],
            "the triage never speaks to everyone"
        );
        assert_eq!(
            Audience::Everyone.asked_from_guide(),
            Audience::Parent,
            "a guide for everyone asks as a parent"
        );
    }
}
