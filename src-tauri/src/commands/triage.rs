//! "What to do now": the triage questions and their outcome for one audience, every call
//! resolved to the line it dials now.

use refuge_core::triage::{self, Answers, AssessmentView, QuestionsView};
use refuge_core::vocab::Audience;
use refuge_core::Result;
use tauri::State;

use super::{logged, Arg};
use crate::{clock, AppSession};

/// The questions, worded for `audience`, with Call for help above them; "everyone" is
/// `invalid-input`.
#[tauri::command]
#[specta::specta]
pub async fn triage_questions(
    session: State<'_, AppSession>,
    audience: Arg<Audience>,
) -> Result<QuestionsView> {
    let audience = audience.get()?;
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged("triage_questions", triage::questions_view(&here, audience))
}

/// The level, reasons and actions for `answers` (missing questions count as "don't know").
/// Malformed answers are `invalid-argument`, through the same parsing as every argument.
#[tauri::command]
#[specta::specta]
pub async fn triage_assess(
    session: State<'_, AppSession>,
    audience: Arg<Audience>,
    answers: Arg<Answers>,
) -> Result<AssessmentView> {
    let (audience, answers) = (audience.get()?, answers.get()?);
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged(
        "triage_assess",
        triage::assessment_view(&here, audience, &answers),
    )
}
