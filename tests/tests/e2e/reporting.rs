//! End to end, offline, at phone size, in French and in English: "Report it where it happens".
//! From the threat guide, "Where is it happening?" → Snapchat opens its guide (five sections);
//! "insta" in search opens Instagram's guide first; "I already paid" offers the cards common in
//! the country first (Côte d'Ivoire: mobile money; the US: the US apps and gift cards); a record
//! of two entries makes a police report text with both entries in time order, copying puts it on
//! the clipboard (read from the app's X server) and the app takes it back after the
//! (test-shortened) delay; a clipboard that refuses the text is said on screen. Every new screen
//! passes axe at 100 % and 200 % text and is photographed at 360×740.

use std::time::{Duration, Instant};

use refuge_e2e::{App, Launch};

async fn text_size(app: &App, percent: u32) {
    app.js(&format!(
        "document.documentElement.style.fontSize = '{}px'; return true;",
        17 * percent / 100
    ))
    .await;
    app.settle().await;
}

/// axe at 100 % and 200 % text, nothing scrolling sideways, and a screenshot of each.
async fn check_screen(app: &App, name: &str, lang: &str) {
    app.settle().await;
    for percent in [100, 200] {
        text_size(app, percent).await;
        let wide = app
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert!(
            wide.as_i64().unwrap_or(0) <= 1,
            "{name} ({lang}, {percent} %) scrolls sideways by {wide}"
        );
        app.assert_accessible(&format!("{name} ({lang}, {percent} %)"))
            .await;
        let prefix = if percent == 200 { "large-360x740-" } else { "" };
        app.screenshot_pages(&format!("{prefix}{name}-{lang}"))
            .await;
    }
    text_size(app, 100).await;
}

