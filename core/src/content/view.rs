//! A guide, the guide menus and the sources, rendered in one language: every string from
//! Fluent under the ids of [`super::ids`], every button resolved in Rust.

use serde::Serialize;

use super::catalog::{catalog, Action, SourceCite};
use super::ids;
use crate::error::{Error, Result};
use crate::helplines::RouteView;
use crate::i18n::{Lang, Text};
use crate::nav::{Here, LinkView};
use crate::triage::SafetyView;

use super::right_now::{right_now, RightNowView};
use crate::vocab::{Audience, Need, Target};

/// A guide ready to show: every string in the requested language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GuideView {
    /// The guide's id.
    pub id: String,
    /// Who it speaks to.
    pub audience: Audience,
    /// The guide's title.
    pub title: String,
    /// One or two sentences under the title.
    pub summary: String,
    /// Whether a print layout exists.
    pub printable: bool,
    /// The safety check it opens with, if any (resolved calls need `here`).
    pub safety: Option<SafetyView>,
    /// The "Right now" card under the safety check, for the guide that opens with one.
    pub right_now: Option<RightNowView>,
    /// The steps, in order.
    pub steps: Vec<StepView>,
    /// Other guides for the same audience.
    pub related: Vec<LinkView>,
}

/// One step, ready to show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct StepView {
    /// The step's id (the UI's anchor: search results open `guide#step`).
    pub id: String,
    /// 1-based position.
    pub number: u32,
    /// The step's title.
    pub title: String,
    /// Paragraphs (blank lines in the Fluent message separate them).
    pub body: Vec<String>,
    /// Bullets, in order.
    pub points: Vec<String>,
    /// Buttons.
    pub actions: Vec<ActionView>,
    /// Where this comes from.
    pub sources: Vec<SourceRefView>,
}

/// A button under a step: what it says and what it does, resolved in Rust.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ActionView {
    /// Call or text the line this need resolves to now; the button shows its name, number and
    /// why. `route` is missing while no country is known: the button then asks for it.
    Call {
        /// What the button is for.
        need: Need,
        /// The need's title (`Call a crisis line`), shown when there is no route yet.
        label: String,
        /// The line, number and reason, when a country is known.
        route: Option<RouteView>,
    },
    /// Open a screen of the app (another guide, the triage, the helplines…).
    Open {
        /// What the button says.
        label: String,
        /// Where it leads.
        target: Target,
    },
    /// Open an allow-listed web page (needs a network; the label says so).
    Link {
        /// What the button says.
        label: String,
        /// The link's id in the allow-list.
        id: String,
    },
}

/// A citation under a step.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SourceRefView {
    /// The source's id.
    pub id: String,
    /// Its title in the requested language.
    pub title: String,
    /// Publisher, a proper name.
    pub publisher: String,
    /// Its date.
    pub date: String,
    /// The section cited, if any.
    pub section: Option<String>,
    /// The whole citation as the step shows it: publisher, title, date and section, in the
    /// language's own order and punctuation.
    pub citation: String,
}

/// A source, for the Sources screen.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SourceView {
    /// The source's id.
    pub id: String,
    /// Title in the requested language.
    pub title: String,
    /// What it is and what Refuge took from it.
    pub note: String,
    /// Publisher, a proper name.
    pub publisher: String,
    /// Its date.
    pub date: String,
    /// Where it can be read, as text.
    pub url: Option<String>,
}

/// A guide in a menu: id, audience, title, summary.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GuideSummary {
    /// The guide's id.
    pub id: String,
    /// Who it speaks to.
    pub audience: Audience,
    /// Its title.
    pub title: String,
    /// Its summary.
    pub summary: String,
    /// Whether it is still being written.
    pub in_preparation: bool,
}

/// Render guide `id` in `lang`, call buttons with their labels only (search indexing, tests).
pub fn guide(lang: &Lang, id: &str) -> Result<GuideView> {
    guide_at(lang, id, None)
}

