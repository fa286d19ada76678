//! Refuge's Tauri shell: builds the app, holds the [`Session`], and exposes thin commands
//! over `refuge-core`. No rule lives here; see `core/`.
//!
//! Environment variables (documented in the README):
//! - `REFUGE_EXIT_WHEN_READY=1`: when the UI reports the home screen painted, print
//!   `refuge-ready-ms <ms since process start>` and exit (cold-start benchmark).
//! - `REFUGE_OPENER_LOG=<file>`: append each URI Rust would open to the file instead of
//!   opening it (end-to-end tests observe calls through this seam).
//! - `REFUGE_NOW=<RFC 3339>`: the clock used for opening hours (tests only).

use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Instant;

use refuge_core::session::Session;
use tauri::{Manager, Runtime};

mod clock;
mod commands;
mod opener;

static PROCESS_START: OnceLock<Instant> = OnceLock::new();

/// Record the moment the process started; call first thing in `main`.
pub fn mark_process_start() {
    PROCESS_START.get_or_init(Instant::now);
}

/// Milliseconds since [`mark_process_start`] (or since first asked, if it never was).
pub fn ms_since_start() -> f64 {
    PROCESS_START
        .get_or_init(Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}

/// The app's state, shared by every command.
pub struct AppSession(Mutex<Session>);

impl AppSession {
    /// Lock the session. A panic in another command must not lock the user out of help, so a
    /// poisoned lock is taken over rather than propagated.
    pub fn lock(&self) -> MutexGuard<'_, Session> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Wire plugins, state and commands onto `builder`: the same app for the real runtime and for
/// `tauri::test::mock_builder()`.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir().ok();
            let system_locale = sys_locale::get_locale();
            let session = Session::start(data_dir.as_deref(), system_locale.as_deref());
            app.manage(AppSession(Mutex::new(session)));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_state,
            commands::app::set_language,
            commands::app::quick_exit,
            commands::app::ui_ready,
            commands::guides::guide,
            commands::guides::guides,
            commands::guides::sources,
            commands::search::search,
            commands::guides::ten_minute_questions,
            commands::guides::ten_minute_check,
            commands::helplines::countries,
            commands::helplines::set_country,
            commands::helplines::helplines,
            commands::helplines::call_for_help,
            commands::helplines::contact,
            commands::helplines::contact_purpose,
            commands::helplines::open_link,
            commands::triage::triage_questions,
            commands::triage::triage_assess,
        ])
}

/// Start Refuge.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    build_app(tauri::Builder::default())
        .run(tauri::generate_context!())
        .expect("error while running Refuge");
}
