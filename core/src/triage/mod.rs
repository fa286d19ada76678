//! "What to do now": a few questions turned into exactly one level of urgency, the reasons for
//! it in plain words, and the actions to take in order.
//!
//! The rules follow the four red flags of the GSMA helpline guide (seed `000_…`), which call for
//! the standard referral (police, child protection):
//!
//! | level | when |
//! |---|---|
//! | [`Urgency::Emergency`] | self-harm or suicide risk: [`Question::SelfHarm`] counts as yes |
//! | [`Urgency::Urgent`] | not an emergency, and a deadline, a known offender or ongoing contact counts as yes |
//! | [`Urgency::ActToday`] | none of the four red flags |
//!
//! A question **counts as yes** when it was answered yes, answered "don't know", or not answered
//! at all. The UI shows the steps and the call button before the questions are finished, so a
//! partial triage must err on the side of urgency: with no answer at all the level is
//! `Emergency`, because nobody has said the young person is safe. The same rule decides the
//! non-red-flag questions (images shared → the removal steps; adult told → "tell an adult").
//!
//! Every question is worded so that **yes is the answer that worries** (the young person's
//! "are you safe?" question asks "are you thinking about hurting yourself…", not "are you
//! safe", so that the rule never has to flip an answer). The one exception is
//! [`Question::AdultTold`], where yes means help is already around.
//!
//! Guarantees (tested exhaustively over every combination of answers, unanswered included):
//! [`assess`] is pure and total; every assessment has exactly one level, at least one reason and
//! at least one call; an emergency starts with the emergency and crisis calls; an urgent level
//! puts a helpline call and the standard referral before the immediate steps; every level
//! includes the immediate steps and a report to the police (the standard referral, or at "Act
//! today" [`StepId::ReportToPolice`]); no action appears twice. For staff, telling the
//! safeguarding lead comes before evidence, reporting and blocking at every level: first of all,
//! or right after the emergency calls (UKCIS: "report it to your DSL immediately"). Every string is rendered from Fluent
//! (`locales/*/triage.ftl`, ids `triage-…`), in every language, for every audience.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoStaticStr};

use crate::error::{Error, Result};
use crate::vocab::{Answer, Audience, Name, Need};

mod view;
pub use view::{
    assessment_view, questions_view, safety_view, AnswerLabel, AssessmentView, QuestionView,
    QuestionsView, ReasonView, SafetyAnswer, SafetyView, SummaryItem, SummaryView,
    TriageActionView,
};

#[cfg(test)]
mod tests;

/// One question of the triage, in the order it is asked.
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
pub enum Question {
    /// Thinking about hurting themselves, talking about suicide, or deeply shaken. Red flag.
    SelfHarm,
    /// A deadline was set, or has passed. Red flag.
    Deadline,
    /// The person is known in real life (family, friend, acquaintance). Red flag.
    KnownOffender,
    /// Still in contact, or could be reached again: the risk is ongoing. Red flag.
    Contact,
    /// Images were already shared or posted somewhere.
    ImagesShared,
    /// A trusted adult (or, for adults, another adult who can help) has been told.
    AdultTold,
}

impl Question {
    /// The four red flags of the GSMA guide, in the order reasons are listed.
    pub const RED_FLAGS: [Question; 4] = [
        Question::SelfHarm,
        Question::Deadline,
        Question::KnownOffender,
        Question::Contact,
    ];

    /// Whether a yes to this question raises the level above [`Urgency::ActToday`].
    pub fn is_red_flag(self) -> bool {
        Question::RED_FLAGS.contains(&self)
    }
}

/// The answers given so far. A missing question is unanswered.
///
/// JSON shape: a map from question id to answer id, e.g.
/// `{"self-harm": "no", "deadline": "dont-know"}`; `null` is the same as leaving a question out.
/// Unknown questions, unknown answers, duplicate keys and anything but a map are rejected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    self_harm: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    deadline: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    known_offender: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contact: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    images_shared: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    adult_told: Option<Answer>,
}

/// The longest answers JSON accepted: every question answered "dont-know" is under 200 bytes.
pub const MAX_ANSWERS_JSON: usize = 4096;

impl Answers {
    /// The answer to `question`, or `None` if it was not answered.
    pub fn get(&self, question: Question) -> Option<Answer> {
        *self.slot(question)
    }

    /// Record (or, with `None`, withdraw) the answer to `question`.
    pub fn set(&mut self, question: Question, answer: Option<Answer>) {
        *self.slot_mut(question) = answer;
    }

    /// These answers with `question` answered `answer`.
    #[must_use]
    pub fn with(mut self, question: Question, answer: Answer) -> Self {
        self.set(question, Some(answer));
        self
    }

    /// Whether `question` counts as yes: answered yes, "don't know", or not answered.
    pub fn counts_as_yes(&self, question: Question) -> bool {
        self.get(question) != Some(Answer::No)
    }

    /// Parse answers sent by the UI as JSON text. Oversized text is `input-too-long`; anything
    /// that is not a map of known questions to known answers is `invalid-input`.
    pub fn from_json(json: &str) -> Result<Self> {
        crate::error::check_len(json, MAX_ANSWERS_JSON)?;
        serde_json::from_str(json).map_err(invalid)
    }

