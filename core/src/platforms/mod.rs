//! "Report it where it happens": offline guides for the apps where sextortion happens (Instagram,
//! Snapchat, WhatsApp, TikTok, Discord, Telegram, Roblox, X, Facebook with Messenger).
//!
//! Each guide says, from the platform's own help pages first: how to report the account and the
//! messages and which reason to choose; how to say you are under 18; what blocking or deleting
//! loses, so proof comes first (never the picture); how to make the account private and hide the
//! lists of followers; how to ask for removal, and whether Take It Down and Report Remove cover the
//! platform. A menu label is shown as the app names it in the reader's language, or in English with
//! a note when no page gave its wording in that language; a menu no page shows is "not confirmed"
//! and its step stays general.
//!
//! Structure and sources are data (`locales/platforms/*.toml`, see [`data`]); every sentence is
//! Fluent (`locales/<lang>/platforms.ftl`). This module renders a guide in one language and finds
//! a platform by its name or a short form ("insta", "snap", "twitter"). It knows nothing of
//! screens or commands: those are built on [`guide`], [`summaries`] and [`find`].
//!
//! French addresses no one in particular here (infinitives, "son profil"): the same guide opens
//! from the teen's threat guide, the friend's guide and the parent's first steps.

pub mod data;
pub mod ids;
pub mod sourced;

#[cfg(test)]
pub(crate) mod tests;

use serde::Serialize;

use strum::IntoEnumIterator;

use crate::error::{Error, Result};
use crate::i18n::{localizer, Lang, Text};
use crate::vocab::Name;
use data::{Catalog, Path, Platform, Step};
pub use data::{Coverage, LabelKind, Section};
pub use sourced::{CiteView, SourceView};

/// The longest platform id or search query accepted, in bytes.
pub const MAX_QUERY: usize = 200;

/// Whether a step comes from the platform's own page, from another page, or from none: for a step
/// that names menus, every label must have been read on one of the platform's pages to count as
/// its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// At least one of its sources is the platform's own page.
    Official,
    /// Its sources are other pages (a newspaper, a safety charity).
    Secondary,
    /// No page we read shows this menu: the text is general and names no button.
    NotConfirmed,
}

/// A menu label, as the app shows it in the requested language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LabelView {
    /// Its id in the platform's file.
    pub id: String,
    /// The words (or, for an icon, its description).
    pub text: String,
    /// Words or a symbol.
    pub kind: LabelKind,
    /// Whether a page gave these words in the requested language (`false`: the English words,
    /// and the step carries a note saying so).
    pub confirmed: bool,
}

/// One step of a guide, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// The guides' `StepView` has the name in the generated TypeScript.
#[serde(rename = "PlatformStepView")]
pub struct StepView {
    /// `<section>/<step>`, or `common/<section>/<step>` for a step every guide shares.
    pub id: String,
    /// What to do, with the labels in it.
    pub text: String,
    /// The labels the text names, in order.
    pub path: Vec<LabelView>,
    /// Where its menus come from.
    pub basis: Basis,
    /// Notes for the reader: a label shown in English, a menu not confirmed.
    pub notes: Vec<String>,
    /// Its sources' ids (see [`PlatformGuideView::sources`]).
    pub sources: Vec<String>,
    /// The same sources as the step cites them.
    pub cites: Vec<CiteView>,
}

/// A section of a guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SectionView {
    /// Which section.
    pub id: Section,
    /// Its title.
    pub title: String,
    /// Its steps, shared ones first.
    pub steps: Vec<StepView>,
}

/// A platform's guide in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlatformGuideView {
    /// Its id (`instagram`).
    pub id: String,
    /// Its name, plain text (no logo).
    pub name: String,
    /// The day it was last checked against its sources, `YYYY-MM-DD`.
    pub checked: String,
    /// "Checked on …", in the requested language.
    pub checked_label: String,
    /// The five sections, in order.
    pub sections: Vec<SectionView>,
    /// Whether Take It Down's lists name it.
    pub take_it_down: Coverage,
    /// Whether Report Remove's lists name it.
    pub report_remove: Coverage,
    /// Whether its chats are end-to-end encrypted (hashes cannot reach them).
    pub encrypted_chats: bool,
    /// Every source its steps cite, the platform's own pages first.
    pub sources: Vec<SourceView>,
}

