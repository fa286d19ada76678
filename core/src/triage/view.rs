//! The triage rendered in one language for one audience: every string from Fluent
//! (`locales/*/triage.ftl`), so the UI holds no sentence of its own.
//!
//! Fluent ids: wording that addresses someone ends in `-young`, `-parent` or `-staff` (French
//! says "tu" to young people, "vous" to adults, and adults are asked about "your child" or "the
//! young person"); answer labels, level names and guide labels do not.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{
    assess, Answer, Answers, Assessment, Audience, Question, Reason, StepId, TriageAction, Urgency,
};
use crate::error::{Error, Result};
use crate::helplines::{Need, RouteView};
use crate::i18n::{localizer, Lang};
use crate::nav::{Here, Target};

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
        call_label: localizer().message(lang, "action-call-help")?,
        questions: Question::ALL
            .into_iter()
            .map(|q| {
                Ok(QuestionView {
                    id: q,
                    text: question_text(lang, who, q)?,
                    help: text(lang, &format!("triage-question-{}-help-{who}", q.as_str()))?,
                })
            })
            .collect::<Result<_>>()?,
        answers: Answer::ALL
            .into_iter()
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
    let level = urgency.as_str();
    Ok(AssessmentView {
        audience,
        urgency,
        level: text(lang, &format!("triage-level-{level}"))?,
        headline: text(lang, &format!("triage-level-{level}-headline-{who}"))?,
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
            items: Question::ALL
                .into_iter()
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

/// The Fluent id suffix for an audience the triage speaks to.
fn suffix(audience: Audience) -> Result<&'static str> {
    match audience {
        Audience::Young => Ok("young"),
        Audience::Parent => Ok("parent"),
        Audience::Staff => Ok("staff"),
        Audience::Everyone => Err(Error::InvalidInput(
            "the triage speaks to a young person, a parent or staff, not everyone".into(),
        )),
    }
}

fn question_text(lang: &Lang, who: &str, q: Question) -> Result<String> {
    text(lang, &format!("triage-question-{}-{who}", q.as_str()))
}

fn answer_text(lang: &Lang, answer: Option<Answer>) -> Result<String> {
    text(
        lang,
        &format!(
            "triage-answer-{}",
            answer.map_or("unanswered", Answer::as_str)
        ),
    )
}

fn reason_text(lang: &Lang, who: &str, reason: Reason) -> Result<String> {
    match reason {
        Reason::RedFlag { question, because } => {
            let mut args = FluentArgs::new();
            args.set("because", because.as_str());
            let id = format!("triage-reason-{}-{who}", question.as_str());
            record(&id);
            localizer().format(lang, &id, Some(&args))
        }
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
            label: localizer().message(lang, &format!("action-call-{}", need.as_str()))?,
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
    let s = step.as_str();
    Ok((
        text(lang, &format!("triage-step-{s}-{who}"))?,
        text(lang, &format!("triage-step-{s}-detail-{who}"))?,
    ))
}

/// Every Fluent lookup of the triage goes through here, so tests can list the ids it uses.
fn text(lang: &Lang, id: &str) -> Result<String> {
    record(id);
    localizer().message(lang, id)
}

#[cfg(test)]
fn record(id: &str) {
    super::tests::record_id(id);
}

#[cfg(not(test))]
fn record(_id: &str) {}
