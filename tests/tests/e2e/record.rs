//! End to end, offline, at phone size: My record. A common PIN is refused; four random words
//! in the UI's language lock the record; two entries are written; it locks itself, and what
//! was typed is looked for in every file Refuge and its webview keep (found nowhere while
//! locked); it is unlocked, reported as text and PDF (files only the owner can read); its
//! files are copied, then it is erased (after which it is found nowhere, and the copy of its
//! database and WAL does not open with the right words). In French and in English, with axe
//! on every screen.

use std::path::Path;
use std::time::Duration;

use refuge_e2e::{App, Launch};

/// Every file under `dir` whose raw bytes contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    found.push(p.display().to_string());
                }
            }
        }
    }
    found
}

/// Where the app keeps things: its data folder (`<XDG_DATA_HOME>/org.refuge.app`), cache and
/// config (the harness puts them under data home), and the runtime folder that holds the
/// webview's own store.
fn app_folders(home: &Path, runtime: &Path) -> Vec<std::path::PathBuf> {
    let mut all: Vec<_> = ["org.refuge.app", "cache", "config"]
        .iter()
        .map(|d| home.join(d))
        .collect();
    all.push(runtime.to_owned());
    all
}

/// The webview's store folder in `runtime` (it must exist, or the scan proves nothing).
fn webview_folder(runtime: &Path) -> std::path::PathBuf {
    std::fs::read_dir(runtime)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("org.refuge.app-webview-"))
        })
        .expect("the webview keeps its store in the runtime folder while the app runs")
}

/// The record's files in the data folder.
fn record_files(data: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("journal."))
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

async fn write_entry(app: &App, platform: &str, account: &str, demanded: &str) {
    app.click("record-add").await;
    app.wait("record-form").await;
    app.type_into("record-field-platform", platform).await;
    app.type_into("record-field-account", account).await;
    app.type_into("record-field-demanded", demanded).await;
    app.click("record-save").await;
    app.wait_text("record-notice", &app.text("record-notice").await)
        .await;
}

