//! Fluent localization: every user-visible string of Refuge.
//!
//! The `.ftl` files under `locales/<lang>/` are compiled into the binary and parsed once into
//! a process-wide [`Localizer`]; nothing is read from disk or rebuilt per call. A language is
//! any folder of `locales/` that holds `.ftl` files, so adding a language is adding a folder.
//!
//! Choices that must stay true:
//! - English is the fallback; any `fr-*` locale gets French (fluent-langneg, filtering).
//! - Fluent's Unicode isolation marks are **off**: the UI receives plain text (a test pins it).
//! - A missing id is an error (`missing-message`), never a silent fallback: data tests make
//!   sure no id is missing in any language.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use include_dir::{include_dir, Dir};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};
use crate::locale::parse_tag;

/// Everything under `locales/`, embedded at build time.
pub static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../locales");

/// The language used when nothing else matches.
pub const FALLBACK: &str = "en";

/// A language Refuge has a translation for, e.g. `"fr"`; only [`Localizer`] makes these.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    /// The language's tag (`"en"`, `"fr"`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

struct Translation {
    lang: Lang,
    langid: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

/// All translations, parsed once.
pub struct Localizer {
    translations: Vec<Translation>,
}

/// The process-wide localizer, built on first use from the embedded files.
pub fn localizer() -> &'static Localizer {
    static INSTANCE: OnceLock<Localizer> = OnceLock::new();
    INSTANCE.get_or_init(|| {
        Localizer::from_dir(&LOCALES).expect("embedded locale files must parse (tested)")
    })
}

