//! The screens that lead somewhere (Home, the doors, a guide, Sources) and the ten-minute
//! checker, in the language in force, every call button resolved to the line it dials now.

use refuge_core::content::{self, GuideView};
use refuge_core::error::check_len;
use refuge_core::home::{self, DoorView, HomeView, SourcesView};
use refuge_core::ten_minute::{self, CheckerView, VerdictView};
use refuge_core::vocab::Audience;
use refuge_core::Result;
use tauri::State;

use super::{logged, Arg};
use crate::{clock, AppSession};

/// Home: Call for help and the crisis line, the doors, My record, prevention.
#[tauri::command]
#[specta::specta]
pub async fn home(session: State<'_, AppSession>) -> Result<HomeView> {
    logged("home", session.with(|s| s.home(clock::now())).await)
}

/// A parent's or staff member's door; any other audience is `invalid-input`.
#[tauri::command]
#[specta::specta]
pub async fn door(session: State<'_, AppSession>, audience: Arg<Audience>) -> Result<DoorView> {
    let audience = audience.get()?;
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged("door", home::door_view(&here, audience))
}

/// One guide, every step rendered, its calls resolved. Unknown id → `unknown-guide`.
#[tauri::command]
#[specta::specta]
pub async fn guide(session: State<'_, AppSession>, id: Arg<String>) -> Result<GuideView> {
    let id = id.get()?;
    check_len(&id, 128)?;
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged("guide", content::guide_at(&here.lang, &id, Some(&here)))
}

/// Every source: the guides' and each helpline's, by country.
#[tauri::command]
#[specta::specta]
pub async fn sources(session: State<'_, AppSession>) -> Result<SourcesView> {
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged("sources", home::sources_view(&here))
}

/// The ten-minute rule checker's questions.
#[tauri::command]
#[specta::specta]
pub async fn ten_minute_questions(session: State<'_, AppSession>) -> Result<CheckerView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged("ten_minute_questions", ten_minute::questions(&lang))
}

/// The checker's answer: accept the request or not, and why.
#[tauri::command]
#[specta::specta]
pub async fn ten_minute_check(
    session: State<'_, AppSession>,
    met: Arg<bool>,
    talked: Arg<bool>,
) -> Result<VerdictView> {
    let (met, talked) = (met.get()?, talked.get()?);
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "ten_minute_check",
        ten_minute::verdict_view(&lang, met, talked),
    )
}
