//! End to end, offline: what was read leaves no trace. After a full session (home, a guide,
//! search, the helplines, a language switch, a restart), the app's data, cache and config
//! folders hold only Refuge's own settings database: no WebKit cache, storage, HSTS list,
//! media keys or shader cache.
//!
//! The webview's own store lives in the runtime folder (XDG_RUNTIME_DIR, RAM) and is removed
//! at exit, or at the next start after a crash (see src-tauri/src/webview_store.rs).
//!
//! The harness points XDG_DATA_HOME at the test's folder and XDG_CONFIG_HOME / XDG_CACHE_HOME
//! at `config/` and `cache/` inside it; its own files (`driver.log`, `opened.log`) sit at that
//! folder's top level and are not the app's.

use std::path::{Path, PathBuf};

use fantoccini::Locator;
use refuge_e2e::{App, Launch, PATIENCE};

/// What Refuge itself may leave on disk: its settings database (SQLite, WAL mode).
const OWN_FILES: [&str; 3] = ["refuge.sqlite3", "refuge.sqlite3-wal", "refuge.sqlite3-shm"];
/// The harness's own files, at the top of the test's folder.
const HARNESS_FILES: [&str; 4] = [
    "driver.log",
    "opened.log",
    "system-opened.log",
    "bin/xdg-open",
];

/// Wait for the ready marker: the Call for help button painted with its line.
async fn wait_ready(app: &App) {
    app.client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("html[data-ready]"))
        .await
        .expect("the home screen reports ready once Call for help shows its line");
}

/// Wait until the quick exit button reads `want` (read in the page, so a button re-rendered by
/// the language switch is never a stale reference).
async fn wait_quick_exit_reads(app: &App, want: &str) {
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let got = app
            .js("const b = document.querySelector(\"[data-testid='quick-exit']\"); return b ? b.textContent.trim() : null;")
            .await;
        if got.as_str() == Some(want) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "quick exit should read {want:?}, reads {got}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The webview store folders in the runtime folder.
fn webview_folders(runtime: &Path) -> Vec<String> {
    std::fs::read_dir(runtime)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .filter(|n| n.starts_with("org.refuge.app-webview-"))
                .collect()
        })
        .unwrap_or_default()
}

/// Every file under `root`, as paths relative to it (folders are not listed, their files are).
fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(root).unwrap_or(&path).to_path_buf());
            }
        }
    }
    found.sort();
    found
}

/// Files that are neither Refuge's database (in the app's data folder) nor the harness's logs.
fn traces(root: &Path) -> Vec<PathBuf> {
    files_under(root)
        .into_iter()
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let in_app_folder = p.parent() == Some(Path::new("org.refuge.app"));
            let harness = HARNESS_FILES.iter().any(|h| p == Path::new(h));
            !(harness || in_app_folder && OWN_FILES.contains(&name))
        })
        .collect()
}

#[test]
fn a_cache_file_in_the_app_folder_counts_as_a_trace() {
    // The check below must be able to fail: the files WebKit wrote before it was incognito.
    let root = tempfile::tempdir().unwrap();
    let app_dir = root.path().join("org.refuge.app");
    std::fs::create_dir_all(app_dir.join("WebKitCache/Version 17")).unwrap();
    std::fs::create_dir_all(root.path().join("cache/mesa_shader_cache")).unwrap();
    for f in [
        "org.refuge.app/refuge.sqlite3",
        "org.refuge.app/refuge.sqlite3-wal",
        "org.refuge.app/hsts-storage.sqlite",
        "org.refuge.app/WebKitCache/Version 17/salt",
        "cache/mesa_shader_cache/index",
        "driver.log",
    ] {
        std::fs::write(root.path().join(f), b"x").unwrap();
    }
    let found = traces(root.path());
    assert_eq!(
        found,
        [
            "cache/mesa_shader_cache/index",
            "org.refuge.app/WebKitCache/Version 17/salt",
            "org.refuge.app/hsts-storage.sqlite",
        ]
        .map(PathBuf::from),
        "everything but the database and the harness's logs is a trace"
    );
}

#[tokio::test]
#[ignore = "end to end: run by scripts/e2e.sh"]
async fn a_full_session_leaves_only_the_settings_database_on_disk() {
    let home = tempfile::tempdir().unwrap();
    // A desktop session has a runtime folder (RAM, the user's alone): the webview keeps its
    // store there, and dconf its change flag. The driver and the app inherit it.
    let runtime = tempfile::tempdir().unwrap();
    let runtime_dir = runtime.path().to_str().expect("a UTF-8 temporary path");
    let launch =
        || Launch::new("fr_BE.UTF-8", home.path()).with_env("XDG_RUNTIME_DIR", runtime_dir);
    let app = App::start(launch()).await;
    wait_ready(&app).await;

    // A guide.
    app.click("door-parent").await;
    app.click("guide-link-parent-talk").await;
    app.wait("guide-title").await;
    app.go_home().await;

    // Search.
    app.type_into("search-input", "chantage").await;
    app.click("search-submit").await;
    app.wait("search-results").await;
    app.go_home().await;

    // The helplines.
    app.click("link-helplines").await;
    app.wait("helplines-BE").await;
    app.go_home().await;

    // The language, switched and saved.
    app.click("lang-en").await;
    wait_quick_exit_reads(&app, "Quick exit").await;
    app.close().await;

    // The driver ends the app with a signal, as a crash would: its webview folder is left in
    // the runtime folder (RAM) until the next start removes it.
    let first_run = webview_folders(runtime.path());
    assert_eq!(
        first_run.len(),
        1,
        "the webview keeps its store in the runtime folder: {first_run:?}"
    );
    // A restart: the saved language is read back (the system says French), so the database
    // really was written.
    let app = App::start(launch()).await;
    wait_ready(&app).await;
    wait_quick_exit_reads(&app, "Quick exit").await;
    app.click("link-helplines").await;
    app.wait("helplines-BE").await;
    app.close().await;

    let all = files_under(home.path());
    assert!(
        all.contains(&PathBuf::from("org.refuge.app/refuge.sqlite3")),
        "the settings database is where the listing looks: {all:?}"
    );
    let found = traces(home.path());
    let after = webview_folders(runtime.path());
    assert!(
        !after.contains(&first_run[0]),
        "the next start removes the folder a killed run left: {after:?}"
    );
    assert!(
        found.is_empty(),
        "after a session the app's data, cache and config folders hold only {OWN_FILES:?}; \
         also found: {found:?}"
    );
}
