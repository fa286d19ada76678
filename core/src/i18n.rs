//! Fluent localization: every user-visible string of Refuge.
//!
//! The `.ftl` files under `locales/<lang>/` are compiled into the binary; each language is
//! parsed once, on first use, into a process-wide [`Localizer`] (so start-up parses only the
//! language it shows); nothing is read from disk or rebuilt per call. A language is
//! any folder of `locales/` that holds `.ftl` files, so adding a language is adding a folder.
//!
//! **One way to say a string**: core reads every message through [`Text`]
//! (`Text::new(lang).get(id)`, `.with(id, args)`), and every lookup passes one recorder, so the
//! test that no message is orphaned derives the ids in use from the code that asks for them.
//!
//! Choices that must stay true:
//! - English is the fallback; any `fr-*` locale gets French (fluent-langneg, filtering).
//! - Fluent's Unicode isolation marks are **off**: the UI receives plain text (a test pins it).
//! - A missing id is an error (`missing-message`), never a silent fallback: data tests make
//!   sure no id is missing in any language.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use include_dir::{include_dir, Dir, File};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};
use crate::locale::parse_tag;

/// Everything under `locales/`, embedded at build time.
pub static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../locales");

/// The language used when nothing else matches.
pub const FALLBACK: &str = "en";

/// A language Refuge has a translation for, e.g. `"fr"`; only [`Localizer`] makes these.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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

/// The one way core reads a message: in one language, with or without arguments, e.g.
/// `Text::new(&lang).get("app-name")` or
/// `Text::new(&lang).with("discreet-call", &[("number", number.into())])`.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    lang: &'a Lang,
}

impl<'a> Text<'a> {
    /// The messages of `lang`.
    pub fn new(lang: &'a Lang) -> Text<'a> {
        Text { lang }
    }

    /// The language these messages are in.
    pub fn lang(&self) -> &'a Lang {
        self.lang
    }

    /// The message `id`, with no arguments; `missing-message` if it does not exist.
    pub fn get(&self, id: &str) -> Result<String> {
        localizer().format(self.lang, id, None)
    }

    /// The message `id`, formatted with `args`: `&[("name", name)]` (strings, numbers, or
    /// `FluentValue`s for a mix).
    pub fn with<'v, V>(&self, id: &str, args: &[(&str, V)]) -> Result<String>
    where
        V: Into<FluentValue<'v>> + Clone,
    {
        localizer().format(self.lang, id, Some(&fluent_args(args)))
    }

    /// Whether the message `id` exists (for words that only some lines or countries have).
    pub fn has(&self, id: &str) -> bool {
        localizer().has(self.lang, id)
    }

    /// The ids of this language that start with `prefix`, sorted: for a message family whose
    /// ids carry data (`calm-at-14` is shown from second 14). Reading each one is still `get`.
    pub fn ids_starting(&self, prefix: &str) -> Vec<&'static str> {
        localizer()
            .ids(self.lang)
            .iter()
            .filter(|id| id.starts_with(prefix))
            .map(String::as_str)
            .collect()
    }

    /// Every message whose id starts with one of `prefixes`, formatted with `args`, as
    /// `id → text`: a screen's words handed to the UI whole (messages that need other
    /// arguments are left out). Handing them over asks for none of them: what the UI shows
    /// is read from its sources by the orphan test.
    pub fn every(
        &self,
        prefixes: &[&str],
        args: &[(&str, FluentValue<'_>)],
    ) -> Result<BTreeMap<String, String>> {
        localizer().messages_with_prefixes(self.lang, prefixes, Some(&fluent_args(args)))
    }
}

fn fluent_args<'v, V: Into<FluentValue<'v>> + Clone>(args: &[(&str, V)]) -> FluentArgs<'v> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(name.to_string(), value.clone().into());
    }
    fluent
}

/// Every id asked for on this thread, for the test that no message is orphaned.
#[cfg(test)]
pub(crate) mod recorder {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    thread_local! {
        static ASKED: RefCell<Option<BTreeSet<String>>> = const { RefCell::new(None) };
    }

    pub(super) fn asked(id: &str) {
        ASKED.with(|a| {
            if let Some(set) = a.borrow_mut().as_mut() {
                set.insert(id.to_owned());
            }
        });
    }

    /// Run `f`, and return with its result every message id it asked for on this thread.
    pub(crate) fn recording<T>(f: impl FnOnce() -> T) -> (T, BTreeSet<String>) {
        ASKED.with(|a| *a.borrow_mut() = Some(BTreeSet::new()));
        let out = f();
        let ids = ASKED.with(|a| a.borrow_mut().take()).unwrap_or_default();
        (out, ids)
    }
}

/// One language: its tag, and its bundle, parsed the first time it is needed.
struct Translation {
    lang: Lang,
    langid: LanguageIdentifier,
    files: Vec<&'static File<'static>>,
    parsed: OnceLock<std::result::Result<Parsed, String>>,
}

struct Parsed {
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

/// All translations. Each language is parsed on first use, so start-up parses only the
/// negotiated one; the others follow when asked for (switch, search index, language names).
pub struct Localizer {
    translations: Vec<Translation>,
}

/// The process-wide localizer, built on first use from the embedded files.
pub fn localizer() -> &'static Localizer {
    static INSTANCE: OnceLock<Localizer> = OnceLock::new();
    INSTANCE.get_or_init(|| {
        Localizer::from_dir(&LOCALES).expect("embedded locale folders are languages (tested)")
    })
}

