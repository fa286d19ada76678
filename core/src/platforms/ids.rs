//! The Fluent ids of the platform guides: the one place they are spelt.
//!
//! | what | Fluent id |
//! |---|---|
//! | a platform's name | `platform-{platform}-name` |
//! | a menu label of a platform | `platform-{platform}-label-{label}` |
//! | a step (of a platform or of `common`) | `platform-{owner}-{section}-{step}` |
//! | a section's title | `platform-section-{section}-title` |
//! | what the removal tools' lists say | `platform-{tool}-{coverage}` |

use super::data::{Coverage, Section};
use crate::vocab::Name;

/// A platform's name.
pub fn name(platform: &str) -> String {
    format!("platform-{platform}-name")
}

/// A menu label of a platform, in words or describing a symbol.
pub fn label(platform: &str, label: &str) -> String {
    format!("platform-{platform}-label-{label}")
}

/// A step of a section, owned by a platform or by `common`.
pub fn step(owner: &str, section: Section, step: &str) -> String {
    format!("platform-{owner}-{}-{step}", section.name())
}

/// A section's title, the same for every platform.
pub fn section_title(section: Section) -> String {
    format!("platform-section-{}-title", section.name())
}

/// What the lists say of a removal tool (`take-it-down`, `report-remove`) for a platform.
pub fn coverage(tool: &str, status: Coverage) -> String {
    format!("platform-{tool}-{}", status.name())
}
