//! My record as its screens receive it: the state (set up? locked? waiting?), every word in
//! the person's language and register, the form's fields in order, and — only while unlocked
//! — the entries, each with its date already written out. The UI formats nothing and decides
//! nothing: it renders this and sends back what was typed.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::entry::{Entry, EntryFields, Field};
use super::{strings, wait_text, wrong_secret_text, Journal, SecretKind};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::vocab::{Audience, Name};
use strum::IntoEnumIterator;

/// Where the record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum RecordStage {
    /// No PIN or passphrase yet: the first-time setup.
    Setup,
    /// Set up and locked: ask for the PIN or passphrase.
    Locked,
    /// Unlocked: the entries.
    Open,
}

/// One field of the entry form.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FieldView {
    /// The key of [`EntryFields`] it fills (`report_refs`).
    pub key: String,
    /// Its label.
    pub label: String,
    /// A line under it.
    pub hint: String,
}

/// One entry in the list, ready to show and to edit.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EntryView {
    /// Its id (what edit and delete send back).
    pub id: String,
    /// When it happened, written out (`2025-11-20 at 23:10 (UTC+01:00)`).
    pub when_text: String,
    /// The same instant for the form's date field (`2025-11-20T23:10`).
    pub when_input: String,
    /// The text, as typed.
    pub fields: EntryFields,
}

impl Drop for EntryView {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.fields);
    }
}

/// Everything the record's screens show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordView {
    /// Setup, locked or open.
    pub stage: RecordStage,
    /// PIN or passphrase, once set up.
    pub kind: Option<SecretKind>,
    /// Who the record speaks to, once set up.
    pub audience: Option<Audience>,
    /// While waiting after wrong tries: when the next try is allowed, in words.
    pub wait_text: Option<String>,
    /// While waiting: seconds until the next try is allowed (rounded up), so the screen can
    /// update itself when the wait is over.
    pub wait_seconds: Option<u32>,
    /// After a wrong try: how many are left before waits start, in words.
    pub tries_text: Option<String>,
    /// SQLite found damage: say so, and suggest making a report.
    pub damaged: bool,
    /// Every `record-` string, for this audience (French "tu" or "vous").
    pub strings: BTreeMap<String, String>,
    /// The form's fields, in order.
    pub fields: Vec<FieldView>,
    /// Newest first; only while open.
    pub entries: Vec<EntryView>,
    /// Entries that could not be read (the others are safe).
    pub unreadable: u32,
}

/// What the setup form sends.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SetupInput {
    /// A six-digit PIN or a passphrase.
    pub kind: SecretKind,
    /// Who keeps the record: the young person ("tu"), a parent or staff ("vous"); `everyone`
    /// is refused (`invalid-input`).
    pub audience: Audience,
}

/// The serde key of a field (`report_refs`), which the form binds to.
fn key(field: Field) -> String {
    field.name().replace('-', "_")
}

fn entry_view(lang: &Lang, audience: Audience, e: &Entry) -> Result<EntryView> {
    Ok(EntryView {
        id: e.id.clone(),
        when_text: super::export::when(lang, audience, e.occurred_at)?,
        when_input: e.occurred_at.format("%Y-%m-%dT%H:%M").to_string(),
        fields: e.fields.clone(),
    })
}

