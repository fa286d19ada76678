//! What an entry of the record holds, how input is checked, and the plaintext form that is
//! sealed. There is no image field, and there never will be one: Refuge stores text only.
//!
//! Rules a person can meet:
//! - Every field is optional text; a field of only spaces is empty.
//! - A field holds at most [`MAX_FIELD_CHARS`] characters, a whole entry at most
//!   [`MAX_ENTRY_BYTES`] bytes: over that, `input-too-long` and nothing is saved.
//! - Control characters other than line breaks and tabs are `invalid-input`.
//! - "When it happened" defaults to now. The UI sends it as `YYYY-MM-DDTHH:MM` (what an
//!   `<input type="datetime-local">` gives, seconds optional), read in the person's current
//!   offset, or with an explicit offset (`2025-11-23T01:05+01:00`, RFC 3339). Anything
//!   else is `invalid-date` (which never echoes what was typed: errors reach the log).
//!
//! In memory: an [`Entry`] wipes its text when dropped, and so does the form's input once
//! the shell has used it ([`EntryFields`] implements `Zeroize`). The sealed form is padded
//! with spaces to a multiple of [`PAD_BUCKET`] bytes, so a blob's size tells only roughly
//! how much was written.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use strum::IntoEnumIterator;

use crate::error::{Error, Result};
use crate::vocab::Name;

/// Most characters one field may hold.
pub const MAX_FIELD_CHARS: usize = 20_000;
/// Most bytes of text one entry may hold, all fields together.
pub const MAX_ENTRY_BYTES: usize = 100_000;
/// Longest "when it happened" string accepted, in bytes.
const MAX_DATE_LEN: usize = 64;
/// The sealed plaintext is padded to a multiple of this many bytes.
pub const PAD_BUCKET: usize = 512;

/// The text fields of an entry, in the order the form and the report show them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct EntryFields {
    /// The platform or app where it happened.
    pub platform: String,
    /// The other account's name or link.
    pub account: String,
    /// What they demanded.
    pub demanded: String,
    /// Amounts and payment references.
    pub payments: String,
    /// Threats made.
    pub threats: String,
    /// Who has been told.
    pub told: String,
    /// Report or case numbers.
    pub report_refs: String,
    /// Free notes.
    pub notes: String,
}

impl Zeroize for EntryFields {
    fn zeroize(&mut self) {
        for field in Field::iter() {
            field.get_mut(self).zeroize();
        }
    }
}

/// One text field of an entry; the single list the form, the checks and the report follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::EnumIter, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Field {
    /// See [`EntryFields::platform`].
    Platform,
    /// See [`EntryFields::account`].
    Account,
    /// See [`EntryFields::demanded`].
    Demanded,
    /// See [`EntryFields::payments`].
    Payments,
    /// See [`EntryFields::threats`].
    Threats,
    /// See [`EntryFields::told`].
    Told,
    /// See [`EntryFields::report_refs`].
    ReportRefs,
    /// See [`EntryFields::notes`].
    Notes,
}

/// Every field, in form and report order, is `Field::iter()`; its kebab-case name
/// ([`Name::name`]) is used in Fluent ids (`record-field-<name>-label`).
impl Field {
    /// This field's text in `fields`.
    pub fn get(self, fields: &EntryFields) -> &str {
        match self {
            Field::Platform => &fields.platform,
            Field::Account => &fields.account,
            Field::Demanded => &fields.demanded,
            Field::Payments => &fields.payments,
            Field::Threats => &fields.threats,
            Field::Told => &fields.told,
            Field::ReportRefs => &fields.report_refs,
            Field::Notes => &fields.notes,
        }
    }

    pub(crate) fn get_mut(self, fields: &mut EntryFields) -> &mut String {
        match self {
            Field::Platform => &mut fields.platform,
            Field::Account => &mut fields.account,
            Field::Demanded => &mut fields.demanded,
            Field::Payments => &mut fields.payments,
            Field::Threats => &mut fields.threats,
            Field::Told => &mut fields.told,
            Field::ReportRefs => &mut fields.report_refs,
            Field::Notes => &mut fields.notes,
        }
    }
}

/// What the form sends to add or edit an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct EntryInput {
    /// When it happened (see the module docs for the format); none or empty means now.
    pub occurred_at: Option<String>,
    /// The text fields.
    #[serde(flatten)]
    pub fields: EntryFields,
}

