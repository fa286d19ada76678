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
use crate::helplines::{self, Caller, RouteView};
use crate::i18n::{localizer, Lang, Text};
use crate::locale::parse_tag;
use crate::storage::{Recovery, Setting, Store};
use crate::vocab::{Audience, Need};

/// Prefixes of the Fluent ids the UI's frame needs (home, navigation, notices).
pub const UI_PREFIXES: &[&str] = &[
    "app-",
    "ui-",
    "home-",
    "search-",
    "action-",
    "error-",
    "discreet-",
    // Settings' "Erase everything" section and its dialog (words kept with the record's).
    "record-erase-everything-",
];

/// The running app's state.
pub struct Session {
    store: Store,
    system_tag: String,
    lang: Lang,
    country: Option<&'static str>,
    discreet: bool,
}

/// A language the user can switch to, named in its own language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LanguageOption {
    /// Its tag, e.g. `"fr"`.
    pub tag: Lang,
    /// Its own name, e.g. `"Français"`.
    pub name: String,
}

/// What the UI needs to draw its frame.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AppState {
    /// The language in force.
    pub language: Lang,
    /// Every language available.
    pub languages: Vec<LanguageOption>,
    /// The frame's strings in the language in force, `id → text`.
    pub strings: BTreeMap<String, String>,
    /// The country in force (`"BE"`, `"ZZ"` for another country), or none yet: the UI asks.
    pub country: Option<String>,
    /// The country's name in the language in force.
    pub country_name: Option<String>,
    /// Whether the country came from the user's choice (false: from the system locale).
    pub country_chosen: bool,
    /// Discreet mode: a neutral name everywhere, no sensitive word on the first screen.
    pub discreet: bool,
    /// The app's name as shown (in the bar, the window title): `Refuge`, or a neutral word in
    /// discreet mode.
    pub title: String,
    /// What to tell the person about start-up (settings kept aside, not saved…), if anything.
    pub notice: Option<String>,
    /// The emergency number, one tap away if anything else fails: the country's, or, with no
    /// country chosen, 112 with a plain warning.
    pub emergency: RouteView,
}

