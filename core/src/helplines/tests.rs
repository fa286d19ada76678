//! Tests of the helpline directory: the data files, the choice of line, the URIs, the views.
//! Every instant is fixed (never the real clock).

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::data::Directory;
use super::*;
use crate::i18n::{localizer, Lang, LOCALES};

fn lang(tag: &str) -> Lang {
    localizer().lang(tag).expect("en and fr exist")
}

/// The UTC instant of a local wall-clock time (`"2026-11-24 03:00"`) in a country's zone.
fn local(country_code: &str, text: &str) -> DateTime<Utc> {
    let tz: Tz = country(country_code).expect("known country").time_zone;
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("test time parses");
    tz.from_local_datetime(&naive)
        .single()
        .expect("test time exists once")
        .with_timezone(&Utc)
}

fn all_lines() -> Vec<(&'static Country, &'static Helpline)> {
    country_codes()
        .into_iter()
        .flat_map(|code| {
            let c = country(code).expect("listed country loads");
            c.helplines.iter().map(move |h| (c, h))
        })
        .collect()
}

// ---------------------------------------------------------------- data

#[test]
fn every_country_file_parses_and_the_required_countries_are_there() {
    let d = Directory::get().expect("the embedded country files must all load");
    let files = LOCALES
        .get_dir("countries")
        .expect("locales/countries is embedded")
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .count();
    assert_eq!(
        d.countries.len(),
        files,
        "every .toml file is a loaded country"
    );
    let codes = country_codes();
    for required in ["BE", "CA", "CH", "FR", "GB", "IE", "LU", "US", "ZZ"] {
        assert!(codes.contains(&required), "{required} must have a file");
    }
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "country_codes() is sorted");
}

#[test]
fn every_helpline_has_a_number_a_purpose_an_audience_a_source_and_a_date() {
    for (c, h) in all_lines() {
        assert!(!h.number.is_empty(), "{}: number", h.id);
        assert!(!h.purposes.is_empty(), "{}: at least one purpose", h.id);
        assert!(!h.audience.is_empty(), "{}: at least one audience", h.id);
        assert!(!h.source.trim().is_empty(), "{}: a source", h.id);
        assert!(
            h.verified.len() >= 4 && h.verified[..4].parse::<u32>().is_ok(),
            "{}: a verification date, got {:?}",
            h.id,
            h.verified
        );
        assert!(
            h.id.starts_with(&format!("{}-", c.code.to_ascii_lowercase())),
            "{}: id starts with its country",
            h.id
        );
    }
}

#[test]
fn every_number_is_a_listed_short_code_or_a_valid_long_number_of_its_country() {
    for (c, h) in all_lines() {
        let mut numbers = vec![h.number.as_str()];
        numbers.extend(h.sms.as_ref().map(|s| s.number.as_str()));
        for n in numbers {
            assert!(
                n.bytes().all(|b| b.is_ascii_digit()),
                "{}: {n:?} is digits only",
                h.id
            );
            if c.short_codes.iter().any(|s| s == n) {
                continue;
            }
            let region: phonenumber::country::Id = c
                .code
                .parse()
                .unwrap_or_else(|_| panic!("{}: long number in a country with no plan", h.id));
            let parsed = phonenumber::parse(Some(region), n)
                .unwrap_or_else(|e| panic!("{}: {n} must parse as a {} number: {e}", h.id, c.code));
            assert!(
                phonenumber::is_valid(&parsed),
                "{}: {n} must be a valid {} number",
                h.id,
                c.code
            );
        }
    }
}

#[test]
fn every_short_code_is_digits_and_used() {
    for code in country_codes() {
        let c = country(code).unwrap();
        for s in &c.short_codes {
            assert!(
                s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 6,
                "{code}: short code {s:?} is at most 6 digits"
            );
            let used = c
                .helplines
                .iter()
                .any(|h| &h.number == s || h.sms.as_ref().is_some_and(|m| &m.number == s));
            assert!(used, "{code}: short code {s} is used by a line");
        }
    }
}

