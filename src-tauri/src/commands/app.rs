//! The frame: language, quick exit, the benchmark's ready marker.

use refuge_core::session::AppState;
use refuge_core::Result;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::AppSession;

/// The frame's state: language, languages, strings, start-up notices.
#[tauri::command]
pub async fn app_state(session: State<'_, AppSession>) -> Result<AppState> {
    session.with(|s| s.app_state()).await
}

/// Switch language (saved for the next start) and return the new frame state.
#[tauri::command]
pub async fn set_language(session: State<'_, AppSession>, tag: String) -> Result<AppState> {
    session
        .with(|s| {
            s.set_language(&tag)?;
            s.app_state()
        })
        .await
}

/// What quick exit did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuickExit {
    /// The app is closing (desktop, Android).
    Exiting,
    /// The platform forbids an app to close itself (iOS): the UI shows a neutral screen and
    /// forgets its history.
    Neutral,
}

/// Close the app at once, leaving nothing of the session on screen.
#[tauri::command]
pub fn quick_exit<R: Runtime>(app: AppHandle<R>) -> QuickExit {
    if cfg!(target_os = "ios") {
        return QuickExit::Neutral;
    }
    for window in tauri::Manager::webview_windows(&app).values() {
        let _ = window.hide();
    }
    app.exit(0);
    QuickExit::Exiting
}

/// The UI reports that the home screen is usable: the Call for help button is painted with
/// its line's name and number (or, with no country known yet, the country picker). With
/// `REFUGE_EXIT_WHEN_READY` set, print the time since process start and exit: the cold-start
/// benchmark's marker (`REFUGE_PRINT_READY`: print it and stay, for the memory figure).
#[tauri::command]
pub fn ui_ready<R: Runtime>(app: AppHandle<R>) {
    crate::startup::trace("ui-ready");
    // The search index is built only once the home screen is painted, so it never competes
    // with the first paint (the first search builds it on demand if it is not ready yet).
    crate::commands::search::warm();
    let exit = std::env::var_os("REFUGE_EXIT_WHEN_READY").is_some();
    if exit || std::env::var_os("REFUGE_PRINT_READY").is_some() {
        println!("refuge-ready-ms {:.1}", crate::ms_since_start());
    }
    if exit {
        app.exit(0);
    }
}
