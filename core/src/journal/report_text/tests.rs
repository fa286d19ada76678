//! The report text: a snapshot of each shape in each language from one fixed record, the
//! choices, and the bounds (a 1 MB entry, control characters, a locked record).

use chrono::{DateTime, FixedOffset, Utc};
use strum::IntoEnumIterator;

use super::*;
use crate::journal::entry::EntryFields;
use crate::journal::Entry;

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn entry(when: &str, fields: EntryFields) -> Entry {
    let utc: DateTime<Utc> = at(when).to_utc();
    Entry {
        id: format!("{:032x}", utc.timestamp()),
        occurred_at: at(when),
        created_at: utc,
        updated_at: utc,
        revision: 1,
        fields,
    }
}

/// Three entries, oldest first: a threat and a demand, a payment, a police case number.
fn record() -> Vec<Entry> {
    vec![
        entry(
            "2026-11-20T22:10:00+01:00",
            EntryFields {
                platform: "Instagram".into(),
                account: "@lena.k_2009".into(),
                demanded: "500 euros in gift cards by midnight".into(),
                threats: "Said they would send my pictures to all my followers.".into(),
                notes: "First message came from a game chat.\nThey moved me to Instagram.".into(),
                ..EntryFields::default()
            },
        ),
        entry(
            "2026-11-21T08:30:00+01:00",
            EntryFields {
                platform: "Instagram".into(),
                account: "@lena.k_2009".into(),
                payments: "100 € Steam gift card, code ending 4F2K, bought at 08:00".into(),
                threats: "Asked for 400 € more after the first payment.".into(),
                told: "My older sister".into(),
                ..EntryFields::default()
            },
        ),
        entry(
            "2026-11-22T17:00:00+01:00",
            EntryFields {
                platform: "Snapchat".into(),
                account: "lenak09".into(),
                told: "My mother, the school nurse".into(),
                report_refs: "Police report 2026/11/4471".into(),
                ..EntryFields::default()
            },
        ),
    ]
}

fn made() -> DateTime<FixedOffset> {
    at("2026-11-23T10:00:00+01:00")
}

fn lang(tag: &str) -> Lang {
    crate::i18n::localizer().lang(tag).unwrap()
}

fn text(tag: &str, shape: Shape, include: Include) -> ReportTextView {
    build(
        &lang(tag),
        Audience::Young,
        shape,
        include,
        made(),
        &record(),
    )
    .unwrap()
}

#[test]
fn each_shape_in_each_language_from_a_fixed_record() {
    for tag in ["en", "fr"] {
        for shape in Shape::iter() {
            let view = text(tag, shape, Include::default());
            assert!(!view.truncated && !view.cleaned && view.notices.is_empty());
            insta::assert_snapshot!(format!("{}-{tag}", shape.name()), view.text);
        }
    }
}

#[test]
fn the_police_text_has_every_entry_in_time_order_then_payments_told_and_case_numbers() {
    let t = text("en", Shape::Police, Include::default()).text;
    let pos = |s: &str| t.find(s).unwrap_or_else(|| panic!("{s:?} in:\n{t}"));
    assert!(pos("1. 2026-11-20 at 22:10") < pos("2. 2026-11-21 at 08:30"));
    assert!(pos("2. 2026-11-21") < pos("3. 2026-11-22 at 17:00"));
    assert!(pos("3. 2026-11-22") < pos("Payments and their references:"));
    assert!(pos("code ending 4F2K") < pos("Who has been told:"));
    assert!(pos("Who has been told:") < pos("Police report 2026/11/4471"));
    assert!(t.starts_with("Written with the Refuge app on 2026-11-23 at 10:00"));
}

#[test]
fn the_school_text_has_no_payment_unless_chosen() {
    let without = text("en", Shape::School, Include::default());
    assert!(!without.text.contains("4F2K"), "{}", without.text);
    assert!(!without.payments_included);
    let with = text(
        "en",
        Shape::School,
        Include {
            payments: Some(true),
            ..Include::default()
        },
    );
    assert!(with.text.contains("4F2K") && with.payments_included);
    let police_without = text(
        "en",
        Shape::Police,
        Include {
            payments: Some(false),
            ..Include::default()
        },
    );
    assert!(
        !police_without.text.contains("4F2K"),
        "the person can leave them out anywhere"
    );
}

#[test]
fn the_platform_text_is_short_and_says_under_18_only_when_chosen() {
    let view = text("en", Shape::Platform, Include::default());
    assert!(view.text.chars().count() <= PLATFORM_MAX_CHARS);
    assert!(
        view.text.contains("I am under 18."),
        "a young person's record"
    );
    assert!(view.text.contains("@lena.k_2009, lenak09"), "{}", view.text);
    assert!(
        !view.text.contains("4F2K"),
        "no payment on a platform's form"
    );
    let off = text(
        "en",
        Shape::Platform,
        Include {
            under_18: Some(false),
            ..Include::default()
        },
    );
    assert!(!off.text.contains("under 18"));
    let adult = build(
        &lang("en"),
        Audience::Parent,
        Shape::Platform,
        Include::default(),
        made(),
        &record(),
    )
    .unwrap();
    assert!(
        !adult.text.contains("under 18"),
        "not said for an adult's record"
    );
}

