//! The guidance: guides made of steps, each step with its sources, rendered in one language.
//!
//! Structure lives in `locales/guides.toml` (ids, audience, order, sources, actions); every
//! sentence lives in Fluent, under ids derived from that structure ([`ids`]).
//!
//! - [`catalog`]: `guides.toml`'s schema, parsed and checked once at load.
//! - [`ids`]: the Fluent-id scheme, the one place a guide's or a source's id is spelt.
//! - [`view`]: a guide, the menus and the sources, rendered in one language with their buttons
//!   resolved.
//! - [`right_now`]: the "Right now" card at the top of the guide that opens with the safety
//!   check: four lines, the call for help, and the sources they rest on.
//!
//! Guarantees (tested): every step has at least one source; every id of the scheme exists in
//! every language; no `guide-`/`source-` id exists that the structure does not use.

pub mod catalog;
pub mod ids;
pub mod right_now;
pub mod view;

#[cfg(test)]
mod tests;

pub use catalog::{catalog, Action, Catalog, GuideDef, Screen, SourceCite, SourceDef, StepDef};
pub use right_now::{RightNowView, RIGHT_NOW_SOURCES};
pub use view::{
    cite, guide, guide_at, guides, sources, ActionView, GuideSummary, GuideView, SourceRefView,
    SourceView, StepView,
};