/// A platform in a list ("Where is it happening?").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlatformSummary {
    /// Its id.
    pub id: String,
    /// Its name in the requested language.
    pub name: String,
    /// The short forms search knows ("insta").
    pub aliases: Vec<String>,
}

fn catalog() -> Result<&'static Catalog> {
    Catalog::get().map_err(|e| Error::Content(format!("platform guides: {e}")))
}

/// The platforms' ids, in list order (the most reported first).
pub fn ids() -> Result<Vec<&'static str>> {
    Ok(catalog()?.platforms.iter().map(|p| p.id.as_str()).collect())
}

/// Every platform, in list order, named in `lang`.
pub fn summaries(lang: &Lang) -> Result<Vec<PlatformSummary>> {
    let l = Text::new(lang);
    catalog()?
        .platforms
        .iter()
        .map(|p| {
            Ok(PlatformSummary {
                id: p.id.clone(),
                name: l.get(&p.name_message())?,
                aliases: p.aliases.clone(),
            })
        })
        .collect()
}

/// The platform `id`, or a coded error for an id no guide has (`invalid-input`) or one far too
/// long to be an id (`input-too-long`).
fn platform(id: &str) -> Result<&'static Platform> {
    if id.len() > MAX_QUERY {
        return Err(Error::InputTooLong {
            len: id.len(),
            max: MAX_QUERY,
        });
    }
    catalog()?.platform(id).ok_or_else(|| {
        Error::InvalidInput(format!(
            "unknown platform {:?}",
            id.chars().take(48).collect::<String>()
        ))
    })
}

/// The guide for platform `id` in `lang`.
pub fn guide(lang: &Lang, id: &str) -> Result<PlatformGuideView> {
    let cat = catalog()?;
    let p = platform(id)?;
    let l = Text::new(lang);
    let name = l.get(&p.name_message())?;
    let mut cited = Vec::new();
    let mut sections = Vec::with_capacity(Section::iter().len());
    for (section, own) in &p.sections {
        let mut steps = Vec::new();
        for s in cat.common.get(section).into_iter().flatten() {
            steps.push(step_view(lang, p, *section, s, true)?);
        }
        for s in own {
            steps.push(step_view(lang, p, *section, s, false)?);
        }
        if *section == Section::Removal {
            steps.extend(removal_steps(lang, p, &name)?);
        }
        for s in &steps {
            cited.extend(s.sources.iter().cloned());
        }
        sections.push(SectionView {
            id: *section,
            title: l.get(&ids::section_title(*section))?,
            steps,
        });
    }
    Ok(PlatformGuideView {
        id: p.id.clone(),
        name,
        checked: p.checked.clone(),
        checked_label: l.with("platform-checked", &[("date", p.checked.as_str())])?,
        sections,
        take_it_down: p.take_it_down.status,
        report_remove: p.report_remove.status,
        encrypted_chats: p.encrypted_chats.is_some(),
        sources: sourced::cited_sources(
            &p.sources,
            &cited.iter().collect::<Vec<_>>(),
            &cat.sources,
        ),
    })
}

