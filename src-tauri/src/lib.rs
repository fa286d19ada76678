//! Refuge's Tauri shell: builds the app, holds the session and My record, and exposes thin
//! commands over `refuge-core`. No rule lives here; see `core/`.
//!
//! Environment variables (documented in the README):
//! - `REFUGE_EXIT_WHEN_READY=1`: when the UI reports Call for help painted, print
//!   `refuge-ready-ms <ms since process start>` and exit (cold-start benchmark);
//!   `REFUGE_PRINT_READY=1` prints the same line and keeps running (idle memory).
//! - `REFUGE_TRACE_START=1`: print each start-up phase's time on stderr.
//! - `REFUGE_LOG=debug`: more log lines on stderr (errors and warnings by default).
//! - Test builds only (cargo feature `test-hooks`): `REFUGE_NOW`, `REFUGE_OPENER_LOG`,
//!   `REFUGE_SAVE_TO`, `REFUGE_IDLE_LOCK_MS`, `REFUGE_CLIPBOARD_CLEAR_MS`,
//!   `REFUGE_CLIPBOARD_FAIL`.

use std::sync::OnceLock;
use std::time::Instant;

use tauri::{Manager, Runtime, WindowEvent};

mod clipboard;
mod clock;
pub mod commands;
mod first_paint;
mod logger;
mod opener;
mod rendering;
mod save;
pub mod startup;
#[cfg(test)]
mod tests;
mod webview_store;

pub use commands::record::RecordState;
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

/// My record's state, managed by the app.
pub fn record_state<R: Runtime>(app: &impl Manager<R>) -> tauri::State<'_, RecordState> {
    app.state::<RecordState>()
}

/// Wire plugins, state and `commands` onto `builder`: the same app for the real runtime and
/// for `tauri::test::mock_builder()` (with [`commands::builder`] or its mock twin).
pub fn build_app<R: Runtime>(
    builder: tauri::Builder<R>,
    commands: tauri_specta::Builder<R>,
) -> tauri::Builder<R> {
    // Phones copy through Tauri's clipboard plugin; desktops through arboard (src/clipboard.rs).
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_clipboard_manager::init());
    builder
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(invoke_handler(commands.invoke_handler()))
        .setup(|app| {
            #[cfg(feature = "test-hooks")]
            rendering::grant_hooks(app)?;
            // Nothing here may block the main thread: the session is built on background
            // threads (see `startup`), and the first command waits for it.
            startup::trace("setup");
            // The local (not roaming) data folder: a Windows roaming profile would copy the
            // record to a server. An install that already keeps its data in the roaming folder
            // goes on using it, untouched (see `storage::data_dir`); on Linux and macOS the
            // two are the same folder.
            let data_dir = refuge_core::storage::data_dir(
                app.path().app_local_data_dir().ok(),
                app.path().app_data_dir().ok(),
            );
            app.manage(AppSession::start(data_dir.clone()));
            app.manage(RecordState::new(data_dir));
            record_state(app).set_board(std::sync::Arc::new(clipboard::SystemBoard::new(
                app.handle(),
            )));
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
            let window = match webview_store::dir() {
                Some(dir) => window.data_directory(dir.clone()),
                // No private folder could be made: WebKit's ephemeral context, never a shared
                // or predictable folder.
                None => window.incognito(true),
            };
            #[cfg(not(target_os = "linux"))]
            let window = window.incognito(true);
            // Painted on the CPU, never through OpenGL (see `rendering`): set before the page
            // arrives.
            rendering::apply(&window.build()?);
            let handle = app.handle().clone();
            std::thread::Builder::new()
                .name("refuge-idle-lock".into())
                .spawn(move || loop {
                    std::thread::sleep(record_state(&handle).idle_check_every());
                    record_state(&handle).lock_if_idle();
                })?;
            // The window opens with no title; it gets Refuge's name (or, in discreet mode, a
            // neutral one) once the saved settings are read, off the main thread.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let session = handle.state::<AppSession>();
                if let Ok(title) = session.with(|s| s.title()).await {
                    if let Some(window) = handle.get_webview_window("main") {
                        let _ = window.set_title(&title);
                    }
                }
            });
            Ok(())
        })
        .on_window_event(|window, event| {
            // Minimised, hidden or closing: lock. (Losing focus does not lock: a person copies
            // an account name from another app into the record, and the screen says only what
            // is done.) The lock never waits for Argon2, which runs outside the record's lock.
            let hidden = match event {
                WindowEvent::Resized(_) => window.is_minimized().unwrap_or(false),
                WindowEvent::Destroyed | WindowEvent::CloseRequested { .. } => true,
                _ => false,
            };
            if hidden {
                record_state(window.app_handle()).lock();
            }
        })
}

/// The app's commands; in the test-hooks build, also the hooks' own command, which is in
/// neither the TypeScript contract nor `capabilities/default.json` (see `rendering`).
fn invoke_handler<R: Runtime>(
    handler: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    #[cfg(feature = "test-hooks")]
    let handler = {
        move |invoke: tauri::ipc::Invoke<R>| {
            if invoke.message.command() != "webview_rendering" {
                return handler(invoke);
            }
            // Tauri has checked the ACL before any handler runs (see `rendering::grant_hooks`).
            let webview = invoke.message.webview();
            invoke.resolver.respond_async(async move {
                rendering::webview_rendering(webview)
                    .await
                    .map_err(tauri::ipc::InvokeError::from)
            });
            true
        }
    };
    handler
}

/// Start Refuge.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    webview_store::disable_shader_cache();
    logger::init();
    let builder = tauri::Builder::default();
    // One instance at a time: a second launch brings the first window forward instead of
    // opening the databases twice (registered first, as the plugin requires).
    #[cfg(desktop)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    }));
    build_app(builder, commands::builder())
        .build(first_paint::install(tauri::generate_context!()))
        .expect("error while building Refuge")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Close the record's database: its WAL is folded back and removed, rather
                // than left beside it between runs.
                record_state(app).close_at_exit();
                webview_store::remove();
            }
        });
}
