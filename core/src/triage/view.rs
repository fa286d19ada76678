//! The triage rendered in one language for one audience: every string from Fluent
//! (`locales/*/triage.ftl`), so the UI holds no sentence of its own.
//!
//! Fluent ids: wording that addresses someone ends in `-young`, `-parent` or `-staff` (French
//! says "tu" to young people, "vous" to adults, and adults are asked about "your child" or "the
//! young person"); answer labels, level names and guide labels do not.

use serde::Serialize;
use strum::IntoEnumIterator;

use super::{assess, Answers, Assessment, Question, Reason, StepId, TriageAction, Urgency};
use crate::error::Result;
use crate::helplines::RouteView;
use crate::i18n::{Lang, Text};
use crate::nav::{Here, LinkView};
use crate::vocab::{Answer, Audience, Name, Need, Target};

/// The questions screen.
///
/// JSON: `{"audience": "young", "title": "…", "intro": "…", "see_steps": "…",
/// "questions": [{"id": "self-harm", "text": "…", "help": "…"}, …],
/// "answers": [{"answer": "yes", "label": "Yes"}, …]}`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct QuestionsView {
    /// Who the questions speak to.
    pub audience: Audience,
    /// The screen's title.
    pub title: String,
    /// One or two sentences: why these questions, and that any can be skipped.
    pub intro: String,
    /// The button that shows the steps at any time, answered or not.
    pub see_steps: String,
    /// Where it leads: the audience's guide.
    pub steps_target: Target,
    /// "Call for help" for this audience, above the questions (none while no country is known).
    pub call: Option<RouteView>,
    /// Its title while no country is known.
    pub call_label: String,
    /// The questions, in order (self-harm first).
    pub questions: Vec<QuestionView>,
    /// The three answer buttons, in order.
    pub answers: Vec<AnswerLabel>,
}

/// One question.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct QuestionView {
    /// The question's id, the key of [`Answers`] JSON.
    pub id: Question,
    /// The question.
    pub text: String,
    /// A sentence under it: why it is asked, or what counts.
    pub help: String,
}

/// An answer button.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AnswerLabel {
    /// The answer's id, the value of [`Answers`] JSON.
    pub answer: Answer,
    /// What the button says.
    pub label: String,
}

/// The outcome screen.
///
/// JSON: `{"audience": "parent", "urgency": "urgent", "level": "Urgent", "headline": "…",
/// "explanation": "…", "reasons_title": "…", "reasons": [{"kind": "red-flag", "question":
/// "deadline", "because": "yes", "text": "…"}], "actions_title": "…", "actions": [{"kind":
/// "call", "target": "sextortion", "label": "…", "detail": null}, {"kind": "step", "target":
/// "dont-pay", "label": "…", "detail": "…"}], "summary": {"title": "…", "items": [{"question":
/// "self-harm", "question_text": "…", "answer": "no", "answer_text": "No"}, …]}}`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AssessmentView {
    /// Who it speaks to.
    pub audience: Audience,
    /// The level's id.
    pub urgency: Urgency,
    /// The level's short name ("Emergency").
    pub level: String,
    /// One sentence: what to do first.
    pub headline: String,
    /// A few sentences: what the level means.
    pub explanation: String,
    /// The level and the headline on one line, under the printed answers.
    pub level_line: String,
    /// Heading of the reasons.
    pub reasons_title: String,
    /// Why this level, most serious first.
    pub reasons: Vec<ReasonView>,
    /// Heading of the actions.
    pub actions_title: String,
    /// What to do, in order.
    pub actions: Vec<TriageActionView>,
    /// The questions and the answers given, to read back or print.
    pub summary: SummaryView,
}

/// A reason, in words.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReasonView {
    /// The reason's data.
    #[serde(flatten)]
    pub reason: Reason,
    /// The reason, in plain words.
    pub text: String,
}

/// An action: a call resolved to its line, a guide to open, or a step to take.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum TriageActionView {
    /// Call the line this need resolves to now.
    Call {
        /// What for.
        need: Need,
        /// The need's title, shown while no country is known.
        label: String,
        /// The line, its number and why, when a country is known.
        route: Option<RouteView>,
    },
    /// Open a guide.
    Open {
        /// The guide's title.
        label: String,
        /// Where it leads.
        target: Target,
    },
    /// Something to do now.
    Step {
        /// Which.
        step: StepId,
        /// What to do.
        label: String,
        /// How and why.
        detail: String,
    },
}