#[test]
fn every_country_has_a_callable_24_7_emergency_number() {
    for code in country_codes() {
        let c = country(code).unwrap();
        let e = c.emergency_line();
        assert_eq!(
            e.id, c.emergency,
            "{code}: the emergency line is the named one"
        );
        assert!(
            e.serves(Purpose::Emergency),
            "{code}: {} is an emergency line",
            e.id
        );
        assert!(e.callable(), "{code}: the emergency number is confirmed");
        assert_eq!(
            e.hours,
            Hours::Always,
            "{code}: the emergency number is 24/7"
        );
    }
}

#[test]
fn no_two_helplines_share_an_id_across_files() {
    let ids: Vec<&str> = all_lines().iter().map(|(_, h)| h.id.as_str()).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "helpline ids are globally unique");
}

#[test]
fn the_designated_sextortion_lines_are_the_researched_ones() {
    let expected = [
        ("AU", None),
        ("BE", Some("be-child-focus")),
        ("CA", Some("ca-cybertip")),
        ("CH", None),
        ("FR", Some("fr-3018")),
        ("GB", Some("gb-childline")),
        ("IE", None),
        ("LU", Some("lu-bee-secure")),
        ("NZ", Some("nz-netsafe")),
        ("US", Some("us-ncmec-cybertipline")),
        ("ZZ", None),
    ];
    let listed: Vec<&str> = expected.iter().map(|(c, _)| *c).collect();
    assert_eq!(listed, country_codes(), "the table covers every country");
    for (code, want) in expected {
        let got = country(code).unwrap().designated().map(|h| h.id.as_str());
        assert_eq!(got, want, "{code}: designated sextortion line");
    }
}

#[test]
fn unconfirmed_lines_are_exactly_the_ones_without_a_second_source() {
    let unconfirmed: Vec<&str> = all_lines()
        .into_iter()
        .filter(|(_, h)| h.status == Status::Unconfirmed)
        .map(|(_, h)| h.id.as_str())
        .collect();
    assert_eq!(
        unconfirmed,
        vec!["be-zelfmoordlijn", "be-police-101", "lu-police-113"],
        "only these numbers still lack a source"
    );
}

/// A minimal valid file, for the loader's rejection tests.
const GOOD: &str = r#"
code = "ZZ"
time_zone = "UTC"
short_codes = ["112"]
emergency = "zz-112"

[[helplines]]
id = "zz-112"
name = "112"
number = "112"
display = "112"
purposes = ["emergency"]
audience = ["everyone"]
languages = []
free = true
on_bill = "unknown"
hours = "24/7"
status = "confirmed"
source = "somewhere"
verified = "2026-11"
"#;

#[test]
fn the_loader_accepts_a_minimal_file_and_rejects_each_broken_rule() {
    assert!(
        Directory::from_files([("ZZ", GOOD)]).is_ok(),
        "the minimal file is valid"
    );
    let broken = [
        (
            "wrong file name",
            GOOD.replace("code = \"ZZ\"", "code = \"ZY\""),
        ),
        ("bad zone", GOOD.replace("\"UTC\"", "\"Mars/Olympus\"")),
        ("short not listed", GOOD.replace("[\"112\"]", "[]")),
        (
            "unused short",
            GOOD.replace("[\"112\"]", "[\"112\", \"119\"]"),
        ),
        (
            "letters in number",
            GOOD.replace("number = \"112\"", "number = \"11a\""),
        ),
        (
            "display mismatch",
            GOOD.replace("display = \"112\"", "display = \"113\""),
        ),
        ("no purpose", GOOD.replace("[\"emergency\"]", "[]")),
        ("no source", GOOD.replace("\"somewhere\"", "\" \"")),
        ("bad date", GOOD.replace("\"2026-11\"", "\"last year\"")),
        ("bad month", GOOD.replace("\"2026-11\"", "\"2026-13\"")),
        ("bad hours", GOOD.replace("\"24/7\"", "\"always\"")),
        (
            "unknown field",
            GOOD.replace("status =", "colour = \"red\"\nstatus ="),
        ),
        (
            "unknown purpose",
            GOOD.replace("[\"emergency\"]", "[\"fun\"]"),
        ),
        (
            "id prefix",
            GOOD.replace("id = \"zz-112\"", "id = \"be-112\""),
        ),
        (
            "emergency missing",
            GOOD.replace("emergency = \"zz-112\"", "emergency = \"zz-x\""),
        ),
        (
            "emergency unconfirmed",
            GOOD.replace("\"confirmed\"", "\"unconfirmed\""),
        ),
        (
            "designated without purpose",
            GOOD.replace("status =", "designated_sextortion = true\nstatus ="),
        ),
    ];
    for (why, text) in broken {
        assert!(
            Directory::from_files([("ZZ", text.as_str())]).is_err(),
            "a file with {why} must be rejected"
        );
    }
    let long_in_zz = GOOD
        .replace("short_codes = [\"112\"]", "short_codes = []")
        .replace("number = \"112\"", "number = \"08001111\"")
        .replace("display = \"112\"", "display = \"0800 1111\"");
    assert!(
        Directory::from_files([("ZZ", long_in_zz.as_str())]).is_err(),
        "ZZ has no numbering plan, so it holds short codes only"
    );
    assert!(
        Directory::from_files([("ZZ", GOOD), ("ZZ", GOOD)]).is_err(),
        "an id used twice is rejected"
    );
    assert!(
        Directory::from_files(std::iter::empty::<(&str, &str)>()).is_err(),
        "ZZ is required"
    );
}

