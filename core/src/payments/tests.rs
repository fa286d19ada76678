//! Data tests for the "I already paid" cards: every card complete, sourced and in every language;
//! its countries real; broken data refused with its file and line.

use std::collections::BTreeMap;

use super::*;
use crate::i18n::localizer;
use crate::platforms::data::At;
use crate::platforms::sourced::joined;
use crate::platforms::tests::{assert_cited, check_messages, embedded_messages, Messages};

fn cat() -> &'static Catalog {
    Catalog::get().unwrap_or_else(|e| panic!("the payment files must load:\n{e}"))
}

/// The Fluent ids the cards need, each with the place that needs it.
fn required_ids(cat: &Catalog) -> Vec<(String, Option<At>)> {
    let mut ids: Vec<(String, Option<At>)> = vec![("payment-checked".into(), None)];
    for s in PaymentSection::iter() {
        ids.push((super::ids::section_title(s), None));
    }
    for steps in cat.common.values() {
        for s in steps {
            ids.push((s.message.clone(), Some(s.at.clone())));
        }
    }
    for c in &cat.cards {
        ids.push((
            super::ids::title(&c.id),
            Some(At {
                file: c.file.clone(),
                line: 1,
            }),
        ));
        for (_, steps) in &c.sections {
            for s in steps {
                ids.push((s.message.clone(), Some(s.at.clone())));
            }
        }
    }
    ids
}

#[test]
fn the_issue_s_ways_of_paying_each_have_a_card() {
    assert_eq!(
        ids().unwrap(),
        [
            "gift-cards",
            "bank",
            "paypal",
            "us-apps",
            "mobile-money",
            "crypto",
            "money-transfer"
        ],
        "one card per way of paying listed in issue 25"
    );
}

#[test]
fn the_words_agree_with_the_data_in_every_language() {
    let errors = check_messages(
        &required_ids(cat()),
        "payment-",
        &embedded_messages("payments.ftl"),
    );
    assert!(
        errors.is_empty(),
        "payments.ftl and locales/payments must agree:\n{}",
        joined(&errors)
    );
}

#[test]
fn every_card_has_its_five_sections_and_sources_in_every_language() {
    for lang in localizer().languages() {
        for c in cards(&lang).unwrap() {
            let sections: Vec<PaymentSection> = c.sections.iter().map(|s| s.id).collect();
            assert_eq!(
                sections,
                PaymentSection::iter().collect::<Vec<_>>(),
                "{} in {lang}",
                c.id
            );
            for s in &c.sections {
                assert!(
                    !s.steps.is_empty(),
                    "{} {:?} has a step in {lang}",
                    c.id,
                    s.id
                );
                for step in &s.steps {
                    assert!(
                        !step.text.trim().is_empty() && !step.sources.is_empty(),
                        "{} {} has words and a source",
                        c.id,
                        step.id
                    );
                }
            }
            assert!(!c.sources.is_empty(), "{} cites sources", c.id);
            for s in &c.sources {
                assert!(
                    crate::platforms::sourced::valid_date(&s.date) && s.url.starts_with("http"),
                    "{}: {} has an address and a date",
                    c.id,
                    s.id
                );
            }
            let no_more = c
                .sections
                .iter()
                .find(|s| s.id == PaymentSection::NoMore)
                .unwrap();
            assert!(
                no_more
                    .steps
                    .iter()
                    .any(|s| s.id == "common/no-more/they-ask-again"),
                "{}: \"they will ask again: don't pay more\"",
                c.id
            );
        }
    }
}

