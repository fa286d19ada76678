//! Where the webview may write: nowhere that outlives the app.
//!
//! Refuge's rule: what was read leaves no trace on disk. WebKitGTK writes an HTTP cache,
//! CacheStorage, an HSTS list, media-key and storage salts, and cookies into the app's data
//! and cache folders. Tauri's `incognito` (WebKit's ephemeral context) does not help on Linux:
//! Tauri still creates its own persistent context beside the ephemeral one, which writes those
//! files into the app's data folder anyway, and WebDriver can only drive a webview of that
//! persistent context, so the end-to-end tests could not run the app as shipped.
//!
//! So on Linux the webview's one context keeps its store in a folder of this process in
//! `XDG_RUNTIME_DIR` (RAM, readable by the user alone, emptied at logout), created `0700`
//! and removed when the app exits; a folder left by a crash is removed at the next start.
//! Its name ends in random digits and it is created exclusively (never an existing folder,
//! which someone else could have made). With no `XDG_RUNTIME_DIR`, the same in the system's
//! temporary folder; and if no folder can be made, [`dir`] says so and the window uses
//! WebKit's ephemeral context rather than any shared or predictable folder.
//! Elsewhere the webview is incognito. Mesa's shader cache is turned off too: compiled
//! shaders hold nothing that was read, but Refuge leaves nothing but its own settings.

use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const PREFIX: &str = "org.refuge.app-webview-";

fn base() -> PathBuf {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(std::env::temp_dir)
}

/// A random number from the OS-seeded keys of std's hasher (no extra crate).
fn random() -> u64 {
    let mut h = std::hash::RandomState::new().build_hasher();
    h.write_u64(u64::from(std::process::id()));
    h.finish()
}

/// Make a new folder `<base>/org.refuge.app-webview-<pid>-<random>`, mode 0700, exclusively
/// (an existing folder of that name is never used). `None` if none could be made.
pub(crate) fn create_in(base: &Path) -> Option<PathBuf> {
    for _ in 0..8 {
        let dir = base.join(format!("{PREFIX}{}-{:016x}", std::process::id(), random()));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        match builder.create(&dir) {
            Ok(()) => return Some(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => return None,
        }
    }
    None
}

/// This process's webview folder (created on first call), or `None` if it could not be made.
pub fn dir() -> Option<&'static PathBuf> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| create_in(&base())).as_ref()
}

/// Remove this process's webview folder (at exit).
pub fn remove() {
    if let Some(dir) = dir() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Remove the webview folders of Refuge processes that no longer run (a crash, a kill).
pub fn remove_stale() {
    let Ok(entries) = std::fs::read_dir(base()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|p| p.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Keep Mesa from writing compiled shaders to XDG_CACHE_HOME. Call before any thread starts
/// (WebKit's processes inherit it).
pub fn disable_shader_cache() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MESA_SHADER_CACHE_DISABLE").is_none() {
        std::env::set_var("MESA_SHADER_CACHE_DISABLE", "true");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_is_new_private_and_never_one_that_was_there() {
        let base = tempfile_base();
        let a = create_in(&base).expect("a folder is made");
        let b = create_in(&base).expect("and another");
        assert_ne!(
            a, b,
            "each name is random, so none can be guessed and made beforehand"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&a).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "readable by this account alone");
        }
        assert!(
            create_in(&base.join("missing")).is_none(),
            "no folder, no fallback: the window goes ephemeral"
        );
        let _ = std::fs::remove_dir_all(&base);
    }

    fn tempfile_base() -> PathBuf {
        let base = std::env::temp_dir().join(format!("refuge-webview-test-{:x}", random()));
        std::fs::create_dir_all(&base).unwrap();
        base
    }
}
