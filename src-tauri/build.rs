fn main() {
    // Every app command is listed here so it falls under the ACL: the webview can call only
    // the commands that capabilities/ grants one by one.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_state",
            "set_language",
            "set_country",
            "guide",
            "guides",
            "sources",
            "search",
            "ten_minute_questions",
            "ten_minute_check",
            "countries",
            "helplines",
            "call_for_help",
            "contact",
            "contact_purpose",
            "open_link",
            "triage_questions",
            "triage_assess",
            "quick_exit",
            "ui_ready",
        ]),
    ))
    .expect("tauri build script");
}
