//! Opening `tel:`, `sms:` and allow-listed https URIs — from Rust only; the UI has no opener
//! permission.
//!
//! A build with the `test-hooks` feature, which the end-to-end tests drive, appends the URI to
//! the file named by `REFUGE_OPENER_LOG` instead of opening it, so tests see what the app dials
//! without dialling. The shipped binary is built without that feature and holds no code that
//! reads the variable (an end-to-end test checks): a call is never diverted.

use tauri::{AppHandle, Runtime};
use tauri_plugin_opener::OpenerExt;

/// Open `uri` with the system's handler; true if the system accepted it.
pub fn open<R: Runtime>(app: &AppHandle<R>, uri: &str) -> bool {
    #[cfg(feature = "test-hooks")]
    if let Some(log) = std::env::var_os("REFUGE_OPENER_LOG") {
        return log_instead(std::path::Path::new(&log), uri).is_ok();
    }
    app.opener().open_url(uri, None::<&str>).is_ok()
}

/// Append `uri` as a line to `log`.
#[cfg(feature = "test-hooks")]
fn log_instead(log: &std::path::Path, uri: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)?;
    writeln!(file, "{uri}")
}
