//! End to end, offline: how the webview paints (src-tauri/src/rendering.rs).
//!
//! The app sets WebKitGTK's hardware-acceleration policy to `never` on its webview before the
//! page arrives. This reads it back from the live webview, through the test-hooks build's
//! `webview_rendering` command, which asks WebKitGTK's settings on the main loop: a test of the
//! setting itself, not of what the page can infer. (The shipped binary's side, started without
//! the harness's `WEBKIT_DISABLE_COMPOSITING_MODE`, is in tests/hooks.rs.)

use refuge_e2e::{App, Launch};
use serde_json::json;

#[tokio::test]
#[ignore = "end to end: run by scripts/test.sh"]
async fn the_webview_s_policy_is_never() {
    let home = tempfile::tempdir().expect("temp dir");
    // As on a person's desktop: without the variable the harness sets for the other tests, so
    // nothing but the app's own setting keeps WebKit from compositing.
    let launch =
        Launch::new("fr_BE.UTF-8", home.path()).without_env("WEBKIT_DISABLE_COMPOSITING_MODE");
    let app = App::start(launch).await;
    assert_eq!(
        app.invoke("webview_rendering").await,
        json!("never"),
        "WebKitGTK's hardware-acceleration-policy on Refuge's webview"
    );
    assert_eq!(
        app.js("return matchMedia('(-webkit-transform-3d)').matches")
            .await,
        false,
        "and the page finds no compositing"
    );
    let line = app.text("call-for-help-line").await;
    assert!(line.contains("116"), "Call for help shows its line: {line}");
    // The command is the test-hooks build's alone: the UI's contract does not name it.
    let bindings = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../ui/src/lib/bindings.ts"
    ))
    .expect("ui/src/lib/bindings.ts");
    assert!(
        !bindings.contains("webview_rendering"),
        "the shipped contract has no test hook"
    );
    app.close().await;
}
