//! The test hooks exist only in the test-hooks build. `REFUGE_NOW` (the clock),
//! `REFUGE_OPENER_LOG` (where calls are written instead of dialled), `REFUGE_SAVE_TO` (the
//! save dialog), `REFUGE_IDLE_LOCK_MS` (the record's idle lock), `REFUGE_CLIPBOARD_CLEAR_MS`
//! and `REFUGE_CLIPBOARD_FAIL` (the report text's clipboard) and `REFUGE_TEST_HOLD_UI` let
//! the other end-to-end tests drive the app. In the binary that ships, none may do anything:
//! a user's environment must never change "open now", swallow a call, save a report
//! elsewhere or keep the record open longer.
//! The shipped binary is also started here as on a plain desktop, to see how it paints.

use chrono::{DateTime, Duration, Utc};
use refuge_core::vocab::Audience;
use refuge_core::vocab::Need;
use refuge_e2e::{assert_fresh, route_uri, App, Build, Launch, PATIENCE};

/// Every variable read under `#[cfg(feature = "test-hooks")]` (src-tauri/Cargo.toml lists them).
const HOOKS: [&str; 7] = [
    "REFUGE_NOW",
    "REFUGE_OPENER_LOG",
    "REFUGE_SAVE_TO",
    "REFUGE_IDLE_LOCK_MS",
    "REFUGE_TEST_HOLD_UI",
    "REFUGE_CLIPBOARD_CLEAR_MS",
    "REFUGE_CLIPBOARD_FAIL",
];

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
#[ignore = "end to end: run by scripts/test.sh"]
fn only_the_test_hooks_build_holds_the_hook_variables() {
    let read = |build: Build| {
        let binary = build.binary();
        assert_fresh(&binary);
        std::fs::read(&binary).unwrap_or_else(|e| panic!("{} is readable: {e}", binary.display()))
    };
    let (hooks, shipped) = (read(Build::TestHooks), read(Build::Shipped));
    for var in HOOKS {
        // Proves the search below can see the name when the code that reads it is compiled in.
        assert!(
            contains(&hooks, var),
            "the test-hooks build reads {var}, so its name is in the binary"
        );
        assert!(
            !contains(&shipped, var),
            "the shipped binary must hold no code that reads {var}"
        );
    }
}

/// What Call for help dials in `country` at `now`.
fn call_for_help_uri(country: &str, now: DateTime<Utc>) -> String {
    // Home's button is for the young person, in the app's language (French here).
    route_uri(country, Need::Help, Audience::Young, &["fr"], now)
}

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_shipped_app_ignores_refuge_now_and_refuge_opener_log() {
    // France's Call for help dials 3018 in its opening hours and another line outside them, so
    // some hour in the coming week dials differently from now: set the hook's clock to it.
    let country = "FR";
    let real = call_for_help_uri(country, Utc::now());
    let fake = (1..=7 * 24)
        .map(|h| Utc::now() + Duration::hours(h))
        .find(|t| call_for_help_uri(country, *t) != real)
        .expect("Call for help in France changes line within a week (3018's hours)");
    let faked = call_for_help_uri(country, fake);

    let home = tempfile::tempdir().expect("temp dir");
    let launch = Launch::new("fr_FR.UTF-8", home.path())
        .at(&fake.to_rfc3339())
        .of(Build::Shipped);
    let opener_log = launch.opener_log.clone().expect("REFUGE_OPENER_LOG is set");
    let app = App::start(launch).await;
    app.click("call-for-help").await;

    // The call reaches the system's opener (here the harness's stand-in for xdg-open)…
    let deadline = std::time::Instant::now() + PATIENCE;
    while app.system_opened().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the shipped app should hand the call to the system's opener"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let dialled = app.system_opened();
    // …with the number for the real time (the hour may turn while the test runs)…
    let now_after = call_for_help_uri(country, Utc::now());
    assert!(
        dialled == [real.clone()] || dialled == [now_after.clone()],
        "the shipped app keeps the real clock: it dialled {dialled:?}; the real clock says \
         {real}, REFUGE_NOW={fake} would say {faked}"
    );
    assert_ne!(
        dialled,
        [faked],
        "REFUGE_NOW must not reach the shipped app"
    );
    // …and nothing is written to the log the test-hooks build would use.
    assert!(
        !opener_log.exists(),
        "the shipped app must not write to REFUGE_OPENER_LOG ({})",
        opener_log.display()
    );
    app.click("contact-close").await;
    app.close().await;
}

/// The shipped app's webview paints on the CPU, never through WebKit's accelerated compositing
/// (src-tauri/src/rendering.rs): started here as on a person's desktop, without the variable
/// the harness sets for every other test (WEBKIT_DISABLE_COMPOSITING_MODE), the page finds
/// no compositing (`(-webkit-transform-3d)` matches only where WebKit composites), and Call for
/// help is painted.
#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_shipped_app_paints_without_compositing_on_a_plain_desktop() {
    let home = tempfile::tempdir().expect("temp dir");
    let launch = Launch::new("fr_BE.UTF-8", home.path())
        .of(Build::Shipped)
        .without_env("WEBKIT_DISABLE_COMPOSITING_MODE");
    let app = App::start(launch).await;
    assert_eq!(
        app.js("return matchMedia('(-webkit-transform-3d)').matches")
            .await,
        false,
        "the webview's hardware-acceleration policy is `never`: no compositing, no OpenGL"
    );
    let line = app.text("call-for-help-line").await;
    assert!(line.contains("116"), "Call for help shows its line: {line}");
    // The test-hooks build's command that reads the policy back (tests/e2e/rendering.rs) is
    // not in the binary that ships: the page's call is refused.
    let answer = app.invoke("webview_rendering").await;
    assert!(
        answer.get("error").is_some(),
        "the shipped app has no webview_rendering command: {answer}"
    );
    app.close().await;
}
