//! One running app's state: the settings store, the language and the country in force.
//!
//! The shell keeps one `Session` behind a mutex and its commands call these methods; every
//! rule about which language or country wins lives here, so it is tested without a window.
//!
//! Language: the saved choice wins; else the system locale, negotiated (`fr_*` → French,
//! anything else → English). A saved value that is no longer valid is ignored, not fatal.
//!
//! Country: the saved choice wins; else the system locale's region when Refuge has a file for
//! it (`fr_BE` → Belgium); else none, and the UI asks the user once. The choice is saved.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::helplines;
use crate::i18n::{localizer, Lang};
use crate::locale::parse_tag;
use crate::storage::{Recovery, Setting, Store};

/// Prefixes of the Fluent ids the UI's frame needs (home, navigation, notices).
pub const UI_PREFIXES: &[&str] = &["app-", "ui-", "home-", "prep-", "search-", "action-"];

/// The running app's state.
pub struct Session {
    store: Store,
    system_tag: String,
    lang: Lang,
    country: Option<&'static str>,
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
    /// The country in force (`"BE"`, `"ZZ"` for another country), or none yet: the UI asks.
    pub country: Option<String>,
    /// The country's name in the language in force.
    pub country_name: Option<String>,
    /// Whether the country came from the user's choice (false: from the system locale).
    pub country_chosen: bool,
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
        // Parse the language in force before anything else needs strings: the home screen
        // shows only this one; the others are parsed when first asked for.
        let _ = localizer().message(&lang, "app-name");
        let country = resolve_country(&store, &system_tag);
        Session {
            store,
            system_tag,
            lang,
            country,
        }
    }

    /// The country in force, if known.
    pub fn country(&self) -> Option<&'static str> {
        self.country
    }

    /// Choose the country (any code with a file, `"ZZ"` included) and save it. An unknown or
    /// hostile code is an `unknown-country` error and changes nothing.
    pub fn set_country(&mut self, code: &str) -> Result<()> {
        let country = helplines::country(code)?;
        self.store.set(Setting::Country, country.code.as_str())?;
        self.country = Some(country.code.as_str());
        Ok(())
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
        let country_name = match self.country {
            Some(code) => helplines::countries_view(&self.lang)?
                .into_iter()
                .find(|c| c.code == code)
                .map(|c| c.name),
            None => None,
        };
        Ok(AppState {
            language: self.lang.clone(),
            languages,
            strings: l.messages_with_prefixes(&self.lang, UI_PREFIXES)?,
            recovery: self.store.recovery().cloned(),
            country: self.country.map(str::to_owned),
            country_name,
            country_chosen: self.store.get(Setting::Country).ok().flatten().is_some(),
        })
    }
}

fn resolve_country(store: &Store, system_tag: &str) -> Option<&'static str> {
    let saved = store
        .get(Setting::Country)
        .ok()
        .flatten()
        .and_then(|code| helplines::country(&code).ok())
        .map(|c| c.code.as_str());
    saved.or_else(|| {
        let region = parse_tag(system_tag).ok()?.region;
        helplines::country_for_region(region.as_deref())
    })
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
            assert_eq!(
                s.lang().as_str(),
                "en",
                "language unchanged after a bad tag"
            );
        }
    }

    #[test]
    fn the_country_comes_from_the_system_region_until_the_user_chooses() {
        let dir = tempfile::tempdir().unwrap();
        let table = [
            ("fr_BE.UTF-8", Some("BE")),
            ("en_CA.UTF-8", Some("CA")),
            ("fr_CH", Some("CH")),
            ("en_GB.UTF-8", Some("GB")),
            ("de_DE.UTF-8", None),
            ("fr", None),
            ("C.UTF-8", None),
            ("@@", None),
        ];
        for (tag, want) in table {
            let s = Session::start(None, Some(tag));
            assert_eq!(s.country(), want, "country from system locale {tag}");
        }
        let mut s = Session::start(Some(dir.path()), Some("fr_BE.UTF-8"));
        s.set_country("ca").unwrap();
        assert_eq!(s.country(), Some("CA"), "codes are case-insensitive");
        drop(s);
        let s = Session::start(Some(dir.path()), Some("fr_BE.UTF-8"));
        assert_eq!(
            s.country(),
            Some("CA"),
            "the chosen country wins over the system region after a restart"
        );
        assert!(
            s.app_state().unwrap().country_chosen,
            "and it is marked as chosen"
        );
    }

    #[test]
    fn an_unknown_country_is_an_error_and_changes_nothing() {
        let mut s = Session::start(None, Some("fr_BE.UTF-8"));
        for bad in ["XX", "", "../BE", "B", "😀", &"B".repeat(1 << 20)] {
            let err = s.set_country(bad).unwrap_err();
            assert_eq!(err.code(), "unknown-country", "for a bad code");
            assert_eq!(s.country(), Some("BE"), "country unchanged");
        }
        s.set_country("ZZ").unwrap();
        assert_eq!(s.country(), Some("ZZ"), "another country is a valid choice");
    }

    #[test]
    fn every_country_zone_is_compiled_in() {
        // The binary carries only the zones listed in CHRONO_TZ_TIMEZONE_FILTER
        // (.cargo/config.toml); a country whose zone is missing there could not say whether
        // its lines are open.
        let countries = crate::i18n::LOCALES
            .get_dir("countries")
            .expect("locales/countries is embedded");
        let mut checked = 0;
        for file in countries.files() {
            let text = file.contents_utf8().expect("country files are UTF-8");
            let table: toml::Table = toml::from_str(text).expect("country files are TOML");
            let zone = table
                .get("time_zone")
                .and_then(|z| z.as_str())
                .expect("every country file names its time zone");
            assert!(
                zone.parse::<chrono_tz::Tz>().is_ok(),
                "{}: time zone {zone:?} is not compiled in: add it to CHRONO_TZ_TIMEZONE_FILTER \
                 in .cargo/config.toml",
                file.path().display()
            );
            checked += 1;
        }
        assert!(
            checked >= 10,
            "every country file was checked, found {checked}"
        );
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
