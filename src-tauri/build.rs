//! Puts every app command under the ACL, so the webview can call only what
//! `capabilities/default.json` grants one by one.
//!
//! The command list is written once, in `src/commands/mod.rs` (`collect_commands![…]`, which
//! also makes the invoke handler and the TypeScript contract); this reads it from there rather
//! than keeping a second list. A shell test checks the capability grants exactly these.

fn main() {
    let source = "src/commands/mod.rs";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("src/commands/mod.rs is readable");
    let names = commands(&text);
    assert!(
        names.len() > 10,
        "build.rs found the command list in {source}: {names:?}"
    );
    // The manifest wants a list that lives as long as the build script: leak it.
    let names: Vec<&'static str> = names
        .into_iter()
        .map(|n| &*Box::leak(n.into_boxed_str()))
        .collect();
    // The test-hooks build alone has one more command, which the tests call by name
    // (src/rendering.rs: `webview_rendering`); its permission is granted at start-up there.
    let mut names = names;
    if std::env::var_os("CARGO_FEATURE_TEST_HOOKS").is_some() {
        names.push("webview_rendering");
    }
    let names: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    // Google Play refuses updates whose native libraries are not aligned to 16 KB pages (apps
    // targeting Android 15+). Tauri's build overrides the rustflags of .cargo/config.toml, so
    // the flag is given here (tauri-apps/tauri#14895); docs/mobile.md says how to check it.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("android") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
    }
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri build script");
}

/// The command names in the `collect_commands![…]` block: `module::name` or
/// `module::name::<$r>` → `name`.
fn commands(text: &str) -> Vec<String> {
    let start = text
        .find("collect_commands![")
        .expect("commands/mod.rs has a collect_commands! block")
        + "collect_commands![".len();
    let end = start + text[start..].find(']').expect("the block ends");
    text[start..end]
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            let path = item.split("::<").next().unwrap_or(item);
            path.rsplit("::").next().unwrap_or(path).to_owned()
        })
        .collect()
}
