//! End to end, offline, in French and in English at 360×740: the first minute (issue 24).
//!
//! - The "Right now" card and its Call for help are whole on the first screen after "No" to the
//!   safety question, with no scrolling; the button dials the line core's rule picks.
//! - "Help me tell someone" shows the chosen line full screen, and its text option opens an
//!   `sms:` URI with the line as its body and no number (seen in the opener log).
//! - The adult's first minute shows the line `route()` picks for a parent; where none is open
//!   it says so beside an honest emergency button, and never says so beside an open line.
//! - The breathing screen opens from the crisis answer, the teen guide and the call dialog;
//!   with reduced motion nothing animates and only the words change, at their second; Call for
//!   help and Quick exit stay on screen throughout.
//! - axe-core finds nothing on any of these screens at 100 % and 200 % text, and the layout
//!   checks hold; screenshots of each, in both languages, are written for a person to look at.

use refuge_core::first_minute;
use refuge_core::i18n::{localizer, Text};
use refuge_core::vocab::{Audience, Need, OpeningLine};
use refuge_e2e::{route_uri, App, Launch};

use crate::a11y::{layout_problems, set_text_size};

/// Tuesday 24 November 2026, 14:00 in Brussels and Paris, 13:00 in London.
const AFTERNOON: &str = "2026-11-24T13:00:00Z";

/// The languages of each run: system locale, app language, its country.
const RUNS: [(&str, &str, &str); 2] = [("fr_BE.UTF-8", "fr", "BE"), ("en_GB.UTF-8", "en", "GB")];

fn text(lang: &str, id: &str) -> String {
    let l = localizer().lang(lang).expect("a language");
    Text::new(&l)
        .get(id)
        .unwrap_or_else(|e| panic!("{id} in {lang}: {e}"))
}

/// Check the screen shown now at 100 % and 200 % text: the layout checks and axe; write its
/// screenshots (at 100 %, the first screen; at 200 %, every page).
async fn check_screen(app: &App, name: &str, lang: &str) {
    app.settle().await;
    app.screenshot(&format!("{name}-{lang}")).await;
    for percent in [100, 200] {
        set_text_size(app, percent).await;
        let problems = layout_problems(app).await;
        assert!(
            problems.is_empty(),
            "{name} ({lang}, {percent} % text):\n{}",
            problems.join("\n")
        );
        app.assert_accessible(&format!("{name} ({lang}, {percent} %)"))
            .await;
        if percent == 200 {
            app.screenshot_pages(&format!("large-360x740-{name}-{lang}"))
                .await;
        }
    }
    set_text_size(app, 100).await;
}