#[test]
fn a_long_number_must_be_valid_for_its_country() {
    let gb = GOOD
        .replace("code = \"ZZ\"", "code = \"GB\"")
        .replace("zz-112", "gb-112")
        .replace("time_zone = \"UTC\"", "time_zone = \"Europe/London\"");
    let with_line = |number: &str, display: &str| {
        format!(
            "{gb}\n[[helplines]]\nid = \"gb-x\"\nname = \"X\"\nnumber = \"{number}\"\n\
             display = \"{display}\"\npurposes = [\"crisis\"]\naudience = [\"young\"]\n\
             languages = []\nfree = true\non_bill = false\nhours = \"24/7\"\n\
             status = \"confirmed\"\nsource = \"s\"\nverified = \"2026\"\n"
        )
    };
    let zz = ("ZZ", GOOD);
    let ok = with_line("08001111", "0800 1111");
    assert!(
        Directory::from_files([("GB", ok.as_str()), zz]).is_ok(),
        "0800 1111 is a valid GB number"
    );
    let bad = with_line("0800111", "0800 111");
    assert!(
        Directory::from_files([("GB", bad.as_str()), zz]).is_err(),
        "a number with a digit missing is rejected"
    );
}

#[test]
fn every_fluent_id_used_exists_in_every_language_and_none_is_orphaned() {
    let mut used: BTreeSet<String> = view::FIXED_IDS.iter().map(|s| s.to_string()).collect();
    for code in country_codes() {
        used.insert(format!("country-{}", code.to_ascii_lowercase()));
    }
    for (_, h) in all_lines() {
        used.insert(format!("helpline-{}-description", h.id));
    }
    let notes: BTreeSet<String> = country_codes()
        .iter()
        .map(|c| format!("helplines-note-{}", c.to_ascii_lowercase()))
        .collect();
    for l in localizer().languages() {
        for id in &used {
            assert!(localizer().has(&l, id), "{id} must exist in {l}");
            let text = localizer().message(&l, id);
            // Messages with arguments fail without them; they are formatted in the view tests.
            if let Ok(text) = text {
                assert!(!text.trim().is_empty(), "{id} in {l} is not empty");
            }
        }
        for id in localizer().ids(&l) {
            let ours = ["helpline-", "helplines-", "country-"]
                .iter()
                .any(|p| id.starts_with(p));
            if ours {
                assert!(
                    used.contains(id) || notes.contains(id),
                    "{id} in {l} is not used by any country, helpline or view"
                );
            }
        }
    }
    assert!(
        localizer().has(&lang("en"), "helplines-note-zz")
            && localizer().has(&lang("fr"), "helplines-note-zz"),
        "the 'other country' note explains how to find a child helpline"
    );
}

// ---------------------------------------------------------------- URIs