/// The record's screen for `journal` at `now`, in `lang`. `last_error`, after a failed
/// unlock, adds the tries left.
pub fn record_view(
    journal: &mut Journal,
    lang: &Lang,
    now: DateTime<FixedOffset>,
    last_error: Option<&Error>,
) -> Result<RecordView> {
    let status = journal.status(now)?;
    // Before setup nobody has said who keeps it: the screens speak to a young person, who is
    // the one most likely to be here at 1 a.m.
    let audience = status.audience.unwrap_or(Audience::Young);
    let words = strings(lang, audience)?;
    let stage = if !status.created {
        RecordStage::Setup
    } else if status.locked {
        RecordStage::Locked
    } else {
        RecordStage::Open
    };
    let (wait_text, wait_seconds) = match status.retry_at {
        Some(at) if at > now => {
            let ms = (at - now.to_utc()).num_milliseconds();
            let secs = u32::try_from(ms.div_euclid(1000) + i64::from(ms.rem_euclid(1000) > 0))
                .unwrap_or(u32::MAX);
            (
                Some(wait_text(lang, audience, at, *now.offset())?),
                Some(secs),
            )
        }
        _ => (None, None),
    };
    let tries_text = match (last_error, status.kind) {
        (Some(Error::WrongSecret { .. }), Some(kind)) => Some(wrong_secret_text(
            lang,
            audience,
            kind,
            status.tries_before_wait,
        )?),
        _ => None,
    };
    let fields = Field::iter()
        .map(|f| FieldView {
            key: key(f),
            label: words
                .get(&super::ids::field_label(f))
                .cloned()
                .unwrap_or_default(),
            hint: words
                .get(&super::ids::field_hint(f))
                .cloned()
                .unwrap_or_default(),
        })
        .collect();
    let (entries, unreadable) = if stage == RecordStage::Open {
        let list = journal.entries(now)?;
        (
            list.entries
                .iter()
                .map(|e| entry_view(lang, audience, e))
                .collect::<Result<_>>()?,
            u32::try_from(list.unreadable.len()).unwrap_or(u32::MAX),
        )
    } else {
        (Vec::new(), 0)
    };
    Ok(RecordView {
        stage,
        kind: status.kind,
        audience: status.audience,
        wait_text,
        wait_seconds,
        tries_text,
        damaged: status.damaged,
        strings: words,
        fields,
        entries,
        unreadable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::localizer;
    use crate::journal::KdfParams;
    use secrecy::SecretString;

    fn now() -> DateTime<FixedOffset> {
        "2026-11-24T23:10:00+01:00".parse().unwrap()
    }

    #[test]
    fn the_screens_follow_the_record_from_setup_to_open_and_back() {
        let dir = tempfile::tempdir().unwrap();
        let fr = localizer().lang("fr").unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let v = record_view(&mut j, &fr, now(), None).unwrap();
        assert_eq!(v.stage, RecordStage::Setup);
        assert_eq!(v.fields.len(), 8, "every field of the form");
        assert_eq!(
            v.fields[6].key, "report_refs",
            "keys are the form's bindings"
        );
        j.create_with_params(
            SecretString::from("482915"),
            SecretKind::Pin,
            Audience::Parent,
            KdfParams::insecure_for_tests(),
            now(),
        )
        .unwrap();
        let input = crate::journal::EntryInput {
            occurred_at: Some("2026-11-20T22:05".into()),
            fields: EntryFields {
                platform: "Instagram".into(),
                ..EntryFields::default()
            },
        };
        j.add(&input, now()).unwrap();
        let v = record_view(&mut j, &fr, now(), None).unwrap();
        assert_eq!(v.stage, RecordStage::Open);
        assert_eq!(v.entries.len(), 1);
        assert_eq!(v.entries[0].when_input, "2026-11-20T22:05");
        assert!(
            v.entries[0].when_text.contains("2026-11-20"),
            "{}",
            v.entries[0].when_text
        );
        assert!(
            v.strings.values().any(|t| t.contains("vous")),
            "an adult is spoken to with vous"
        );
        j.lock();
        let err = j.unlock(SecretString::from("000000"), now()).unwrap_err();
        let v = record_view(&mut j, &fr, now(), Some(&err)).unwrap();
        assert_eq!(v.stage, RecordStage::Locked);
        assert!(v.entries.is_empty(), "nothing of the entries while locked");
        assert!(
            v.tries_text.is_some(),
            "a wrong PIN says how many tries are left"
        );
    }
}
