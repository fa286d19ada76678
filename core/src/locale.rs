//! Parsing the locale tags Refuge receives — from the system (`fr_BE.UTF-8`), from the UI
//! (`fr`, `en-GB`) or from anywhere else — into a language identifier and an optional region.
//!
//! Guarantees: any input, however hostile, gives `Ok` or an `invalid-locale` error, never a panic.

use crate::error::{Error, Result};
use unic_langid::LanguageIdentifier;

/// Longest tag accepted; real tags are far shorter (`zh-Hant-TW.UTF-8@stroke` is 24 bytes).
pub const MAX_TAG_LEN: usize = 64;

/// A parsed locale tag: the language identifier and, when the tag has one, its region in
/// upper case (`"BE"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedLocale {
    /// The language identifier, e.g. `fr-BE`.
    pub langid: LanguageIdentifier,
    /// ISO 3166-1 alpha-2 region, upper case, if the tag carries one.
    pub region: Option<String>,
}

/// Parse a POSIX (`fr_BE.UTF-8@euro`) or BCP 47 (`fr-BE`) locale tag.
///
/// `C` and `POSIX` parse as "no language" (`und`), which negotiation turns into the fallback.
pub fn parse_tag(raw: &str) -> Result<ParsedLocale> {
    if raw.len() > MAX_TAG_LEN {
        return Err(Error::InvalidLocale(format!("{}…", truncate(raw, 16))));
    }
    let trimmed = raw.trim();
    // POSIX: language[_territory][.codeset][@modifier]; keep only language_territory.
    let base = trimmed
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if base.is_empty() && !trimmed.is_empty() {
        return Err(Error::InvalidLocale(raw.to_owned()));
    }
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return Ok(ParsedLocale {
            langid: LanguageIdentifier::default(),
            region: None,
        });
    }
    let langid: LanguageIdentifier = base
        .parse()
        .map_err(|_| Error::InvalidLocale(raw.to_owned()))?;
    let region = langid
        .region
        .as_ref()
        .map(|r| r.as_str().to_ascii_uppercase())
        .filter(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()));
    Ok(ParsedLocale { langid, region })
}

fn truncate(s: &str, max_chars: usize) -> String {
    s.chars().take(max_chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_tags_give_language_and_region() {
        let table = [
            ("fr_BE.UTF-8", "fr-BE", Some("BE")),
            ("fr_CA.UTF-8", "fr-CA", Some("CA")),
            ("fr_CH", "fr-CH", Some("CH")),
            ("en_GB.UTF-8", "en-GB", Some("GB")),
            ("de_DE.UTF-8@euro", "de-DE", Some("DE")),
            ("en-US", "en-US", Some("US")),
            ("fr", "fr", None),
            ("es_419.UTF-8", "es-419", None),
        ];
        for (raw, lang, region) in table {
            let p = parse_tag(raw).unwrap_or_else(|e| panic!("{raw} should parse: {e}"));
            assert_eq!(p.langid.to_string(), lang, "language of {raw}");
            assert_eq!(p.region.as_deref(), region, "region of {raw}");
        }
    }

    #[test]
    fn c_and_posix_mean_no_language() {
        for raw in ["C", "POSIX", "C.UTF-8", ""] {
            let p = parse_tag(raw).unwrap();
            assert_eq!(
                p.langid,
                LanguageIdentifier::default(),
                "{raw:?} has no language"
            );
        }
    }

    #[test]
    fn broken_tags_are_invalid_locale_errors() {
        let long = "x".repeat(1_000_000);
        for raw in ["@@@", "fr_BE_!!", "\u{0}", "😀", "--", long.as_str()] {
            let err = parse_tag(raw).expect_err("broken tag must be rejected");
            assert_eq!(
                err.code(),
                "invalid-locale",
                "code for {:?}",
                truncate(raw, 8)
            );
        }
    }
}