/// An entry as the list, the form and the report see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// A random id (32 hex digits), stable across edits.
    pub id: String,
    /// When it happened, with the person's offset at the time, for display.
    pub occurred_at: DateTime<FixedOffset>,
    /// When the entry was first written.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
    /// Counts the writes of this entry, from 1.
    pub revision: u64,
    /// The text fields.
    #[serde(flatten)]
    pub fields: EntryFields,
}

impl Drop for Entry {
    fn drop(&mut self) {
        self.fields.zeroize();
    }
}

/// Input that passed every check, ready to seal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Checked {
    /// None when the input left it empty: now for a new entry, unchanged for an edit.
    pub occurred_at: Option<DateTime<FixedOffset>>,
    pub fields: EntryFields,
}

impl EntryInput {
    /// Apply the rules of the module docs; `now` carries the person's current offset, in
    /// which a date without one is read.
    pub(crate) fn check(&self, now: DateTime<FixedOffset>) -> Result<Checked> {
        let mut fields = self.fields.clone();
        let mut total = 0usize;
        for field in Field::iter() {
            let text = field.get_mut(&mut fields);
            // Bytes bound characters from above: count characters only when it can matter.
            if text.len() > MAX_FIELD_CHARS {
                let chars = text.chars().count();
                if chars > MAX_FIELD_CHARS {
                    return Err(Error::InputTooLong {
                        len: chars,
                        max: MAX_FIELD_CHARS,
                    });
                }
            }
            total += text.len();
            if let Some(c) = text
                .chars()
                .find(|c| c.is_control() && *c != '\n' && *c != '\t')
            {
                return Err(Error::InvalidInput(format!(
                    "control character U+{:04X} in {}",
                    u32::from(c),
                    field.name()
                )));
            }
            if text.trim().is_empty() {
                text.clear();
            }
        }
        if total > MAX_ENTRY_BYTES {
            return Err(Error::InputTooLong {
                len: total,
                max: MAX_ENTRY_BYTES,
            });
        }
        let occurred_at = match self.occurred_at.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(parse_when(text, *now.offset())?),
        };
        Ok(Checked {
            occurred_at,
            fields,
        })
    }
}

/// Read "when it happened" (formats in the module docs).
pub(crate) fn parse_when(text: &str, local: FixedOffset) -> Result<DateTime<FixedOffset>> {
    let bad = || Error::InvalidDate;
    if text.len() > MAX_DATE_LEN {
        return Err(bad());
    }
    let parsed = DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z"))
        .ok()
        .or_else(|| {
            ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
                .and_then(|naive| local.from_local_datetime(&naive).single())
        })
        .ok_or_else(bad)?;
    let year = chrono::Datelike::year(&parsed);
    if !(1970..=2100).contains(&year) {
        return Err(bad());
    }
    Ok(parsed)
}

/// The plaintext that is sealed for one entry (version 1). Field names are short on purpose:
/// they are inside the seal, never visible.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Plain {
    v: u8,
    at: DateTime<FixedOffset>,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    f: EntryFields,
}

/// [`Plain`] as written: it borrows the fields, so no unwiped copy of the text is made.
#[derive(Serialize)]
struct PlainRef<'a> {
    v: u8,
    at: DateTime<FixedOffset>,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    f: &'a EntryFields,
}

/// `len` rounded up to the next multiple of [`PAD_BUCKET`] (at least one bucket).
pub(crate) fn padded_len(len: usize) -> usize {
    len.div_ceil(PAD_BUCKET).max(1) * PAD_BUCKET
}

/// The bytes to seal for an entry: JSON, then spaces up to the next [`PAD_BUCKET`] (JSON
/// allows trailing white space, so entries written before padding read the same way). The
/// buffer is sized up front so that neither serialising nor padding reallocates (which would
/// leave copies of the text in freed memory), and it is wiped on drop.
pub(crate) fn encode(
    occurred_at: DateTime<FixedOffset>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    fields: &EntryFields,
) -> Result<Zeroizing<Vec<u8>>> {
    let text: usize = Field::iter().map(|f| f.get(fields).len()).sum();
    // JSON escapes at most double a character's bytes here (\n, \t, quotes, backslashes);
    // other control characters were refused by `check`.
    let mut buf = Zeroizing::new(Vec::with_capacity(padded_len(2 * text + 512)));
    let plain = PlainRef {
        v: 1,
        at: occurred_at,
        created: created_at,
        updated: updated_at,
        f: fields,
    };
    serde_json::to_writer(&mut *buf, &plain)
        .map_err(|e| Error::Content(format!("entry encoding: {e}")))?;
    let padded = padded_len(buf.len());
    buf.resize(padded, b' ');
    Ok(buf)
}

