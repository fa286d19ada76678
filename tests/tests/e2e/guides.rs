//! End to end, offline: every guide opens from the home screen in both languages at phone
//! size; search finds what people type; the ten-minute checker answers; staff guides print.

use refuge_core::i18n::{localizer, Lang};
use refuge_core::ten_minute::verdict_view;
use refuge_e2e::{App, Launch};

fn lang_of(tag: &str) -> Lang {
    localizer().lang(tag).expect("a language Refuge has")
}

struct Route {
    guide: &'static str,
    /// Taps from the home screen, in order.
    taps: &'static [&'static str],
}

const ROUTES: &[Route] = &[
    Route {
        guide: "young-threat",
        taps: &["door-young"],
    },
    Route {
        guide: "young-tell-adult",
        taps: &["door-young", "guide-link-young-tell-adult"],
    },
    Route {
        guide: "young-friend",
        taps: &["door-young", "guide-link-young-friend"],
    },
    // The situations added in issue 24, each reached from the teen door.
    Route {
        guide: "young-removal",
        taps: &["door-young", "guide-link-young-removal"],
    },
    Route {
        guide: "young-shared",
        taps: &["door-young", "guide-link-young-shared"],
    },
    Route {
        guide: "young-forwarded",
        taps: &["door-young", "guide-link-young-forwarded"],
    },
    Route {
        guide: "young-adult",
        taps: &["door-young", "guide-link-young-adult"],
    },
    Route {
        guide: "parent-talk",
        taps: &["door-parent", "guide-link-parent-talk"],
    },
    Route {
        guide: "parent-signs",
        taps: &["door-parent", "guide-link-parent-signs"],
    },
    Route {
        guide: "removal",
        taps: &["door-parent", "guide-link-removal"],
    },
    Route {
        guide: "red-flags",
        taps: &["door-parent", "guide-link-red-flags"],
    },
    Route {
        guide: "staff-young",
        taps: &["door-staff", "guide-link-staff-young"],
    },
    Route {
        guide: "staff-parent",
        taps: &["door-staff", "guide-link-staff-parent"],
    },
    Route {
        guide: "ten-minute",
        taps: &["link-ten-minute"],
    },
    Route {
        guide: "words",
        taps: &["link-words"],
    },
];