/// Every helpline with the exact URI that calls it (and texts it, if it takes texts).
const URIS: &[(&str, &str, Option<&str>)] = &[
    ("au-000", "tel:000", None),
    ("au-kids-helpline", "tel:+611800551800", None),
    ("be-112", "tel:112", None),
    ("be-103-ecoute-enfants", "tel:103", None),
    ("be-awel", "tel:102", None),
    ("be-child-focus", "tel:116000", None),
    ("be-prevention-suicide", "tel:+3280032123", None),
    ("ca-911", "tel:911", None),
    ("ca-988", "tel:988", Some("sms:988")),
    ("ca-cybertip", "tel:+18666589022", None),
    (
        "ca-kids-help-phone",
        "tel:+18006686868",
        Some("sms:686868?body=CONNECT"),
    ),
    ("ch-112", "tel:112", None),
    ("ch-147", "tel:147", Some("sms:147")),
    ("ch-police-117", "tel:117", None),
    ("fr-112", "tel:112", None),
    ("fr-119", "tel:119", None),
    ("fr-3018", "tel:3018", None),
    ("fr-3114", "tel:3114", None),
    ("fr-police-17", "tel:17", None),
    ("fr-samu-15", "tel:15", None),
    ("gb-112", "tel:112", None),
    ("gb-999", "tel:999", None),
    ("gb-childline", "tel:+448001111", None),
    ("gb-nspcc-helpline", "tel:+448088005000", None),
    ("gb-police-101", "tel:101", None),
    ("gb-samaritans", "tel:116123", None),
    ("ie-112", "tel:112", None),
    ("ie-999", "tel:999", None),
    ("ie-childline", "tel:+3531800666666", Some("sms:50101")),
    ("ie-samaritans", "tel:116123", None),
    ("lu-112", "tel:112", None),
    ("lu-116000", "tel:116000", None),
    ("lu-bee-secure", "tel:+35280021234", None),
    ("lu-elterentelefon", "tel:+35226640555", None),
    ("lu-kanner-jugendtelefon", "tel:116111", None),
    ("nz-111", "tel:111", None),
    ("nz-netsafe", "tel:+64508638723", None),
    ("nz-youthline", "tel:+64800376633", Some("sms:234")),
    ("us-911", "tel:911", None),
    ("us-988", "tel:988", Some("sms:988")),
    ("us-fbi-tips", "tel:+18002255324", None),
    ("us-ncmec-cybertipline", "tel:+18008435678", None),
    ("zz-112", "tel:112", None),
    ("zz-116111", "tel:116111", None),
];

#[test]
fn every_callable_helpline_dials_exactly_the_right_uri() {
    let callable: BTreeSet<&str> = all_lines()
        .into_iter()
        .filter(|(_, h)| h.callable())
        .map(|(_, h)| h.id.as_str())
        .collect();
    let tested: BTreeSet<&str> = URIS.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(callable, tested, "the table lists every callable helpline");
    for &(id, tel, sms) in URIS {
        assert_eq!(
            dial_uri(id, Channel::Call).as_deref().ok(),
            Some(tel),
            "{id}: call URI"
        );
        match sms {
            Some(uri) => assert_eq!(
                dial_uri(id, Channel::Text).as_deref().ok(),
                Some(uri),
                "{id}: text URI"
            ),
            None => assert_eq!(
                dial_uri(id, Channel::Text).unwrap_err().code(),
                "no-such-channel",
                "{id} takes no texts"
            ),
        }
    }
}

#[test]
fn unconfirmed_lines_are_never_dialled() {
    for (_, h) in all_lines().into_iter().filter(|(_, h)| !h.callable()) {
        for channel in [Channel::Call, Channel::Text] {
            let err = dial_uri(&h.id, channel).expect_err("an unconfirmed line gives no URI");
            assert_eq!(err.code(), "no-such-channel", "{}: {channel:?}", h.id);
        }
    }
}