/// Read what [`encode`] wrote into an [`Entry`]; anything else is `record-corrupt`.
pub(crate) fn decode(id: &str, revision: u64, bytes: &[u8]) -> Result<Entry> {
    let plain: Plain = serde_json::from_slice(bytes)
        .map_err(|e| Error::RecordCorrupt(format!("entry {id}: {e}")))?;
    if plain.v != 1 {
        return Err(Error::RecordCorrupt(format!(
            "entry {id}: format {} unknown",
            plain.v
        )));
    }
    Ok(Entry {
        id: id.to_owned(),
        occurred_at: plain.at,
        created_at: plain.created,
        updated_at: plain.updated,
        revision,
        fields: plain.f,
    })
}

/// A fresh random entry id: 32 lowercase hex digits.
pub(crate) fn new_id() -> Result<String> {
    let mut bytes = [0u8; 16];
    super::random::random(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether `id` has the shape of an entry id (checked before it reaches the database).
pub(crate) fn is_entry_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2025-11-23T01:05:00+01:00").unwrap()
    }

    #[test]
    fn when_it_happened_defaults_to_now_and_reads_the_ui_formats() {
        let input = EntryInput::default();
        assert_eq!(
            input.check(now()).unwrap().occurred_at,
            None,
            "no date: left to the caller (now for a new entry, unchanged for an edit)"
        );
        let table = [
            ("2025-11-20T23:10", "2025-11-20T23:10:00+01:00"),
            ("2025-11-20T23:10:30", "2025-11-20T23:10:30+01:00"),
            ("2025-07-01T08:00+02:00", "2025-07-01T08:00:00+02:00"),
            ("2025-07-01T06:00:00Z", "2025-07-01T06:00:00+00:00"),
        ];
        for (text, want) in table {
            let got = parse_when(text, *now().offset()).unwrap();
            assert_eq!(
                got,
                DateTime::parse_from_rfc3339(want).unwrap(),
                "{text:?} should read as {want}"
            );
            assert_eq!(
                got.offset(),
                DateTime::parse_from_rfc3339(want).unwrap().offset(),
                "{text:?} keeps its offset for display"
            );
        }
        for bad in [
            "yesterday",
            "2025-13-01T00:00",
            "1900-01-01T00:00",
            "2025-11-20",
            &"9".repeat(100),
        ] {
            let input = EntryInput {
                occurred_at: Some(bad.to_owned()),
                ..EntryInput::default()
            };
            assert_eq!(
                input.check(now()).unwrap_err().code(),
                "invalid-date",
                "{bad:?} is not a date the record accepts"
            );
        }
    }

    #[test]
    fn entries_written_before_padding_still_read() {
        // The exact bytes an entry had before padding existed (no trailing spaces).
        let old = br#"{"v":1,"at":"2025-11-20T23:10:00+01:00","created":"2025-11-23T00:05:00Z","updated":"2025-11-23T00:05:00Z","f":{"platform":"Snapchat","account":"","demanded":"","payments":"","threats":"","told":"","report_refs":"","notes":"old"}}"#;
        let entry = decode("id", 1, old).unwrap();
        assert_eq!(
            entry.fields.notes, "old",
            "an unpadded entry opens as before"
        );
        let size = |n: usize| {
            let fields = EntryFields {
                notes: "x".repeat(n),
                ..EntryFields::default()
            };
            encode(now(), Utc::now(), Utc::now(), &fields)
                .unwrap()
                .len()
        };
        assert_eq!(size(0), 512, "a short entry fills one bucket");
        assert_eq!(size(1000), size(1100), "sizes in one bucket look the same");
        for n in [0, 300, 511, 900, 5000] {
            assert_eq!(size(n) % PAD_BUCKET, 0, "{n} bytes of text: padded to 512");
            assert!(
                size(n) < n + 300 + PAD_BUCKET,
                "{n}: at most one bucket of padding"
            );
        }
    }

    #[test]
    fn a_date_error_never_echoes_what_was_typed() {
        let input = EntryInput {
            occurred_at: Some("my secret words".into()),
            ..EntryInput::default()
        };
        let err = input.check(now()).unwrap_err();
        assert_eq!(err.code(), "invalid-date");
        assert!(
            !err.to_string().contains("secret"),
            "the log line holds no typed text: {err}"
        );
    }

    #[test]
    fn a_field_of_one_megabyte_is_refused_with_a_clear_code() {
        let input = EntryInput {
            fields: EntryFields {
                notes: "é".repeat(1 << 20),
                ..EntryFields::default()
            },
            ..EntryInput::default()
        };
        assert_eq!(input.check(now()).unwrap_err().code(), "input-too-long");
        let at_limit = EntryInput {
            fields: EntryFields {
                notes: "é".repeat(MAX_FIELD_CHARS),
                ..EntryFields::default()
            },
            ..EntryInput::default()
        };
        assert!(
            at_limit.check(now()).is_ok(),
            "20,000 characters (40,000 bytes of é) fit"
        );
    }

    #[test]
    fn an_entry_over_the_total_size_is_refused() {
        let fill = "x".repeat(MAX_FIELD_CHARS);
        let input = EntryInput {
            fields: EntryFields {
                platform: fill.clone(),
                account: fill.clone(),
                demanded: fill.clone(),
                payments: fill.clone(),
                threats: fill.clone(),
                told: "y".into(),
                ..EntryFields::default()
            },
            ..EntryInput::default()
        };
        assert_eq!(
            input.check(now()).unwrap_err().code(),
            "input-too-long",
            "five full fields and one more byte exceed 100 KB"
        );
    }

    #[test]
    fn control_characters_are_refused_but_lines_and_tabs_are_kept() {
        for bad in [
            "a\u{0}b",
            "bell\u{7}",
            "esc\u{1b}[2J",
            "cr\rlf",
            "del\u{7f}",
            "\u{85}",
        ] {
            let input = EntryInput {
                fields: EntryFields {
                    threats: bad.to_owned(),
                    ..EntryFields::default()
                },
                ..EntryInput::default()
            };
            assert_eq!(
                input.check(now()).unwrap_err().code(),
                "invalid-input",
                "{bad:?} holds a control character"
            );
        }
        let ok = EntryInput {
            fields: EntryFields {
                notes: "line one\n\tline two « ok » l’été".into(),
                account: "   ".into(),
                ..EntryFields::default()
            },
            ..EntryInput::default()
        };
        let checked = ok.check(now()).unwrap();
        assert_eq!(
            checked.fields.notes, "line one\n\tline two « ok » l’été",
            "text is kept as typed"
        );
        assert_eq!(
            checked.fields.account, "",
            "spaces alone are an empty field"
        );
    }

    #[test]
    fn entry_ids_are_random_hex_and_checked_by_shape() {
        let a = new_id().unwrap();
        assert!(is_entry_id(&a), "{a} is a valid id");
        assert_ne!(a, new_id().unwrap(), "ids are random");
        for bad in [
            "",
            "xyz",
            &"A".repeat(32),
            &"0".repeat(33),
            "'; DROP TABLE entry; --",
        ] {
            assert!(!is_entry_id(bad), "{bad:?} is not an id");
        }
    }

    proptest! {
        #[test]
        fn random_bytes_are_never_an_entry(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert!(decode("id", 1, &bytes).is_err());
        }

        #[test]
        fn encode_then_decode_gives_back_the_entry(
            platform in "\\PC{0,40}", notes in "[\\PC\n\t]{0,200}", minutes in 0i64..60_000_000,
        ) {
            let at = now() + chrono::Duration::minutes(minutes);
            let fields = EntryFields { platform, notes, ..EntryFields::default() };
            let created = Utc::now();
            let bytes = encode(at, created, created, &fields).unwrap();
            let entry = decode("id", 3, &bytes).unwrap();
            prop_assert_eq!(bytes.len() % PAD_BUCKET, 0, "padded to a bucket");
            prop_assert_eq!(&entry.fields, &fields);
            prop_assert_eq!(entry.occurred_at, at);
            prop_assert_eq!(entry.revision, 3);
        }
    }
}