async fn record_flow(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let runtime = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let data = home.path().join("org.refuge.app");
    let marker = format!("marker-{lang}-{}", std::process::id());
    let launch = Launch::new(system, home.path())
        .with_env("REFUGE_IDLE_LOCK_MS", "2500")
        .with_env("XDG_RUNTIME_DIR", runtime.path().to_str().unwrap())
        .with_env("REFUGE_SAVE_TO", &saved.path().display().to_string());
    let app = App::start(launch.clone()).await;

    app.click("door-record").await;
    app.wait("record-setup").await;
    app.wait("record-words").await;
    app.screenshot_pages(&format!("record-setup-{lang}")).await;
    app.assert_accessible(&format!("record setup ({lang})"))
        .await;
    let copies = app.text("record-threat-copies").await;
    assert!(
        copies.contains(if lang == "fr" {
            "Un code PIN, non"
        } else {
            "A PIN doesn't"
        }),
        "the setup says a copy of the files is protected by words, not by a PIN: {copies}"
    );

    // A common PIN is refused, with the reason, and nothing is created.
    app.click("record-understood").await;
    app.click("record-kind-pin").await;
    app.type_into("record-secret", "123456").await;
    app.type_into("record-repeat", "123456").await;
    app.click("record-setup-submit").await;
    app.wait_attr("record-error", "data-code", "weak-secret")
        .await;
    app.screenshot(&format!("record-weak-pin-{lang}")).await;
    app.assert_accessible(&format!("record weak PIN ({lang})"))
        .await;
    assert!(
        record_files(&data).is_empty(),
        "a refused PIN creates nothing"
    );

    // Who keeps it: the French run is a member of staff's record (the one audience type's
    // `staff`), the English one a young person's. Four random words in the UI's language lock it.
    if lang == "fr" {
        app.click("record-audience-staff").await;
    }
    app.click("record-kind-words").await;
    let words = app.text("record-words").await;
    let list = refuge_core::journal::secret::words(lang);
    let parts: Vec<&str> = words.split(' ').collect();
    assert_eq!(parts.len(), 4, "four words: {words:?}");
    for w in &parts {
        assert!(list.iter().any(|l| l == w), "{w:?} is from the {lang} list");
    }
    app.type_into("record-secret", &words).await;
    app.click("record-setup-submit").await;
    app.wait("record-open").await;
    app.wait("record-empty").await;
    let empty = app.text("record-empty").await;
    if lang == "fr" {
        assert!(
            empty.contains("notez ce dont vous"),
            "a member of staff is addressed with vous: {empty}"
        );
    }
    assert_eq!(
        record_files(&data),
        [
            "journal.key",
            "journal.sqlite3",
            "journal.sqlite3-shm",
            "journal.sqlite3-wal"
        ],
        "the record and its key file"
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&data), 0o700, "the data folder is the owner's alone");
        for f in record_files(&data) {
            assert_eq!(mode(&data.join(&f)), 0o600, "{f} is the owner's alone");
        }
    }

    app.click("record-add").await;
    // WebKit reflects autocapitalize="off" as "none".
    for (attr, want) in [
        ("autocorrect", &["off"][..]),
        ("autocapitalize", &["off", "none"][..]),
        ("spellcheck", &["false"][..]),
    ] {
        let got = app.attr("record-field-account", attr).await;
        assert!(
            got.as_deref().is_some_and(|g| want.contains(&g)),
            "an account name is typed letter for letter: {attr}={got:?}"
        );
    }
    app.click("record-cancel").await;
    write_entry(
        &app,
        "Instagram",
        &marker,
        "200 € en cartes cadeaux — « tout de suite »",
    )
    .await;
    write_entry(&app, "Snapchat", "another_account", "more pictures").await;
    let entries = app.all("[data-testid='record-entry']").await;
    assert_eq!(entries.len(), 2, "both entries are listed");
    app.screenshot_pages(&format!("record-open-{lang}")).await;
    app.assert_accessible(&format!("record with entries ({lang})"))
        .await;

    // Nobody touches it: it locks itself, and the screen shows nothing of it any more.
    app.wait("record-locked").await;
    let page = app.js("return document.body.innerText").await;
    assert!(
        !page.as_str().unwrap_or_default().contains(&marker),
        "nothing of an entry stays on screen once locked"
    );
    app.screenshot(&format!("record-locked-{lang}")).await;
    app.assert_accessible(&format!("record locked ({lang})"))
        .await;
    webview_folder(runtime.path());
    for dir in app_folders(home.path(), runtime.path()) {
        let found = files_containing(&dir, marker.as_bytes());
        assert!(
            found.is_empty(),
            "while locked, the entry's text is in no file: {found:?}"
        );
    }

    // Wrong words say how many tries are left; the right ones open it again.
    app.type_into("record-secret", "not my words at all").await;
    app.click("record-unlock").await;
    app.wait("record-tries").await;
    app.type_into("record-secret", &words).await;
    app.click("record-unlock").await;
    app.wait("record-open").await;
    assert_eq!(app.all("[data-testid='record-entry']").await.len(), 2);

    // The report, after the warning that the file is not protected.
    app.click("record-export-text").await;
    app.wait("record-confirm").await;
    app.click("record-confirm-yes").await;
    app.wait("record-notice").await;
    let report = saved.path().join("record.txt");
    let text = std::fs::read_to_string(&report).expect("the text report");
    assert!(
        text.contains(&marker) && text.contains("« tout de suite »"),
        "the report holds the entries, accents and guillemets intact"
    );
    #[cfg(unix)]
    assert_eq!(mode(&report), 0o600, "the report is the owner's alone");
    // The text report's notice goes when the next export starts, and comes back once the PDF
    // is written (before, this waited for the old notice and read a file not yet there).
    app.click("record-export-pdf").await;
    app.wait("record-confirm").await;
    app.click("record-confirm-yes").await;
    app.wait("record-notice").await;
    let pdf = std::fs::read(saved.path().join("record.pdf")).expect("the PDF report");
    assert!(pdf.starts_with(b"%PDF"), "a PDF");

    // A copy of the record's database and WAL, taken now (what SQLite leaves on the disk when
    // it deletes a WAL, or a copy someone took): the key file is what erase destroys.
    let copy_home = tempfile::tempdir().unwrap();
    let copy = copy_home.path().join("org.refuge.app");
    std::fs::create_dir_all(&copy).unwrap();
    for f in record_files(&data) {
        if f.starts_with("journal.sqlite3") {
            std::fs::copy(data.join(&f), copy.join(&f)).unwrap();
        }
    }

    // Erase: asks first, says what it reaches, then nothing of it is left anywhere.
    app.click("record-erase").await;
    app.wait("record-confirm").await;
    app.screenshot(&format!("record-erase-confirm-{lang}"))
        .await;
    app.assert_accessible(&format!("erase confirmation ({lang})"))
        .await;
    app.click("record-confirm-yes").await;
    app.wait("record-setup").await;
    app.wait("record-notice").await;
    app.screenshot(&format!("record-erased-{lang}")).await;
    for dir in app_folders(home.path(), runtime.path()) {
        let found = files_containing(&dir, marker.as_bytes());
        assert!(
            found.is_empty(),
            "after erase, the entry's text is in no file: {found:?}"
        );
    }
    app.close().await;
    assert!(
        record_files(&data).is_empty(),
        "the record's database, its -wal/-shm and its key file are gone: {:?}",
        record_files(&data)
    );

    // The copy is a set-up record, and the right words do not open it.
    let app = App::start(Launch::new(system, copy_home.path())).await;
    app.click("door-record").await;
    app.wait("record-locked").await;
    app.type_into("record-secret", &words).await;
    app.click("record-unlock").await;
    app.wait_attr("record-error", "data-code", "storage-key-file")
        .await;
    app.screenshot(&format!("record-copy-after-erase-{lang}"))
        .await;
    app.close().await;
    assert!(
        copy.join("journal.sqlite3").exists(),
        "the copy was left exactly where it was"
    );
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn my_record_in_french_words_refused_pin_write_lock_unlock_report_erase_copy() {
    record_flow("fr_FR.UTF-8", "fr").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn my_record_in_english_words_refused_pin_write_lock_unlock_report_erase_copy() {
    record_flow("en_GB.UTF-8", "en").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn after_five_wrong_pins_the_wait_shows_its_end_and_the_screen_updates_itself() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path())).await;
    app.click("door-record").await;
    app.click("record-understood").await;
    app.click("record-kind-pin").await;
    app.type_into("record-secret", "583920").await;
    app.type_into("record-repeat", "583920").await;
    app.click("record-setup-submit").await;
    app.wait("record-open").await;
    app.click("record-lock").await;
    for left in [
        "4 more tries",
        "3 more tries",
        "2 more tries",
        "One more try",
        "has to wait",
    ] {
        app.wait("record-locked").await;
        app.type_into("record-secret", "000001").await;
        app.click("record-unlock").await;
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            let shown = app.all("[data-testid='record-tries']").await;
            let text = match shown.first() {
                Some(e) => e.text().await.unwrap_or_default(),
                None => String::new(),
            };
            if text.contains(left) {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "waiting for {left:?}, shown {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    app.type_into("record-secret", "583920").await;
    app.click("record-unlock").await;
    let wait = app.text("record-wait").await;
    assert!(
        wait.contains("try again at"),
        "the time the wait ends: {wait}"
    );
    app.screenshot("record-wait-en").await;
    app.assert_accessible("record wait (en)").await;
    // Nobody touches anything: 30 s later the screen drops the wait by itself.
    let deadline = std::time::Instant::now() + Duration::from_secs(45);
    while !app.all("[data-testid='record-wait']").await.is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the wait is still on screen 45 s after a 30 s wait began"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.type_into("record-secret", "583920").await;
    app.click("record-unlock").await;
    app.wait("record-open").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn quick_exit_locks_the_record_and_the_next_start_opens_on_home() {
    let home = tempfile::tempdir().unwrap();
    let launch = Launch::new("en_GB.UTF-8", home.path());
    let app = App::start(launch.clone()).await;
    app.click("door-record").await;
    app.click("record-understood").await;
    app.click("record-kind-pin").await;
    app.type_into("record-secret", "583920").await;
    app.type_into("record-repeat", "583920").await;
    app.click("record-setup-submit").await;
    app.wait("record-open").await;
    app.quit_by_clicking("quick-exit").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let app = App::start(launch).await;
    assert!(
        app.all("[data-testid='back']").await.is_empty(),
        "the next start opens on Home"
    );
    app.click("door-record").await;
    app.wait("record-locked").await;
    app.close().await;
}
