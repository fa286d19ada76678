//! End to end, offline: the frame of the app — start-up language, the language switch and
//! its persistence, quick exit, the parent guide, a corrupt settings file, accessibility.
//!
//! These drive the test-hooks build of the app; `scripts/e2e.sh` runs them under Xvfb inside a
//! network namespace with only loopback.

use refuge_e2e::{App, Launch};
use serde_json::Value;

fn data_home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn starts_in_french_with_a_belgian_french_system_locale() {
    let home = data_home();
    let app = App::start(Launch::new("fr_BE.UTF-8", home.path())).await;
    assert_eq!(app.html_lang().await, "fr", "the page is marked French");
    assert_eq!(
        app.js("return document.documentElement.dataset.firstView ?? null")
            .await,
        "page",
        "Home was drawn from the data the page carried, without waiting for a command"
    );
    assert_eq!(app.text("quick-exit").await, "Sortie rapide");
    let door = app.text("door-parent").await;
    assert!(
        door.starts_with("Je suis parent"),
        "parent door in French: {door}"
    );
    app.screenshot("home-fr").await;
    app.assert_accessible("home (fr)").await;
    app.close().await;
}

/// Where the first screen's parts are and what they say: Rust's HTML one (`#refuge-first-screen`)
/// or, once the UI has taken over, the UI's.
const FIRST_SCREEN: &str = r#"
    const rust = document.getElementById('refuge-first-screen');
    const root = rust ?? document.getElementById('main');
    const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
    const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
    const call = rust ? rust.querySelector('[data-first-tap="call"]') : document.querySelector('[data-testid="call-for-help"]');
    const also = rust ? rust.querySelector('[data-first-tap="call-also-0"]') : document.querySelector('[data-testid="call-for-help-also-0"]');
    return {
      from: rust ? 'page' : 'ui',
      bar: box(document.querySelector('.bar')),
      title: text(root.querySelector('h1')),
      tagline: text(root.querySelector('.tagline')),
      block: text(root.querySelector('.call-block')),
      call: box(call),
      heading: box(root.querySelector('h1')),
      also: also && box(also),
      alsoText: also && text(also),
    };
"#;

/// Tap the page's own button `tap` (`data-first-tap`) before any script of the UI: nothing is
/// dialled; once the UI has taken over, the tap is done (`dialled` opened) and the UI draws each
/// part of the first screen where and as the page did (`before`), so nothing jumps.
async fn a_tap_on_the_page_is_kept(app: &App, before: &Value, tap: &str, dialled: &str) {
    let buttons = app
        .all(&format!("#refuge-first-screen [data-first-tap='{tap}']"))
        .await;
    buttons[0]
        .clone()
        .click()
        .await
        .expect("the page's button can be tapped");
    assert!(
        app.opened().is_empty(),
        "nothing is dialled before the UI runs"
    );
    app.js("window.refugeFirstScreen.release(); return true")
        .await;
    app.wait("contact-panel").await;
    app.wait_opened(dialled).await;
    let after = app.js(FIRST_SCREEN).await;
    assert_eq!(
        after["from"], "ui",
        "the UI removed the page's screen: {after}"
    );
    for part in [
        "bar", "title", "tagline", "block", "call", "heading", "also", "alsoText",
    ] {
        assert_eq!(
            before[part], after[part],
            "the UI draws {part} where and as the page did: no jump at the handover"
        );
    }
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_first_screen_is_painted_from_the_page_and_a_tap_on_it_is_kept() {
    let home = data_home();
    let app = App::start_held(Launch::new("fr_BE.UTF-8", home.path())).await;
    let before = app.js(FIRST_SCREEN).await;
    assert_eq!(before["from"], "page", "{before}");
    let block = before["block"].as_str().unwrap_or_default();
    assert!(
        block.contains("Appeler à l’aide") && block.contains("116 000"),
        "Call for help with its line and number, before any script of the UI: {block}"
    );
    app.screenshot("first-screen-from-the-page-fr").await;
    app.assert_accessible("the page's first screen, before the UI (fr)")
        .await;

    // A tap before the UI runs is kept, and done once the UI has taken over: the same call as
    // the UI's own button makes.
    a_tap_on_the_page_is_kept(&app, &before, "call", "tel:116000").await;
    assert_eq!(
        app.js("return document.documentElement.dataset.ready ?? null")
            .await,
        "",
        "the UI reports itself ready too"
    );
    app.close().await;
}

/// 14:00 in Dakar: Senegal's child line, whose hours are not known, is offered under Call for
/// help (which dials the police) as a second line.
const DAKAR_AFTERNOON: &str = "2026-11-24T14:00:00Z";

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn in_senegal_the_page_draws_the_second_line_as_the_ui_does() {
    let home = data_home();
    let app = App::start_held(Launch::new("fr_SN.UTF-8", home.path()).at(DAKAR_AFTERNOON)).await;
    let before = app.js(FIRST_SCREEN).await;
    assert_eq!(before["from"], "page", "{before}");
    let also = before["alsoText"].as_str().unwrap_or_default();
    assert!(
        also.contains("horaires inconnus") && also.contains("116"),
        "the second line, with its number, before any script of the UI: {before}"
    );
    app.screenshot("first-screen-from-the-page-sn-fr").await;
    app.assert_accessible("the page's first screen with a second line (fr)")
        .await;

    // A tap on the second line before the UI runs is kept, and done once it has taken over.
    a_tap_on_the_page_is_kept(&app, &before, "call-also-0", "tel:116").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn quick_exit_works_before_the_ui_has_loaded() {
    let home = data_home();
    // Held: only the page's first screen is there (start_held checks it).
    let app = App::start_held(Launch::new("fr_BE.UTF-8", home.path())).await;
    app.quit_by_pressing_escape().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn starts_in_english_with_a_british_system_locale() {
    let home = data_home();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path())).await;
    assert_eq!(app.html_lang().await, "en", "the page is marked English");
    assert_eq!(app.text("quick-exit").await, "Quick exit");
    app.screenshot("home-en").await;
    app.assert_accessible("home (en)").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_language_choice_wins_over_the_system_locale_after_a_restart() {
    let home = data_home();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path())).await;
    app.click("lang-fr").await;
    app.wait_text("quick-exit", "Sortie rapide").await;
    assert_eq!(app.html_lang().await, "fr");
    app.close().await;

    let app = App::start(Launch::new("en_GB.UTF-8", home.path())).await;
    assert_eq!(
        app.text("quick-exit").await,
        "Sortie rapide",
        "French was chosen, so French it stays although the system says English"
    );
    app.click("lang-en").await;
    app.wait_text("quick-exit", "Quick exit").await;
    app.close().await;
}

