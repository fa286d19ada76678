//! One running app's state: the settings store, the language and the country in force.
//!
//! The shell keeps one `Session` behind a mutex and its commands call these methods; every
//! rule about which language or country wins lives here, so it is tested without a window.
//!
//! Language: the saved choice wins; else the system locale, negotiated (`fr_*` → French,
//! anything else → English). A saved value that is no longer valid is ignored, not fatal.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::i18n::{localizer, Lang};
use crate::storage::{Recovery, Setting, Store};

/// Prefixes of the Fluent ids the UI's frame needs (home, navigation, notices).
pub const UI_PREFIXES: &[&str] = &["app-", "ui-", "home-", "prep-"];

/// The running app's state.
pub struct Session {
    store: Store,
    system_tag: String,
    lang: Lang,
}

/// A language the user can switch to, named in its own language.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageOption {
    /// Its tag, e.g. `"fr"`.
    pub tag: Lang,
    /// Its own name, e.g. `"Français"`.
    pub name: String,
}

/// What the UI needs to draw its frame.
#[derive(Debug, Clone, Serialize)]
pub struct AppState {
    /// The language in force.
    pub language: Lang,
    /// Every language available.
    pub languages: Vec<LanguageOption>,
    /// The frame's strings in the language in force, `id → text`.
    pub strings: BTreeMap<String, String>,
    /// Set when the settings file could not be used at start-up.
    pub recovery: Option<Recovery>,
}

impl Session {
    /// Start: open the store in `data_dir` (in memory when there is none) and settle the
    /// language from the saved choice or the system locale tag.
    pub fn start(data_dir: Option<&Path>, system_tag: Option<&str>) -> Session {
        let store = match data_dir {
            Some(dir) => Store::open_in_dir(dir),
            None => Store::in_memory().expect("an in-memory database always opens"),
        };
        let system_tag = system_tag.unwrap_or_default().to_owned();
        let lang = resolve_language(&store, &system_tag);
        Session {
            store,
            system_tag,
            lang,
        }
    }

    /// The language in force.
    pub fn lang(&self) -> &Lang {
        &self.lang
    }

    /// The system locale tag the session started with.
    pub fn system_tag(&self) -> &str {
        &self.system_tag
    }

    /// The settings store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Switch language and save the choice. An unknown or broken tag is an error and
    /// changes nothing.
    pub fn set_language(&mut self, tag: &str) -> Result<()> {
        let lang = localizer().lang(tag)?;
        self.store.set(Setting::Language, lang.as_str())?;
        self.lang = lang;
        Ok(())
    }

    /// The frame's state for the UI.
    pub fn app_state(&self) -> Result<AppState> {
        let l = localizer();
        let languages = l
            .languages()
            .into_iter()
            .map(|tag| {
                Ok(LanguageOption {
                    name: l.message(&tag, "app-language-name")?,
                    tag,
                })
            })
            .collect::<Result<_>>()?;
        Ok(AppState {
            language: self.lang.clone(),
            languages,
            strings: l.messages_with_prefixes(&self.lang, UI_PREFIXES)?,
            recovery: self.store.recovery().cloned(),
        })
    }
}

fn resolve_language(store: &Store, system_tag: &str) -> Lang {
    let l = localizer();
    let saved = store
        .get(Setting::Language)
        .ok()
        .flatten()
        .and_then(|tag| l.lang(&tag).ok());
    saved.unwrap_or_else(|| {
        l.negotiate(system_tag)
            .or_else(|_| l.negotiate(""))
            .expect("negotiating the empty tag gives the fallback")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_locale_decides_until_the_user_chooses_and_the_choice_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let s = Session::start(Some(dir.path()), Some("fr_BE.UTF-8"));
        assert_eq!(s.lang().as_str(), "fr", "fr_BE gives French");
        drop(s);

        let mut s = Session::start(Some(dir.path()), Some("fr_BE.UTF-8"));
        s.set_language("en").unwrap();
        assert_eq!(s.lang().as_str(), "en");
        drop(s);

        let s = Session::start(Some(dir.path()), Some("fr_BE.UTF-8"));
        assert_eq!(
            s.lang().as_str(),
            "en",
            "the saved choice wins over the system locale at the next start"
        );
    }

    #[test]
    fn a_bad_language_choice_is_an_error_and_changes_nothing() {
        let mut s = Session::start(None, Some("en_GB.UTF-8"));
        for bad in ["xx", "@@", "", &"f".repeat(1 << 20)] {
            let err = s.set_language(bad).unwrap_err();
            assert!(
                ["unknown-locale", "invalid-locale"].contains(&err.code()),
                "{} for a bad tag",
                err.code()
            );
            assert_eq!(s.lang().as_str(), "en", "language unchanged after a bad tag");
        }
    }

    #[test]
    fn broken_system_locale_starts_in_english() {
        let s = Session::start(None, Some("@@@###"));
        assert_eq!(s.lang().as_str(), "en");
    }

    #[test]
    fn app_state_carries_the_frame_strings_in_the_language_in_force() {
        let s = Session::start(None, Some("fr_CH.UTF-8"));
        let state = s.app_state().unwrap();
        assert_eq!(state.language.as_str(), "fr");
        assert_eq!(
            state.strings.get("ui-quick-exit").map(String::as_str),
            Some("Sortie rapide")
        );
        let names: Vec<_> = state.languages.iter().map(|l| l.name.as_str()).collect();
        assert!(
            names.contains(&"English") && names.contains(&"Français"),
            "{names:?}"
        );
    }
}
