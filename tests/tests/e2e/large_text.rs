//! End to end, offline: room to read at large text (issue 24, item 7). At 320×640 with text at
//! 200 %, the sticky bar is one slim row with Quick exit whole, and tabbing through Home and the
//! teen guide, as a keyboard user would, shows every focused control's top below the bar.

use refuge_e2e::{App, Launch};
use serde_json::Value;

use crate::a11y::set_text_size;

const TAB: &str = "\u{E004}";

/// The focused element after a Tab: whether it is new, whether it sits in the bar, its top and
/// the bar's bottom (CSS px), and what it is. Marks it, so a second visit ends the walk.
const FOCUSED: &str = r#"
const a = document.activeElement;
const bar = document.querySelector('.bar');
if (!a || a === document.body) return { done: false, skip: true };
const seen = a.hasAttribute('data-tabbed');
a.setAttribute('data-tabbed', '');
const r = a.getBoundingClientRect();
return {
  done: seen,
  skip: false,
  inBar: bar.contains(a),
  top: r.top,
  bottom: r.bottom,
  barBottom: bar.getBoundingClientRect().bottom,
  barHeight: bar.offsetHeight,
  what: a.dataset.testid || (a.tagName.toLowerCase() + ':' + (a.textContent || '').trim().slice(0, 50)),
};
"#;

/// Tab through the whole screen once; return how many controls were reached and what was
/// wrong.
async fn tab_through(app: &App, screen: &str) -> (usize, Vec<String>) {
    app.js("document.querySelectorAll('[data-tabbed]').forEach((e) => e.removeAttribute('data-tabbed')); return true")
        .await;
    let mut reached = 0;
    let mut problems = Vec::new();
    for _ in 0..300 {
        app.press(TAB).await;
        app.settle().await;
        let f: Value = app.js(FOCUSED).await;
        if f["skip"].as_bool() == Some(true) {
            continue;
        }
        if f["done"].as_bool() == Some(true) {
            return (reached, problems);
        }
        reached += 1;
        if f["inBar"].as_bool() == Some(true) {
            continue;
        }
        let (top, bar) = (
            f["top"].as_f64().unwrap_or(-1.0),
            f["barBottom"].as_f64().unwrap_or(f64::MAX),
        );
        if top < bar - 1.0 {
            problems.push(format!(
                "{screen}: {} has its top at {top:.0}, under the bar (bottom {bar:.0})",
                f["what"]
            ));
        }
    }
    panic!("{screen}: Tab never came back round after 300 presses");
}

async fn bar_height(app: &App) -> f64 {
    app.js("return document.querySelector('.bar').offsetHeight")
        .await
        .as_f64()
        .expect("a height")
}

async fn at_large_text(system: &str, lang: &str) {
    let home = tempfile::tempdir().unwrap();
    let mut launch = Launch::new(system, home.path()).at("2026-11-24T14:00:00+01:00");
    launch.size = (320, 640);
    let app = App::start(launch).await;
    set_text_size(&app, 200).await;
    let bar = bar_height(&app).await;
    // One row: Quick exit (44 px high at least) and the name, with a little padding.
    assert!(
        bar <= 64.0,
        "at 200 % the bar is one slim row, not a third of the screen: {bar} px ({lang})"
    );
    let (home_controls, mut problems) = tab_through(&app, "home").await;
    assert!(
        home_controls >= 10,
        "Home's controls were reached: {home_controls}"
    );
    app.screenshot(&format!("large-text-tabbed-home-{lang}"))
        .await;

    app.click("door-young").await;
    app.wait("now-card").await;
    set_text_size(&app, 200).await;
    let (guide_controls, more) = tab_through(&app, "guide-young-threat").await;
    problems.extend(more);
    assert!(
        guide_controls >= 30,
        "the teen guide's controls were reached: {guide_controls}"
    );
    assert!(
        problems.is_empty(),
        "at 320×640 and 200 % ({lang}):\n{}",
        problems.join("\n")
    );
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn at_200_percent_on_a_small_phone_every_focused_control_shows_below_the_bar_in_french() {
    at_large_text("fr_FR.UTF-8", "fr").await;
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn at_200_percent_on_a_small_phone_every_focused_control_shows_below_the_bar_in_english() {
    at_large_text("en_GB.UTF-8", "en").await;
}
