//! What the platform guides and the "I already paid" cards share: a source (a page, its title, its
//! address and its date), a step that cites sources, and errors that name the file and the line.
//!
//! Both kinds of file are read the same way: TOML embedded in the binary, parsed once, every
//! reference checked. A file that breaks a rule does not load, and the error says where:
//! `locales/platforms/instagram.toml:42: step report/account cites unknown source "x"`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Result};
use crate::i18n::Text;

/// A rule a data file breaks, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file, as `locales/<dir>/<name>.toml`.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// All the errors of a load, one a line.
pub(crate) fn joined(errors: &[DataError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// One embedded file: its path (for errors) and its text (for line numbers).
#[derive(Debug, Clone, Copy)]
pub(crate) struct SourceFile<'a> {
    pub(crate) path: &'a str,
    pub(crate) text: &'a str,
}

impl SourceFile<'_> {
    /// The 1-based line of byte `offset`.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// An error at the start of `span`.
    pub(crate) fn error_at(&self, span: std::ops::Range<usize>, message: String) -> DataError {
        DataError {
            file: self.path.to_owned(),
            line: self.line_of(span.start),
            message,
        }
    }

    /// Parse the whole file; a syntax or shape error (an unknown section, a missing field) says
    /// where, as `toml` found it.
    pub(crate) fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, DataError> {
        toml::from_str(self.text).map_err(|e| {
            let line = e.span().map_or(1, |s| self.line_of(s.start));
            DataError {
                file: self.path.to_owned(),
                line,
                message: e.message().trim().to_owned(),
            }
        })
    }
}

/// Where a fact was read: a page, as the page gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// Kebab-case, unique among all the files of its kind.
    pub id: String,
    /// Who published the page (a proper name, not translated).
    pub publisher: String,
    /// The page's title, in its own language (`[no title in stored copy] …` when it shows none).
    pub title: String,
    /// The page's full address (shown as text, never opened).
    pub url: String,
    /// The page's date, or the day it was read when it shows none: `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`.
    pub date: Spanned<String>,
    /// The language the page is written in (two lower-case letters).
    pub lang: String,
    /// Whether the page is the platform's or the provider's own.
    #[serde(default)]
    pub official: bool,
}

/// A source, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// The guides' `SourceView` has the name in the generated TypeScript: this one is a web page's.
#[serde(rename = "PageSourceView")]
pub struct SourceView {
    /// Its id.
    pub id: String,
    /// Who published it.
    pub publisher: String,
    /// The page's title, in its own language.
    pub title: String,
    /// The page's address, as text.
    pub url: String,
    /// The page's date, or the day it was read.
    pub date: String,
    /// The page's language.
    pub lang: String,
    /// Whether it is the platform's or the provider's own page.
    pub official: bool,
}