#[test]
fn hostile_helpline_ids_are_unknown_helpline_never_a_uri() {
    let mega = "a".repeat(1_000_000);
    let hostile = [
        "",
        "tel:123",
        "../../",
        "../../etc/passwd",
        "😀",
        "be-child-focus ",
        "BE-CHILD-FOCUS",
        "be-child-focus\0",
        "116000",
        "+3280032123",
        "tel:116000",
        mega.as_str(),
    ];
    for id in hostile {
        for channel in [Channel::Call, Channel::Text] {
            let err = dial_uri(id, channel).expect_err("hostile id gives no URI");
            assert_eq!(
                err.code(),
                "unknown-helpline",
                "id {:?}",
                &id[..id.len().min(20)]
            );
            assert!(err.to_string().len() < 200, "errors do not echo a megabyte");
        }
        assert_eq!(
            helpline(id).unwrap_err().code(),
            "unknown-helpline",
            "helpline() rejects {:?}",
            &id[..id.len().min(20)]
        );
    }
}

#[test]
fn sms_keywords_are_percent_encoded() {
    assert_eq!(percent_encode("CONNECT"), "CONNECT", "plain words pass");
    assert_eq!(
        percent_encode("a b&c"),
        "a%20b%26c",
        "reserved bytes are encoded"
    );
}

// ---------------------------------------------------------------- countries

#[test]
fn hostile_country_codes_are_unknown_country() {
    let mega = "B".repeat(1_000_000);
    for code in [
        "",
        "B",
        "BEL",
        "../x",
        "..",
        "🇧🇪",
        "XX",
        "B1",
        "\0\0",
        "é",
        mega.as_str(),
    ] {
        let err = country(code).expect_err("no such country");
        assert_eq!(
            err.code(),
            "unknown-country",
            "code {:?}",
            &code[..code.len().min(8)]
        );
        assert_eq!(
            call_for_help(code, local("BE", "2026-11-24 10:00"))
                .unwrap_err()
                .code(),
            "unknown-country",
            "call_for_help rejects it too"
        );
    }
    assert_eq!(
        country("be").unwrap().code,
        "BE",
        "codes are case-insensitive"
    );
    assert_eq!(
        country("Zz").unwrap().code,
        "ZZ",
        "ZZ is the other-country file"
    );
}

#[test]
fn the_system_region_preselects_a_country_only_when_it_has_a_file() {
    assert_eq!(
        country_for_region(Some("BE")),
        Some("BE"),
        "Belgium has a file"
    );
    assert_eq!(country_for_region(Some("ca")), Some("CA"), "any case");
    assert_eq!(
        country_for_region(Some("DE")),
        None,
        "no file: the user picks"
    );
    assert_eq!(country_for_region(Some("ZZ")), None, "ZZ is not a region");
    assert_eq!(country_for_region(Some("")), None, "empty region");
    assert_eq!(country_for_region(Some("../")), None, "garbage region");
    assert_eq!(country_for_region(None), None, "no region");
}

// ---------------------------------------------------------------- choices

const TUE_0300: &str = "2026-11-24 03:00";
const TUE_1000: &str = "2026-11-24 10:00";
const TUE_2000: &str = "2026-11-24 20:00";
const TUE_2330: &str = "2026-11-24 23:30";
const SUN_1200: &str = "2026-11-22 12:00";

use ChoiceReason::{DesignatedClosed as Closed, EmergencyFallback as Fallback};
use ChoiceReason::{OpenAllDay as AllDay, OpenNow as Now};

