//! Refuge's Tauri shell: builds the app, holds the [`Session`], and exposes thin commands
//! over `refuge-core`. No rule lives here; see `core/`.
//!
//! Environment variables (documented in the README):
//! - `REFUGE_EXIT_WHEN_READY=1`: when the UI reports the home screen painted, print
//!   `refuge-ready-ms <ms since process start>` and exit (cold-start benchmark);
//!   `REFUGE_PRINT_READY=1` prints the same line and keeps running (idle memory).
//! - `REFUGE_OPENER_LOG=<file>`: append each URI Rust would open to the file instead of
//!   opening it (end-to-end tests observe calls through this seam).
//! - `REFUGE_NOW=<RFC 3339>`: the clock used for opening hours (tests only).
//! - `REFUGE_TRACE_START=1`: print each start-up phase's time on stderr (see [`startup`]).

use std::sync::OnceLock;
use std::time::Instant;

use tauri::{Manager, Runtime};

mod clock;
mod commands;
mod opener;
pub mod startup;
mod webview_store;

pub use startup::AppSession;

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

/// Wire plugins, state and commands onto `builder`: the same app for the real runtime and for
/// `tauri::test::mock_builder()`.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            // Nothing here may block: the session is built on background threads (see
            // `startup`), and the first command waits for it.
            startup::trace("setup");
            app.manage(AppSession::start(app.path().app_data_dir().ok()));
            // The window is made here rather than from the config so that its webview keeps
            // nothing on disk (see `webview_store`).
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .cloned()
                .ok_or("tauri.conf.json must describe the main window")?;
            let window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?;
            #[cfg(target_os = "linux")]
            let window = window.data_directory(webview_store::dir().clone());
            #[cfg(not(target_os = "linux"))]
            let window = window.incognito(true);
            window.build()?;
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
    webview_store::disable_shader_cache();
    build_app(tauri::Builder::default())
        .build(tauri::generate_context!())
        .expect("error while building Refuge")
        .run(|_, event| {
            if let tauri::RunEvent::Exit = event {
                webview_store::remove();
            }
        });
}
