//! "Make a report text": the record's entries turned into plain text to paste into a platform's
//! report form, or to hand to the police, the school or a helpline, in the UI's language.
//!
//! Four [`Shape`]s:
//! - **platform**: short, the facts a moderator needs: who (the accounts), what (the threat and
//!   the demand, one line each), that the person is under 18 if they say so, and the dates of the
//!   first and last entry; at most [`PLATFORM_MAX_CHARS`] characters;
//! - **police**: complete: every entry in time order with its date and time, then the payments
//!   with their references, then who has been told and the case numbers;
//! - **school**: like the police's, without the payments unless the person chooses them;
//! - **helpline**: a short summary, the entries in time order, and "what I need now", left for
//!   the person to fill in.
//!
//! What it never holds: an image (the record has none), a field left empty, or anything the
//! person switched off ([`Include`]). Only an unlocked record gives text
//! ([`super::Journal::report_text`]: `record-locked` otherwise).
//!
//! Bounded whatever the record holds: a field is cut at [`FIELD_MAX_CHARS`] characters (" […]"),
//! the whole text at [`TEXT_MAX_BYTES`] bytes; control characters (C0 but line breaks and tabs,
//! C1, the bidi embeddings, overrides and isolates, the byte-order mark) are replaced by U+FFFD.
//! Either is said in the view, with a code (`input-too-long`, `invalid-input`), rather than
//! failing: the person still gets their text.

use chrono::{DateTime, FixedOffset};
use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::entry::{Entry, Field};
use super::export::{when, INDENT};
use super::say;
use crate::error::{ErrorCode, Result};
use crate::i18n::Lang;
use crate::vocab::{Audience, Name};

/// The longest platform-shaped text, in characters. Instagram's and TikTok's forms take a few
/// thousand characters; X's and Meta's limits were not found in a source, so the text stays well
/// under any of them.
pub const PLATFORM_MAX_CHARS: usize = 1_500;
/// The most characters of one field in the other shapes (then " […]").
pub const FIELD_MAX_CHARS: usize = 2_000;
/// The most characters of one field on a one-line fact of the platform and helpline summaries.
pub const LINE_MAX_CHARS: usize = 300;
/// The longest text of any shape, in bytes.
pub const TEXT_MAX_BYTES: usize = 64 * 1024;
/// What replaces text that was cut.
pub const CUT: &str = " […]";

/// Who the text is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter, strum::IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Shape {
    /// A platform's report form: short.
    Platform,
    /// The police: complete, in time order.
    Police,
    /// The school: no payments unless chosen.
    School,
    /// A helpline: a summary, the entries, and what I need now.
    Helpline,
}

/// What the person chose to put in (none: the shape's default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Include {
    /// The payments and their references: on by default, but for the school.
    pub payments: Option<bool>,
    /// "I am under 18": on by default when a young person keeps the record.
    pub under_18: Option<bool>,
}

/// Something the text had to change, with its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReportNotice {
    /// `input-too-long` (text cut) or `invalid-input` (characters replaced).
    pub code: ErrorCode,
    /// What happened, in the UI's language.
    pub text: String,
}

/// The text, and what was done to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReportTextView {
    /// The shape it was made in.
    pub shape: Shape,
    /// The text, plain, lines separated by `\n`.
    pub text: String,
    /// Some text was cut to keep it bounded.
    pub truncated: bool,
    /// Some characters were replaced.
    pub cleaned: bool,
    /// What to tell the person about it, coded.
    pub notices: Vec<ReportNotice>,
    /// Whether the payments are in it (the school's switch shows it).
    pub payments_included: bool,
    /// Whether "I am under 18" is in it (platform shape).
    pub under_18_included: bool,
    /// How many entries it was made from.
    pub entries: u32,
}

/// Whether `c` is replaced: C0 controls but line breaks and tabs, DEL and C1, the bidi controls
/// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the byte-order mark.
fn unwanted(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}')
}

/// What the builder noticed while writing.
#[derive(Default)]
struct Marks {
    truncated: bool,
    cleaned: bool,
}

impl Marks {
    /// `text` with unwanted characters replaced, carriage returns dropped, at most `max`
    /// characters (then [`CUT`]); on one line if `one_line`.
    fn clean(&mut self, text: &str, max: usize, one_line: bool) -> String {
        let mut out = String::with_capacity(text.len().min(max * 4 + CUT.len()));
        let mut count = 0;
        for c in text.trim().chars() {
            if count == max {
                self.truncated = true;
                out.truncate(out.trim_end().len());
                out.push_str(CUT);
                return out;
            }
            match c {
                '\r' => continue,
                '\n' | '\t' if one_line => out.push(' '),
                c if unwanted(c) => {
                    self.cleaned = true;
                    out.push('\u{FFFD}');
                }
                c => out.push(c),
            }
            count += 1;
        }
        out
    }
}