#[test]
fn call_for_help_picks_the_right_line_at_each_time_in_each_country() {
    let table: &[(&str, [(&str, ChoiceReason); 5])] = &[
        ("AU", [("au-kids-helpline", AllDay); 5]),
        ("BE", [("be-child-focus", AllDay); 5]),
        ("CA", [("ca-kids-help-phone", Closed); 5]),
        ("CH", [("ch-147", AllDay); 5]),
        (
            "FR",
            [
                ("fr-119", Closed),
                ("fr-3018", Now),
                ("fr-119", Closed),
                ("fr-119", Closed),
                ("fr-119", Closed),
            ],
        ),
        ("GB", [("gb-childline", AllDay); 5]),
        ("IE", [("ie-childline", AllDay); 5]),
        (
            "LU",
            [
                ("lu-116000", Closed),
                ("lu-bee-secure", Now),
                ("lu-116000", Closed),
                ("lu-116000", Closed),
                ("lu-116000", Closed),
            ],
        ),
        (
            "NZ",
            [
                ("nz-youthline", Closed),
                ("nz-netsafe", Now),
                ("nz-youthline", Closed),
                ("nz-youthline", Closed),
                ("nz-youthline", Closed),
            ],
        ),
        ("US", [("us-ncmec-cybertipline", AllDay); 5]),
        ("ZZ", [("zz-112", Fallback); 5]),
    ];
    let listed: Vec<&str> = table.iter().map(|(c, _)| *c).collect();
    assert_eq!(listed, country_codes(), "the table covers every country");
    for (code, expected) in table {
        for (time, (id, reason)) in [TUE_0300, TUE_1000, TUE_2000, TUE_2330, SUN_1200]
            .into_iter()
            .zip(expected)
        {
            let got = call_for_help(code, local(code, time)).expect("known country");
            assert_eq!(
                (got.helpline_id.as_str(), got.reason),
                (*id, *reason),
                "{code} at {time} local"
            );
        }
    }
}

#[test]
fn best_for_purpose_prefers_the_purpose_then_young_lines_then_emergency() {
    let cases = [
        ("FR", Purpose::Sextortion, TUE_1000, "fr-3018", Now),
        ("FR", Purpose::Sextortion, TUE_0300, "fr-119", Closed),
        ("FR", Purpose::Crisis, TUE_0300, "fr-3114", AllDay),
        ("FR", Purpose::Emergency, TUE_1000, "fr-112", AllDay),
        // No line for parents in FR: the young people's line, by its own open state.
        ("FR", Purpose::Parents, TUE_0300, "fr-119", AllDay),
        ("GB", Purpose::Parents, TUE_1000, "gb-nspcc-helpline", Now),
        ("GB", Purpose::Parents, TUE_2330, "gb-childline", Closed),
        ("GB", Purpose::Sextortion, TUE_0300, "gb-childline", AllDay),
        // The unconfirmed Zelfmoordlijn is never chosen.
        (
            "BE",
            Purpose::Crisis,
            TUE_0300,
            "be-prevention-suicide",
            AllDay,
        ),
        (
            "BE",
            Purpose::Crisis,
            TUE_1000,
            "be-103-ecoute-enfants",
            Now,
        ),
        ("BE", Purpose::Emergency, TUE_0300, "be-112", AllDay),
        ("LU", Purpose::Reporting, TUE_2000, "lu-116000", Closed),
        ("US", Purpose::Crisis, TUE_0300, "us-988", AllDay),
        (
            "CA",
            Purpose::Reporting,
            TUE_1000,
            "ca-kids-help-phone",
            Closed,
        ),
        ("ZZ", Purpose::Sextortion, TUE_0300, "zz-112", Fallback),
    ];
    for (code, purpose, time, id, reason) in cases {
        let got = best_for_purpose(code, purpose, local(code, time)).expect("known country");
        assert_eq!(
            (got.helpline_id.as_str(), got.reason),
            (id, reason),
            "{code} {purpose:?} at {time} local"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// At any instant, for every country and purpose, the choice is a callable line that is
    /// open now, or the country's emergency number.
    #[test]
    fn any_instant_gives_a_callable_open_line_or_the_emergency_number(secs in 1_767_225_600i64..1_830_297_600i64) {
        let now = Utc.timestamp_opt(secs, 0).single().expect("in range");
        for code in country_codes() {
            let c = country(code).unwrap();
            let mut choices = vec![call_for_help(code, now).unwrap()];
            for p in Purpose::ALL {
                choices.push(best_for_purpose(code, p, now).unwrap());
            }
            for choice in choices {
                let (_, h) = helpline(&choice.helpline_id).unwrap();
                prop_assert!(h.callable(), "{} is callable", h.id);
                let open = open_state(h, c.time_zone, now).is_open();
                prop_assert!(
                    open || choice.reason == ChoiceReason::EmergencyFallback,
                    "{} is open, or the emergency fallback", h.id
                );
                prop_assert!(dial_uri(&h.id, Channel::Call).is_ok(), "{} can be dialled", h.id);
            }
        }
    }
}

// ---------------------------------------------------------------- views

fn line<'a>(v: &'a DirectoryView, id: &str) -> &'a LineView {
    v.groups
        .iter()
        .flat_map(|g| &g.lines)
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("{id} is on the screen"))
}