#[test]
fn every_card_says_call_report_keep_and_write_it_down() {
    // The issue's four things every card says, checked on the English words.
    let en = localizer().lang("en").unwrap();
    for c in cards(&en).unwrap() {
        let text = |id: PaymentSection| {
            c.sections
                .iter()
                .find(|s| s.id == id)
                .unwrap()
                .steps
                .iter()
                .map(|s| s.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let stop = text(PaymentSection::Stop);
        assert!(
            stop.contains("stop") || stop.contains("reverse") || stop.contains("refund"),
            "{}: ask to stop or reverse: {stop}",
            c.id
        );
        assert!(
            text(PaymentSection::Report).contains("police"),
            "{}: report it",
            c.id
        );
        assert!(
            text(PaymentSection::Keep).contains("keep"),
            "{}: keep the references",
            c.id
        );
        assert!(
            text(PaymentSection::NoMore).contains("don’t pay more"),
            "{}: don't pay more",
            c.id
        );
        assert!(
            text(PaymentSection::Record).contains("my record"),
            "{}: what to write in My record",
            c.id
        );
    }
}

#[test]
fn each_way_of_paying_is_offered_where_a_source_says_it_is_common() {
    let countries: Vec<String> = crate::i18n::LOCALES
        .get_dir("countries")
        .unwrap()
        .files()
        .filter_map(|f| f.path().file_stem()?.to_str().map(str::to_owned))
        .collect();
    for c in &cat().cards {
        for (code, sources) in &c.common_in {
            assert!(
                countries.contains(code),
                "{}: {code} is a country Refuge has a file for ({})",
                c.id,
                c.common_in_at.file
            );
            assert!(!sources.is_empty(), "{} in {code}: sourced", c.id);
        }
    }
    let ci = common_in("CI").unwrap();
    assert!(
        ci.contains(&"mobile-money"),
        "mobile money is offered first in Côte d'Ivoire: {ci:?}"
    );
    let us = common_in("US").unwrap();
    for want in ["gift-cards", "us-apps", "money-transfer"] {
        assert!(
            us.contains(&want),
            "{want} is offered first in the US: {us:?}"
        );
    }
    assert!(!us.contains(&"mobile-money"), "but not mobile money");
    assert_eq!(
        common_in("ZZ").unwrap(),
        Vec::<&str>::new(),
        "none first, all reachable"
    );
    for bad in ["ci", "C", "CIV", "", "C\u{0}", "🙂"] {
        assert_eq!(
            common_in(bad).unwrap_err().code(),
            "invalid-input",
            "{bad:?}"
        );
    }
}

#[test]
fn unknown_or_oversized_card_ids_are_coded_errors() {
    let en = localizer().lang("en").unwrap();
    assert_eq!(card(&en, "cheque").unwrap_err().code(), "invalid-input");
    assert_eq!(
        card(&en, &"a".repeat(1 << 20)).unwrap_err().code(),
        "input-too-long"
    );
    let c = card(&en, "mobile-money").unwrap();
    assert!(
        c.title.contains("Orange Money") && c.title.contains("Wave"),
        "{}",
        c.title
    );
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["sections"][3]["id"], "no-more", "serde shape: {json}");
}

// ---------------------------------------------------------------------------------------------
// Broken data is refused, with its file and line
// ---------------------------------------------------------------------------------------------

const COMMON: &str = r#"[[sources]]
id = "shared"
publisher = "P"
title = "T"
url = "https://example.org/page"
date = "2021-09"
lang = "en"

[[sections]]
id = "no-more"

[[sections.steps]]
id = "again"
sources = ["shared"]
"#;

const GOOD: &str = r#"id = "card"
order = 1
checked = "2026-12-06"

[common_in]
CI = ["shared"]

[[sections]]
id = "stop"

[[sections.steps]]
id = "call"
sources = ["shared"]

[[sections]]
id = "report"

[[sections.steps]]
id = "police"
sources = ["shared"]

[[sections]]
id = "keep"

[[sections.steps]]
id = "receipt"
sources = ["shared"]

[[sections]]
id = "no-more"

[[sections]]
id = "record"

[[sections.steps]]
id = "write"
sources = ["shared"]
"#;

const FILE: &str = "locales/payments/card.toml";

fn load(card: &str) -> std::result::Result<Catalog, Vec<DataError>> {
    Catalog::load([("locales/payments/common.toml", COMMON), (FILE, card)])
}

fn refused_near(errors: &[DataError], text: &str, needle: &str, says: &str) {
    let line = text[..text.find(needle).expect("needle in the test file")]
        .matches('\n')
        .count()
        + 1;
    assert!(
        errors.iter().any(|e| e.file == FILE
            && (line.saturating_sub(2)..=line).contains(&e.line)
            && e.message.contains(says)),
        "expected {FILE}:{line} saying {says:?}, got:\n{}",
        joined(errors)
    );
}

#[test]
fn broken_cards_are_refused_with_their_file_and_line() {
    assert!(load(GOOD).is_ok(), "the test card itself is good");
    let bad = GOOD.replace("id = \"keep\"", "id = \"pray\"");
    refused_near(
        &load(&bad).unwrap_err(),
        &bad,
        "\"pray\"",
        "unknown variant",
    );
    let bad = GOOD.replace("checked = \"2026-12-06\"", "checked = \"06/12/2026\"");
    refused_near(&load(&bad).unwrap_err(), &bad, "checked =", "checked");
    let bad = GOOD.replace("CI = [", "ci = [");
    refused_near(
        &load(&bad).unwrap_err(),
        &bad,
        "[common_in]",
        "country code",
    );
    let bad = GOOD.replace(
        "id = \"police\"\nsources = [\"shared\"]",
        "id = \"police\"\nsources = []",
    );
    refused_near(
        &load(&bad).unwrap_err(),
        &bad,
        "id = \"police\"",
        "cites no source",
    );
    let bad = GOOD.replace(
        "[[sections.steps]]\nid = \"write\"\nsources = [\"shared\"]\n",
        "",
    );
    refused_near(
        &load(&bad).unwrap_err(),
        &bad,
        "id = \"record\"",
        "of this card's own",
    );
    let bad = COMMON.replace("date = \"2021-09\"", "date = \"2021-9\"");
    let errors =
        Catalog::load([("locales/payments/common.toml", bad.as_str()), (FILE, GOOD)]).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.file == "locales/payments/common.toml" && e.line == 6),
        "a bad date in common.toml is refused at its line: {}",
        joined(&errors)
    );
}

