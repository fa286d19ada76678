//! Writes a sample "My record" report, text and PDF, in English and French, to look at:
//! `cargo run -p refuge-core --features test-support --example record_sample_report -- /tmp/reports`
//! (then `pdftoppm -png /tmp/reports/report-fr.pdf /tmp/reports/page`).

use chrono::{DateTime, Local};
use refuge_core::journal::crypto::KdfParams;
use refuge_core::journal::{EntryFields, EntryInput, Journal, SecretKind};
use refuge_core::vocab::Audience;
use secrecy::SecretString;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .map_or_else(|| std::env::temp_dir().join("refuge-reports"), Into::into);
    std::fs::create_dir_all(&out)?;
    let dir = tempfile::tempdir()?;
    let now = DateTime::parse_from_rfc3339("2025-11-23T01:05:00+01:00")?;
    let mut journal = Journal::open(dir.path())?;
    journal.create_with_params(
        SecretString::from("482915"),
        SecretKind::Pin,
        Audience::Young,
        KdfParams::insecure_for_tests(),
        now,
    )?;
    let entries = [
        (
            "2025-11-20T23:10",
            EntryFields {
                platform: "Instagram, then Snapchat".into(),
                account: "@lea.m_2009 — https://instagram.com/lea.m_2009".into(),
                demanded: "« Envoie 200 € en cartes cadeaux ou j’envoie tout à tes amis. »".into(),
                threats: "To send the pictures to my friends and my school before midnight.".into(),
                ..EntryFields::default()
            },
        ),
        (
            "2025-11-21T07:45",
            EntryFields {
                payments: "Nothing paid. They asked for Paysafecard codes, 2 × 100 €.".into(),
                told: "My sister, then Child Focus (116 000).".into(),
                report_refs: "Instagram report 4471-2231".into(),
                notes: "They wrote again at 7:40.\nThey use a second account: pаypal_help (with a Cyrillic а).".into(),
                ..EntryFields::default()
            },
        ),
    ];
    for (at, fields) in entries {
        journal.add(
            &EntryInput {
                occurred_at: Some(at.into()),
                fields,
            },
            now,
        )?;
    }
    for tag in ["en", "fr"] {
        let lang = refuge_core::i18n::localizer().lang(tag)?;
        std::fs::write(
            out.join(format!("report-{tag}.txt")),
            journal.export_text(&lang, now)?,
        )?;
        std::fs::write(
            out.join(format!("report-{tag}.pdf")),
            journal.export_pdf(&lang, now)?,
        )?;
    }
    println!("reports written to {} at {}", out.display(), Local::now());
    Ok(())
}