    /// Parse answers the shell received as a JSON value: `invalid-input` unless it is a map of
    /// known questions to known answers.
    pub fn from_value(value: &serde_json::Value) -> Result<Self> {
        Answers::deserialize(value).map_err(invalid)
    }

    fn slot(&self, question: Question) -> &Option<Answer> {
        match question {
            Question::SelfHarm => &self.self_harm,
            Question::Deadline => &self.deadline,
            Question::KnownOffender => &self.known_offender,
            Question::Contact => &self.contact,
            Question::ImagesShared => &self.images_shared,
            Question::AdultTold => &self.adult_told,
        }
    }

    fn slot_mut(&mut self, question: Question) -> &mut Option<Answer> {
        match question {
            Question::SelfHarm => &mut self.self_harm,
            Question::Deadline => &mut self.deadline,
            Question::KnownOffender => &mut self.known_offender,
            Question::Contact => &mut self.contact,
            Question::ImagesShared => &mut self.images_shared,
            Question::AdultTold => &mut self.adult_told,
        }
    }
}

impl<'de> Deserialize<'de> for Answers {
    // Hand-written because the derived one also accepts a JSON array (fields by position).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct MapOnly;
        impl<'de> serde::de::Visitor<'de> for MapOnly {
            type Value = Answers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from question id to answer id")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> std::result::Result<Answers, M::Error> {
                let mut answers = Answers::default();
                let mut seen = Vec::new();
                while let Some(question) = map.next_key::<Question>()? {
                    if seen.contains(&question) {
                        return Err(serde::de::Error::custom(format_args!(
                            "{} answered twice",
                            question.name()
                        )));
                    }
                    seen.push(question);
                    answers.set(question, map.next_value()?);
                }
                Ok(answers)
            }
        }
        d.deserialize_map(MapOnly)
    }
}

/// serde's message can quote a hostile key or value in full: keep the log line short.
fn invalid(e: serde_json::Error) -> Error {
    Error::InvalidInput(format!(
        "triage answers: {}",
        e.to_string().chars().take(160).collect::<String>()
    ))
}

/// How urgent it is. Exactly one per assessment.
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
pub enum Urgency {
    /// Risk of self-harm or suicide: call the emergency number or a crisis line now.
    Emergency,
    /// Another red flag: call a helpline now and follow the standard referral.
    Urgent,
    /// No red flag: take the steps today.
    ActToday,
}

/// Why a red flag counts: what was answered.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Because {
    /// Answered yes.
    Yes,
    /// Answered "don't know", counted as yes to be safe.
    DontKnow,
    /// Not answered yet, counted as yes until it is.
    Unanswered,
}

impl Because {
    fn of(answer: Option<Answer>) -> Option<Because> {
        match answer {
            Some(Answer::Yes) => Some(Because::Yes),
            Some(Answer::DontKnow) => Some(Because::DontKnow),
            None => Some(Because::Unanswered),
            Some(Answer::No) => None,
        }
    }
}

/// Why the level is what it is.
///
/// JSON: `{"kind": "red-flag", "question": "deadline", "because": "dont-know"}` or
/// `{"kind": "no-red-flag"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[serde(rename = "TriageReason")]
pub enum Reason {
    /// A red flag that fired.
    RedFlag {
        /// Which of the four red flags.
        question: Question,
        /// What was answered.
        because: Because,
    },
    /// None of the four red flags fired.
    NoRedFlag,
}

/// An in-app instruction, rendered from Fluent for the audience.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum StepId {
    /// Stop replying, negotiating or threatening back.
    StopReplying,
    /// Don't pay; if already paid, stop.
    DontPay,
    /// Don't send more images, whatever the deadline.
    DontSendMore,
    /// Screenshots of messages, profile, username, demands; never the image itself.
    KeepEvidence,
    /// Report the account on the platform, then block it.
    ReportThenBlock,
    /// Stay with the young person (for them: don't stay alone).
    StayWithThem,
    /// The standard referral: police and child protection, explained in plain words.
    StandardReferral,
    /// Tell a trusted adult (for parents: another adult who can help; for staff: the
    /// safeguarding lead, always, before anything else).
    TellTrustedAdult,
    /// Report it to the police or the national reporting service ("Act today": the levels
    /// above have the standard referral).
    ReportToPolice,
    /// Ask for shared images to be removed.
    RemoveImages,
}

impl StepId {
    /// The steps every level includes, in order: what the authorities agree on.
    pub const IMMEDIATE: [StepId; 5] = [
        StepId::StopReplying,
        StepId::DontPay,
        StepId::DontSendMore,
        StepId::KeepEvidence,
        StepId::ReportThenBlock,
    ];
}

