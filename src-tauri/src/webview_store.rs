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
//! Elsewhere the webview is incognito. Mesa's shader cache is turned off too: compiled
//! shaders hold nothing that was read, but Refuge leaves nothing but its own settings.

use std::path::PathBuf;
use std::sync::OnceLock;

const PREFIX: &str = "org.refuge.app-webview-";

fn base() -> PathBuf {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(std::env::temp_dir)
}

/// This process's webview folder (created, `0700`, on first call).
pub fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = base().join(format!("{PREFIX}{}", std::process::id()));
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        let _ = builder.create(&dir);
        dir
    })
}

/// Remove this process's webview folder (at exit).
pub fn remove() {
    let _ = std::fs::remove_dir_all(dir());
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