async fn every_guide_opens_from_home(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path())).await;
    for route in ROUTES {
        app.go_home().await;
        for tap in route.taps {
            app.click(tap).await;
        }
        app.wait(&format!("guide-{}", route.guide)).await;
        let steps = app.all("[data-testid='step']").await;
        assert!(
            !steps.is_empty(),
            "{} shows its steps in {lang}",
            route.guide
        );
        for (i, step) in steps.iter().enumerate() {
            let source = step
                .find(fantoccini::Locator::Css("[data-testid='step-source']"))
                .await
                .unwrap_or_else(|_| panic!("{} step {i} shows its source", route.guide));
            let text = source
                .text()
                .await
                .unwrap_or_else(|e| panic!("{} step {i}: source text: {e}", route.guide));
            assert!(
                text.len() > 10,
                "{} step {i} has a real source: {text:?}",
                route.guide
            );
        }
        app.screenshot(&format!("guide-{}-{lang}", route.guide))
            .await;
        app.screenshot_pages(&format!("guide-{}-{lang}-full", route.guide))
            .await;
        app.assert_accessible(&format!("guide {} ({lang})", route.guide))
            .await;
    }
    app.go_home().await;
    app.click("link-sources").await;
    app.wait("sources").await;
    app.screenshot(&format!("sources-{lang}")).await;
    app.assert_accessible(&format!("sources ({lang})")).await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn every_guide_opens_from_home_in_french() {
    every_guide_opens_from_home("fr_BE.UTF-8", "fr").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn every_guide_opens_from_home_in_english() {
    every_guide_opens_from_home("en_GB.UTF-8", "en").await;
}

async fn search_finds_the_threat_guide(system: &str, lang: &str, word: &str) {
    let home = tempfile::tempdir().unwrap();
    let app = App::start(Launch::new(system, home.path())).await;
    app.type_into("search-input", word).await;
    app.click("search-submit").await;
    app.wait("search-results").await;
    let hits = app.all("[data-testid^='hit-young-threat-']").await;
    assert!(
        !hits.is_empty(),
        "{word:?} finds the 'someone is threatening me' guide"
    );
    app.screenshot(&format!("search-{lang}")).await;
    app.assert_accessible(&format!("search results ({lang})"))
        .await;
    hits[0].click().await.expect("a result opens");
    app.wait("guide-young-threat").await;

    // Hostile input typed into the box: results or an empty list, never an error screen.
    let long = "chantage ".repeat(11_000); // about 100 KB
    for hostile in [
        "\"",
        "NEAR(a b",
        "*:)",
        "😀🔥",
        "AND OR NOT",
        "\u{0}x",
        "e\u{301}t\u{e9}",
        long.as_str(),
    ] {
        app.go_home().await;
        app.paste_into("search-input", hostile).await;
        app.click("search-submit").await;
        let deadline = std::time::Instant::now() + refuge_e2e::PATIENCE;
        loop {
            let done = !app.all("[data-testid='search-results']").await.is_empty()
                || !app.all("[data-testid='search-empty']").await.is_empty();
            if done {
                break;
            }
            assert!(
                app.all("[role='alert']").await.is_empty(),
                "{hostile:?} must not produce an error"
            );
            assert!(
                std::time::Instant::now() < deadline,
                "{hostile:?} gets an answer"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn chantage_finds_the_threat_guide_in_french() {
    search_finds_the_threat_guide("fr_FR.UTF-8", "fr", "chantage").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn blackmail_finds_the_threat_guide_in_english() {
    search_finds_the_threat_guide("en_US.UTF-8", "en", "blackmail").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_ten_minute_checker_answers() {
    for (system, lang) in [("fr_BE.UTF-8", "fr"), ("en_GB.UTF-8", "en")] {
        let home = tempfile::tempdir().unwrap();
        let app = App::start(Launch::new(system, home.path())).await;
        app.click("link-ten-minute").await;
        app.click("action-open-ten-minute-check").await;
        app.click("ten-met-yes").await;
        app.click("ten-talked-no").await;
        app.wait_attr("ten-verdict", "data-accept", "false").await;
        let refuse = verdict_view(&lang_of(lang), true, false).expect("the refusal's words");
        app.wait_text("ten-headline", &refuse.headline).await;
        app.screenshot(&format!("ten-minute-refuse-{lang}")).await;
        app.click("ten-talked-yes").await;
        // The verdict must change on screen: accepted, with the words Rust gives an acceptance.
        app.wait_attr("ten-verdict", "data-accept", "true").await;
        let accept = verdict_view(&lang_of(lang), true, true).expect("the acceptance's words");
        assert_ne!(
            accept.headline, refuse.headline,
            "accepting and refusing read differently"
        );
        app.wait_text("ten-headline", &accept.headline).await;
        app.screenshot(&format!("ten-minute-accept-{lang}")).await;
        app.assert_accessible(&format!("ten-minute checker ({lang})"))
            .await;
        app.close().await;
    }
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn staff_guides_have_a_clean_print_layout() {
    for (system, lang) in [("fr_BE.UTF-8", "fr"), ("en_GB.UTF-8", "en")] {
        let home = tempfile::tempdir().unwrap();
        let mut launch = Launch::new(system, home.path());
        launch.size = (794, 1123); // A4 at 96 dpi
        let app = App::start(launch).await;
        for guide in ["staff-young", "staff-parent"] {
            app.go_home().await;
            app.click("door-staff").await;
            app.click(&format!("guide-link-{guide}")).await;
            app.wait(&format!("guide-{guide}")).await;
            // Emulate print media: switch every @media print rule on, as printing would.
            app.js(
                "for (const sheet of document.styleSheets) { for (const rule of sheet.cssRules) { \
                   if (rule.media && rule.media.mediaText.includes('print')) rule.media.mediaText = 'all'; } } \
                 return true;",
            )
            .await;
            let bar_hidden = app
                .js("return getComputedStyle(document.querySelector('.bar')).display === 'none'")
                .await;
            assert_eq!(
                bar_hidden.as_bool(),
                Some(true),
                "the app bar is not printed"
            );
            let ink = app
                .js("return getComputedStyle(document.querySelector('.step')).color")
                .await;
            assert_eq!(
                ink.as_str(),
                Some("rgb(0, 0, 0)"),
                "print is black on white"
            );
            app.screenshot_pages(&format!("print-{guide}-{lang}")).await;
            app.client.refresh().await.expect("reload resets the media");
            app.wait("home-title").await;
        }
        app.close().await;
    }
}