impl Localizer {
    /// Build from a `locales/`-shaped directory: one sub-folder of `.ftl` files per language.
    pub fn from_dir(dir: &Dir<'_>) -> Result<Self> {
        let mut translations = Vec::new();
        for sub in dir.dirs() {
            let name = sub
                .path()
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let mut files: Vec<_> = sub
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .collect();
            if files.is_empty() {
                continue; // e.g. locales/countries
            }
            files.sort_by_key(|f| f.path().to_owned());
            let langid: LanguageIdentifier = name
                .parse()
                .map_err(|_| Error::Content(format!("locales/{name} is not a language tag")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
            bundle.set_use_isolating(false);
            let mut ids = Vec::new();
            for file in files {
                let path = file.path().display().to_string();
                let text = file
                    .contents_utf8()
                    .ok_or_else(|| Error::Content(format!("{path} is not UTF-8")))?;
                let resource = FluentResource::try_new(text.to_owned())
                    .map_err(|(_, errs)| Error::Content(format!("{path}: {errs:?}")))?;
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_owned());
                    }
                }
                bundle
                    .add_resource(resource)
                    .map_err(|errs| Error::Content(format!("{path}: {errs:?}")))?;
            }
            ids.sort();
            translations.push(Translation {
                lang: Lang(name.to_owned()),
                langid,
                bundle,
                ids,
            });
        }
        translations.sort_by(|a, b| a.lang.cmp(&b.lang));
        if !translations.iter().any(|t| t.lang.0 == FALLBACK) {
            return Err(Error::Content("no English translation".into()));
        }
        Ok(Localizer { translations })
    }

    /// The languages available, sorted.
    pub fn languages(&self) -> Vec<Lang> {
        self.translations.iter().map(|t| t.lang.clone()).collect()
    }

    /// The best language for a system locale tag (`fr_BE.UTF-8` → `fr`), falling back to
    /// English for anything unknown. A malformed tag is an `invalid-locale` error; callers at
    /// start-up treat that as "English".
    pub fn negotiate(&self, system_tag: &str) -> Result<Lang> {
        let parsed = parse_tag(system_tag)?;
        let available: Vec<&LanguageIdentifier> =
            self.translations.iter().map(|t| &t.langid).collect();
        let fallback = &self.fallback().langid;
        let requested = [parsed.langid];
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            NegotiationStrategy::Filtering,
        );
        let best: &LanguageIdentifier = chosen.first().map_or(fallback, |l| **l);
        Ok(self
            .translations
            .iter()
            .find(|t| &t.langid == best)
            .map_or_else(|| self.fallback().lang.clone(), |t| t.lang.clone()))
    }

    /// An exact language the user chose (`"fr"`), or `unknown-locale` / `invalid-locale`.
    pub fn lang(&self, tag: &str) -> Result<Lang> {
        let parsed = parse_tag(tag)?;
        self.translations
            .iter()
            .find(|t| t.langid == parsed.langid)
            .map(|t| t.lang.clone())
            .ok_or_else(|| Error::UnknownLocale(tag.chars().take(32).collect()))
    }

    /// The message `id` in `lang`, with no arguments.
    pub fn message(&self, lang: &Lang, id: &str) -> Result<String> {
        self.format(lang, id, None)
    }

    /// The message `id` in `lang`, formatted with `args`.
    pub fn format(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String> {
        let t = self.translation(lang);
        let missing = || Error::MissingMessage {
            id: id.to_owned(),
            locale: lang.0.clone(),
        };
        let msg = t.bundle.get_message(id).ok_or_else(missing)?;
        let pattern = msg.value().ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = t.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            return Err(Error::Content(format!("{id} in {lang}: {errors:?}")));
        }
        Ok(text.into_owned())
    }

    /// Whether `lang` defines message `id`.
    pub fn has(&self, lang: &Lang, id: &str) -> bool {
        self.translation(lang).bundle.has_message(id)
    }

    /// Every message whose id starts with one of `prefixes`, as `id → text`: what a screen
    /// of the UI needs, in one call.
    pub fn messages_with_prefixes(
        &self,
        lang: &Lang,
        prefixes: &[&str],
    ) -> Result<BTreeMap<String, String>> {
        let t = self.translation(lang);
        let mut out = BTreeMap::new();
        for id in t
            .ids
            .iter()
            .filter(|id| prefixes.iter().any(|p| id.starts_with(p)))
        {
            // Messages with arguments are formatted by their own commands, not here.
            if let Ok(text) = self.message(lang, id) {
                out.insert(id.clone(), text);
            }
        }
        Ok(out)
    }

    /// Every message id defined for `lang`, sorted.
    pub fn ids(&self, lang: &Lang) -> &[String] {
        &self.translation(lang).ids
    }

    fn fallback(&self) -> &Translation {
        self.translations
            .iter()
            .find(|t| t.lang.0 == FALLBACK)
            .expect("from_dir guarantees English")
    }

    fn translation(&self, lang: &Lang) -> &Translation {
        self.translations
            .iter()
            .find(|t| &t.lang == lang)
            .unwrap_or_else(|| self.fallback())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        localizer().lang(tag).unwrap()
    }

    #[test]
    fn system_locales_negotiate_to_the_right_language() {
        let table = [
            ("fr_BE.UTF-8", "fr"),
            ("fr_FR.UTF-8", "fr"),
            ("fr_CA.UTF-8", "fr"),
            ("fr_CH.UTF-8", "fr"),
            ("fr_LU", "fr"),
            ("fr", "fr"),
            ("en_GB.UTF-8", "en"),
            ("en_US.UTF-8", "en"),
            ("en_CA", "en"),
            ("de_DE.UTF-8", "en"),
            ("nl_BE.UTF-8", "en"),
            ("ja_JP", "en"),
            ("C.UTF-8", "en"),
            ("POSIX", "en"),
            ("", "en"),
        ];
        for (tag, want) in table {
            let got = localizer().negotiate(tag).unwrap();
            assert_eq!(
                got.as_str(),
                want,
                "system locale {tag:?} should give {want}"
            );
        }
    }

    #[test]
    fn broken_locale_tag_is_a_clear_error() {
        let err = localizer().negotiate("@@!!").unwrap_err();
        assert_eq!(
            err.code(),
            "invalid-locale",
            "a broken tag is reported as such"
        );
        let err = localizer().lang("xx").unwrap_err();
        assert_eq!(
            err.code(),
            "unknown-locale",
            "a language we lack is reported as such"
        );
    }

    #[test]
    fn english_and_french_are_available() {
        let langs: Vec<String> = localizer()
            .languages()
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert!(
            langs.contains(&"en".into()) && langs.contains(&"fr".into()),
            "{langs:?}"
        );
    }

    #[test]
    fn every_language_has_exactly_the_ids_english_has() {
        let l = localizer();
        let en: std::collections::BTreeSet<&String> = l.ids(&lang("en")).iter().collect();
        for other in l.languages() {
            let ids: std::collections::BTreeSet<&String> = l.ids(&other).iter().collect();
            let missing: Vec<_> = en.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&en).collect();
            assert!(
                missing.is_empty(),
                "ids in en but not in {other}: {missing:?}"
            );
            assert!(extra.is_empty(), "ids in {other} but not in en: {extra:?}");
        }
    }

    #[test]
    fn a_message_defined_twice_is_refused_naming_it() {
        use include_dir::{DirEntry, File};
        // A translator who pastes a block twice, or reuses an id in another file, must be told
        // which id and where, rather than have one of the two texts silently win on screen.
        static SAME_FILE_EN: [DirEntry<'static>; 1] = [DirEntry::File(File::new(
            "en/app.ftl",
            b"app-name = Refuge\nhome-call = Call\nhome-call = Call for help\n",
        ))];
        static SAME_FILE: [DirEntry<'static>; 1] = [DirEntry::Dir(Dir::new("en", &SAME_FILE_EN))];
        static TWO_FILES_EN: [DirEntry<'static>; 2] = [
            DirEntry::File(File::new(
                "en/app.ftl",
                b"app-name = Refuge\nhome-call = Call\n",
            )),
            DirEntry::File(File::new("en/home.ftl", b"home-call = Call for help\n")),
        ];
        static TWO_FILES: [DirEntry<'static>; 1] = [DirEntry::Dir(Dir::new("en", &TWO_FILES_EN))];
        static UNIQUE_EN: [DirEntry<'static>; 1] = [DirEntry::File(File::new(
            "en/app.ftl",
            b"app-name = Refuge\nhome-call = Call for help\n",
        ))];
        static UNIQUE: [DirEntry<'static>; 1] = [DirEntry::Dir(Dir::new("en", &UNIQUE_EN))];

        for (locales, file) in [(&SAME_FILE, "en/app.ftl"), (&TWO_FILES, "en/home.ftl")] {
            let err = Localizer::from_dir(&Dir::new("", &locales[..]))
                .err()
                .unwrap_or_else(|| panic!("a second home-call in {file} must be refused"));
            assert_eq!(
                err.code(),
                "content",
                "a content error, caught by the tests"
            );
            let message = err.to_string();
            assert!(
                message.contains("home-call") && message.contains(file),
                "the error names the id and the file: {message}"
            );
        }
        assert!(
            Localizer::from_dir(&Dir::new("", &UNIQUE)).is_ok(),
            "the same text without the duplicate loads"
        );
    }

    #[test]
    fn missing_message_is_an_error_not_a_fallback() {
        let err = localizer()
            .message(&lang("en"), "no-such-message-anywhere")
            .unwrap_err();
        assert_eq!(err.code(), "missing-message");
    }

    #[test]
    fn formatted_text_carries_no_unicode_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("name", "Child Focus");
        for l in localizer().languages() {
            let text = localizer()
                .format(&l, "app-call-named", Some(&args))
                .unwrap();
            assert!(
                text.contains("Child Focus"),
                "placeable is inserted: {text}"
            );
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "the UI must receive plain text, got {text:?}"
            );
        }
    }
}
