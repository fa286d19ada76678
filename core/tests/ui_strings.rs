//! Every Fluent id the UI asks for exists in every language.
//!
//! The UI reads words only through its one accessor (`app.t`, and the record's `s`, which
//! falls back to it), always with a literal id; ids built at run time are error codes, which
//! `error.rs` checks one by one. So every quoted id in `ui/src` must resolve in every
//! language, and every frame id (`ui-`, `home-`…) must be used by the UI or by core.

use std::collections::BTreeSet;
use std::path::Path;

use refuge_core::i18n::localizer;

/// The prefixes of ids the UI uses.
const PREFIXES: &[&str] = &[
    "ui-",
    "home-",
    "search-",
    "record-",
    "error-",
    "discreet-",
    "action-",
    "app-",
];

fn ui_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("ui/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            ui_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "svelte" || e == "ts")
            && !path.ends_with("bindings.ts")
        {
            let text = std::fs::read_to_string(&path).expect("a UI source is UTF-8");
            out.push((path.display().to_string(), text));
        }
    }
}

/// The arguments of every call to the accessors `t(…)` and `s(…)` (`app.t`, the record's `s`).
fn accessor_arguments(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (at, _) in text.match_indices("t(").chain(text.match_indices("s(")) {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let standalone = before.is_none_or(|b| !(b.is_ascii_alphanumeric() || b == b'_'));
        if !standalone {
            continue;
        }
        let mut depth = 0usize;
        for (i, b) in bytes[at + 1..].iter().enumerate() {
            match b {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        out.push(&text[at + 2..at + 1 + i]);
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Quoted strings that look like Fluent ids with one of [`PREFIXES`].
fn quoted_ids(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for quote in ['\'', '"'] {
        for (i, piece) in text.split(quote).enumerate() {
            let looks_like_id = i % 2 == 1
                && !piece.is_empty()
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && PREFIXES.iter().any(|p| piece.starts_with(p))
                && !piece.ends_with('-');
            if looks_like_id {
                ids.insert(piece.to_owned());
            }
        }
    }
    ids
}

/// Every id passed to an accessor in `text`.
fn used_ids(text: &str) -> BTreeSet<String> {
    accessor_arguments(text)
        .into_iter()
        .flat_map(quoted_ids)
        .collect()
}

#[test]
fn every_id_the_ui_uses_exists_in_every_language() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src");
    let mut files = Vec::new();
    ui_sources(&ui, &mut files);
    assert!(
        files.len() > 10,
        "the UI sources were found: {}",
        files.len()
    );
    let l = localizer();
    let mut used = BTreeSet::new();
    for (path, text) in &files {
        for id in used_ids(text) {
            for lang in l.languages() {
                assert!(l.has(&lang, &id), "{path} uses {id}, missing in {lang}");
            }
            used.insert(id);
        }
    }
    assert!(used.len() > 30, "ids were collected: {}", used.len());
    // Frame words nobody shows are dead text: someone translates them for nothing.
    let core_sources = {
        let mut all = String::new();
        let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![core];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "rs") {
                    all.push_str(&std::fs::read_to_string(p).unwrap());
                }
            }
        }
        all
    };
    let en = l.lang("en").unwrap();
    for id in l.ids(&en) {
        let frame = ["ui-", "home-", "prep-", "search-", "discreet-"];
        if frame.iter().any(|p| id.starts_with(p)) && !used.contains(id) {
            // Core names it whole ("ui-x") or builds it (format!("home-door-triage-{who}")).
            let built_in_core = core_sources.contains(&format!("\"{id}\""))
                || id
                    .match_indices('-')
                    .any(|(i, _)| core_sources.contains(&format!("\"{}-{{", &id[..i])));
            assert!(built_in_core, "{id} is used by neither the UI nor core");
        }
    }
}

#[test]
fn the_collector_sees_ids_in_both_quotes_and_ignores_the_rest() {
    let ids = used_ids(
        r#"app.t('ui-back') s(kind === 'pin' ? "record-a" : 'record-b') class="ui-box" 'ui-loose' lists("ui-z") app.t(`ui-${x}`)"#,
    );
    assert_eq!(
        ids.into_iter().collect::<Vec<_>>(),
        vec!["record-a", "record-b", "ui-back"],
        "only quoted ids passed to t() or s()"
    );
}