#[test]
fn every_country_renders_in_every_language_at_any_hour() {
    for l in localizer().languages() {
        for code in country_codes() {
            for time in [TUE_0300, TUE_1000, TUE_2000, TUE_2330, SUN_1200] {
                let now = local(code, time);
                let v = directory(&l, code, now).unwrap_or_else(|e| panic!("{code} {l}: {e}"));
                let shown: usize = v.groups.iter().map(|g| g.lines.len()).sum();
                assert_eq!(
                    shown,
                    country(code).unwrap().helplines.len(),
                    "{code}: every line is shown exactly once"
                );
                call_for_help_view(&l, code, now).unwrap_or_else(|e| panic!("{code} {l}: {e}"));
            }
        }
        let countries = countries_view(&l).unwrap();
        assert_eq!(
            countries.len(),
            country_codes().len(),
            "every country is listed"
        );
    }
}

#[test]
fn the_helplines_screen_says_what_is_open_and_what_is_not_callable() {
    let en = lang("en");
    let v = directory(&en, "BE", local("BE", TUE_0300)).unwrap();
    assert_eq!(v.country_name, "Belgium", "country name in English");
    let groups: Vec<&str> = v.groups.iter().map(|g| g.id).collect();
    assert_eq!(
        groups,
        vec!["young", "crisis", "emergency"],
        "BE has no parents line; groups keep their order"
    );
    let cf = line(&v, "be-child-focus");
    assert!(
        cf.callable && cf.designated && cf.open_now,
        "Child Focus: callable, designated, open"
    );
    assert_eq!(cf.open_text, "Open 24/7", "24/7 line");
    assert_eq!(cf.number_display, "116 000", "number as displayed");
    let ecoute = line(&v, "be-103-ecoute-enfants");
    assert!(!ecoute.open_now, "103 is closed at 3:00");
    assert_eq!(
        ecoute.open_text, "Closed now, opens at 10:00",
        "opens later today"
    );
    assert_eq!(ecoute.hours_text, "Mon–Sun 10:00–24:00", "hours text");
    let zl = line(&v, "be-zelfmoordlijn");
    assert!(
        !zl.callable && !zl.textable,
        "unconfirmed: no call or text button"
    );
    assert!(zl.caveat.is_some(), "unconfirmed: a visible caveat");
    assert!(cf.caveat.is_none(), "confirmed: no caveat");

    let gb = directory(&en, "GB", local("GB", TUE_0300)).unwrap();
    let nspcc = line(&gb, "gb-nspcc-helpline");
    assert_eq!(
        nspcc.hours_text, "Mon–Fri 8:00–22:00; Sat–Sun 9:00–18:00",
        "consecutive days with the same hours are merged"
    );
    assert_eq!(
        nspcc.open_text, "Closed now, opens at 8:00",
        "opens this morning"
    );
    let childline = line(&gb, "gb-childline");
    assert_eq!(
        childline.on_bill,
        Some(false),
        "Childline is not on the bill"
    );
    assert_eq!(
        childline.on_bill_text, "Does not show on the phone bill",
        "said in words"
    );

    // Friday 17:00 in Luxembourg: BEE SECURE opens again on Monday.
    let lu = directory(&en, "LU", local("LU", "2026-11-27 17:00")).unwrap();
    assert_eq!(
        line(&lu, "lu-bee-secure").open_text,
        "Closed now, opens Monday at 9:00",
        "next opening on another day names the day"
    );
    assert_eq!(line(&lu, "lu-bee-secure").free, Some(true), "freephone");
    let lu_mon = directory(&en, "LU", local("LU", "2026-11-23 20:00")).unwrap();
    assert_eq!(
        line(&lu_mon, "lu-bee-secure").open_text,
        "Closed now, opens tomorrow at 9:00",
        "next opening tomorrow says tomorrow"
    );

    let ca = directory(&en, "CA", local("CA", TUE_1000)).unwrap();
    let khp = line(&ca, "ca-kids-help-phone");
    assert_eq!(
        khp.sms.as_deref(),
        Some("Text CONNECT to 686868"),
        "text keyword"
    );
    assert!(khp.textable, "callable with SMS: text button");

    let zz = directory(&en, "ZZ", local("ZZ", TUE_1000)).unwrap();
    assert!(
        zz.note
            .as_deref()
            .is_some_and(|n| n.contains("Child Helpline International")),
        "other country: how to find a child helpline"
    );
    assert!(v.note.is_none(), "Belgium has no note");
}