/// One thing to do. Calls name a [`Need`]: the view resolves the country's line.
///
/// JSON: `{"kind": "call", "target": "crisis"}`, `{"kind": "guide", "target": "removal"}`,
/// `{"kind": "step", "target": "dont-pay"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", content = "target", rename_all = "kebab-case")]
pub enum TriageAction {
    /// Call the country's line for this need.
    Call(Need),
    /// Open a guide (an id of `guides.toml`).
    Guide(String),
    /// Follow an in-app instruction.
    Step(StepId),
}

/// The outcome: one level, why, and what to do in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The one level of urgency.
    pub urgency: Urgency,
    /// The red flags that fired (most serious first), or [`Reason::NoRedFlag`].
    pub reasons: Vec<Reason>,
    /// What to do, in order; calls come first except when no red flag fired.
    pub actions: Vec<TriageAction>,
}

/// Guide ids the triage links to.
pub const LINKED_GUIDES: [&str; 10] = [
    "young-threat",
    "young-tell-adult",
    "young-removal",
    "parent-talk",
    "parent-signs",
    "removal",
    "staff-young",
    "staff-school",
    "staff-parent",
    "red-flags",
];

/// Turn answers into one level, its reasons and the actions in order. Pure and total.
///
/// The level never depends on `audience`; the wording, the guides and, for staff, the place of
/// the safeguarding lead do. [`Audience::Everyone`], which the views reject, gets a parent's
/// actions with the `red-flags` guide only.
pub fn assess(audience: Audience, answers: &Answers) -> Assessment {
    let reasons: Vec<Reason> = Question::RED_FLAGS
        .into_iter()
        .filter_map(|question| {
            Because::of(answers.get(question)).map(|because| Reason::RedFlag { question, because })
        })
        .collect();
    let urgency = if answers.counts_as_yes(Question::SelfHarm) {
        Urgency::Emergency
    } else if !reasons.is_empty() {
        Urgency::Urgent
    } else {
        Urgency::ActToday
    };

    let mut actions = Vec::new();
    let call = TriageAction::Call;
    let step = TriageAction::Step;
    // AdultTold is the one question where yes is the reassuring answer: anything but a yes
    // means nobody has said a trusted adult knows.
    let adult_told = answers.get(Question::AdultTold) == Some(Answer::Yes);
    // Staff tell their safeguarding lead before they do anything else, told or not: the lead
    // decides who handles the device and the report (UKCIS; review H2). Only the emergency calls
    // and staying with the young person come before it.
    let lead_first = audience == Audience::Staff;
    let escalation = [
        call(Need::Help),
        call(Need::ChildProtection),
        step(StepId::StandardReferral),
    ];
    match urgency {
        Urgency::Emergency => {
            actions.extend([
                call(Need::Emergency),
                call(Need::Crisis),
                step(StepId::StayWithThem),
            ]);
            if lead_first {
                actions.push(step(StepId::TellTrustedAdult));
            }
            actions.extend(escalation);
        }
        Urgency::Urgent => {
            if lead_first {
                actions.push(step(StepId::TellTrustedAdult));
            }
            actions.extend(escalation);
        }
        Urgency::ActToday => {
            if lead_first {
                actions.push(step(StepId::TellTrustedAdult));
            }
        }
    }
    actions.extend(StepId::IMMEDIATE.map(step));
    // Every case is reported to the police (the NCA, the FBI, C3P; review M3): above "Act
    // today" the standard referral says so.
    if urgency == Urgency::ActToday {
        actions.push(step(StepId::ReportToPolice));
    }
    if answers.counts_as_yes(Question::ImagesShared) {
        actions.push(step(StepId::RemoveImages));
        // A young person gets the removal steps written for them, never the parents' guide
        // (review M1).
        actions.push(guide(match audience {
            Audience::Young => "young-removal",
            _ => "removal",
        }));
    }
    if !adult_told && !lead_first {
        actions.push(step(StepId::TellTrustedAdult));
    }
    if !adult_told {
        match audience {
            Audience::Young => actions.push(guide("young-tell-adult")),
            Audience::Staff => actions.push(guide("staff-parent")),
            Audience::Parent | Audience::Everyone => {}
        }
    }
    if urgency == Urgency::ActToday {
        actions.push(call(Need::Help));
    }
    actions.extend(audience_guides(audience, urgency).into_iter().map(guide));

    Assessment {
        urgency,
        reasons: if reasons.is_empty() {
            vec![Reason::NoRedFlag]
        } else {
            reasons
        },
        actions,
    }
}

fn guide(id: &str) -> TriageAction {
    TriageAction::Guide(id.to_owned())
}

/// The guides that close every assessment for an audience.
fn audience_guides(audience: Audience, urgency: Urgency) -> Vec<&'static str> {
    match (audience, urgency) {
        (Audience::Young, _) => vec!["young-threat"],
        (Audience::Parent, Urgency::ActToday) => vec!["parent-talk", "parent-signs"],
        (Audience::Parent, _) => vec!["parent-talk"],
        // School staff follow the school protocol; helpline volunteers the GSMA one.
        (Audience::Staff, Urgency::ActToday) => vec!["staff-school", "staff-young"],
        (Audience::Staff, _) => vec!["staff-school", "staff-young", "red-flags"],
        (Audience::Everyone, _) => vec!["red-flags"],
    }
}
