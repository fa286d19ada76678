//! Which build a test drives, and the rule that a binary older than its sources is refused.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::{repo_root, target_dir};
/// Which build of the app a test drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// Built with the `test-hooks` feature: `REFUGE_NOW` sets the clock and
    /// `REFUGE_OPENER_LOG` receives the URIs the app would open. Every test but one drives it.
    TestHooks,
    /// The binary that ships (`scripts/build.sh`), built without the hooks.
    Shipped,
}

impl Build {
    /// The binary, from the environment or where `scripts/e2e.sh` builds it.
    pub fn binary(self) -> PathBuf {
        let (var, default) = match self {
            Build::TestHooks => ("REFUGE_TEST_HOOKS_APP", "debug/refuge-test-hooks"),
            Build::Shipped => ("REFUGE_APP", "release/refuge"),
        };
        std::env::var_os(var)
            .map(PathBuf::from)
            .unwrap_or_else(|| target_dir().join(default))
    }
}

/// What the app is built from: a binary older than any of these is stale.
pub const SOURCES: &[&str] = &[
    "Cargo.lock",
    "core/Cargo.toml",
    "core/build.rs",
    "core/src",
    "locales",
    "src-tauri/Cargo.toml",
    "src-tauri/build.rs",
    "src-tauri/capabilities",
    "src-tauri/src",
    "src-tauri/tauri.conf.json",
    "ui/index.html",
    "ui/src",
];

/// The newest file among [`SOURCES`] under `root`, with its modification time.
pub fn newest_source(root: &Path) -> Option<(PathBuf, SystemTime)> {
    fn walk(path: &Path, newest: &mut Option<(PathBuf, SystemTime)>) {
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        if meta.is_dir() {
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                walk(&entry.path(), newest);
            }
        } else if let Ok(t) = meta.modified() {
            if newest.as_ref().is_none_or(|(_, n)| t > *n) {
                *newest = Some((path.to_owned(), t));
            }
        }
    }
    let mut newest = None;
    for s in SOURCES {
        walk(&root.join(s), &mut newest);
    }
    newest
}

/// When `binary` was last known to match its sources: its own modification time, or the time
/// in `<binary>.fresh` if that stamp describes this very file. The scripts write the stamp
/// after a build that cargo found up to date (its time is when that build started), because
/// cargo does not relink a binary whose inputs did not change, e.g. after a source edit that
/// leaves the compiled UI identical.
pub fn built_at(binary: &Path) -> std::io::Result<SystemTime> {
    let meta = std::fs::metadata(binary)?;
    let own = meta.modified()?;
    let stamp = stamp_path(binary);
    let vouched = std::fs::read_to_string(&stamp)
        .ok()
        .filter(|s| s.trim() == identity(&meta))
        .and_then(|_| std::fs::metadata(&stamp).ok()?.modified().ok());
    Ok(vouched.map_or(own, |t| t.max(own)))
}

pub(crate) fn stamp_path(binary: &Path) -> PathBuf {
    let mut name = binary.as_os_str().to_owned();
    name.push(".fresh");
    PathBuf::from(name)
}

/// A binary's identity for its stamp: size and modification time, to the nanosecond.
pub fn identity(meta: &std::fs::Metadata) -> String {
    let t = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .unwrap_or_default();
    format!("{} {}.{:09}", meta.len(), t.as_secs(), t.subsec_nanos())
}

/// Panic, saying what to do, unless `binary` exists and is newer than every source.
pub fn assert_fresh(binary: &Path) {
    let built = built_at(binary).unwrap_or_else(|e| {
        panic!(
            "{} must be built first (scripts/e2e.sh builds it): {e}",
            binary.display()
        )
    });
    if let Some((source, changed)) = newest_source(&repo_root()) {
        assert!(
            changed <= built,
            "{} is older than {}: it would test old code. Run scripts/e2e.sh, which builds \
             first, or scripts/build.sh for the shipped binary.",
            binary.display(),
            source.display()
        );
    }
}
