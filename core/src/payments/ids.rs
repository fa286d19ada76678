//! The Fluent ids of the "I already paid" cards: the one place they are spelt.
//!
//! | what | Fluent id |
//! |---|---|
//! | a card's title | `payment-{card}-title` |
//! | a step (of a card or of `common`) | `payment-{owner}-{section}-{step}` |
//! | a section's title | `payment-section-{section}-title` |

use super::PaymentSection;
use crate::vocab::Name;

/// A card's title.
pub fn title(card: &str) -> String {
    format!("payment-{card}-title")
}

/// A step of a section, owned by a card or by `common`.
pub fn step(owner: &str, section: PaymentSection, step: &str) -> String {
    format!("payment-{owner}-{}-{step}", section.name())
}

/// A section's title, the same for every card.
pub fn section_title(section: PaymentSection) -> String {
    format!("payment-section-{}-title", section.name())
}
