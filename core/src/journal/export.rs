//! The report a person hands to a helpline or the police: their entries in the order things
//! happened, in the UI's language, with the date it was made. [`Report`] gathers the words
//! once; [`text`] writes it as plain text and [`super::pdf`] as a PDF.
//!
//! The plain text is UTF-8, with a shape a reader (or a test) can follow without guessing:
//! each field's label on its own line, its text below, every line of it indented by four
//! spaces, so nothing a person typed can pass for a label. What they wrote is copied as it
//! is, character for character: the export is evidence, not a summary.
//!
//! The text each entry holds is wiped when the report is dropped; the finished text and PDF
//! are handed out in `Zeroizing` buffers by `Journal::export_text` and `export_pdf`.

use chrono::{DateTime, FixedOffset, Utc};
use fluent_bundle::FluentValue;
use zeroize::Zeroize;

use super::entry::Field;
use super::{say, EntryList};
use crate::error::Result;
use crate::i18n::{Lang, Text};
use crate::vocab::Audience;
use strum::IntoEnumIterator;

/// The indent before each line of a field's text.
pub const INDENT: &str = "    ";
/// The line between entries in the text report.
pub const SEPARATOR: &str = "------------------------------------------------------------";

/// The report, every sentence already in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub(crate) lang: Lang,
    /// The report's title.
    pub title: String,
    /// "Report made on …".
    pub made: String,
    /// Who wrote it and how to read it.
    pub intro: String,
    /// "3 entries".
    pub count: String,
    /// Said when some entries could not be read.
    pub unreadable: Option<String>,
    /// The entries, oldest first.
    pub entries: Vec<ReportEntry>,
}

/// One entry of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportEntry {
    /// "Entry 2 — 2025-11-20 at 23:10 (UTC+01:00)".
    pub heading: String,
    /// "Written on …", and "last changed …" when it was edited.
    pub written: String,
    /// The fields that hold text, as (label, text), in form order.
    pub fields: Vec<(String, String)>,
}

impl Drop for ReportEntry {
    fn drop(&mut self) {
        for (_, text) in &mut self.fields {
            text.zeroize();
        }
    }
}

/// A date and time as the report prints it: ISO date, 24-hour time and the UTC offset, the
/// same in every language so that anyone can read it without doubt.
pub(crate) fn when(lang: &Lang, audience: Audience, at: DateTime<FixedOffset>) -> Result<String> {
    say(
        lang,
        audience,
        "record-report-when",
        &[
            ("date", at.format("%Y-%m-%d").to_string().into()),
            ("time", at.format("%H:%M").to_string().into()),
            ("offset", at.format("%:z").to_string().into()),
        ],
    )
}