impl Localizer {
    /// Build from a `locales/`-shaped directory: one sub-folder of `.ftl` files per language.
    /// Only the folder names are read here; each language's files are parsed on first use
    /// (the data tests parse them all).
    pub fn from_dir(dir: &'static Dir<'static>) -> Result<Self> {
        let mut translations = Vec::new();
        for sub in dir.dirs() {
            let name = sub
                .path()
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let mut files: Vec<&'static File<'static>> = sub
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .collect();
            if files.is_empty() {
                continue; // e.g. locales/countries
            }
            files.sort_by_key(|f| f.path());
            let langid: LanguageIdentifier = name
                .parse()
                .map_err(|_| Error::Content(format!("locales/{name} is not a language tag")))?;
            translations.push(Translation {
                lang: Lang(name.to_owned()),
                langid,
                files,
                parsed: OnceLock::new(),
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

    /// The message `id` in `lang`, with no arguments (tests; core says its strings through
    /// [`Text`]).
    #[cfg(test)]
    pub(crate) fn message(&self, lang: &Lang, id: &str) -> Result<String> {
        self.format(lang, id, None)
    }

    /// The message `id` in `lang`, formatted with `args`. Core says its strings through
    /// [`Text`]; this is what it calls.
    pub(crate) fn format(
        &self,
        lang: &Lang,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String> {
        #[cfg(test)]
        recorder::asked(id);
        self.format_unrecorded(lang, id, args)
    }

    fn format_unrecorded(
        &self,
        lang: &Lang,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String> {
        let t = self.parsed(lang)?;
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
        self.parsed(lang).is_ok_and(|t| t.bundle.has_message(id))
    }

    /// Every message whose id starts with one of `prefixes`, as `id → text`: what a screen
    /// of the UI needs, in one call.
    fn messages_with_prefixes(
        &self,
        lang: &Lang,
        prefixes: &[&str],
        args: Option<&FluentArgs<'_>>,
    ) -> Result<BTreeMap<String, String>> {
        let t = self.parsed(lang)?;
        let mut out = BTreeMap::new();
        for id in t
            .ids
            .iter()
            .filter(|id| prefixes.iter().any(|p| id.starts_with(p)))
        {
            // Messages with arguments are formatted by their own commands, not here. Handing the
            // whole frame to the UI uses none of it: the UI's own sources say what it uses.
            if let Ok(text) = self.format_unrecorded(lang, id, args) {
                out.insert(id.clone(), text);
            }
        }
        Ok(out)
    }

    /// Every message id defined for `lang`, sorted (none if its files do not parse: the data
    /// tests make sure they do).
    pub fn ids(&self, lang: &Lang) -> &[String] {
        self.parsed(lang).map_or(&[], |t| t.ids.as_slice())
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

    /// `lang`'s bundle, parsed now if this is its first use.
    fn parsed(&self, lang: &Lang) -> Result<&Parsed> {
        let t = self.translation(lang);
        t.parsed
            .get_or_init(|| parse(&t.langid, &t.files))
            .as_ref()
            .map_err(|e| Error::Content(e.clone()))
    }
}

/// Parse one language's files into a bundle, with every message id it defines.
fn parse(
    langid: &LanguageIdentifier,
    files: &[&'static File<'static>],
) -> std::result::Result<Parsed, String> {
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for file in files {
        let path = file.path().display().to_string();
        let text = file
            .contents_utf8()
            .ok_or_else(|| format!("{path} is not UTF-8"))?;
        // Borrowing the embedded text would save a copy, but FluentResource owns its source.
        let resource = FluentResource::try_new(text.to_owned())
            .map_err(|(_, errs)| format!("{path}: {errs:?}"))?;
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
        bundle
            .add_resource(resource)
            .map_err(|errs| format!("{path}: {errs:?}"))?;
    }
    ids.sort();
    Ok(Parsed { bundle, ids })
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
    fn every_embedded_language_parses() {
        for lang in localizer().languages() {
            if let Err(e) = localizer().parsed(&lang) {
                panic!("locales/{lang} must parse with no error: {e}");
            }
        }
    }

    #[test]
    fn only_the_language_in_use_is_parsed() {
        let l = Localizer::from_dir(&LOCALES).unwrap();
        let fr = l.negotiate("fr_BE.UTF-8").unwrap();
        l.message(&fr, "app-name").unwrap();
        let parsed: Vec<&str> = l
            .translations
            .iter()
            .filter(|t| t.parsed.get().is_some())
            .map(|t| t.lang.as_str())
            .collect();
        assert_eq!(
            parsed,
            ["fr"],
            "starting in French parses French only; the others wait until asked for"
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

        static SAME_FILE_DIR: Dir<'static> = Dir::new("", &SAME_FILE);
        static TWO_FILES_DIR: Dir<'static> = Dir::new("", &TWO_FILES);
        static UNIQUE_DIR: Dir<'static> = Dir::new("", &UNIQUE);
        // A language is parsed on first use: the duplicate is refused then, for every message.
        let first_use = |dir: &'static Dir<'static>| -> Result<String> {
            let l = Localizer::from_dir(dir)?;
            let en = l.lang("en")?;
            l.message(&en, "app-name")
        };
        for (locales, file) in [
            (&SAME_FILE_DIR, "en/app.ftl"),
            (&TWO_FILES_DIR, "en/home.ftl"),
        ] {
            let err = first_use(locales)
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
        assert_eq!(
            first_use(&UNIQUE_DIR).ok().as_deref(),
            Some("Refuge"),
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
        for l in localizer().languages() {
            let text = Text::new(&l)
                .with("discreet-call", &[("number", "116 000")])
                .unwrap();
            assert!(text.contains("116 000"), "placeable is inserted: {text}");
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "the UI must receive plain text, got {text:?}"
            );
        }
    }
}