fn step_view(
    lang: &Lang,
    p: &Platform,
    section: Section,
    s: &Step,
    common: bool,
) -> Result<StepView> {
    let l = Text::new(lang);
    let mut path = Vec::new();
    let mut notes = Vec::new();
    if let Path::Labels(names) = &s.path {
        for name in names {
            let label = p
                .label(name)
                .ok_or_else(|| Error::Content(format!("{}: no label {name}", p.id)))?;
            path.push(LabelView {
                id: label.id.clone(),
                text: l.get(&label.message)?,
                kind: label.kind,
                confirmed: !label.not_confirmed.iter().any(|c| c == lang.as_str()),
            });
        }
        if path.iter().any(|v| !v.confirmed) {
            notes.push(l.get("platform-note-label-in-english")?);
        }
    }
    let cat = catalog()?;
    let official = |ids: &[String]| {
        ids.iter()
            .any(|id| cat.sources.get(id).is_some_and(|src| src.official))
    };
    // A path is the platform's own only when every label in it was read on one of its pages.
    let basis = match &s.path {
        Path::NotConfirmed => {
            notes.push(l.get("platform-note-menu-not-confirmed")?);
            Basis::NotConfirmed
        }
        Path::Labels(names)
            if names
                .iter()
                .all(|n| p.label(n).is_some_and(|label| official(&label.sources))) =>
        {
            Basis::Official
        }
        Path::Labels(_) => Basis::Secondary,
        Path::None if official(&s.sources) => Basis::Official,
        Path::None => Basis::Secondary,
    };
    let local = format!("{}/{}", section.name(), s.id);
    Ok(StepView {
        id: if common {
            format!("common/{local}")
        } else {
            local
        },
        text: l.get(&s.message)?,
        path,
        basis,
        notes,
        sources: s.sources.clone(),
        cites: sourced::cites(l, &s.sources, &cat.sources)?,
    })
}

/// The Take It Down and Report Remove steps (and the encrypted-chats caveat), from the coverage
/// facts: the same sentences for every platform, with its name.
fn removal_steps(lang: &Lang, p: &Platform, name: &str) -> Result<Vec<StepView>> {
    let l = Text::new(lang);
    let cat = catalog()?;
    let args = [("platform", name)];
    let basis = |sources: &[String]| {
        if sources
            .iter()
            .any(|id| cat.sources.get(id).is_some_and(|s| s.official))
        {
            Basis::Official
        } else {
            Basis::Secondary
        }
    };
    let mut steps = Vec::new();
    for (tool, fact) in [
        ("take-it-down", &p.take_it_down),
        ("report-remove", &p.report_remove),
    ] {
        steps.push(StepView {
            id: format!("removal/{tool}"),
            text: l.with(&ids::coverage(tool, fact.status), &args)?,
            path: Vec::new(),
            basis: basis(&fact.sources),
            notes: Vec::new(),
            sources: fact.sources.clone(),
            cites: sourced::cites(l, &fact.sources, &cat.sources)?,
        });
    }
    if let Some(sources) = &p.encrypted_chats {
        steps.push(StepView {
            id: "removal/encrypted-chats".into(),
            text: l.with("platform-encrypted-chats", &args)?,
            path: Vec::new(),
            basis: basis(sources),
            notes: Vec::new(),
            sources: sources.clone(),
            cites: sourced::cites(l, sources, &cat.sources)?,
        });
    }
    Ok(steps)
}

/// The platform a person means by `query`: its id, its name in any language, or one of its short
/// forms, ignoring case, accents, spaces and punctuation ("Insta", "snap chat", "Twitter",
/// "f.b."). `None` for anything else, including hostile or oversized input.
pub fn find(query: &str) -> Option<&'static str> {
    if query.len() > MAX_QUERY {
        return None;
    }
    let wanted = fold(query);
    if wanted.is_empty() {
        return None;
    }
    let cat = Catalog::get().ok()?;
    cat.platforms.iter().find_map(|p| {
        let names = localizer()
            .languages()
            .into_iter()
            .filter_map(|lang| Text::new(&lang).get(&p.name_message()).ok());
        let hit = std::iter::once(p.id.clone())
            .chain(p.aliases.iter().cloned())
            .chain(names)
            .any(|term| fold(&term) == wanted);
        hit.then_some(p.id.as_str())
    })
}

/// Lower case, letters and digits only, accents dropped (é → e): what `find` compares.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'î' | 'ï' | 'í' => Some('i'),
            'ô' | 'ö' | 'ó' => Some('o'),
            'ù' | 'û' | 'ü' | 'ú' => Some('u'),
            'ç' => Some('c'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}