#[test]
fn empty_fields_are_left_out() {
    let t = text("en", Shape::Police, Include::default()).text;
    let third = &t[t.find("3. 2026-11-22").unwrap()..t.find("Payments and").unwrap()];
    assert!(!third.contains("What they asked for"), "{third}");
    assert!(!third.contains("Notes:"), "{third}");
    let none = build(
        &lang("en"),
        Audience::Parent,
        Shape::Police,
        Include::default(),
        made(),
        &[],
    )
    .unwrap();
    assert_eq!(none.entries, 0u32);
    assert!(!none.text.contains("Payments"));
}

#[test]
fn a_one_megabyte_entry_gives_a_bounded_text_and_a_coded_notice() {
    let huge = "x".repeat(1 << 20);
    let mut entries = record();
    entries.push(entry(
        "2026-11-22T18:00:00+01:00",
        EntryFields {
            platform: huge.clone(),
            account: huge.clone(),
            demanded: huge.clone(),
            payments: huge.clone(),
            threats: huge.clone(),
            told: huge.clone(),
            report_refs: huge.clone(),
            notes: huge,
        },
    ));
    for shape in Shape::iter() {
        let view = build(
            &lang("fr"),
            Audience::Young,
            shape,
            Include::default(),
            made(),
            &entries,
        )
        .unwrap();
        assert!(view.truncated, "{shape:?}");
        assert_eq!(view.notices[0].code, ErrorCode::InputTooLong);
        assert!(view.text.contains(CUT));
        assert!(
            view.text.len() <= TEXT_MAX_BYTES + 1,
            "{shape:?}: {}",
            view.text.len()
        );
        match shape {
            Shape::Platform => assert!(view.text.chars().count() <= PLATFORM_MAX_CHARS + 1),
            // Eight fields of 2,000 characters and the rest: far under the whole cap.
            _ => assert!(
                view.text.len() < 8 * FIELD_MAX_CHARS + 4_000,
                "{}",
                view.text.len()
            ),
        }
    }
    // Hundreds of such entries still stop at the whole text's cap.
    let many: Vec<Entry> = (0..200)
        .map(|i| {
            entry(
                &format!("2026-11-{:02}T10:00:00+01:00", 1 + i % 28),
                EntryFields {
                    notes: "y".repeat(1 << 16),
                    ..EntryFields::default()
                },
            )
        })
        .collect();
    let view = build(
        &lang("en"),
        Audience::Parent,
        Shape::Police,
        Include::default(),
        made(),
        &many,
    )
    .unwrap();
    assert!(view.truncated);
    assert_eq!(
        view.text.len(),
        TEXT_MAX_BYTES + 1,
        "cut at the cap, then the last line break"
    );
}

#[test]
fn control_characters_in_an_account_name_are_replaced_and_said() {
    let mut entries = record();
    entries[0].fields.account = "@evil\u{202E}gnp.exe\u{0007}\u{FEFF}\u{2066}x\u{0085}".into();
    for shape in Shape::iter() {
        let view = build(
            &lang("en"),
            Audience::Young,
            shape,
            Include::default(),
            made(),
            &entries,
        )
        .unwrap();
        assert!(view.cleaned, "{shape:?}");
        for bad in ['\u{202E}', '\u{0007}', '\u{FEFF}', '\u{2066}', '\u{0085}'] {
            assert!(!view.text.contains(bad), "{shape:?}: {bad:?} removed");
        }
        assert!(
            view.text.contains("@evil\u{FFFD}gnp.exe"),
            "{shape:?}: {}",
            view.text
        );
        assert!(view
            .notices
            .iter()
            .any(|n| n.code == ErrorCode::InvalidInput && n.text.contains('\u{FFFD}')));
    }
}

#[test]
fn a_locked_record_gives_record_locked_never_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = crate::journal::Journal::open_for_tests(
        dir.path(),
        std::sync::Arc::new(crate::journal::lockout::SystemBootClock),
    )
    .unwrap();
    let now = made();
    j.create(
        secrecy::SecretString::from("correct horse battery staple"),
        crate::journal::SecretKind::Passphrase,
        Audience::Young,
        now,
    )
    .unwrap();
    for e in record() {
        let input = crate::journal::EntryInput {
            occurred_at: Some(e.occurred_at.to_rfc3339()),
            fields: e.fields.clone(),
        };
        j.add(&input, now).unwrap();
    }
    let open = j
        .report_text(&lang("en"), Shape::Police, Include::default(), now)
        .unwrap();
    assert_eq!(open.entries, 3);
    assert_eq!(
        open.text,
        text("en", Shape::Police, Include::default()).text
    );
    j.lock();
    for shape in Shape::iter() {
        let err = j
            .report_text(&lang("en"), shape, Include::default(), now)
            .unwrap_err();
        assert_eq!(err.code(), "record-locked");
    }
}
