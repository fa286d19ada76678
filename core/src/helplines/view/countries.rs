//! The country picker: every country with a file, named in the user's language, found by any
//! part of its name whatever the accents.

use serde::Serialize;

use super::{country_name, Words};
use crate::error::Result;
use crate::helplines::country;
use crate::i18n::{localizer, Lang};

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
    country_name(&Words { lang }, country(code)?)
}

/// Every country with a file, named in `lang`, sorted by name (ignoring accents and case),
/// with "Other country" (`ZZ`) last. With a `query`, only the names that contain it, ignoring
/// accents, case and punctuation ("cote" finds "Côte d’Ivoire").
pub fn countries_view(lang: &Lang, query: Option<&str>) -> Result<Vec<CountryEntry>> {
    let w = Words { lang };
    let wanted = query.map(fold).filter(|q| !q.is_empty());
    let mut entries = Vec::new();
    for code in crate::helplines::country_codes() {
        let c = country(code)?;
        let name = country_name(&w, c)?;
        let matches = match &wanted {
            None => true,
            Some(q) => {
                let aliases_id = format!("country-{}-aliases", c.code.to_ascii_lowercase());
                let aliases = if localizer().has(lang, &aliases_id) {
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
