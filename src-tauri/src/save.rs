//! Where to save the record's report: the system's save dialog. A build with the
//! `test-hooks` feature, which the end-to-end tests drive, writes to `REFUGE_SAVE_TO` instead
//! (WebDriver cannot reach a native dialog); the shipped binary holds no such code.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Ask where to save `suggested`; `None` when the person cancels.
pub async fn choose<R: Runtime>(app: &AppHandle<R>, suggested: &str) -> Option<PathBuf> {
    #[cfg(feature = "test-hooks")]
    if let Some(dir) = std::env::var_os("REFUGE_SAVE_TO") {
        return Some(PathBuf::from(dir).join(suggested));
    }
    let (tx, rx) = tauri::async_runtime::channel(1);
    app.dialog()
        .file()
        .set_file_name(suggested)
        .save_file(move |path| {
            let _ = tx.try_send(path.and_then(|p| p.into_path().ok()));
        });
    let mut rx = rx;
    rx.recv().await.flatten()
}
