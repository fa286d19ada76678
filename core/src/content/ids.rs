//! The Fluent ids of the guidance: the one place they are spelt. The views ask for these
//! and the data tests derive every id the structure uses from them ([`all`]).
//!
//! | what | Fluent id |
//! |---|---|
//! | guide title / summary | `guide-{guide}-title`, `guide-{guide}-summary` |
//! | step title / body | `guide-{guide}-step-{step}-title`, `guide-{guide}-step-{step}-body` |
//! | a bullet of a step | `guide-{guide}-step-{step}-point-{point}` |
//! | source title / note | `source-{source}-title`, `source-{source}-note` |
//! | a section of a source | `source-{source}-section-{section}` |
//! | an action's label | `action-{kind}-{target}`; a guide action uses the guide's title |
//! | a citation under a step | [`CITATION`], [`CITATION_WITH_SECTION`] |

use std::collections::BTreeSet;

use super::catalog::{Action, Catalog};
use crate::vocab::Name;

/// A guide's title.
pub fn guide_title(guide: &str) -> String {
    format!("guide-{guide}-title")
}

/// A guide's summary, under its title in menus.
pub fn guide_summary(guide: &str) -> String {
    format!("guide-{guide}-summary")
}

/// A step's title.
pub fn step_title(guide: &str, step: &str) -> String {
    format!("guide-{guide}-step-{step}-title")
}

/// A step's body (paragraphs separated by blank lines).
pub fn step_body(guide: &str, step: &str) -> String {
    format!("guide-{guide}-step-{step}-body")
}

/// A bullet of a step.
pub fn step_point(guide: &str, step: &str, point: &str) -> String {
    format!("guide-{guide}-step-{step}-point-{point}")
}

/// A source's title.
pub fn source_title(source: &str) -> String {
    format!("source-{source}-title")
}

/// What a source is and what Refuge took from it.
pub fn source_note(source: &str) -> String {
    format!("source-{source}-note")
}

/// A section of a source, as a step cites it.
pub fn source_section(source: &str, section: &str) -> String {
    format!("source-{source}-section-{section}")
}

/// How a step cites a source: publisher, title and date.
pub const CITATION: &str = "source-citation";

/// The same, with the section cited.
pub const CITATION_WITH_SECTION: &str = "source-citation-section";

/// What an action's button says.
pub fn action_label(action: &Action) -> String {
    match action {
        Action::Call(need) => format!("action-call-{}", need.name()),
        Action::Text(need) => format!("action-text-{}", need.name()),
        Action::Link(link) => format!("action-link-{link}"),
        Action::Screen(screen) => format!("action-screen-{}", screen.name()),
        Action::Guide(guide) => guide_title(guide),
    }
}

/// Every Fluent id `catalog` uses, for the data tests.
pub fn all(catalog: &Catalog) -> BTreeSet<String> {
    let mut out = BTreeSet::from([CITATION.to_owned(), CITATION_WITH_SECTION.to_owned()]);
    for s in &catalog.sources {
        out.insert(source_title(&s.id));
        out.insert(source_note(&s.id));
    }
    for g in &catalog.guides {
        out.insert(guide_title(&g.id));
        out.insert(guide_summary(&g.id));
        for s in &g.steps {
            out.insert(step_title(&g.id, &s.id));
            out.insert(step_body(&g.id, &s.id));
            for p in &s.points {
                out.insert(step_point(&g.id, &s.id, p));
            }
            for c in &s.sources {
                if let Some(sec) = &c.section {
                    out.insert(source_section(&c.id, sec));
                }
            }
            for a in &s.actions {
                out.insert(action_label(a));
            }
        }
    }
    out
}