async fn read_parent_guide(lang: &str, system: &str, title: &str) {
    let home = data_home();
    let app = App::start(Launch::new(system, home.path())).await;
    app.click("door-parent").await;
    app.wait("guide-link-parent-talk").await;
    app.screenshot(&format!("door-parent-{lang}")).await;
    app.click("guide-link-parent-talk").await;
    app.wait_text("guide-title", title).await;
    let steps = app.all("[data-testid='step']").await;
    assert!(
        steps.len() >= 4,
        "the parent guide has its steps, found {}",
        steps.len()
    );
    for (i, step) in steps.iter().enumerate() {
        let text = step.text().await.expect("step text");
        assert!(text.len() > 80, "step {i} has real text: {text:?}");
        assert!(
            text.contains("GSMA"),
            "step {i} cites the GSMA guide: {text:?}"
        );
    }
    let points = app.all("[data-testid='step'] .points li").await;
    assert!(points.len() >= 4, "the four conversation tips are listed");
    app.screenshot(&format!("guide-parent-talk-{lang}")).await;
    app.assert_accessible(&format!("parent guide ({lang})"))
        .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_parent_reads_the_talking_guide_in_french() {
    read_parent_guide("fr", "fr_FR.UTF-8", "Parler avec votre enfant").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_parent_reads_the_talking_guide_in_english() {
    read_parent_guide("en", "en_US.UTF-8", "Talking with your child").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn quick_exit_closes_the_app_at_once() {
    let home = data_home();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path())).await;
    app.click("door-parent").await;
    assert!(
        !app.pids().is_empty(),
        "the app is running before quick exit"
    );
    app.quit_by_clicking("quick-exit").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_escape_key_is_a_quick_exit_too() {
    let home = data_home();
    let app = App::start(Launch::new("fr_CA.UTF-8", home.path())).await;
    app.quit_by_pressing_escape().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_corrupt_settings_file_is_kept_aside_and_the_app_still_starts() {
    let home = data_home();
    let app_dir = home.path().join("org.refuge.app");
    std::fs::create_dir_all(&app_dir).unwrap();
    let garbage = b"not a database".repeat(500);
    std::fs::write(app_dir.join("refuge.sqlite3"), &garbage).unwrap();

    let app = App::start(Launch::new("fr_BE.UTF-8", home.path())).await;
    let notice = app.text("recovery-notice").await;
    assert!(
        notice.contains("mis de côté") && notice.contains("pas supprimé"),
        "the user is told, in French, that the old file was set aside, not deleted: {notice}"
    );
    app.screenshot("home-recovered-fr").await;
    app.close().await;
    let kept: Vec<_> = std::fs::read_dir(&app_dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(kept.len(), 1, "the bad file is kept aside");
    assert_eq!(
        std::fs::read(kept[0].path()).unwrap(),
        garbage,
        "byte for byte"
    );
}
