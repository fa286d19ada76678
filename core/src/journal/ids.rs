//! The Fluent ids of My record that are built from a word: the one place they are spelt.
//!
//! | what | Fluent id |
//! |---|---|
//! | a field's label / hint | `record-field-{field}-label`, `record-field-{field}-hint` |
//! | the sentence for an error code | `record-error-{code}` |

use super::entry::Field;
use crate::vocab::Name;

/// A field's label.
pub fn field_label(field: Field) -> String {
    format!("record-field-{}-label", field.name())
}

/// A field's hint, under its label.
pub fn field_hint(field: Field) -> String {
    format!("record-field-{}-hint", field.name())
}

/// The record's own sentence for an error code (`storage-busy`); not every code has one.
pub fn error(code: &str) -> String {
    format!("record-error-{code}")
}
