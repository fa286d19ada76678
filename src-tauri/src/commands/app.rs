//! The frame: language, country, discreet mode, quick exit, the benchmark's ready marker.

use std::sync::atomic::{AtomicBool, Ordering};

use refuge_core::os::{Os, QuickExit, QuickExitStep};
use refuge_core::session::AppState;
use refuge_core::Result;
use serde::Deserialize;
use tauri::{AppHandle, Manager, Runtime, State};

use super::{logged, Arg};
use crate::{clock, AppSession};

/// The frame's state: language, strings, country, discreet mode, the emergency number.
#[tauri::command]
#[specta::specta]
pub async fn app_state(session: State<'_, AppSession>) -> Result<AppState> {
    logged(
        "app_state",
        session.with(|s| s.app_state(clock::now())).await,
    )
}

/// Switch language (saved for the next start); the new frame state.
#[tauri::command]
#[specta::specta]
pub async fn set_language(session: State<'_, AppSession>, tag: Arg<String>) -> Result<AppState> {
    let tag = tag.get()?;
    logged(
        "set_language",
        session
            .with(|s| {
                s.set_language(&tag)?;
                s.app_state(clock::now())
            })
            .await,
    )
}

/// Choose the country (saved); the new frame state. An unknown code is `unknown-country`,
/// never a silent 112.
#[tauri::command]
#[specta::specta]
pub async fn set_country(session: State<'_, AppSession>, code: Arg<String>) -> Result<AppState> {
    let code = code.get()?;
    logged(
        "set_country",
        session
            .with(|s| {
                s.set_country(&code)?;
                s.app_state(clock::now())
            })
            .await,
    )
}

/// Turn discreet mode on or off (saved); the new frame state. The window's title follows.
#[tauri::command]
#[specta::specta]
pub async fn set_discreet<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    session: State<'_, AppSession>,
    on: Arg<bool>,
) -> Result<AppState> {
    let on = on.get()?;
    let state = logged(
        "set_discreet",
        session
            .with(|s| {
                s.set_discreet(on)?;
                s.app_state(clock::now())
            })
            .await,
    )?;
    let _ = window.set_title(&state.title);
    Ok(state)
}

/// Close the app at once, leaving nothing on screen: the window is hidden first, then the record
/// locked (which never waits for a key being derived: Argon2 runs outside the record's lock),
/// then the app exits. Where the system forbids an app to close itself (iOS), the UI's blank
/// screen stays instead: see [`refuge_core::os::quick_exit`].
#[tauri::command]
#[specta::specta]
pub fn quick_exit<R: Runtime>(app: AppHandle<R>) -> QuickExit {
    quick_exit_on(&app, Os::CURRENT, |app| app.exit(0))
}

/// Quick exit as it runs on `os`, with `close` as the last step where there is one (a
/// seam for the tests: the mock runtime cannot exit).
pub(crate) fn quick_exit_on<R: Runtime>(
    app: &AppHandle<R>,
    os: Os,
    close: impl FnOnce(&AppHandle<R>),
) -> QuickExit {
    let (steps, outcome) = refuge_core::os::quick_exit(os);
    let mut close = Some(close);
    for step in steps {
        match step {
            QuickExitStep::HideWindows => {
                for window in app.webview_windows().values() {
                    let _ = window.hide();
                }
            }
            QuickExitStep::LockRecord => {
                // The report text goes back off the clipboard before the app is gone (if it is
                // still there), then the record locks.
                crate::record_state(app).clear_clipboard(std::time::Duration::from_millis(500));
                crate::record_state(app).lock();
            }
            QuickExitStep::Close => {
                if let Some(close) = close.take() {
                    close(app);
                }
            }
        }
    }
    outcome
}

/// Who painted the first screen: the page itself, from the HTML Rust put in it
/// (`first_paint`), or the UI once it has taken over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum PaintedBy {
    Page,
    Ui,
}

/// The page reports that a person can tap the right line now: Call for help is painted with
/// its line's name and number (or, with no country known yet, the country picker). Said first
/// by the page's inline script when Rust drew that screen into the page (`first_paint`), then
/// by the UI once it has taken over; the first report is the ready marker. With
/// `REFUGE_EXIT_WHEN_READY` set, print the time since process start and exit: the cold-start
/// benchmark's marker (`REFUGE_READY_BY=ui` makes it the UI's report, to measure the takeover).
#[tauri::command]
#[specta::specta]
pub fn ui_ready<R: Runtime>(app: AppHandle<R>, by: Arg<PaintedBy>) -> Result<()> {
    static FIRST: AtomicBool = AtomicBool::new(true);
    static MARKED: AtomicBool = AtomicBool::new(false);
    let by = by.get()?;
    if FIRST.swap(false, Ordering::Relaxed) {
        // The search index is built only once the home screen is painted, so it never
        // competes with the first paint (the first search builds it on demand if need be).
        crate::startup::trace("ui-ready");
        crate::commands::search::warm();
    }
    let marker = std::env::var("REFUGE_READY_BY").as_deref() != Ok("ui") || by == PaintedBy::Ui;
    if !marker || MARKED.swap(true, Ordering::Relaxed) {
        return Ok(());
    }
    let exit = std::env::var_os("REFUGE_EXIT_WHEN_READY").is_some();
    if exit || std::env::var_os("REFUGE_PRINT_READY").is_some() {
        println!("refuge-ready-ms {:.1}", crate::ms_since_start());
    }
    if exit {
        app.exit(0);
    }
    Ok(())
}
