//! The country picker: every country with a file, named in the user's language, found by any
//! part of its name whatever the accents.

use serde::Serialize;

use super::country_name;
use crate::error::Result;
use crate::helplines::country;
use crate::i18n::{Lang, Text};

/// One entry of the country picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CountryEntry {
    /// The code (`"BE"`, `"ZZ"`).
    pub code: String,
    /// The name in the user's language.
    pub name: String,
}

/// The name of the country with file `code`, in `lang`.
pub fn country_name_in(lang: &Lang, code: &str) -> Result<String> {
    country_name(&Text::new(lang), country(code)?)
}

/// The countries a query finds, and how many, said in the language's plural.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CountryResults {
    /// The countries found, as [`countries_view`] gives them.
    pub countries: Vec<CountryEntry>,
    /// "1 country", "3 countries", for screen readers.
    pub status: String,
}

/// [`countries_view`], with the number found in words.
pub fn country_results(lang: &Lang, query: Option<&str>) -> Result<CountryResults> {
    let countries = countries_view(lang, query)?;
    let status = Text::new(lang).with("ui-country-results", &[("count", countries.len())])?;
    Ok(CountryResults { countries, status })
}

/// Every country with a file, named in `lang`, sorted by name (ignoring accents and case),
/// with "Other country" (`ZZ`) last. With a `query`, only the names that contain it, ignoring
/// accents, case and punctuation ("cote" finds "Côte d’Ivoire").
pub fn countries_view(lang: &Lang, query: Option<&str>) -> Result<Vec<CountryEntry>> {
    let w = Text::new(lang);
    let wanted = query.map(fold).filter(|q| !q.is_empty());
    let mut entries = Vec::new();
    for code in crate::helplines::country_codes() {
        let c = country(code)?;
        let name = country_name(&w, c)?;
        let matches = match &wanted {
            None => true,
            Some(q) => {
                let aliases_id = format!("country-{}-aliases", c.code.to_ascii_lowercase());
                let aliases = if Text::new(lang).has(&aliases_id) {
                    w.get(&aliases_id)?
                } else {
                    String::new()
                };
                fold(&name).contains(q.as_str())
                    || fold(&aliases).contains(q.as_str())
                    || c.code.eq_ignore_ascii_case(q.trim())
            }
        };
        if matches {
            entries.push(CountryEntry {
                code: c.code.clone(),
                name,
            });
        }
    }
    entries.sort_by_cached_key(|e| (e.code == "ZZ", fold(&e.name)));
    Ok(entries)
}

pub use crate::fold::fold;