#[test]
fn the_helplines_screen_speaks_french() {
    let fr = lang("fr");
    let gb = directory(&fr, "GB", local("GB", TUE_1000)).unwrap();
    assert_eq!(gb.country_name, "Royaume-Uni", "country name in French");
    let nspcc = line(&gb, "gb-nspcc-helpline");
    assert_eq!(
        nspcc.hours_text, "lun.–ven. 8 h 00–22 h 00; sam.–dim. 9 h 00–18 h 00",
        "French days and times"
    );
    assert_eq!(
        nspcc.open_text, "Ouvert maintenant, jusqu’à 22 h 00",
        "open now, in French"
    );
    assert_eq!(
        gb.groups[0].title, "Pour les jeunes",
        "group title in French"
    );
}

#[test]
fn the_call_for_help_button_says_why_this_line() {
    let en = lang("en");
    let fr_night = call_for_help_view(&en, "FR", local("FR", TUE_0300)).unwrap();
    assert_eq!(fr_night.helpline_id, "fr-119", "3018 closed at night");
    assert_eq!(
        fr_night.reason_text, "3018 is closed now: calling 119 Allô Enfance en Danger instead",
        "names the closed line and the one called"
    );
    assert_eq!(fr_night.number_display, "119", "number shown");
    let be = call_for_help_view(&en, "BE", local("BE", TUE_0300)).unwrap();
    assert_eq!(
        (be.helpline_id.as_str(), be.reason_text.as_str()),
        ("be-child-focus", "Open 24/7"),
        "Belgium: Child Focus at any time"
    );
    let nz = call_for_help_view(&en, "NZ", local("NZ", TUE_1000)).unwrap();
    assert_eq!(
        nz.reason_text, "Open now, until 17:00",
        "open line with hours"
    );
    let ca = call_for_help_view(&en, "CA", local("CA", TUE_1000)).unwrap();
    assert!(
        ca.reason_text
            .starts_with("Cybertip.ca / Cyberaide.ca may not answer now"),
        "unknown hours are not called 'closed': {}",
        ca.reason_text
    );
    let zz = call_for_help_view(&en, "ZZ", local("ZZ", TUE_1000)).unwrap();
    assert_eq!(
        zz.reason,
        ChoiceReason::EmergencyFallback,
        "no helpline open in ZZ"
    );
    assert!(zz.reason_text.contains("112"), "names the emergency number");

    let json = serde_json::to_value(&fr_night).unwrap();
    assert_eq!(
        json["reason"], "designated-closed",
        "reasons cross as kebab-case"
    );
    assert_eq!(json["helpline_id"], "fr-119", "snake_case fields");
}

#[test]
fn the_country_picker_is_sorted_by_name_with_other_country_last() {
    let names = |tag: &str| -> Vec<String> {
        countries_view(&lang(tag))
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect()
    };
    assert_eq!(
        names("en"),
        vec![
            "Australia",
            "Belgium",
            "Canada",
            "France",
            "Ireland",
            "Luxembourg",
            "New Zealand",
            "Switzerland",
            "United Kingdom",
            "United States",
            "Other country"
        ],
        "English order"
    );
    assert_eq!(
        names("fr"),
        vec![
            "Australie",
            "Belgique",
            "Canada",
            "États-Unis",
            "France",
            "Irlande",
            "Luxembourg",
            "Nouvelle-Zélande",
            "Royaume-Uni",
            "Suisse",
            "Autre pays"
        ],
        "French order ignores the accent of États-Unis"
    );
}
