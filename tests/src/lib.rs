//! The end-to-end harness: starts the app through tauri-driver (which drives WebKitWebDriver)
//! with a chosen system locale and a private data directory, and gives tests a small
//! vocabulary: click, read, wait, screenshot, run axe-core.
//!
//! It expects to run where `scripts/e2e.sh` puts it: under Xvfb, inside network and PID
//! namespaces with only loopback (`scripts/offline.sh`). Environment:
//! - `REFUGE_TEST_HOOKS_APP`: the build the tests drive, with the `test-hooks` feature
//!   (default: `<target>/debug/refuge-test-hooks`, which `scripts/e2e.sh` builds).
//! - `REFUGE_APP`: the binary that ships (default: `<target>/release/refuge`).
//! - `REFUGE_SCREENSHOTS`: where screenshots go (default: `screenshots/` at the repo root).
//! - `TAURI_DRIVER`, `WEBKIT_DRIVER`: the two drivers (default: `tauri-driver` on `PATH`,
//!   `/usr/bin/WebKitWebDriver`).
//!
//! One job a file:
//! - [`fresh`]: which build a test drives, and the refusal of a binary older than its sources;
//! - [`launch`]: how to start the app (locale, data folder, clock, size);
//! - `process`: tauri-driver's process group, ended on drop, and the watchdog;
//! - `xserver`: a private Xvfb per app, and screenshots read from its framebuffer;
//! - [`app`]: the WebDriver vocabulary tests speak ([`App`]);
//! - [`axe`]: axe-core in the real webview.
//!
//! What it guarantees:
//! - Every process a test starts is ended, whether the test passes, fails or panics:
//!   tauri-driver runs in a process group of its own, which WebKitWebDriver and the app join,
//!   and dropping an [`App`] ends that whole group. (`scripts/offline.sh` also runs the tests
//!   in a PID namespace, which the kernel empties when they end, for what escapes the group.)
//! - The app is the one this test started: its processes are found in the test's own process
//!   group, never by name or path across the machine.
//! - Nothing is taken on trust: closing the session, quitting, and axe-core's answer are all
//!   checked, and a binary older than its sources is refused, not tested.

use std::path::{Path, PathBuf};
use std::time::Duration;

pub mod app;
pub mod axe;
pub mod fresh;
pub mod launch;
mod process;
mod xserver;

#[cfg(test)]
mod tests;

pub use app::App;
pub use axe::axe_violations;
pub use fresh::{assert_fresh, built_at, identity, newest_source, Build, SOURCES};
pub use launch::Launch;
pub use process::{group_members, Proc};

/// How long to wait for anything on screen before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The URI core's one routing rule opens for `need` in `country` at `now`, for `audience`
/// reading `languages`: what a button on screen must dial.
pub fn route_uri(
    country: &str,
    need: refuge_core::vocab::Need,
    audience: refuge_core::vocab::Audience,
    languages: &[&str],
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    use refuge_core::helplines::{contact_uri, route, Caller};
    let c = refuge_core::helplines::country(country)
        .unwrap_or_else(|e| panic!("{country} has a country file: {e}"));
    let r = route(
        c,
        need,
        &Caller {
            audience,
            languages,
        },
        now,
    );
    contact_uri(&r.line.id, r.channel).expect("the route can be reached")
}

/// The repository root (this crate lives in `tests/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// Cargo's target directory: `CARGO_TARGET_DIR` (relative to the repo root, where the scripts
/// run cargo) or `target/`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(|d| repo_root().join(d))
        .unwrap_or_else(|| repo_root().join("target"))
}

/// Where screenshots are written.
pub fn screenshot_dir() -> PathBuf {
    std::env::var_os("REFUGE_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("screenshots"))
}