/// The answers, read back.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SummaryView {
    /// Heading.
    pub title: String,
    /// Every question, in order, answered or not.
    pub items: Vec<SummaryItem>,
}

/// One question and its answer.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SummaryItem {
    /// The question's id.
    pub question: Question,
    /// The question as asked.
    pub question_text: String,
    /// The answer, `None` if unanswered.
    pub answer: Option<Answer>,
    /// The answer in words ("Not answered" if none).
    pub answer_text: String,
}

/// The guide with the steps for each audience.
fn steps_guide(audience: Audience) -> &'static str {
    match audience {
        Audience::Young => "young-threat",
        Audience::Parent | Audience::Everyone => "parent-talk",
        Audience::Staff => "staff-young",
    }
}

/// The questions for `audience` in `here`'s language. [`Audience::Everyone`] is
/// `invalid-input`: the triage must know whom it speaks to.
pub fn questions_view(here: &Here, audience: Audience) -> Result<QuestionsView> {
    let who = suffix(audience)?;
    let lang = &here.lang;
    Ok(QuestionsView {
        audience,
        title: text(lang, &format!("triage-title-{who}"))?,
        intro: text(lang, &format!("triage-intro-{who}"))?,
        see_steps: text(lang, &format!("triage-see-steps-{who}"))?,
        steps_target: Target::Guide {
            id: steps_guide(audience).to_owned(),
            step: None,
        },
        call: here.route(Need::Help, audience)?,
        call_label: text(lang, "action-call-help")?,
        questions: Question::iter()
            .map(|q| {
                Ok(QuestionView {
                    id: q,
                    text: question_text(lang, who, q)?,
                    help: text(lang, &format!("triage-question-{}-help-{who}", q.name()))?,
                })
            })
            .collect::<Result<_>>()?,
        answers: Answer::iter()
            .map(|a| {
                Ok(AnswerLabel {
                    answer: a,
                    label: answer_text(lang, Some(a))?,
                })
            })
            .collect::<Result<_>>()?,
    })
}

/// The assessment of `answers` for `audience`, rendered for `here` (calls resolved to lines).
/// [`Audience::Everyone`] is `invalid-input`.
pub fn assessment_view(
    here: &Here,
    audience: Audience,
    answers: &Answers,
) -> Result<AssessmentView> {
    let who = suffix(audience)?;
    let lang = &here.lang;
    let Assessment {
        urgency,
        reasons,
        actions,
    } = assess(audience, answers);
    let level = urgency.name();
    let level_name = text(lang, &format!("triage-level-{level}"))?;
    let headline = text(lang, &format!("triage-level-{level}-headline-{who}"))?;
    Ok(AssessmentView {
        audience,
        urgency,
        level_line: Text::new(lang).with(
            "triage-level-line",
            &[
                ("level", level_name.as_str()),
                ("headline", headline.as_str()),
            ],
        )?,
        level: level_name,
        headline,
        explanation: text(lang, &format!("triage-level-{level}-explanation-{who}"))?,
        reasons_title: text(lang, &format!("triage-reasons-title-{who}"))?,
        reasons: reasons
            .into_iter()
            .map(|r| {
                Ok(ReasonView {
                    text: reason_text(lang, who, r)?,
                    reason: r,
                })
            })
            .collect::<Result<_>>()?,
        actions_title: text(lang, &format!("triage-actions-title-{who}"))?,
        actions: actions
            .into_iter()
            .map(|a| action_view(here, who, audience, a))
            .collect::<Result<_>>()?,
        summary: SummaryView {
            title: text(lang, &format!("triage-summary-title-{who}"))?,
            items: Question::iter()
                .map(|q| {
                    Ok(SummaryItem {
                        question: q,
                        question_text: question_text(lang, who, q)?,
                        answer: answers.get(q),
                        answer_text: answer_text(lang, answers.get(q))?,
                    })
                })
                .collect::<Result<_>>()?,
        },
    })
}

/// The Fluent id suffix for an audience the triage speaks to; `invalid-input` for everyone.
fn suffix(audience: Audience) -> Result<&'static str> {
    Ok(audience.asked()?.name())
}

fn question_text(lang: &Lang, who: &str, q: Question) -> Result<String> {
    text(lang, &format!("triage-question-{}-{who}", q.name()))
}