async fn the_card_is_whole_on_the_first_screen_after_no(system: &str, lang: &str, country: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(AFTERNOON)).await;
    app.click("door-young").await;
    // Tapped where it is, as a thumb would: nothing scrolls the page first.
    let no = app.wait("safety-no").await;
    no.click().await.expect("No can be tapped");
    app.wait_attr("safety-no", "aria-pressed", "true").await;
    app.settle().await;
    assert_eq!(
        app.js("return window.scrollY").await,
        serde_json::json!(0),
        "the page has not scrolled ({lang})"
    );
    app.screenshot(&format!("right-now-after-no-{lang}")).await;
    for testid in ["now-card", "now-call-help"] {
        assert!(
            app.in_first_screen(testid).await,
            "{testid} is whole on the first screen after \"No\", no scrolling ({lang})"
        );
    }
    let card = app.text("now-card").await;
    for id in [
        "now-stop",
        "now-no-pay",
        "now-no-delete",
        "now-tell",
        "now-scam",
    ] {
        assert!(
            card.contains(&text(lang, id)),
            "the card says {id} ({lang}): {card}"
        );
    }
    app.screenshot(&format!("right-now-after-no-{lang}")).await;
    check_screen(&app, "guide-young-threat-right-now", lang).await;
    // The button dials what Home's Call for help dials: core's one rule, for a young person.
    app.wait("now-call-help")
        .await
        .click()
        .await
        .expect("the call can be tapped");
    app.wait_opened(&route_uri(
        country,
        Need::Help,
        Audience::Young,
        &[lang],
        AFTERNOON.parse().unwrap(),
    ))
    .await;
    app.click("contact-close").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_right_now_card_and_its_call_are_on_the_first_screen_after_no_in_french() {
    let (system, lang, country) = RUNS[0];
    the_card_is_whole_on_the_first_screen_after_no(system, lang, country).await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_right_now_card_and_its_call_are_on_the_first_screen_after_no_in_english() {
    let (system, lang, country) = RUNS[1];
    the_card_is_whole_on_the_first_screen_after_no(system, lang, country).await;
}

async fn tell_someone(system: &str, lang: &str, country: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(AFTERNOON)).await;
    app.click("door-young").await;
    app.click("action-open-tell-someone").await;
    app.wait("tell-lines").await;
    check_screen(&app, "tell-someone", lang).await;

    // Show it full screen.
    app.click("tell-line-scared").await;
    check_screen(&app, "tell-someone-picked", lang).await;
    app.click("tell-show").await;
    app.wait("tell-full-scared").await;
    // WebDriver reads a no-break space (French « ? ») as a space.
    assert_eq!(
        app.text("tell-full-line").await,
        text(lang, "tell-line-scared").replace('\u{a0}', " "),
        "the line, alone and large ({lang})"
    );
    assert!(
        app.in_first_screen("tell-full-line").await && app.in_first_screen("quick-exit").await,
        "the line and Quick exit are on the screen ({lang})"
    );
    check_screen(&app, "tell-full", lang).await;

    // The adult who has just read it: their first minute, one tap away.
    app.click("tell-for-adult").await;
    app.wait("told-steps").await;
    app.click("back").await;
    app.wait("tell-full-scared").await;
    app.click("tell-back").await;
    app.wait("tell-lines").await;
    app.settle().await;

    // Send it in a text: the messages app opens with the line and no number.
    app.click("tell-line-threat").await;
    app.settle().await;
    if app.all("[data-testid='tell-actions']").await.is_empty() {
        // WebKitWebDriver sometimes loses a click on a screen it has just come back to (seen
        // once in three French runs, with the radio unchecked): tap again, as a person would.
        app.click("tell-line-threat").await;
    }
    app.wait("tell-actions").await;
    app.click("tell-text").await;
    let l = localizer().lang(lang).unwrap();
    let want = first_minute::text_uri(&l, OpeningLine::Threat).unwrap();
    assert!(
        want.starts_with("sms:?body=") && !want.contains(['&', '#']),
        "no number, one body ({lang}): {want}"
    );
    app.wait_opened(&want).await;
    assert_eq!(
        app.opened(),
        vec![want.clone()],
        "the text is the only thing opened: no call ({lang}, {country})"
    );
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn help_me_tell_someone_shows_the_line_full_screen_and_texts_it_with_no_number_in_french() {
    let (system, lang, country) = RUNS[0];
    tell_someone(system, lang, country).await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn help_me_tell_someone_shows_the_line_full_screen_and_texts_it_with_no_number_in_english() {
    let (system, lang, country) = RUNS[1];
    tell_someone(system, lang, country).await;
}

async fn told(system: &str, lang: &str, country: &str) {
    let now = AFTERNOON.parse().unwrap();
    let want = route_uri(country, Need::Help, Audience::Parent, &[lang], now);
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path()).at(AFTERNOON)).await;
    // From the parents' door, as an adult who opens the app themselves.
    app.click("door-parent").await;
    app.click("door-told").await;
    app.wait("told-steps").await;
    assert!(
        app.all("[data-testid='told-no-line']").await.is_empty(),
        "a line is open: the screen never says none is ({lang})"
    );
    check_screen(&app, "told", lang).await;
    app.click("told-call-help").await;
    app.wait_opened(&want).await;
    app.click("contact-close").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_adult_who_has_just_been_told_gets_the_line_route_picks_in_french() {
    let (system, lang, country) = RUNS[0];
    told(system, lang, country).await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_adult_who_has_just_been_told_gets_the_line_route_picks_in_english() {
    let (system, lang, country) = RUNS[1];
    told(system, lang, country).await;
}

/// Tuesday 24 November 2026, 02:00 and 14:00 in Casablanca: at night no line for a parent is
/// open and the police stand in; by day 2511 answers (a routing test pins both:
/// `the_adult_s_screen_pins_an_open_line_and_the_emergency_number_where_none_is_open`).
const CASABLANCA_NIGHT: &str = "2026-11-24T01:00:00Z";
const CASABLANCA_DAY: &str = "2026-11-24T13:00:00Z";

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn where_no_line_is_open_the_adult_gets_an_honest_emergency_button_and_only_then() {
    for (system, lang) in [("fr_MA.UTF-8", "fr"), ("en_MA.UTF-8", "en")] {
        for (at, open) in [(CASABLANCA_NIGHT, false), (CASABLANCA_DAY, true)] {
            let now = at.parse().unwrap();
            let want = route_uri("MA", Need::Help, Audience::Parent, &[lang], now);
            let emergency = route_uri("MA", Need::Emergency, Audience::Parent, &[lang], now);
            let home = tempfile::tempdir().unwrap();
            let app = App::start(Launch::new(system, home.path()).at(at)).await;
            app.click("door-parent").await;
            app.click("door-told").await;
            app.wait("told-steps").await;
            let no_line = app.all("[data-testid='told-no-line']").await;
            let button = app.text("told-call-help").await;
            if open {
                assert!(
                    no_line.is_empty(),
                    "a line is open: never \"none is\" ({lang})"
                );
                assert_ne!(want, emergency, "by day, a helpline, not the police");
            } else {
                assert_eq!(want, emergency, "at night route() falls back to the police");
                assert_eq!(
                    app.text("told-no-line").await,
                    text(lang, "told-no-line"),
                    "it says no line is open ({lang})"
                );
                assert!(
                    !button.contains(&text(lang, "action-call-help")),
                    "the button says what it dials, not \"Call for help\" ({lang}): {button}"
                );
                app.screenshot(&format!("told-no-line-{lang}")).await;
                app.assert_accessible(&format!("told, no line open ({lang})"))
                    .await;
            }
            app.click("told-call-help").await;
            app.wait_opened(&want).await;
            app.click("contact-close").await;
            app.close().await;
        }
    }
}

/// Reduced motion, as GTK's setting says it (WebKitGTK follows `gtk-enable-animations`).
fn reduce_motion(launch: &Launch) {
    let dir = launch.data_home.join("config").join("gtk-3.0");
    std::fs::create_dir_all(&dir).expect("the GTK settings folder");
    std::fs::write(
        dir.join("settings.ini"),
        "[Settings]\ngtk-enable-animations=false\n",
    )
    .expect("the GTK settings file");
}

async fn animations(app: &App) -> u64 {
    app.js("return document.getAnimations().length")
        .await
        .as_u64()
        .expect("a count")
}

/// Call for help and Quick exit are whole on the screen.
async fn call_and_exit_on_screen(app: &App, lang: &str, when: &str) {
    for testid in ["calm-call-help", "quick-exit"] {
        assert!(
            app.in_first_screen(testid).await,
            "{testid} is on the screen {when} ({lang})"
        );
    }
}

async fn breathing(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let launch = Launch::new(system, home.path()).at(AFTERNOON);
    reduce_motion(&launch);
    let app = App::start(launch).await;
    assert_eq!(
        app.js("return matchMedia('(prefers-reduced-motion: reduce)').matches")
            .await,
        serde_json::json!(true),
        "the webview follows the reduced-motion setting ({lang})"
    );
    let l = localizer().lang(lang).unwrap();
    let lines = first_minute::calm::schedule(Text::new(&l)).unwrap();

    // From the crisis answer.
    app.click("door-young").await;
    app.click("safety-yes").await;
    app.click("safety-calm").await;
    app.wait_text("calm-line", &lines[0].text).await;
    assert!(
        app.all("[data-testid='calm-shape']").await.is_empty()
            || app
                .js("return getComputedStyle(document.querySelector(\"[data-testid='calm-shape']\")).display")
                .await
                == serde_json::json!("none"),
        "with reduced motion the shape is not drawn ({lang})"
    );
    assert_eq!(animations(&app).await, 0, "nothing animates ({lang})");
    call_and_exit_on_screen(&app, lang, "at the start").await;
    app.screenshot(&format!("calm-{lang}")).await;
    // The words change at their second (calm-at-6), and nothing animates then either.
    app.wait_text("calm-line", &lines[1].text).await;
    assert_eq!(animations(&app).await, 0, "still nothing animates ({lang})");
    call_and_exit_on_screen(&app, lang, "while it runs").await;
    check_screen(&app, "calm", lang).await;

    // From the teen guide's helpline step.
    app.go_home().await;
    app.click("door-young").await;
    app.click("action-open-calm").await;
    app.wait_text("calm-line", &lines[0].text).await;

    // From the call dialog: while you wait for an answer or a call back.
    app.go_home().await;
    app.click("call-for-help").await;
    app.click("contact-calm").await;
    app.wait_text("calm-line", &lines[0].text).await;
    call_and_exit_on_screen(&app, lang, "after a call").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_breathing_screen_opens_from_three_places_and_with_reduced_motion_only_words_change_in_french(
) {
    breathing(RUNS[0].0, RUNS[0].1).await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_breathing_screen_opens_from_three_places_and_with_reduced_motion_only_words_change_in_english(
) {
    breathing(RUNS[1].0, RUNS[1].1).await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn without_reduced_motion_the_breathing_shape_moves() {
    // The other side of the check above: the count it reads is not always 0.
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new("en_GB.UTF-8", home.path()).at(AFTERNOON)).await;
    app.click("door-young").await;
    app.click("action-open-calm").await;
    app.wait("calm-shape").await;
    assert!(animations(&app).await > 0, "the shape follows the breath");
    app.close().await;
}
