//! Every Fluent id the UI asks for reaches the screen, in every language, through the path
//! that screen really uses.
//!
//! The UI reads words through two accessors, always with a literal id (ids built at run time
//! are error codes, which `error.rs` checks one by one):
//! - `app.t(id)` reads the frame's strings, `AppState.strings`: only ids with one of
//!   `session::UI_PREFIXES` are there. An id that exists in the `.ftl` files but not under
//!   those prefixes shows as the raw id (Settings once showed `record-erase-everything-title`).
//! - `s(id)` (My record's screens) reads `RecordView.strings` (`journal::strings`, every
//!   `record-` id, in the person's register), then falls back to `app.t`.
//!
//! So each id is resolved through the same maps the app builds, in every language and, for
//! `s`, both registers; and every frame id (`ui-`, `home-`…) must be used by the UI or core.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use refuge_core::i18n::{localizer, Lang, Text};
use refuge_core::journal;
use refuge_core::session::UI_PREFIXES;
use refuge_core::vocab::Audience;
use strum::IntoEnumIterator;

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

/// Which accessor a call goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Accessor {
    /// `app.t(…)`: the frame's strings.
    Frame,
    /// `s(…)`: the record's strings, then the frame's.
    Record,
}

/// The arguments of every call to the accessors `t(…)` and `s(…)`, with the accessor.
fn accessor_arguments(text: &str) -> Vec<(Accessor, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let calls = text
        .match_indices("t(")
        .map(|(i, _)| (i, Accessor::Frame))
        .chain(text.match_indices("s(").map(|(i, _)| (i, Accessor::Record)));
    for (at, accessor) in calls {
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
                        out.push((accessor, &text[at + 2..at + 1 + i]));
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

/// Every id passed to an accessor in `text`, with the accessor.
fn used_ids(text: &str) -> BTreeSet<(Accessor, String)> {
    accessor_arguments(text)
        .into_iter()
        .flat_map(|(a, arg)| quoted_ids(arg).into_iter().map(move |id| (a, id)))
        .collect()
}

/// The maps the app builds for the screens, per language: what `app.t` and `s` can read.
struct Screens {
    frame: BTreeMap<String, String>,
    record: Vec<BTreeMap<String, String>>,
}

impl Screens {
    fn of(lang: &Lang) -> Screens {
        Screens {
            // Exactly what `Session::app_state` puts in `AppState.strings`.
            frame: Text::new(lang).every(UI_PREFIXES, &[]).unwrap(),
            // Exactly what `record_view` puts in `RecordView.strings`, in each register.
            record: Audience::iter()
                .filter(|a| a.keeps_record().is_ok())
                .map(|a| journal::strings(lang, a).unwrap())
                .collect(),
        }
    }

    /// Whether `id` shows as words (not as the raw id) through `accessor`.
    fn resolves(&self, accessor: Accessor, id: &str) -> bool {
        let frame = self.frame.get(id).is_some_and(|t| !t.is_empty());
        match accessor {
            Accessor::Frame => frame,
            Accessor::Record => {
                frame
                    || self
                        .record
                        .iter()
                        .all(|m| m.get(id).is_some_and(|t| !t.is_empty()))
            }
        }
    }
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
    let screens: Vec<(Lang, Screens)> = l
        .languages()
        .into_iter()
        .map(|lang| {
            let s = Screens::of(&lang);
            (lang, s)
        })
        .collect();
    let mut used = BTreeSet::new();
    for (path, text) in &files {
        for (accessor, id) in used_ids(text) {
            for (lang, s) in &screens {
                assert!(
                    s.resolves(accessor, &id),
                    "{path} asks {accessor:?} for {id}, which would show the raw id in {lang}"
                );
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
        vec![
            (Accessor::Frame, "ui-back".to_owned()),
            (Accessor::Record, "record-a".to_owned()),
            (Accessor::Record, "record-b".to_owned()),
        ],
        "only quoted ids passed to t() or s(), with the accessor"
    );
}

#[test]
fn a_record_id_read_through_the_frame_accessor_fails_the_check() {
    // The bug this test exists for: Settings read record words through `app.t`, whose map has
    // only the frame's prefixes, and showed the raw ids.
    let en = localizer().lang("en").unwrap();
    let screens = Screens::of(&en);
    assert!(
        !screens.resolves(Accessor::Frame, "record-title"),
        "a record- id is not in the frame's strings"
    );
    assert!(
        screens.resolves(Accessor::Record, "record-title"),
        "but `s` reads it"
    );
    assert!(
        screens.resolves(Accessor::Frame, "record-erase-everything-title"),
        "Settings' erase words are in the frame's strings"
    );
    assert!(
        screens.resolves(Accessor::Record, "ui-loading"),
        "`s` falls back to the frame"
    );
    assert!(!screens.resolves(Accessor::Record, "record-no-such-id"));
}
