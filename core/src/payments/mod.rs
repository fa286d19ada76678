//! "I already paid": one card per way of paying (gift cards; bank card or transfer; PayPal;
//! Cash App, Venmo or Zelle; mobile money; crypto; Western Union or MoneyGram).
//!
//! Each card gives the first-hour steps its sources give: call the provider and ask to stop or
//! reverse the payment; report it as fraud; keep the references; "they will ask again: don't pay
//! more"; and what to write in My record. It also says, from sources, in which countries that way
//! of paying is common, so a screen can offer it first there; every card is reachable everywhere.
//!
//! Structure and sources are data, one file per card in `locales/payments/` plus `common.toml`
//! (read with the rules of [`crate::platforms::sourced`]); the words are Fluent
//! (`locales/<lang>/payments.ftl`). The French speaks to no one in particular (infinitives): the
//! teen and the parent both read these cards.
//!
//! Rules a file must keep (it does not load otherwise, and the error names the file and line):
//! named after its `id`; `order` numbers the cards 1, 2, 3… with no gap; `checked` is a day; every
//! source is a titled, dated page with its language and is cited; the sections are the five of
//! [`PaymentSection`], each once, in order; `stop`, `report`, `keep` and `record` each have a step
//! of the card's own, `no-more` is shared; every step cites a known source; `common_in` keys are
//! country codes (two capital letters), each with the sources that say so.

pub mod ids;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use strum::IntoEnumIterator;

use crate::error::{Error, Result};
use crate::i18n::{Lang, Text};
use crate::platforms::data::At;
use crate::platforms::sourced::{
    all_sources, check_all_cited, check_cites, check_header, check_sequence, cited_sources, cites,
    embedded, is_kebab, joined, parse_folder, CiteView, DataError, Parsed, SourceDef, SourceFile,
    SourceView,
};
use crate::vocab::Name;

/// The parts of every card, in the order they are shown ([`PaymentSection::iter`]). Its name
/// (`no-more`), as the files and Fluent spell it, comes from serde and strum.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum PaymentSection {
    /// In the first hour: call the provider, ask to stop or reverse the payment.
    Stop,
    /// Report it as fraud (to the provider, the police).
    Report,
    /// The references to keep.
    Keep,
    /// They will ask again: don't pay more.
    NoMore,
    /// What to write in My record.
    Record,
}

