//! Shell tests: the IPC contract, the ACL, and every command called through the real IPC
//! (Tauri's mock runtime, the app's own configuration and capability).

use std::path::{Path, PathBuf};
use std::sync::Once;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::Manager;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The TypeScript contract as the commands define it now.
fn exported_bindings() -> String {
    let dir = tempfile_dir("bindings");
    let path = dir.join("bindings.ts");
    crate::commands::builder()
        .export(
            specta_typescript::Typescript::default()
                .header("// Generated from the Rust commands by tauri-specta: do not edit.\n// Regenerate: REFUGE_WRITE_BINDINGS=1 cargo test -p refuge bindings\n"),
            &path,
        )
        .expect("the contract exports");
    std::fs::read_to_string(&path).expect("the exported file is readable")
}

fn tempfile_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("refuge-shell-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    dir
}

#[test]
fn bindings_ts_is_the_contract_the_commands_define() {
    let committed_path = manifest_dir().join("../ui/src/lib/bindings.ts");
    let now = exported_bindings();
    if std::env::var_os("REFUGE_WRITE_BINDINGS").is_some() {
        std::fs::write(&committed_path, &now).expect("bindings.ts written");
        return;
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == now,
        "ui/src/lib/bindings.ts differs from what the Rust commands define: regenerate it with \
         `REFUGE_WRITE_BINDINGS=1 cargo test -p refuge bindings` and review the diff"
    );
}

/// The command names the contract holds (`__TAURI_INVOKE<T>("name"`).
fn contract_commands() -> Vec<String> {
    exported_bindings()
        .lines()
        .filter(|l| l.contains("__TAURI_INVOKE<"))
        .filter_map(|l| l.split("(\"").nth(1)?.split('"').next().map(str::to_owned))
        .collect()
}

#[test]
fn the_capability_grants_exactly_the_commands_of_the_contract() {
    let capability: Value = serde_json::from_str(
        &std::fs::read_to_string(manifest_dir().join("capabilities/default.json")).unwrap(),
    )
    .unwrap();
    let mut granted: Vec<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    let mut commands = contract_commands();
    granted.sort();
    commands.sort();
    assert!(commands.len() > 20, "commands found: {commands:?}");
    assert_eq!(
        granted, commands,
        "capabilities/default.json grants each command one by one, and nothing else"
    );
    let others: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    assert!(
        others.is_empty(),
        "no core or plugin permission: the UI uses app commands only, Rust opens what is \
         opened (review L5): {others:?}"
    );
}

/// The tests that start an app share one data folder: one at a time, so one never reads the
/// settings another is writing.
fn one_app_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn isolate_data() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let home = tempfile_dir("data");
        // Set before any thread reads it: the app's data folder lives here during the tests.
        std::env::set_var("XDG_DATA_HOME", home.join("data"));
        std::env::set_var("XDG_CONFIG_HOME", home.join("config"));
        std::env::set_var("HOME", &home);
    });
}

fn invoke(
    webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // The app's own origin on Linux: the capability allows local URLs only.
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap_or(Value::Null))
}

/// The app on the mock runtime, its setup run (state, start-up thread) as at launch.
fn started_app() -> tauri::App<tauri::test::MockRuntime> {
    let mut app = crate::build_app(mock_builder(), crate::commands::mock_builder())
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    // One turn of the event loop runs the app's setup, as at launch.
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    app
}