impl From<&SourceDef> for SourceView {
    fn from(s: &SourceDef) -> Self {
        SourceView {
            id: s.id.clone(),
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            url: s.url.clone(),
            date: s.date.get_ref().clone(),
            lang: s.lang.clone(),
            official: s.official,
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real date. (Kept here rather than borrowed from the
/// helplines, so this module does not move when the country files do.)
pub(crate) fn valid_date(date: &str) -> bool {
    use chrono::NaiveDate;
    let ascii = date.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    ascii
        && match date.len() {
            4 => date.parse::<u16>().is_ok(),
            7 => NaiveDate::parse_from_str(&format!("{date}-01"), "%Y-%m-%d").is_ok(),
            10 => NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
            _ => false,
        }
}

/// `http(s)://host.tld/path`: a page, not a bare site, with no space in it.
pub(crate) fn is_page_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let dotted = host.contains('.') && !host.starts_with('.') && !host.ends_with('.');
    dotted
        && !path.trim_end_matches('/').is_empty()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The sources a guide or card cites, each once: its own declared sources first (in file order),
/// then the shared ones in citing order; the platform's or provider's own pages before the others.
pub(crate) fn cited_sources(
    own: &[String],
    cited: &[&String],
    all: &BTreeMap<String, SourceDef>,
) -> Vec<SourceView> {
    let mut order: Vec<&String> = Vec::new();
    for id in own.iter().chain(cited.iter().copied()) {
        if cited.contains(&id) && !order.contains(&id) {
            order.push(id);
        }
    }
    let mut views: Vec<SourceView> = order
        .into_iter()
        .filter_map(|id| all.get(id))
        .map(SourceView::from)
        .collect();
    views.sort_by_key(|s| !s.official);
    views
}

/// A source as a step cites it, in the reader's language ("Meta (2025-11-02)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CiteView {
    /// The source's id.
    pub id: String,
    /// The citation as the step shows it: publisher and date, in the language's own order
    /// and punctuation (`reporting-citation`).
    pub citation: String,
}

/// How a step cites `ids`, sources of `all`, in `text`'s language.
pub(crate) fn cites(
    text: Text<'_>,
    ids: &[String],
    all: &BTreeMap<String, SourceDef>,
) -> Result<Vec<CiteView>> {
    ids.iter()
        .map(|id| {
            let def = all
                .get(id)
                .ok_or_else(|| Error::Content(format!("unknown source {id}")))?;
            Ok(CiteView {
                id: id.clone(),
                citation: text.with(
                    "reporting-citation",
                    &[
                        ("publisher", def.publisher.as_str()),
                        ("date", def.date.get_ref().as_str()),
                    ],
                )?,
            })
        })
        .collect()
}

/// `kebab-case`, 1 to 48 bytes, not ending in `-`.
pub(crate) fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Two lower-case ASCII letters.
pub(crate) fn is_language(tag: &str) -> bool {
    tag.len() == 2 && tag.bytes().all(|b| b.is_ascii_lowercase())
}

/// A day: `YYYY-MM-DD`, and a real one.
pub(crate) fn is_day(date: &str) -> bool {
    date.len() == 10 && valid_date(date)
}

/// Check one file's sources and add them to `known` (id → the source); errors say where.
pub(crate) fn check_sources<'a>(
    file: &SourceFile<'_>,
    sources: &'a [Spanned<SourceDef>],
    known: &mut BTreeMap<String, &'a SourceDef>,
    errors: &mut Vec<DataError>,
) {
    for spanned in sources {
        let s = spanned.get_ref();
        let mut fail = |message: String| errors.push(file.error_at(spanned.span(), message));
        if !is_kebab(&s.id) {
            fail(format!("source id {:?} must be kebab-case", s.id));
        }
        if s.publisher.trim().is_empty() || s.title.trim().is_empty() {
            fail(format!(
                "source {}: needs its publisher and the page's title",
                s.id
            ));
        }
        if !is_page_url(&s.url) {
            fail(format!(
                "source {}: url {:?} must be a full page address, not a bare domain",
                s.id, s.url
            ));
        }
        if !valid_date(s.date.get_ref()) {
            errors.push(file.error_at(
                s.date.span(),
                format!(
                    "source {}: date {:?} must be YYYY, YYYY-MM or YYYY-MM-DD",
                    s.id,
                    s.date.get_ref()
                ),
            ));
        }
        if !is_language(&s.lang) {
            errors.push(file.error_at(
                spanned.span(),
                format!(
                    "source {}: lang {:?} must be two lower-case letters",
                    s.id, s.lang
                ),
            ));
        }
        if known.insert(s.id.clone(), s).is_some() {
            errors.push(file.error_at(
                spanned.span(),
                format!("source id {:?} is used twice", s.id),
            ));
        }
    }
}

/// Check that every id of `cited` is a known source; record it as used.
pub(crate) fn check_cites(
    file: &SourceFile<'_>,
    span: std::ops::Range<usize>,
    what: &str,
    cited: &[String],
    known: &BTreeMap<String, &SourceDef>,
    used: &mut BTreeSet<String>,
    errors: &mut Vec<DataError>,
) {
    if cited.is_empty() {
        errors.push(file.error_at(span.clone(), format!("{what} cites no source")));
    }
    for id in cited {
        if known.contains_key(id) {
            used.insert(id.clone());
        } else {
            errors.push(file.error_at(span.clone(), format!("{what} cites unknown source {id:?}")));
        }
    }
}

/// The files of one folder, parsed: `common.toml` (what every guide or card shares) and the
/// others, one per guide or card.
pub(crate) struct Parsed<'a, C, F> {
    pub(crate) common: (SourceFile<'a>, C),
    pub(crate) items: Vec<(SourceFile<'a>, F)>,
}

/// Parse `locales/<dir>`'s files; every file that does not parse is reported, and a missing
/// `common.toml` too.
pub(crate) fn parse_folder<'a, C, F>(
    dir: &str,
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Parsed<'a, C, F>, Vec<DataError>>
where
    C: for<'de> Deserialize<'de>,
    F: for<'de> Deserialize<'de>,
{
    let mut errors = Vec::new();
    let mut common = None;
    let mut items = Vec::new();
    for (path, text) in files {
        let file = SourceFile { path, text };
        let parsed = if stem(path) == "common" {
            file.parse::<C>().map(|def| common = Some((file, def)))
        } else {
            file.parse::<F>().map(|def| items.push((file, def)))
        };
        if let Err(e) = parsed {
            errors.push(e);
        }
    }
    match common {
        Some(common) if errors.is_empty() => Ok(Parsed { common, items }),
        Some(_) => Err(errors),
        None => {
            errors.push(DataError {
                file: format!("locales/{dir}/common.toml"),
                line: 1,
                message: "common.toml is missing".into(),
            });
            Err(errors)
        }
    }
}

/// Check every file's sources (see [`check_sources`]) and return them all by id.
pub(crate) fn all_sources<'a>(
    declared: &[(&SourceFile<'_>, &'a [Spanned<SourceDef>])],
    errors: &mut Vec<DataError>,
) -> BTreeMap<String, &'a SourceDef> {
    let mut known = BTreeMap::new();
    for (file, sources) in declared {
        check_sources(file, sources, &mut known, errors);
    }
    known
}

/// Every declared source is cited by something: a page nobody cites is either a mistake or a
/// leftover.
pub(crate) fn check_all_cited(
    declared: &[(&SourceFile<'_>, &[Spanned<SourceDef>])],
    used: &BTreeSet<String>,
    errors: &mut Vec<DataError>,
) {
    for (file, sources) in declared {
        for s in *sources {
            if !used.contains(&s.get_ref().id) {
                errors.push(file.error_at(
                    s.span(),
                    format!("source {} is cited by nothing", s.get_ref().id),
                ));
            }
        }
    }
}

/// `order`s, sorted, run 1, 2, 3… with no gap; `items` are (order, file).
pub(crate) fn check_sequence<'a>(
    items: impl IntoIterator<Item = (u32, &'a str)>,
    errors: &mut Vec<DataError>,
) {
    for (i, (order, file)) in items.into_iter().enumerate() {
        if usize::try_from(order).ok() != Some(i + 1) {
            errors.push(DataError {
                file: file.to_owned(),
                line: 1,
                message: format!(
                    "order {order} breaks the sequence 1, 2, 3…: expected {}",
                    i + 1
                ),
            });
            return;
        }
    }
}

/// A guide's or card's own fields: its `id` is kebab-case and the file's name, its `order` starts
/// at 1, its `checked` is a day.
pub(crate) fn check_header(
    file: &SourceFile<'_>,
    id: &Spanned<String>,
    order: &Spanned<u32>,
    checked: &Spanned<String>,
    errors: &mut Vec<DataError>,
) {
    let name = id.get_ref();
    if !is_kebab(name) || stem(file.path) != name || name == "common" {
        errors.push(file.error_at(
            id.span(),
            format!("id {name:?} must be kebab-case and the file's name"),
        ));
    }
    if *order.get_ref() == 0 {
        errors.push(file.error_at(order.span(), "order starts at 1".into()));
    }
    if !is_day(checked.get_ref()) {
        errors.push(file.error_at(
            checked.span(),
            format!(
                "checked {:?} must be the day it was checked, YYYY-MM-DD",
                checked.get_ref()
            ),
        ));
    }
}

/// The file stem of `locales/<dir>/<stem>.toml`.
pub(crate) fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// The `.toml` files embedded under `locales/<dir>`, sorted by path, as (path, text).
pub(crate) fn embedded(dir: &str) -> Result<Vec<(String, &'static str)>, String> {
    let folder = crate::i18n::LOCALES
        .get_dir(dir)
        .ok_or_else(|| format!("locales/{dir} is not embedded"))?;
    let mut files = Vec::new();
    for f in folder.files() {
        let path = f.path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = f
            .contents_utf8()
            .ok_or_else(|| format!("locales/{} is not UTF-8", path.display()))?;
        files.push((format!("locales/{}", path.display()), text));
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one() {
        let f = SourceFile {
            path: "locales/x/y.toml",
            text: "a = 1\nb = 2\nc = 3\n",
        };
        assert_eq!(f.line_of(0), 1, "the first byte is on line 1");
        assert_eq!(
            f.line_of(6),
            2,
            "the byte after the first newline is on line 2"
        );
        assert_eq!(f.line_of(1_000), 4, "past the end is the last line");
        let e = f.error_at(12..13, "bad".into());
        assert_eq!(
            e.to_string(),
            "locales/x/y.toml:3: bad",
            "file:line: message"
        );
    }

    #[test]
    fn kebab_ids_languages_and_days() {
        for ok in ["a", "report", "under-18", "x2"] {
            assert!(is_kebab(ok), "{ok} is kebab-case");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "é"] {
            assert!(!is_kebab(bad), "{bad:?} is not kebab-case");
        }
        assert!(is_language("fr") && !is_language("FR") && !is_language("fra"));
        assert!(is_day("2026-12-06") && !is_day("2026-12") && !is_day("2026-02-30"));
        for ok in ["2026", "2026-12", "2026-12-06"] {
            assert!(valid_date(ok), "{ok} is a date");
        }
        for bad in [
            "",
            "26",
            "2026-13",
            "2026-1-1",
            "2026-12-32",
            "06/12/2026",
            "2026-12-06x",
        ] {
            assert!(!valid_date(bad), "{bad:?} is not a date");
        }
        assert!(is_page_url("https://help.x.com/en/rules"), "a page");
        for bad in [
            "https://help.x.com",
            "https://help.x.com/",
            "ftp://a.b/c",
            "https://a.b/c d",
        ] {
            assert!(!is_page_url(bad), "{bad:?} is not a page address");
        }
    }
}