impl PaymentSection {
    /// Whether every card must bring a step of its own here (the shared `no-more` need not).
    fn card_specific(self) -> bool {
        self != PaymentSection::NoMore
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    id: String,
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionDef {
    id: PaymentSection,
    #[serde(default)]
    steps: Vec<Spanned<StepDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CardDef {
    id: Spanned<String>,
    order: Spanned<u32>,
    checked: Spanned<String>,
    #[serde(default)]
    sources: Vec<Spanned<SourceDef>>,
    common_in: Spanned<BTreeMap<String, Vec<String>>>,
    sections: Vec<Spanned<SectionDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonDef {
    #[serde(default)]
    sources: Vec<Spanned<SourceDef>>,
    #[serde(default)]
    sections: Vec<Spanned<SectionDef>>,
}

/// A step of a card, checked.
#[derive(Debug, Clone)]
pub struct CardStep {
    /// Kebab-case, unique in its section.
    pub id: String,
    /// Its Fluent id: `payment-<card>-<section>-<step>` or `payment-common-…`.
    pub message: String,
    /// Its sources' ids.
    pub sources: Vec<String>,
    /// Where it is declared.
    pub at: At,
}

/// One card, checked.
#[derive(Debug, Clone)]
pub struct Card {
    /// Kebab-case, the file's name.
    pub id: String,
    /// Its place in the list (1 first).
    pub order: u32,
    /// The day it was last checked.
    pub checked: String,
    /// Country code → the sources saying this way of paying is common there.
    pub common_in: BTreeMap<String, Vec<String>>,
    /// Its own steps, by section, in [`PaymentSection::iter`] order.
    pub sections: Vec<(PaymentSection, Vec<CardStep>)>,
    /// Its own sources' ids, in file order.
    pub sources: Vec<String>,
    /// Where `common_in` is declared.
    pub common_in_at: At,
    /// Its file.
    pub file: String,
}

/// Every card and what they share.
#[derive(Debug)]
pub struct Catalog {
    /// The cards, by `order`.
    pub cards: Vec<Card>,
    /// The steps every card shows first, by section.
    pub common: BTreeMap<PaymentSection, Vec<CardStep>>,
    /// Every source, by id.
    pub sources: BTreeMap<String, SourceDef>,
}

impl Catalog {
    /// The embedded cards, loaded once (`Err` only if the embedded data is broken: the data tests
    /// catch it).
    pub fn get() -> std::result::Result<&'static Catalog, &'static str> {
        static CATALOG: OnceLock<std::result::Result<Catalog, String>> = OnceLock::new();
        CATALOG
            .get_or_init(|| {
                let files = embedded("payments")?;
                Catalog::load(files.iter().map(|(p, t)| (p.as_str(), *t)))
                    .map_err(|errors| joined(&errors))
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// The card `id`.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// Build from `(path, TOML text)` pairs: `…/common.toml` and one file per card. Every broken
    /// rule is reported with its file and line.
    pub fn load<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> std::result::Result<Catalog, Vec<DataError>> {
        let Parsed {
            common: (common_file, common_def),
            items: cards,
        } = parse_folder::<CommonDef, CardDef>("payments", files)?;
        let mut errors = Vec::new();
        let declared: Vec<(&SourceFile<'_>, &[Spanned<SourceDef>])> =
            std::iter::once((&common_file, common_def.sources.as_slice()))
                .chain(cards.iter().map(|(f, d)| (f, d.sources.as_slice())))
                .collect();
        let known = all_sources(&declared, &mut errors);
        let mut used = BTreeSet::new();
        let mut common_steps = BTreeMap::new();
        for spanned in &common_def.sections {
            let section = spanned.get_ref();
            if common_steps.contains_key(&section.id) {
                errors.push(common_file.error_at(
                    spanned.span(),
                    format!("section {} is listed twice", section.id.name()),
                ));
            }
            let steps = steps_of(
                &common_file,
                "common",
                section,
                &known,
                &mut used,
                &mut errors,
            );
            common_steps.insert(section.id, steps);
        }
        let mut checked = Vec::new();
        for (file, def) in &cards {
            if let Some(c) = check_card(file, def, &common_steps, &known, &mut used, &mut errors) {
                checked.push(c);
            }
        }
        check_all_cited(&declared, &used, &mut errors);
        checked.sort_by_key(|c| c.order);
        check_sequence(
            checked.iter().map(|c| (c.order, c.file.as_str())),
            &mut errors,
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Catalog {
            cards: checked,
            common: common_steps,
            sources: known.into_iter().map(|(k, v)| (k, v.clone())).collect(),
        })
    }
}

fn check_card(
    file: &SourceFile<'_>,
    def: &CardDef,
    common: &BTreeMap<PaymentSection, Vec<CardStep>>,
    known: &BTreeMap<String, &SourceDef>,
    used: &mut BTreeSet<String>,
    errors: &mut Vec<DataError>,
) -> Option<Card> {
    let before = errors.len();
    let id = def.id.get_ref().clone();
    check_header(file, &def.id, &def.order, &def.checked, errors);
    for (country, sources) in def.common_in.get_ref() {
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.push(file.error_at(
                def.common_in.span(),
                format!("common_in key {country:?} must be a country code, two capital letters"),
            ));
        }
        check_cites(
            file,
            def.common_in.span(),
            &format!("common_in {country}"),
            sources,
            known,
            used,
            errors,
        );
    }
    let listed: Vec<PaymentSection> = def.sections.iter().map(|s| s.get_ref().id).collect();
    if !listed.iter().copied().eq(PaymentSection::iter()) {
        let at = def.sections.first().map_or(0..0, Spanned::span);
        errors.push(file.error_at(
            at,
            format!(
                "sections must be, in this order: {}",
                PaymentSection::iter()
                    .map(PaymentSection::name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    let mut sections = Vec::new();
    for spanned in &def.sections {
        let section = spanned.get_ref();
        let steps = steps_of(file, &id, section, known, used, errors);
        let shared = common.get(&section.id).is_some_and(|s| !s.is_empty());
        if steps.is_empty() && (section.id.card_specific() || !shared) {
            errors.push(file.error_at(
                spanned.span(),
                format!(
                    "section {} needs a step of this card's own",
                    section.id.name()
                ),
            ));
        }
        sections.push((section.id, steps));
    }
    if errors.len() > before {
        return None;
    }
    Some(Card {
        id,
        order: *def.order.get_ref(),
        checked: def.checked.get_ref().clone(),
        common_in: def.common_in.get_ref().clone(),
        sections,
        sources: def.sources.iter().map(|s| s.get_ref().id.clone()).collect(),
        common_in_at: At {
            file: file.path.to_owned(),
            line: file.line_of(def.common_in.span().start),
        },
        file: file.path.to_owned(),
    })
}

fn steps_of(
    file: &SourceFile<'_>,
    owner: &str,
    section: &SectionDef,
    known: &BTreeMap<String, &SourceDef>,
    used: &mut BTreeSet<String>,
    errors: &mut Vec<DataError>,
) -> Vec<CardStep> {
    let mut ids = BTreeSet::new();
    let mut steps = Vec::new();
    for spanned in &section.steps {
        let s = spanned.get_ref();
        let what = format!("step {}/{}", section.id.name(), s.id);
        if !is_kebab(&s.id) || !ids.insert(s.id.clone()) {
            errors.push(file.error_at(
                spanned.span(),
                format!("{what}: id must be kebab-case and unique in its section"),
            ));
        }
        check_cites(file, spanned.span(), &what, &s.sources, known, used, errors);
        steps.push(CardStep {
            id: s.id.clone(),
            message: ids::step(owner, section.id, &s.id),
            sources: s.sources.clone(),
            at: At {
                file: file.path.to_owned(),
                line: file.line_of(spanned.span().start),
            },
        });
    }
    steps
}

/// A step of a card, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PaymentStepView {
    /// `<section>/<step>`, or `common/<section>/<step>`.
    pub id: String,
    /// What to do.
    pub text: String,
    /// Its sources' ids.
    pub sources: Vec<String>,
    /// The same sources as the step cites them.
    pub cites: Vec<CiteView>,
}

/// A section of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PaymentSectionView {
    /// Which section.
    pub id: PaymentSection,
    /// Its title.
    pub title: String,
    /// Its steps, shared ones first.
    pub steps: Vec<PaymentStepView>,
}

/// A card in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PaymentCardView {
    /// Its id (`gift-cards`).
    pub id: String,
    /// Its title ("Gift cards").
    pub title: String,
    /// The day it was last checked.
    pub checked: String,
    /// "Checked on …".
    pub checked_label: String,
    /// The countries where this way of paying is common (codes, sorted).
    pub common_in: Vec<String>,
    /// The five sections, in order.
    pub sections: Vec<PaymentSectionView>,
    /// Every source the card cites, the providers' own pages first.
    pub sources: Vec<SourceView>,
}

fn catalog() -> Result<&'static Catalog> {
    Catalog::get().map_err(|e| Error::Content(format!("payment cards: {e}")))
}

/// The cards' ids, in list order.
pub fn ids() -> Result<Vec<&'static str>> {
    Ok(catalog()?.cards.iter().map(|c| c.id.as_str()).collect())
}

/// Every card in `lang`, in list order.
pub fn cards(lang: &Lang) -> Result<Vec<PaymentCardView>> {
    catalog()?.cards.iter().map(|c| render(lang, c)).collect()
}

/// The card `id` in `lang`; an unknown id is `invalid-input`, an oversized one `input-too-long`.
pub fn card(lang: &Lang, id: &str) -> Result<PaymentCardView> {
    const MAX: usize = 64;
    if id.len() > MAX {
        return Err(Error::InputTooLong {
            len: id.len(),
            max: MAX,
        });
    }
    let c = catalog()?.card(id).ok_or_else(|| {
        Error::InvalidInput(format!(
            "unknown payment card {:?}",
            id.chars().take(48).collect::<String>()
        ))
    })?;
    render(lang, c)
}

/// The cards common in `country` (a code such as `CI`), in list order: what a screen offers
/// first there. A code that is not two capital letters is `invalid-input`; a valid code with no
/// card common there gets an empty list (every card stays reachable).
pub fn common_in(country: &str) -> Result<Vec<&'static str>> {
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::InvalidInput(format!(
            "country code {:?}",
            country.chars().take(8).collect::<String>()
        )));
    }
    Ok(catalog()?
        .cards
        .iter()
        .filter(|c| c.common_in.contains_key(country))
        .map(|c| c.id.as_str())
        .collect())
}

fn render(lang: &Lang, c: &Card) -> Result<PaymentCardView> {
    let cat = catalog()?;
    let l = Text::new(lang);
    let mut cited: Vec<&String> = Vec::new();
    let mut sections = Vec::new();
    for (section, own) in &c.sections {
        let shared = cat.common.get(section).into_iter().flatten();
        let mut steps = Vec::new();
        for (s, is_common) in shared
            .map(|s| (s, true))
            .chain(own.iter().map(|s| (s, false)))
        {
            let local = format!("{}/{}", section.name(), s.id);
            cited.extend(&s.sources);
            steps.push(PaymentStepView {
                id: if is_common {
                    format!("common/{local}")
                } else {
                    local
                },
                text: l.get(&s.message)?,
                sources: s.sources.clone(),
                cites: cites(l, &s.sources, &cat.sources)?,
            });
        }
        sections.push(PaymentSectionView {
            id: *section,
            title: l.get(&ids::section_title(*section))?,
            steps,
        });
    }
    let sources = cited_sources(&c.sources, &cited, &cat.sources);
    Ok(PaymentCardView {
        id: c.id.clone(),
        title: l.get(&ids::title(&c.id))?,
        checked: c.checked.clone(),
        checked_label: l.with("payment-checked", &[("date", c.checked.as_str())])?,
        common_in: c.common_in.keys().cloned().collect(),
        sections,
        sources,
    })
}