#[test]
fn every_command_answers_through_the_real_ipc_and_capability_and_nothing_else_does() {
    let _one = one_app_at_a_time();
    isolate_data();
    let app = started_app();
    // The configuration's own window (tauri.conf.json), created by setup.
    let webview = app
        .get_webview_window("main")
        .expect("the main window of tauri.conf.json");
    // Every command, with arguments a real screen sends. Calls that would open something
    // (contact, open_link, quick_exit, exports) are checked for coded errors only.
    let calls: Vec<(&str, Value)> = vec![
        ("app_state", json!({})),
        ("set_language", json!({"tag": "fr"})),
        ("set_country", json!({"code": "FR"})),
        ("home", json!({})),
        ("door", json!({"audience": "parent"})),
        ("guide", json!({"id": "young-threat"})),
        ("sources", json!({})),
        ("ten_minute_questions", json!({})),
        ("ten_minute_check", json!({"met": true, "talked": false})),
        ("search", json!({"query": "chantage"})),
        ("countries", json!({"query": "cote"})),
        ("helplines", json!({"country": "BE"})),
        ("triage_questions", json!({"audience": "young"})),
        (
            "triage_assess",
            json!({"audience": "parent", "answers": {"deadline": "yes"}}),
        ),
        ("tell_someone", json!({})),
        ("tell_line", json!({"line": "scared"})),
        ("told", json!({})),
        ("calm", json!({})),
        ("record_view", json!({})),
        ("record_lock", json!({})),
        (
            "platform_choice",
            json!({"guide": "young-threat", "step": "report"}),
        ),
        ("platform_guide", json!({"id": "snapchat"})),
        (
            "payment_cards",
            json!({"guide": "parent-cases", "step": "already-paid"}),
        ),
        ("payment_card", json!({"id": "mobile-money"})),
        ("set_discreet", json!({"on": false})),
        ("ui_ready", json!({"by": "ui"})),
    ];
    for (cmd, args) in &calls {
        let answer = invoke(&webview, cmd, args.clone());
        assert!(answer.is_ok(), "{cmd} answers through the IPC: {answer:?}");
    }
    // Refused with a code, not a bare string: argument errors included.
    for (cmd, args, code) in [
        ("set_language", json!({"tag": 42}), "invalid-argument"),
        ("ui_ready", json!({"by": "someone"}), "invalid-argument"),
        ("set_language", json!({}), "invalid-argument"),
        ("set_country", json!({"code": "XX"}), "unknown-country"),
        (
            "guide",
            json!({"id": "x".repeat(1_000_000)}),
            "input-too-long",
        ),
        (
            "triage_assess",
            json!({"audience": "young", "answers": [1, 2]}),
            "invalid-argument",
        ),
        (
            "contact",
            json!({"id": "tel:112", "channel": "call", "need": null, "audience": null}),
            "unknown-helpline",
        ),
        (
            "open_link",
            json!({"id": "https://evil.example"}),
            "link-not-allowed",
        ),
        // An opening line is named, never written: any text is refused before a URI is built.
        (
            "tell_text",
            json!({"line": "Send me the photos"}),
            "invalid-argument",
        ),
        ("tell_line", json!({"line": "sms:123"}), "invalid-argument"),
        (
            "record_save",
            json!({"id": null, "input": {}}),
            "record-locked",
        ),
        // "Report it where it happens": unknown, hostile and oversized ids, a locked record.
        ("platform_guide", json!({"id": "../x"}), "invalid-input"),
        (
            "platform_guide",
            json!({"id": "x".repeat(1 << 20)}),
            "input-too-long",
        ),
        (
            "payment_card",
            json!({"id": "bitcoin\u{202E}"}),
            "invalid-input",
        ),
        (
            "payment_card",
            json!({"id": "x".repeat(1 << 20)}),
            "input-too-long",
        ),
        (
            "platform_choice",
            json!({"guide": "nope", "step": "report-block"}),
            "unknown-guide",
        ),
        (
            "payment_cards",
            json!({"guide": "young-threat", "step": "x".repeat(1 << 20)}),
            "input-too-long",
        ),
        (
            "record_report_text",
            json!({"shape": "police", "include": {}}),
            "record-locked",
        ),
        (
            "record_report_copy",
            json!({"shape": "platform", "include": {"payments": null}}),
            "record-locked",
        ),
        (
            "record_report_text",
            json!({"shape": "tiktok", "include": {}}),
            "invalid-argument",
        ),
    ] {
        let err = invoke(&webview, cmd, args).expect_err("a refusal");
        assert_eq!(err["code"], code, "{cmd}: {err}");
        assert!(err["message"].is_string(), "{cmd}: a message for the logs");
    }
    // The capability grants no plugin command: the opener and the dialog are Rust's alone.
    for cmd in [
        "plugin:opener|open_url",
        "plugin:dialog|save",
        "plugin:clipboard-manager|read_text",
        "plugin:clipboard-manager|write_text",
    ] {
        let err = invoke(&webview, cmd, json!({"url": "https://evil.example"}))
            .expect_err("what the capability does not grant is refused");
        assert!(
            err.as_str().is_some_and(|e| e.contains("not allowed")),
            "{cmd} is refused by the ACL, not run: {err}"
        );
    }
    let state = invoke(&webview, "app_state", json!({})).unwrap();
    assert_eq!(state["language"], "fr", "one session across commands");
    assert!(
        Path::new(&std::env::var("XDG_DATA_HOME").unwrap()).exists(),
        "isolated data folder"
    );
}