fn answer_text(lang: &Lang, answer: Option<Answer>) -> Result<String> {
    text(
        lang,
        &format!("triage-answer-{}", answer.map_or("unanswered", Name::name)),
    )
}

fn reason_text(lang: &Lang, who: &str, reason: Reason) -> Result<String> {
    match reason {
        Reason::RedFlag { question, because } => Text::new(lang).with(
            &format!("triage-reason-{}-{who}", question.name()),
            &[("because", because.name())],
        ),
        Reason::NoRedFlag => text(lang, &format!("triage-reason-no-red-flag-{who}")),
    }
}

fn action_view(
    here: &Here,
    who: &str,
    audience: Audience,
    action: TriageAction,
) -> Result<TriageActionView> {
    let lang = &here.lang;
    Ok(match action {
        TriageAction::Call(need) => TriageActionView::Call {
            need,
            // The shared button titles (actions.ftl), not the triage's own words.
            label: Text::new(lang).get(&format!("action-call-{}", need.name()))?,
            route: here.route(need, audience)?,
        },
        TriageAction::Guide(g) => TriageActionView::Open {
            label: text(lang, &format!("triage-guide-{g}"))?,
            target: Target::Guide { id: g, step: None },
        },
        TriageAction::Step(s) => {
            let (label, detail) = step_text(lang, who, s)?;
            TriageActionView::Step {
                step: s,
                label,
                detail,
            }
        }
    })
}

fn step_text(lang: &Lang, who: &str, step: StepId) -> Result<(String, String)> {
    let s = step.name();
    Ok((
        text(lang, &format!("triage-step-{s}-{who}"))?,
        text(lang, &format!("triage-step-{s}-detail-{who}"))?,
    ))
}

fn text(lang: &Lang, id: &str) -> Result<String> {
    Text::new(lang).get(id)
}

/// The young person's first question, asked at once on "Someone is threatening me", with the
/// crisis and emergency calls it shows on a yes or a "don't know".
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SafetyView {
    /// "Right now, are you thinking about hurting yourself…?"
    pub question: String,
    /// The three answers, each saying whether it shows the calls and where "more" leads.
    pub answers: Vec<SafetyAnswer>,
    /// The crisis line (or the emergency number, said as such); none without a country.
    pub crisis: Option<RouteView>,
    /// The emergency number.
    pub emergency: Option<RouteView>,
    /// Titles to show while no country is known.
    pub crisis_label: String,
    /// Likewise for the emergency number.
    pub emergency_label: String,
    /// "Check how urgent it is": the triage, with the answer carried over.
    pub more: String,
    /// Beside the crisis and emergency calls: ninety seconds of slow breathing, for the wait.
    pub calm: LinkView,
}

/// An answer to the safety check, and what it leads to: decided here, by the triage's own
/// rule ([`Answers::counts_as_yes`]), so the UI holds no copy of it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SafetyAnswer {
    /// The answer's id.
    pub answer: Answer,
    /// What the button says.
    pub label: String,
    /// Whether this answer shows the crisis and emergency calls at once.
    pub shows_calls: bool,
    /// Where "Check how urgent it is" leads after this answer: the young person's triage,
    /// with it carried over.
    pub then: Target,
}

/// The safety check for `here`.
pub fn safety_view(here: &Here) -> Result<SafetyView> {
    let who = Audience::Young;
    let text = Text::new(&here.lang);
    Ok(SafetyView {
        question: question_text(&here.lang, who.name(), Question::SelfHarm)?,
        answers: Answer::iter()
            .map(|answer| {
                Ok(SafetyAnswer {
                    answer,
                    label: answer_text(&here.lang, Some(answer))?,
                    shows_calls: Answers::default()
                        .with(Question::SelfHarm, answer)
                        .counts_as_yes(Question::SelfHarm),
                    then: Target::Triage {
                        audience: who,
                        first: Some(answer),
                    },
                })
            })
            .collect::<Result<_>>()?,
        crisis: here.route(Need::Crisis, who)?,
        emergency: here.route(Need::Emergency, who)?,
        crisis_label: text.get("action-call-crisis")?,
        emergency_label: text.get("action-call-emergency")?,
        more: text.get("action-screen-triage")?,
        calm: LinkView {
            id: "calm".to_owned(),
            label: text.get("action-screen-calm")?,
            hint: None,
            target: Target::Calm,
        },
    })
}