/// Render guide `id` in `lang`; with `here`, every call button is resolved to the line it
/// dials now, so it says its name and number before it is tapped.
pub fn guide_at(lang: &Lang, id: &str, here: Option<&Here>) -> Result<GuideView> {
    let text = Text::new(lang);
    let def = catalog().guide(id)?;
    let mut steps = Vec::with_capacity(def.steps.len());
    for (i, s) in def.steps.iter().enumerate() {
        steps.push(StepView {
            id: s.id.clone(),
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            title: text.get(&ids::step_title(&def.id, &s.id))?,
            body: paragraphs(&text.get(&ids::step_body(&def.id, &s.id))?),
            points: s
                .points
                .iter()
                .map(|p| text.get(&ids::step_point(&def.id, &s.id, p)))
                .collect::<Result<_>>()?,
            actions: s
                .actions
                .iter()
                .map(|a| action_view(text, a, (def.audience, &def.id, &s.id), here))
                .collect::<Result<_>>()?,
            sources: s
                .sources
                .iter()
                .map(|c| source_ref(text, c))
                .collect::<Result<_>>()?,
        });
    }
    Ok(GuideView {
        id: def.id.clone(),
        audience: def.audience,
        title: text.get(&ids::guide_title(&def.id))?,
        summary: text.get(&ids::guide_summary(&def.id))?,
        printable: def.printable,
        safety: match here {
            Some(h) if def.safety_check => Some(crate::triage::safety_view(h)?),
            _ => None,
        },
        right_now: if def.safety_check {
            Some(right_now(text, here)?)
        } else {
            None
        },
        steps,
        related: catalog()
            .guides
            .iter()
            .filter(|g| g.audience == def.audience && g.id != def.id && !g.in_preparation)
            .map(|g| {
                Ok(LinkView {
                    id: g.id.clone(),
                    label: text.get(&ids::guide_title(&g.id))?,
                    hint: None,
                    target: Target::guide(&g.id),
                })
            })
            .collect::<Result<_>>()?,
    })
}

/// Every guide's title and summary in `lang`, in catalog order.
pub fn guides(lang: &Lang) -> Result<Vec<GuideSummary>> {
    let text = Text::new(lang);
    catalog()
        .guides
        .iter()
        .map(|g| {
            Ok(GuideSummary {
                id: g.id.clone(),
                audience: g.audience,
                title: text.get(&ids::guide_title(&g.id))?,
                summary: text.get(&ids::guide_summary(&g.id))?,
                in_preparation: g.in_preparation,
            })
        })
        .collect()
}

/// Every source, for the Sources screen.
pub fn sources(lang: &Lang) -> Result<Vec<SourceView>> {
    let text = Text::new(lang);
    catalog()
        .sources
        .iter()
        .map(|s| {
            Ok(SourceView {
                id: s.id.clone(),
                title: text.get(&ids::source_title(&s.id))?,
                note: text.get(&ids::source_note(&s.id))?,
                publisher: s.publisher.clone(),
                date: s.date.clone(),
                url: s.url.clone(),
            })
        })
        .collect()
}

fn action_view(
    text: Text<'_>,
    action: &Action,
    (audience, guide, step): (Audience, &str, &str),
    here: Option<&Here>,
) -> Result<ActionView> {
    let label = text.get(&ids::action_label(action))?;
    Ok(match action {
        &Action::Call(need) | &Action::Text(need) => ActionView::Call {
            need,
            label,
            route: match here {
                Some(h) => h.route(need, audience)?,
                None => None,
            },
        },
        Action::Guide(id) => ActionView::Open {
            label,
            target: Target::guide(id),
        },
        Action::Screen(screen) => ActionView::Open {
            label,
            target: screen.target(audience, guide, step),
        },
        Action::Link(id) => ActionView::Link {
            label,
            id: id.clone(),
        },
    })
}

/// The citation of source `id` (a whole source, no section), as a step shows it: for the
/// screens that rest on sources without being guide steps (the "Right now" card, the first
/// minute's screens).
pub fn cite(text: Text<'_>, id: &str) -> Result<SourceRefView> {
    source_ref(
        text,
        &SourceCite {
            id: id.to_owned(),
            section: None,
        },
    )
}

fn source_ref(text: Text<'_>, cite: &SourceCite) -> Result<SourceRefView> {
    let def = catalog()
        .sources
        .iter()
        .find(|s| s.id == cite.id)
        .ok_or_else(|| Error::Content(format!("unknown source {}", cite.id)))?;
    let title = text.get(&ids::source_title(&def.id))?;
    let section = cite
        .section
        .as_ref()
        .map(|sec| text.get(&ids::source_section(&def.id, sec)))
        .transpose()?;
    let mut args = vec![
        ("publisher", def.publisher.as_str()),
        ("title", title.as_str()),
        ("date", def.date.as_str()),
    ];
    let citation = match &section {
        Some(section) => {
            args.push(("section", section.as_str()));
            text.with(ids::CITATION_WITH_SECTION, &args)?
        }
        None => text.with(ids::CITATION, &args)?,
    };
    Ok(SourceRefView {
        id: def.id.clone(),
        title,
        publisher: def.publisher.clone(),
        date: def.date.clone(),
        section,
        citation,
    })
}

/// Split a Fluent body into paragraphs at blank lines, trimming each.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}
