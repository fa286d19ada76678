//! The words every module of core shares: who is reading ([`Audience`]), what a call button is
//! for ([`Need`]) and what a helpline is for ([`Purpose`]), how a line is reached
//! ([`Channel`]), an answer to a question ([`Answer`]) and a screen of the app ([`Target`]).
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
        self.within(
            &[Audience::Parent, Audience::Staff],
            "an audience with a door (parent, staff)",
        )
    }

    /// This audience if the triage can ask it its questions: anyone but "everyone", since the
    /// triage must know whom it speaks to.
    pub fn asked(self) -> Result<Audience, OutsideSet> {
        self.within(
            &[Audience::Young, Audience::Parent, Audience::Staff],
            "an audience the triage speaks to (young, parent, staff)",
        )
    }

    /// This audience if it can keep a record (who writes in My record): a young person, a
    /// parent or staff. French says "tu" to the first and "vous" to the others.
    pub fn keeps_record(self) -> Result<Audience, OutsideSet> {
        self.within(
            &[Audience::Young, Audience::Parent, Audience::Staff],
            "someone who keeps a record (young, parent, staff)",
        )
    }

    /// This audience if it is one of `set`, which `named` says in words.
    fn within(self, set: &[Audience], named: &'static str) -> Result<Audience, OutsideSet> {
        if set.contains(&self) {
            Ok(self)
        } else {
            Err(OutsideSet {
                word: self.name(),
                set: named,
            })
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

/// A word that names none of its type's values (`"phone-a-friend"` as a need): the caller
/// turns it into `invalid-input`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord {
    /// What kind of word was expected.
    pub kind: &'static str,
    /// What was given, cut to 32 characters.
    pub given: String,
}

impl std::fmt::Display for UnknownWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown {} {:?}", self.kind, self.given)
    }
}

impl std::error::Error for UnknownWord {}

/// The value of `T` named `s` (its kebab-case name), or [`UnknownWord`].
fn parse_word<T: strum::IntoEnumIterator + Name>(
    kind: &'static str,
    s: &str,
) -> Result<T, UnknownWord> {
    T::iter()
        .find(|w| w.name() == s)
        .ok_or_else(|| UnknownWord {
            kind,
            given: s.chars().take(32).collect(),
        })
}

impl std::str::FromStr for Audience {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_word("audience", s)
    }
}

/// What a helpline is for. Guides and the triage name a [`Need`], never a number; each
/// country's data decides which line serves it.
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
pub enum Purpose {
    /// The country's designated line for sextortion and sexual exploitation of children.
    Sextortion,
    /// Child protection: a child helpline or child-protection service.
    ChildProtection,
    /// Suicide and emotional crisis.
    Crisis,
    /// Reporting illegal content and getting it removed.
    Reporting,
    /// Lines for parents and carers.
    Parents,
    /// An emergency service (its services are named in the data: police, medical, fire…).
    Emergency,
    /// Help for people facing sexual or gender-based violence. No button asks for it: such a
    /// line is listed, never dialled in place of a child line (DR Congo's 122 is for women and
    /// girls, and most sextortion victims are boys).
    Violence,
}

impl std::str::FromStr for Purpose {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        parse_word("purpose", s)
    }
}

/// What a call button is for: a [`Purpose`], or "Call for help", whichever line fits.
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
pub enum Need {
    /// "Call for help": the right line for someone being blackmailed, whatever it is called.
    Help,
    /// A line for sextortion and the online sexual exploitation of children.
    Sextortion,
    /// A child helpline or child-protection service.
    ChildProtection,
    /// A suicide and emotional crisis line.
    Crisis,
    /// A line to report illegal content or a crime online.
    Reporting,
    /// A line for parents and carers.
    Parents,
    /// The emergency number.
    Emergency,
}

impl Need {
    /// Whether a fallback for this need must reach the police: someone is being blackmailed,
    /// or a child is at risk. (A crisis falls back to the emergency line; the emergency
    /// button is the emergency line.)
    pub fn wants_police(self) -> bool {
        !matches!(self, Need::Crisis | Need::Emergency)
    }