#[test]
fn a_missing_language_is_refused_at_the_step_that_needs_it() {
    let cat = load(GOOD).unwrap();
    let mut shared = String::from("payment-checked = x\n");
    for s in PaymentSection::iter() {
        shared.push_str(&format!("{} = x\n", super::ids::section_title(s)));
    }
    let en = format!(
        "{shared}payment-common-no-more-again = Again.\npayment-card-title = Card\npayment-card-stop-call = Call.\npayment-card-report-police = Police.\npayment-card-keep-receipt = Keep.\npayment-card-record-write = Write.\n"
    );
    let fr = en.replace("payment-card-keep-receipt = Keep.\n", "");
    let mut texts = BTreeMap::new();
    texts.insert(
        "en".to_owned(),
        Messages::parse("en", "locales/en/payments.ftl", &en),
    );
    texts.insert(
        "fr".to_owned(),
        Messages::parse("fr", "locales/fr/payments.ftl", &fr),
    );
    let errors = check_messages(&required_ids(&cat), "payment-", &texts);
    refused_near(
        &errors,
        GOOD,
        "id = \"receipt\"",
        "payment-card-keep-receipt has no text in fr",
    );
}

/// Core words every citation under a step, as the platform guides do.
#[test]
fn every_step_cites_its_sources_in_words() {
    for lang in localizer().languages() {
        for id in ids().unwrap() {
            let c = card(&lang, id).unwrap();
            for s in c.sections.iter().flat_map(|s| &s.steps) {
                let what = format!("{lang} {id} {}", s.id);
                assert_cited(&what, &s.sources, &s.cites, &c.sources);
            }
        }
    }
}