/// Build the text of `shape` from `entries` (oldest first), made at `made_at`.
pub fn build(
    lang: &Lang,
    audience: Audience,
    shape: Shape,
    include: Include,
    made_at: DateTime<FixedOffset>,
    entries: &[Entry],
) -> Result<ReportTextView> {
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| say(lang, audience, id, args);
    let at = |t: DateTime<FixedOffset>| when(lang, audience, t);
    let payments = include.payments.unwrap_or(shape != Shape::School);
    let under_18 = include.under_18.unwrap_or(audience == Audience::Young);
    let mut marks = Marks::default();
    let mut out = Vec::<String>::new();
    out.push(say("report-text-made", &[("when", at(made_at)?.into())])?);
    out.push(say(&format!("report-text-{}-title", shape.name()), &[])?);
    out.push(String::new());

    // One-line facts: the distinct non-empty values of a field, joined, bounded.
    let facts = |marks: &mut Marks, field: Field, all: bool| -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for e in entries {
            let v = marks.clean(field.get(&e.fields), LINE_MAX_CHARS, true);
            if !v.is_empty() && !seen.contains(&v) {
                seen.push(v);
                if !all {
                    break;
                }
            }
        }
        seen
    };
    let summary = |marks: &mut Marks, out: &mut Vec<String>| -> Result<()> {
        for (field, all) in [
            (Field::Platform, true),
            (Field::Account, true),
            (Field::Threats, false),
            (Field::Demanded, false),
        ] {
            let values = facts(marks, field, all);
            if !values.is_empty() {
                out.push(format!(
                    "{} {}",
                    say(&label(field), &[])?,
                    values.join(", ")
                ));
            }
        }
        if let (Some(first), Some(last)) = (entries.first(), entries.last()) {
            out.push(say(
                "report-text-dates",
                &[
                    ("first", at(first.occurred_at)?.into()),
                    ("last", at(last.occurred_at)?.into()),
                    ("count", entries.len().into()),
                ],
            )?);
        }
        Ok(())
    };

    match shape {
        Shape::Platform => {
            summary(&mut marks, &mut out)?;
            if under_18 {
                out.push(say("report-text-under-18", &[])?);
            }
            out.push(say("report-text-platform-ask", &[])?);
        }
        Shape::Police | Shape::School | Shape::Helpline => {
            if shape == Shape::Helpline {
                summary(&mut marks, &mut out)?;
                out.push(String::new());
            }
            out.push(say("report-text-entries", &[])?);
            for (n, e) in entries.iter().enumerate() {
                out.push(String::new());
                out.push(say(
                    "report-text-entry",
                    &[("n", (n + 1).into()), ("when", at(e.occurred_at)?.into())],
                )?);
                for field in [
                    Field::Platform,
                    Field::Account,
                    Field::Demanded,
                    Field::Threats,
                    Field::Notes,
                ] {
                    block(
                        &mut marks,
                        &mut out,
                        &say(&label(field), &[])?,
                        field.get(&e.fields),
                    );
                }
            }
            let dated = |marks: &mut Marks, out: &mut Vec<String>, field: Field| -> Result<()> {
                let with: Vec<&Entry> = entries
                    .iter()
                    .filter(|e| !field.get(&e.fields).trim().is_empty())
                    .collect();
                if with.is_empty() {
                    return Ok(());
                }
                out.push(String::new());
                out.push(say(&format!("report-text-section-{}", field.name()), &[])?);
                for e in with {
                    block(marks, out, &at(e.occurred_at)?, field.get(&e.fields));
                }
                Ok(())
            };
            if payments {
                dated(&mut marks, &mut out, Field::Payments)?;
            }
            dated(&mut marks, &mut out, Field::Told)?;
            dated(&mut marks, &mut out, Field::ReportRefs)?;
            if shape == Shape::Helpline {
                out.push(String::new());
                out.push(say("report-text-need-now", &[])?);
                out.push(format!("{INDENT}…"));
            }
        }
    }

    let mut text = out.join("\n");
    let max_chars = match shape {
        Shape::Platform => PLATFORM_MAX_CHARS,
        _ => usize::MAX,
    };
    if text.chars().count() > max_chars {
        let keep: String = text.chars().take(max_chars - CUT.chars().count()).collect();
        text = format!("{}{CUT}", keep.trim_end());
        marks.truncated = true;
    }
    if text.len() > TEXT_MAX_BYTES {
        let mut end = TEXT_MAX_BYTES - CUT.len();
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push_str(CUT);
        marks.truncated = true;
    }
    text.push('\n');
    let mut notices = Vec::new();
    if marks.truncated {
        notices.push(ReportNotice {
            code: ErrorCode::InputTooLong,
            text: say("report-text-notice-cut", &[])?,
        });
    }
    if marks.cleaned {
        notices.push(ReportNotice {
            code: ErrorCode::InvalidInput,
            text: say("report-text-notice-cleaned", &[])?,
        });
    }
    Ok(ReportTextView {
        shape,
        text,
        truncated: marks.truncated,
        cleaned: marks.cleaned,
        notices,
        payments_included: payments && shape != Shape::Platform,
        under_18_included: under_18 && shape == Shape::Platform,
        entries: u32::try_from(entries.len()).unwrap_or(u32::MAX),
    })
}

/// The label of a field in the text (`report-text-field-<field>`).
fn label(field: Field) -> String {
    format!("report-text-field-{}", field.name())
}

/// A field as a block: its label, then its text indented (so nothing typed passes for a label).
/// Nothing for an empty field.
fn block(marks: &mut Marks, out: &mut Vec<String>, label: &str, text: &str) {
    let text = marks.clean(text, FIELD_MAX_CHARS, false);
    if text.is_empty() {
        return;
    }
    out.push(format!("{INDENT}{label}"));
    for line in text.lines() {
        out.push(format!("{INDENT}{INDENT}{}", line.trim_end()));
    }
}

#[cfg(test)]
mod tests;