async fn where_and_search(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at("2026-12-07T14:00:00+01:00")).await;
    app.click("door-young").await;
    app.wait("guide-young-threat").await;
    app.click("action-open-platforms").await;
    app.wait("platform-list").await;
    let picks = app.all("[data-testid^='platform-pick-']").await;
    assert_eq!(picks.len(), 10, "nine platforms and \"Another app\"");
    check_screen(&app, "where-is-it-happening", lang).await;

    app.click("platform-pick-snapchat").await;
    app.wait("platform-snapchat").await;
    assert_eq!(app.text("platform-title").await, "Snapchat");
    let sections = app.all("[data-testid='platform-section']").await;
    assert_eq!(
        sections.len(),
        5,
        "report, under 18, proof then block, privacy, removal"
    );
    let checked = app.text("platform-checked").await;
    assert!(
        checked.contains("2026-12-06"),
        "the guide says when it was checked: {checked}"
    );
    assert!(
        app.all("[data-testid='platform-stale']").await.is_empty(),
        "a day after it was checked, no warning"
    );
    // Every step says what it rests on, as core cited it: "Source:" and "Snap Inc. (2026-…)".
    let steps = app.all("[data-testid='platform-step']").await;
    let cited = app
        .all("[data-testid='platform-step'] [data-testid='platform-step-source'] li")
        .await;
    assert!(
        !steps.is_empty() && cited.len() >= steps.len(),
        "{} steps, {} citations",
        steps.len(),
        cited.len()
    );
    let first = cited[0].text().await.unwrap();
    assert!(
        first.contains(" (20"),
        "a citation names its publisher and its date: {first:?}"
    );
    check_screen(&app, "platform-guide-snapchat", lang).await;
    app.click("platform-record").await;
    app.wait("record-title").await;

    // "Another app" goes back to the general step.
    app.go_home().await;
    app.click("door-young").await;
    app.click("action-open-platforms").await;
    app.click("platform-pick-other").await;
    app.wait("guide-young-threat").await;

    // "insta" in search: Instagram's guide first.
    app.go_home().await;
    app.type_into("search-input", "insta").await;
    app.click("search-submit").await;
    app.wait("search-results").await;
    let hits = app.all(".hits button").await;
    let first = hits[0]
        .attr("data-testid")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(first.starts_with("hit-instagram-"), "first hit: {first}");
    check_screen(&app, "search-insta", lang).await;
    hits[0].click().await.unwrap();
    app.wait("platform-instagram").await;
    check_screen(&app, "platform-guide-instagram", lang).await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn snapchat_from_the_threat_guide_and_insta_in_search_in_french() {
    where_and_search("fr_FR.UTF-8", "fr").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn snapchat_from_the_threat_guide_and_insta_in_search_in_english() {
    where_and_search("en_GB.UTF-8", "en").await;
}

async fn already_paid(system: &str, lang: &str, common: &[&str]) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at("2026-12-07T14:00:00+01:00")).await;
    app.click("door-young").await;
    app.wait("guide-young-threat").await;
    app.click("action-open-payments").await;
    app.wait("payments-common").await;
    let mut first = Vec::new();
    for e in app
        .all("[data-testid='payments-common'] [data-testid^='payment-pick-']")
        .await
    {
        first.push(e.attr("data-testid").await.unwrap().unwrap_or_default());
    }
    let want: Vec<String> = common.iter().map(|c| format!("payment-pick-{c}")).collect();
    assert_eq!(first, want, "the cards common in the country come first");
    assert_eq!(
        app.all("[data-testid^='payment-pick-']").await.len(),
        8,
        "every card is reachable, and \"Another way of paying\""
    );
    check_screen(&app, "already-paid", lang).await;
    app.click(&want[0]).await;
    app.wait(&format!("payment-{}", common[0])).await;
    assert_eq!(app.all("[data-testid='payment-section']").await.len(), 5);
    assert_eq!(
        app.all("[data-testid='payment-step']").await.len(),
        app.all("[data-testid='payment-step'] [data-testid='payment-step-source']")
            .await
            .len(),
        "every step of the card cites its source"
    );
    check_screen(&app, &format!("payment-card-{}", common[0]), lang).await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn i_already_paid_offers_mobile_money_first_in_cote_d_ivoire() {
    already_paid("fr_CI.UTF-8", "fr", &["mobile-money"]).await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn i_already_paid_offers_the_us_apps_first_in_the_united_states() {
    already_paid(
        "en_US.UTF-8",
        "en",
        &["gift-cards", "us-apps", "money-transfer"],
    )
    .await;
}

async fn write_entry(app: &App, platform: &str, account: &str, threats: &str) {
    let before = app.all("[data-testid='record-entry']").await.len();
    app.click("record-add").await;
    app.wait("record-form").await;
    app.type_into("record-field-platform", platform).await;
    app.type_into("record-field-account", account).await;
    app.type_into("record-field-threats", threats).await;
    app.click("record-save").await;
    let start = Instant::now();
    while app.all("[data-testid='record-entry']").await.len() == before {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the entry is saved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn open_record(app: &App) {
    app.click("door-record").await;
    app.wait("record-words").await;
    app.click("record-understood").await;
    app.click("record-kind-words").await;
    // The four words arrive from Rust a moment after the screen.
    let start = Instant::now();
    let mut words = app.text("record-words").await;
    while words.split(' ').filter(|w| !w.is_empty()).count() != 4 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "four words: {words:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        words = app.text("record-words").await;
    }
    app.type_into("record-secret", &words).await;
    app.click("record-setup-submit").await;
    app.wait("record-open").await;
}

async fn report_text(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let launch = Launch::new(system, home.path()).with_env("REFUGE_CLIPBOARD_CLEAR_MS", "4000");
    let app = App::start(launch).await;
    open_record(&app).await;
    let first = format!("first-account-{lang}");
    let second = format!("second-account-{lang}");
    write_entry(&app, "Instagram", &first, "threat one").await;
    // A second apart, so "when it happened" orders them.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    write_entry(&app, "Snapchat", &second, "threat two").await;

    app.wait("report-text").await;
    app.click("report-shape-police").await;
    app.click("report-make").await;
    app.wait("report-text-body").await;
    let text = app.text("report-text-body").await;
    let (a, b) = (
        text.find(&first)
            .unwrap_or_else(|| panic!("{first} in:\n{text}")),
        text.find(&second)
            .unwrap_or_else(|| panic!("{second} in:\n{text}")),
    );
    assert!(a < b, "both entries, in time order:\n{text}");
    let warning = app.text("report-clipboard-warning").await;
    assert!(
        warning.contains(if lang == "fr" {
            "autres applications"
        } else {
            "other apps"
        }),
        "what copying does is said before the button: {warning}"
    );
    check_screen(&app, "report-text-police", lang).await;

    app.click("report-copy").await;
    app.wait("report-notice-done").await;
    let held = app.clipboard_text().unwrap_or_default();
    assert!(
        held.contains(&first) && held.contains(&second),
        "the clipboard holds the text: {held:?}"
    );
    let start = Instant::now();
    loop {
        let now = app.clipboard_text().unwrap_or_default();
        if !now.contains(&first) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the app takes the text back off the clipboard after the delay"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        start.elapsed() >= Duration::from_millis(2500),
        "not before the delay"
    );

    // Locking My record takes it back at once; what the person copied since is theirs.
    app.click("report-copy").await;
    let start = Instant::now();
    while !app.clipboard_text().unwrap_or_default().contains(&first) {
        assert!(start.elapsed() < Duration::from_secs(10), "copied again");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("record-lock").await;
    app.wait("record-locked").await;
    let start = Instant::now();
    while app.clipboard_text().unwrap_or_default().contains(&first) {
        assert!(
            start.elapsed() < Duration::from_millis(2000),
            "locking the record clears the report text from the clipboard"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_police_report_text_of_two_entries_in_french_is_copied_then_cleared() {
    report_text("fr_FR.UTF-8", "fr").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_police_report_text_of_two_entries_in_english_is_copied_then_cleared() {
    report_text("en_GB.UTF-8", "en").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_clipboard_that_refuses_the_text_is_said_and_the_text_stays() {
    let home = tempfile::tempdir().unwrap();
    let launch = Launch::new("en_GB.UTF-8", home.path()).with_env("REFUGE_CLIPBOARD_FAIL", "1");
    let app = App::start(launch).await;
    open_record(&app).await;
    write_entry(&app, "Instagram", "someone", "a threat").await;
    app.click("report-make").await;
    app.wait("report-text-body").await;
    app.click("report-copy").await;
    app.wait_attr("report-error", "data-code", "clipboard")
        .await;
    assert!(app.text("report-error").await.contains("could not copy"));
    assert!(
        app.text("report-text-body").await.contains("someone"),
        "the text stays"
    );
    app.close().await;
}