    /// The purpose a line must serve to meet this need (none for [`Need::Help`]).
    pub fn purpose(self) -> Option<Purpose> {
        Some(match self {
            Need::Help => return None,
            Need::Sextortion => Purpose::Sextortion,
            Need::ChildProtection => Purpose::ChildProtection,
            Need::Crisis => Purpose::Crisis,
            Need::Reporting => Purpose::Reporting,
            Need::Parents => Purpose::Parents,
            Need::Emergency => Purpose::Emergency,
        })
    }
}

impl std::str::FromStr for Need {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        parse_word("need", s)
    }
}

/// How to reach a helpline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// `Channel` is a name the generated TypeScript keeps for Tauri's own channels (the container
// name changes nothing on the wire: the variants stay "call", "text", "web").
#[serde(rename = "ContactChannel")]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Channel {
    /// A phone call (`tel:`).
    Call,
    /// A text message (`sms:`).
    Text,
    /// A web page: a chat or a report form (`https:`), which needs a network.
    Web,
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
    /// "Help me tell someone": the young person picks an opening line.
    TellSomeone,
    /// One opening line, alone and large, to hand the phone to an adult.
    TellLine {
        /// Which of the fixed lines.
        line: OpeningLine,
    },
    /// "For the adult who has just been told": the first minute, on one screen.
    Told,
    /// Ninety seconds of slow breathing, then grounding.
    Calm,
    /// "Where is it happening?": the platforms with a guide, and "Another app", which leads back
    /// to the generic step it was opened from.
    Platforms {
        /// The guide it was opened from.
        guide: String,
        /// The step of that guide ("Another app" scrolls back to it).
        step: String,
    },
    /// One platform's guide: report, say under 18, keep proof then block, lock down, removal.
    Platform {
        /// The platform's id (`locales/platforms/<id>.toml`).
        id: String,
    },
    /// "I already paid": one card per way of paying, those common in the country first, and
    /// "Another way of paying", which leads back to the generic step it was opened from.
    Payments {
        /// The guide it was opened from.
        guide: String,
        /// The step of that guide.
        step: String,
    },
    /// One way of paying's card.
    Payment {
        /// The card's id (`locales/payments/<id>.toml`).
        id: String,
    },
}

/// One of the fixed opening lines a young person can pick to tell an adult ("Help me tell
/// someone"). The person types nothing: a screen or a command names the line, never its text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum OpeningLine {
    /// "Something happened online and I'm scared…"
    Scared,
    /// "Someone online is threatening me with pictures of me…"
    Threat,
    /// "I need to tell you something hard…"
    Talk,
    /// "They gave me a deadline…"
    Deadline,
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
    fn purposes_round_trip_through_their_ids() {
        for p in Purpose::iter() {
            assert_eq!(p.name().parse::<Purpose>(), Ok(p), "{p:?}");
            assert_eq!(
                serde_json::to_value(p).unwrap(),
                serde_json::json!(p.name()),
                "serde uses the same name"
            );
        }
        for n in Need::iter() {
            assert_eq!(n.name().parse::<Need>(), Ok(n), "{n:?}");
        }
        let err = "phone-a-friend".parse::<Purpose>().unwrap_err();
        assert_eq!(err.to_string(), "unknown purpose \"phone-a-friend\"");
        assert_eq!(crate::Error::from(err).code(), "invalid-input");
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
        let keepers: Vec<Audience> = Audience::iter()
            .filter(|a| a.keeps_record().is_ok())
            .collect();
        assert_eq!(
            keepers,
            [Audience::Young, Audience::Parent, Audience::Staff],
            "a record is kept by someone, not by everyone"
        );
        assert_eq!(
            crate::Error::from(Audience::Everyone.keeps_record().unwrap_err()).code(),
            "invalid-input"
        );
        for a in Audience::iter() {
            assert_eq!(a.name().parse::<Audience>(), Ok(a), "{a:?}");
        }
        assert!(
            "adult".parse::<Audience>().is_err(),
            "not a word of the vocabulary"
        );
        assert_eq!(
            Audience::Everyone.asked_from_guide(),
            Audience::Parent,
            "a guide for everyone asks as a parent"
        );
    }
}