impl Report {
    /// Gather the words for `list` (entries already oldest first), made at `now`.
    pub(crate) fn new(
        lang: &Lang,
        audience: Audience,
        now: DateTime<FixedOffset>,
        list: EntryList,
    ) -> Result<Report> {
        let say = |id: &str, args: &[(&str, FluentValue<'_>)]| say(lang, audience, id, args);
        let local = |t: DateTime<Utc>| t.with_timezone(now.offset());
        let unreadable = if list.unreadable.is_empty() {
            None
        } else {
            let count = list.unreadable.len();
            Some(say("record-report-unreadable", &[("count", count.into())])?)
        };
        let mut entries = Vec::with_capacity(list.entries.len());
        for (n, e) in list.entries.iter().enumerate() {
            let written = when(lang, audience, local(e.created_at))?;
            let written = if e.updated_at == e.created_at {
                say("record-report-written", &[("written", written.into())])?
            } else {
                let changed = when(lang, audience, local(e.updated_at))?;
                say(
                    "record-report-written-changed",
                    &[("written", written.into()), ("changed", changed.into())],
                )?
            };
            let mut fields = Vec::new();
            for field in Field::iter() {
                let text = field.get(&e.fields);
                if !text.is_empty() {
                    let label = super::ids::field_label(field);
                    fields.push((say(&label, &[])?, text.to_owned()));
                }
            }
            let at = when(lang, audience, e.occurred_at)?;
            entries.push(ReportEntry {
                heading: say(
                    "record-report-entry",
                    &[("n", (n + 1).into()), ("when", at.into())],
                )?,
                written,
                fields,
            });
        }
        let made = when(lang, audience, now)?;
        Ok(Report {
            lang: lang.clone(),
            title: say("record-report-title", &[])?,
            made: say("record-report-made", &[("when", made.into())])?,
            intro: say("record-report-intro", &[])?,
            count: say(
                "record-report-count",
                &[("count", list.entries.len().into())],
            )?,
            unreadable,
            entries,
        })
    }

    /// "Page 2 of 5" in the report's language.
    pub(crate) fn page_label(&self, page: usize, pages: usize) -> Result<String> {
        Text::new(&self.lang).with("record-report-page", &[("page", page), ("pages", pages)])
    }
}

/// The report as plain UTF-8 text (shape in the module docs).
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&report.title);
    line(&report.made);
    line("");
    line(&report.intro);
    line(&report.count);
    if let Some(u) = &report.unreadable {
        line(u);
    }
    for e in &report.entries {
        line("");
        line(SEPARATOR);
        line(&e.heading);
        line(&e.written);
        for (label, value) in &e.fields {
            line("");
            line(label);
            for l in value.split('\n') {
                line(&format!("{INDENT}{l}"));
            }
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::journal::entry::{Entry, EntryFields};
    use proptest::prelude::*;

    /// Read the fields back from a text report: the inverse of [`text`] for the entries.
    pub(crate) fn parse_fields(report: &str, lang: &Lang) -> Vec<EntryFields> {
        let labels: Vec<(Field, String)> = Field::iter()
            .map(|f| {
                let id = crate::journal::ids::field_label(f);
                (f, say(lang, Audience::Young, &id, &[]).unwrap())
            })
            .collect();
        let mut out = Vec::new();
        for block in report.split(&format!("\n{SEPARATOR}\n")).skip(1) {
            let mut fields = EntryFields::default();
            let mut current: Option<Field> = None;
            let mut lines: Vec<&str> = Vec::new();
            let flush = |f: Option<Field>, lines: &mut Vec<&str>, fields: &mut EntryFields| {
                if let Some(f) = f {
                    *f.get_mut(fields) = lines.join("\n");
                }
                lines.clear();
            };
            for l in block.lines().skip(2) {
                if let Some(v) = l.strip_prefix(INDENT) {
                    lines.push(v);
                } else if let Some((f, _)) = labels.iter().find(|(_, label)| label == l) {
                    flush(current, &mut lines, &mut fields);
                    current = Some(*f);
                }
            }
            flush(current, &mut lines, &mut fields);
            out.push(fields);
        }
        out
    }

    pub(crate) fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn entry(n: u8, occurred: &str, fields: EntryFields) -> Entry {
        Entry {
            id: format!("{n:032x}"),
            occurred_at: at(occurred),
            created_at: at("2025-11-23T00:30:00Z").to_utc(),
            updated_at: at("2025-11-23T00:30:00Z").to_utc(),
            revision: 1,
            fields,
        }
    }

    fn lang(tag: &str) -> Lang {
        crate::i18n::localizer().lang(tag).unwrap()
    }

    #[test]
    fn the_text_report_reads_in_french_with_its_accents() {
        let list = EntryList {
            entries: vec![entry(
                1,
                "2025-11-20T23:10:00+01:00",
                EntryFields {
                    platform: "Instagram".into(),
                    demanded: "200 € en carte cadeau, « sinon je publie »\nDélai : l’heure".into(),
                    ..EntryFields::default()
                },
            )],
            unreadable: vec!["x".into()],
        };
        let report = Report::new(
            &lang("fr"),
            Audience::Young,
            at("2025-11-23T01:05:00+01:00"),
            list,
        )
        .unwrap();
        let t = text(&report);
        for want in [
            "2025-11-23",
            "2025-11-20",
            "23:10",
            "UTC+01:00",
            "Instagram",
            "    200 € en carte cadeau, « sinon je publie »\n    Délai : l’heure\n",
        ] {
            assert!(t.contains(want), "the French report holds {want:?}:\n{t}");
        }
        assert!(
            report.unreadable.is_some(),
            "an unreadable entry is mentioned in the report"
        );
        assert!(
            !t.contains("record-"),
            "no Fluent id leaks into the report:\n{t}"
        );
    }

    proptest! {
        #[test]
        fn the_text_report_gives_back_every_field_as_typed(
            texts in proptest::collection::vec("[\\PC\n\t]{0,60}", 8),
            lang_tag in prop_oneof!["en", "fr"],
        ) {
            let clean = |s: &String| if s.trim().is_empty() { String::new() } else { s.clone() };
            let fields = EntryFields {
                platform: clean(&texts[0]), account: clean(&texts[1]), demanded: clean(&texts[2]),
                payments: clean(&texts[3]), threats: clean(&texts[4]), told: clean(&texts[5]),
                report_refs: clean(&texts[6]), notes: clean(&texts[7]),
            };
            let list = EntryList {
                entries: vec![entry(1, "2025-01-01T10:00:00+00:00", fields.clone()),
                              entry(2, "2025-01-02T10:00:00+00:00", EntryFields::default())],
                unreadable: vec![],
            };
            let l = lang(&lang_tag);
            let report = Report::new(&l, Audience::Parent, at("2025-11-23T01:05:00+01:00"), list).unwrap();
            let back = parse_fields(&text(&report), &l);
            prop_assert_eq!(back, vec![fields, EntryFields::default()]);
        }
    }
}
