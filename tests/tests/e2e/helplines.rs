//! End to end, offline: the right country's lines, Call for help in one tap, the URI Rust
//! opens (seen through the REFUGE_OPENER_LOG seam), the searchable country picker, and a
//! country choice that sticks.

use refuge_core::vocab::Audience;
use refuge_core::vocab::Need;
use refuge_e2e::{route_uri, App, Launch};

/// Tuesday 24 November 2026, 03:00 in Brussels and Paris, 21:00 the day before in Toronto.
const NIGHT: &str = "2026-11-24T02:00:00Z";

/// What core's one routing rule dials for Call for help, for an English reader.
fn expected_uri(code: &str) -> String {
    route_uri(
        code,
        Need::Help,
        Audience::Young,
        &["en"],
        NIGHT.parse().unwrap(),
    )
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn belgium_calls_child_focus_116_000_in_one_tap() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("fr_BE.UTF-8", home.path()).at(NIGHT)).await;
    let line = app.text("call-for-help-line").await;
    assert_eq!(
        line, "Child Focus · 116 000",
        "Call for help names Child Focus"
    );
    app.click("call-for-help").await;
    app.wait_opened("tel:116000").await;
    let number = app.text("contact-number").await;
    assert_eq!(number, "116 000", "the number is shown large too");
    app.screenshot("call-panel-fr").await;
    app.assert_accessible("contact panel (fr)").await;
    app.click("contact-close").await;
    app.close().await;
}

async fn helplines_screen(system: &str, lang: &str, country: &str, first_line: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(NIGHT)).await;
    app.click("link-helplines").await;
    app.wait(&format!("helplines-{country}")).await;
    app.wait(&format!("line-{first_line}")).await;
    app.screenshot(&format!("helplines-{country}-{lang}")).await;
    app.screenshot_pages(&format!("helplines-{country}-{lang}-full"))
        .await;
    app.assert_accessible(&format!("helplines {country} ({lang})"))
        .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn belgian_lines_in_french_and_english() {
    helplines_screen("fr_BE.UTF-8", "fr", "BE", "be-child-focus").await;
    helplines_screen("en_BE.UTF-8", "en", "BE", "be-child-focus").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn canadian_lines_in_english_and_french() {
    helplines_screen("en_CA.UTF-8", "en", "CA", "ca-kids-help-phone").await;
    helplines_screen("fr_CA.UTF-8", "fr", "CA", "ca-kids-help-phone").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn french_lines_in_french_and_english() {
    helplines_screen("fr_FR.UTF-8", "fr", "FR", "fr-3018").await;
    helplines_screen("en_FR.UTF-8", "en", "FR", "fr-3018").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn canada_calls_kids_help_phone_and_texts_it_too() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("en_CA.UTF-8", home.path()).at(NIGHT)).await;
    app.click("call-for-help").await;
    app.wait_opened("tel:+18006686868").await;
    app.click("contact-close").await;
    app.click("link-helplines").await;
    app.click("text-ca-kids-help-phone").await;
    app.wait_opened("sms:686868?body=CONNECT").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn a_chosen_country_sticks_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path()).at(NIGHT)).await;
    assert_eq!(app.text("country-name").await, "United Kingdom");
    app.click("link-helplines").await;
    app.click("helplines-change-country").await;
    app.type_into("helplines-country-query", "fran").await;
    app.click("helplines-country-pick-FR").await;
    app.wait("helplines-FR").await;
    app.click("make-my-country").await;
    app.go_home().await;
    app.wait_text("country-name", "France").await;
    app.close().await;

    let app = App::start(Launch::new("en_GB.UTF-8", home.path()).at(NIGHT)).await;
    assert_eq!(
        app.text("country-name").await,
        "France",
        "the chosen country wins over the system region after a restart"
    );
    app.click("call-for-help").await;
    app.wait_opened(&expected_uri("FR")).await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn with_no_region_the_user_picks_a_country_once() {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("fr.UTF-8", home.path()).at(NIGHT)).await;
    app.wait("country-query").await;
    app.screenshot("home-pick-country-fr").await;
    app.assert_accessible("home with country picker (fr)").await;
    // Typing finds a country whatever the accents: "cote" is Côte d'Ivoire.
    app.type_into("country-query", "cote").await;
    app.wait("country-pick-CI").await;
    assert_eq!(
        app.all("[data-testid^='country-pick-']").await.len(),
        1,
        "only Côte d'Ivoire"
    );
    app.screenshot("home-pick-country-search-fr").await;
    app.type_into("country-query", "suis").await;
    app.click("country-pick-CH").await;
    assert_eq!(app.text("call-for-help-line").await, "147 Pro Juventute");
    app.close().await;
    let app = App::start(Launch::new("fr.UTF-8", home.path()).at(NIGHT)).await;
    assert_eq!(
        app.text("country-name").await,
        "Suisse",
        "asked once, then kept"
    );
    app.close().await;
}
