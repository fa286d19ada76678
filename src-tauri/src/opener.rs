//! Opening `tel:`, `sms:` and allow-listed https URIs — from Rust only; the UI has no opener
//! permission. With `REFUGE_OPENER_LOG=<file>` set, the URI is appended to that file instead
//! of being opened: the end-to-end tests observe calls through this seam.

use std::io::Write;

use tauri::{AppHandle, Runtime};
use tauri_plugin_opener::OpenerExt;

/// Open `uri` with the system's handler; true if the system accepted it.
pub fn open<R: Runtime>(app: &AppHandle<R>, uri: &str) -> bool {
    if let Some(log) = std::env::var_os("REFUGE_OPENER_LOG") {
        return std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .and_then(|mut f| writeln!(f, "{uri}"))
            .is_ok();
    }
    app.opener().open_url(uri, None::<&str>).is_ok()
}
