//! "What to do now": the triage questions and their outcome for one audience.

use refuge_core::content::Audience;
use refuge_core::triage::{self, Answers, AssessmentView, QuestionsView, MAX_ANSWERS_JSON};
use refuge_core::{Error, Result};
use tauri::State;

use crate::AppSession;

/// The questions, worded for `audience` (`young`, `parent` or `staff`).
#[tauri::command]
pub async fn triage_questions(
    session: State<'_, AppSession>,
    audience: Audience,
) -> Result<QuestionsView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    triage::questions_view(&lang, audience)
}

/// The level, reasons and actions for `answers` (a map `{"self-harm": "yes", …}`; missing
/// questions count as "don't know"). Taken as raw JSON so malformed answers get our
/// `invalid-input` code rather than a deserializer's message.
#[tauri::command]
pub async fn triage_assess(
    session: State<'_, AppSession>,
    audience: Audience,
    answers: serde_json::Value,
) -> Result<AssessmentView> {
    let size = answers.to_string().len();
    if size > MAX_ANSWERS_JSON {
        return Err(Error::InputTooLong {
            len: size,
            max: MAX_ANSWERS_JSON,
        });
    }
    let answers = Answers::from_value(&answers)?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    triage::assessment_view(&lang, audience, &answers)
}
