//! The Sources screen's part for helplines: every line of every country and where its facts
//! were read.

use serde::Serialize;

use super::{countries_view, line_label, source_view, SourceView};
use crate::error::Result;
use crate::helplines::country;
use crate::i18n::{Lang, Text};

/// One country's helpline sources, for the Sources screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CountrySourcesView {
    /// The code.
    pub country: String,
    /// Its name in the user's language.
    pub country_name: String,
    /// Each line and where it was read.
    pub lines: Vec<LineSourcesView>,
}

/// One line's sources.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LineSourcesView {
    /// The helpline id.
    pub id: String,
    /// Its name, with its number when it has one.
    pub label: String,
    /// Whether two sites confirm it.
    pub confirmed: bool,
    /// Its sources.
    pub sources: Vec<SourceView>,
}

/// Every helpline source, grouped by country (in the picker's order), for the Sources screen.
pub fn helpline_sources(lang: &Lang) -> Result<Vec<CountrySourcesView>> {
    let w = Text::new(lang);
    countries_view(lang, None)?
        .into_iter()
        .map(|entry| {
            let c = country(&entry.code)?;
            Ok(CountrySourcesView {
                country: c.code.clone(),
                country_name: entry.name,
                lines: c
                    .helplines
                    .iter()
                    .map(|h| LineSourcesView {
                        id: h.id.clone(),
                        label: match &h.display {
                            Some(d) => line_label(h.name_in(w.lang().as_str()), d),
                            None => h.name_in(w.lang().as_str()).to_owned(),
                        },
                        confirmed: h.confirmed(),
                        sources: h.sources.iter().map(source_view).collect(),
                    })
                    .collect(),
            })
        })
        .collect()
}
