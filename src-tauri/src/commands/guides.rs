//! Guides, steps and sources, in the language in force.

use refuge_core::content::{self, GuideSummary, GuideView, SourceView};
use refuge_core::error::check_len;
use refuge_core::ten_minute::{self, CheckerView, VerdictView};
use refuge_core::Result;
use tauri::State;

use crate::AppSession;

/// One guide, every step rendered. Unknown id → `unknown-guide`.
#[tauri::command]
pub async fn guide(session: State<'_, AppSession>, id: String) -> Result<GuideView> {
    check_len(&id, 128)?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    content::guide(&lang, &id)
}

/// Every guide's title and summary, in menu order.
#[tauri::command]
pub async fn guides(session: State<'_, AppSession>) -> Result<Vec<GuideSummary>> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    content::guides(&lang)
}

/// Every source cited, for the Sources screen.
#[tauri::command]
pub async fn sources(session: State<'_, AppSession>) -> Result<Vec<SourceView>> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    content::sources(&lang)
}

/// The ten-minute rule checker's questions.
#[tauri::command]
pub async fn ten_minute_questions(session: State<'_, AppSession>) -> Result<CheckerView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    ten_minute::questions(&lang)
}

/// The checker's answer: accept the request or not, and why.
#[tauri::command]
pub async fn ten_minute_check(
    session: State<'_, AppSession>,
    met: bool,
    talked: bool,
) -> Result<VerdictView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    ten_minute::verdict_view(&lang, met, talked)
}
