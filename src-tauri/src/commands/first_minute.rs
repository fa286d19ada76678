//! The first minute's screens off the guides: "Help me tell someone" (and its one action, the
//! text), the adult's first minute and the breathing screen, in the language in force, every
//! call button resolved to the line it dials now.

use refuge_core::first_minute::{self, CalmView, TellLineView, TellView, ToldView};
use refuge_core::vocab::OpeningLine;
use refuge_core::Result;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::{logged, Arg};
use crate::{clock, opener, AppSession};

/// "Help me tell someone": the four opening lines, and what the two ways of using one do.
#[tauri::command]
#[specta::specta]
pub async fn tell_someone(session: State<'_, AppSession>) -> Result<TellView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged("tell_someone", first_minute::tell_view(&lang))
}

/// One opening line, full screen. Any other word than a line's name is `invalid-argument`.
#[tauri::command]
#[specta::specta]
pub async fn tell_line(
    session: State<'_, AppSession>,
    line: Arg<OpeningLine>,
) -> Result<TellLineView> {
    let line = line.get()?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged("tell_line", first_minute::line_view(&lang, line))
}

/// What happened when an opening line was texted.
#[derive(Debug, Serialize, specta::Type)]
pub struct TextOutcome {
    /// Whether the system accepted to open the messages app.
    pub opened: bool,
}

/// Open the messages app with opening line `line` written and no number: the person picks
/// whom to send it to. Rust builds the `sms:` URI from the line's id; no text crosses the IPC.
#[tauri::command]
#[specta::specta]
pub async fn tell_text<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, AppSession>,
    line: Arg<OpeningLine>,
) -> Result<TextOutcome> {
    let line = line.get()?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    let uri = logged("tell_text", first_minute::text_uri(&lang, line))?;
    Ok(TextOutcome {
        opened: opener::open(&app, &uri),
    })
}

/// "For the adult who has just been told": the first minute and tonight's open line.
#[tauri::command]
#[specta::specta]
pub async fn told(session: State<'_, AppSession>) -> Result<ToldView> {
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged("told", first_minute::told_view(&here))
}

/// Ninety seconds of breathing: the timed lines, and Call for help.
#[tauri::command]
#[specta::specta]
pub async fn calm(session: State<'_, AppSession>) -> Result<CalmView> {
    let here = session.with(|s| Ok(s.here(clock::now()))).await?;
    logged("calm", first_minute::calm_view(&here))
}