/// The first screen's data, as [`Session::app_state`] and [`Session::home`] give it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FirstView {
    /// The frame.
    pub state: AppState,
    /// Home.
    pub home: crate::home::HomeView,
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
        let _ = Text::new(&lang).get("app-name");
        let country = resolve_country(&store, &system_tag);
        let discreet = store.get(Setting::Discreet).ok().flatten().as_deref() == Some("on");
        Session {
            store,
            system_tag,
            lang,
            country,
            discreet,
        }
    }

    /// Close the settings file, keeping the session on an in-memory store (before "erase
    /// everything" removes the file).
    pub fn forget_store(&mut self) {
        if let Ok(store) = Store::in_memory() {
            self.store = store;
        }
    }

    /// Start again from the settings in `dir` (after "erase everything": defaults, as at a
    /// first start, with the same system locale).
    pub fn reopen(&mut self, dir: &Path) {
        let tag = self.system_tag.clone();
        *self = Session::start(Some(dir), Some(&tag));
    }

    /// Whether discreet mode is on.
    pub fn discreet(&self) -> bool {
        self.discreet
    }

    /// Turn discreet mode on or off, saved for the next start.
    pub fn set_discreet(&mut self, on: bool) -> Result<()> {
        self.store
            .set(Setting::Discreet, if on { "on" } else { "off" })?;
        self.discreet = on;
        Ok(())
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

    /// The languages the person reads: the app's, then the system's when it differs
    /// (`nl_BE` with the app in English → `["en", "nl"]`). Routing picks a crisis line that
    /// answers in one of them.
    pub fn languages(&self) -> Vec<String> {
        let mut out = vec![self.lang.as_str().to_owned()];
        if let Ok(tag) = parse_tag(&self.system_tag) {
            let system = tag.langid.language.as_str().to_ascii_lowercase();
            if system.len() == 2 && !out.contains(&system) {
                out.push(system);
            }
        }
        out
    }

    /// Where and when the person is, for resolving call buttons at `now`.
    pub fn here(&self, now: chrono::DateTime<chrono::Utc>) -> crate::nav::Here {
        crate::nav::Here {
            lang: self.lang.clone(),
            country: self.country,
            languages: self.languages(),
            now,
        }
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

    /// The country in force, named in the language in force (None before one is known).
    pub fn country_name(&self) -> Result<Option<String>> {
        self.country
            .map(|code| helplines::view::country_name_in(&self.lang, code))
            .transpose()
    }

    /// The frame's state for the UI at `now`.
    pub fn app_state(&self, now: chrono::DateTime<chrono::Utc>) -> Result<AppState> {
        let l = localizer();
        let languages = l
            .languages()
            .into_iter()
            .map(|tag| {
                Ok(LanguageOption {
                    name: Text::new(&tag).get("app-language-name")?,
                    tag,
                })
            })
            .collect::<Result<_>>()?;
        let country_name = self.country_name()?;
        Ok(AppState {
            language: self.lang.clone(),
            languages,
            strings: Text::new(&self.lang).every(UI_PREFIXES, &[])?,
            country: self.country.map(str::to_owned),
            country_name,
            country_chosen: self.store.get(Setting::Country).ok().flatten().is_some(),
            discreet: self.discreet,
            title: self.title()?,
            notice: self
                .store
                .recovery()
                .map(|r| recovery_notice(&self.lang, r))
                .transpose()?,
            emergency: self.emergency(now)?,
        })
    }

    /// The app's name as shown in the bar and the window's title: `Refuge`, or a neutral word
    /// in discreet mode.
    pub fn title(&self) -> Result<String> {
        Text::new(&self.lang).get(if self.discreet {
            "discreet-title"
        } else {
            "app-name"
        })
    }

    /// Home's view at `now`, in the language and country in force.
    pub fn home(&self, now: chrono::DateTime<chrono::Utc>) -> Result<crate::home::HomeView> {
        crate::home::home_view(&self.here(now), self.country_name()?, self.discreet)
    }

    /// Everything the first screen needs at `now`: the frame and Home. The shell hands it to
    /// the page with its HTML, so Call for help is drawn without waiting for a command.
    pub fn first_view(&self, now: chrono::DateTime<chrono::Utc>) -> Result<FirstView> {
        Ok(FirstView {
            state: self.app_state(now)?,
            home: self.home(now)?,
        })
    }

    /// The emergency number's button: the country's, or 112 with a plain warning while no
    /// country is chosen.
    pub fn emergency(&self, now: chrono::DateTime<chrono::Utc>) -> Result<RouteView> {
        let languages = self.languages();
        let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
        let caller = Caller {
            audience: Audience::Everyone,
            languages: &languages,
        };
        let mut route = helplines::route_view(
            &self.lang,
            self.country.unwrap_or("ZZ"),
            Need::Emergency,
            &caller,
            now,
        )?;
        if self.country.is_none() {
            route.reason_text = Text::new(&self.lang).get("route-reason-no-country")?;
        }
        Ok(route)
    }
}

/// What to tell the person when the settings could not be used as they were.
pub fn recovery_notice(lang: &Lang, recovery: &Recovery) -> Result<String> {
    Text::new(lang).get(&format!("ui-recovery-{}", recovery.kind()))
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
            s.app_state(chrono::Utc::now()).unwrap().country_chosen,
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
    fn discreet_mode_is_one_setting_kept_across_restarts_and_names_nothing_sensitive() {
        let dir = tempfile::tempdir().unwrap();
        let now = chrono::Utc::now();
        let mut s = Session::start(Some(dir.path()), Some("fr_FR.UTF-8"));
        assert_eq!(s.app_state(now).unwrap().title, "Refuge");
        s.set_discreet(true).unwrap();
        drop(s);
        let s = Session::start(Some(dir.path()), Some("fr_FR.UTF-8"));
        let state = s.app_state(now).unwrap();
        assert!(state.discreet, "discreet mode survives a restart");
        assert_eq!(
            state.title, "Notes",
            "a neutral name in the bar and the window title"
        );
        assert_eq!(
            s.title().unwrap(),
            state.title,
            "the window's title (set apart at start-up) is the bar's"
        );
        let home = crate::home::home_view(&s.here(now), None, s.discreet()).unwrap();
        let call = home.call_for_help.expect("the call still works in one tap");
        let shown = format!(
            "{} {} {} {}",
            home.title, call.title, call.label, call.reason_text
        );
        for word in [
            "Refuge",
            "sextorsion",
            "chantage",
            "menace",
            "aide",
            "enfance",
            "3018",
            "119",
        ] {
            assert!(
                !shown.contains(word) || word == call.number_display,
                "the first screen says {word:?}: {shown}"
            );
        }
        assert!(
            call.title.contains(&call.number_display),
            "but it shows the number: {}",
            call.title
        );
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
        // The folder also holds its README and the export's JSON Schema.
        for file in countries
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        {
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
    fn the_emergency_number_is_always_there_and_says_when_it_is_a_guess() {
        let now = chrono::Utc::now();
        let s = Session::start(None, Some("de_DE.UTF-8"));
        assert_eq!(s.country(), None);
        let e = s.app_state(now).unwrap().emergency;
        assert_eq!(e.number_display, "112");
        assert!(
            e.reason_text.contains("No country"),
            "a plain warning: {}",
            e.reason_text
        );
        let s = Session::start(None, Some("en_US.UTF-8"));
        assert_eq!(s.app_state(now).unwrap().emergency.number_display, "911");
    }

    #[test]
    fn broken_system_locale_starts_in_english() {
        let s = Session::start(None, Some("@@@###"));
        assert_eq!(s.lang().as_str(), "en");
    }

    #[test]
    fn app_state_carries_the_frame_strings_in_the_language_in_force() {
        let s = Session::start(None, Some("fr_CH.UTF-8"));
        let state = s.app_state(chrono::Utc::now()).unwrap();
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