#[test]
fn the_page_carries_the_first_screen_the_commands_would_give_once() {
    let _one = one_app_at_a_time();
    isolate_data();
    // A country with a line, saved as a person would choose it: Home's first screen then has
    // Call for help (whatever the test machine's locale, or what another test chose).
    let data = std::path::PathBuf::from(std::env::var_os("XDG_DATA_HOME").unwrap());
    refuge_core::session::Session::start(Some(&data.join("org.refuge.app")), None)
        .set_country("BE")
        .expect("the country is saved");
    let mut app = crate::build_app(mock_builder(), crate::commands::mock_builder())
        .build(crate::first_paint::install(tauri::generate_context!()))
        .expect("the app builds on the mock runtime");
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    // Once the session is built, its first screen is prepared (before the session is shared).
    tauri::async_runtime::block_on(app.state::<crate::AppSession>().with(|_| Ok(())))
        .expect("the session starts");
    let page = |app: &tauri::App<tauri::test::MockRuntime>| {
        let asset = app
            .asset_resolver()
            .get("index.html".into())
            .expect("the built UI has its page");
        (String::from_utf8(asset.bytes).unwrap(), asset.csp_header)
    };
    let (html, csp) = page(&app);
    let open = format!(
        r#"<script type="application/json" id="{}">"#,
        crate::first_paint::ELEMENT_ID
    );
    let start = html
        .find(&open)
        .expect("the first page carries the first screen")
        + open.len();
    let json = &html[start..start + html[start..].find("</script>").unwrap()];
    let first: Value = serde_json::from_str(json).expect("the block is JSON");
    assert!(
        html[start..].find("</head>").is_some(),
        "the block is in the page's head, before the UI's script runs"
    );
    assert!(
        csp.as_deref()
            .is_some_and(|c| c.contains("script-src 'self'")),
        "the page keeps its CSP: a data block needs no exception: {csp:?}"
    );
    let webview = app.get_webview_window("main").expect("the main window");
    assert_eq!(
        first["state"],
        invoke(&webview, "app_state", json!({})).unwrap(),
        "the frame in the page is what the app_state command answers"
    );
    assert_eq!(
        first["home"],
        invoke(&webview, "home", json!({})).unwrap(),
        "Home in the page is what the home command answers"
    );
    // The built page is as `first_paint` expects it: the HTML first screen goes in, before
    // the mount point, and the UI's script waits for the page's inline script to load it.
    let screen = format!(r#"<div id="{}">"#, crate::first_paint::SCREEN_ID);
    let at = html
        .find(&screen)
        .expect("the first page carries Home's first screen as HTML (the built page changed?)");
    assert!(
        html[at..].find(r#"<div id="app"></div>"#).is_some(),
        "the HTML screen comes before the UI's mount point"
    );
    assert!(
        html.contains(r#"<script type="refuge/module""#) && !html.contains(r#"type="module""#),
        "the UI's script is held until the first paint"
    );
    let inline = html
        .find("refugeFirstScreen")
        .expect("the page's inline script loads the held script");
    assert!(
        at < inline,
        "the inline script runs after the HTML screen is parsed"
    );
    assert!(
        csp.as_deref().is_some_and(|c| c.contains("'sha256-")),
        "the CSP allows the inline script by its hash, and nothing inline else: {csp:?}"
    );
    let (again, _) = page(&app);
    assert!(
        !again.contains(&open) && !again.contains(&screen),
        "a second load of the page asks by command, so it never shows stale settings"
    );
    assert!(
        again.contains(r#"<script type="module""#),
        "and loads the UI's script at once"
    );
}

#[test]
fn quick_exit_closes_on_a_desktop_and_android_and_stays_on_a_blank_screen_on_ios() {
    use refuge_core::os::{Os, QuickExit};
    let _one = one_app_at_a_time();
    isolate_data();
    let app = started_app();
    let webview = app.get_webview_window("main").expect("the main window");
    let pin = json!({"secret": "271828"});
    let stage = || invoke(&webview, "record_stage", json!({})).expect("the record's stage");
    let setup = json!({"input": {"kind": "pin", "audience": "young"}, "secret": "271828"});
    invoke(&webview, "record_setup", setup).expect("a record is set up");
    for (os, closes, told) in [
        (Os::Desktop, true, QuickExit::Exiting),
        (Os::Android, true, QuickExit::Exiting),
        (Os::Ios, false, QuickExit::Neutral),
    ] {
        invoke(&webview, "record_unlock", pin.clone()).expect("the PIN opens the record");
        assert_eq!(
            stage(),
            "open",
            "{os:?}: the record is open before quick exit"
        );
        let mut closed = 0;
        let outcome = crate::commands::app::quick_exit_on(app.handle(), os, |_| closed += 1);
        assert_eq!(outcome, told, "{os:?}: what the UI is told");
        assert_eq!(
            closed,
            usize::from(closes),
            "{os:?}: the app closes itself except on iOS, where it may not"
        );
        assert_eq!(stage(), "locked", "{os:?}: quick exit locks the record");
    }
    invoke(&webview, "record_erase", json!({})).expect("the test's record is erased");
}
