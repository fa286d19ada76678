//! The Fluent ids of the guidance: the one place they are spelt. The views ask for these
//! and the data tests derive every id the structure uses from them
//! ([`super::Catalog::message_ids`]).
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

use super::catalog::Action;
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
