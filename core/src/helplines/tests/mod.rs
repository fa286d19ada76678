//! Tests of the helpline directory: the data files, who to call now, the URIs, the views.
//! Over 600 lines: one data rule or routing case at a time, over all 40 files.
//! `expectations.rs` holds the code to the hand-written table of what each place must reach;
//! `review.rs` holds the December 2026 review's findings and the rules they led to (emergency
//! services by role, hours, second lines, bad input).
//! Every instant is fixed (never the real clock). Two snapshots (`snapshots/`) pin what each
//! button dials in every country at four local instants, and every URI of every line: adding
//! a country means reading those two diffs.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use proptest::prelude::*;

mod expectations;
mod export;
mod review;

use super::data::Directory;
use super::route::{route, Caller, PassedOver, Reason, Shortfall};
use super::table::{contact_table, local_instant, routing_table, INSTANTS};
use super::view::{group_of, helpline_sources, GroupId};
use super::*;
use crate::i18n::{localizer, Lang, LOCALES};
use crate::vocab::Audience as Who;
use crate::vocab::Need;
use crate::vocab::{Channel, Purpose};
use strum::IntoEnumIterator;

fn lang(tag: &str) -> Lang {
    localizer().lang(tag).expect("en and fr exist")
}

/// The UTC instant of a local wall-clock time (`"2026-11-24 03:00"`) in a country's zone.
fn local(code: &str, text: &str) -> DateTime<Utc> {
    local_instant(code, text)
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

fn caller(audience: Who, languages: &'static [&'static str]) -> Caller<'static> {
    Caller {
        audience,
        languages,
    }
}

const FR_EN: &[&str] = &["fr", "en"];

/// Every instant of the routing table, in `code`'s local time.
fn instants(code: &str) -> Vec<DateTime<Utc>> {
    INSTANTS.iter().map(|(_, t)| local(code, t)).collect()
}

fn line<'a>(code: &str, id: &str) -> &'a Helpline {
    let (c, h) = helpline(id).unwrap_or_else(|e| panic!("{id}: {e}"));
    assert_eq!(c.code, code, "{id} is in {code}");
    h
}

// ---------------------------------------------------------------- the data

#[test]
fn every_country_file_loads_and_the_required_places_are_there() {
    let d = Directory::get().expect("the embedded country files must all load");
    let files = LOCALES
        .get_dir("countries")
        .expect("locales/countries is embedded")
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .count();
    assert_eq!(d.countries.len(), files, "every .toml file is a country");
    let codes: BTreeSet<&str> = country_codes().into_iter().collect();
    assert_eq!(codes.len(), files, "no two files share a code");
    let first_ten = [
        "AU", "BE", "CA", "CH", "FR", "GB", "IE", "LU", "NZ", "US", "ZZ",
    ];
    let overseas = [
        "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF",
    ];
    let new = [
        "CI", "SN", "CM", "MA", "TN", "DZ", "CD", "MG", "HT", "NG", "KE", "ZA", "GH", "IN", "PH",
        "SG", "JM", "MT",
    ];
    for code in first_ten.iter().chain(&overseas).chain(&new) {
        assert!(codes.contains(code), "{code} must have a file");
    }
}

#[test]
fn every_long_number_is_valid_for_its_country_and_dialled_in_its_e164_form() {
    let mut checked = 0;
    for (c, h) in all_lines() {
        let mut numbers: Vec<&str> = h.number.iter().map(String::as_str).collect();
        numbers.extend(h.sms.as_ref().map(|s| s.number.as_str()));
        for n in numbers {
            if c.short_codes.iter().any(|s| s == n) {
                continue;
            }
            let region: phonenumber::country::Id = c.code.parse().unwrap_or_else(|_| {
                panic!("{}: a long number in {}, which has no plan", h.id, c.code)
            });
            let parsed = phonenumber::parse(Some(region), n)
                .unwrap_or_else(|e| panic!("{}: {n} must parse as a {} number: {e}", h.id, c.code));
            assert!(
                phonenumber::is_valid(&parsed),
                "{}: {n} must be a valid {} number",
                h.id,
                c.code
            );
            let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
            assert_eq!(
                c.e164(n),
                e164,
                "{}: Refuge dials {n} as libphonenumber's E.164",
                h.id
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "long numbers were checked: {checked}");
}

#[test]
fn every_source_is_a_titled_dated_page_and_confirmed_means_two_sites() {
    for (_, h) in all_lines() {
        assert!(!h.sources.is_empty(), "{}: a source", h.id);
        for s in &h.sources {
            assert!(
                data::is_page_url(&s.url, &["https://", "http://"]),
                "{}: {} is a page, not a bare domain",
                h.id,
                s.url
            );
            assert!(!s.title.trim().is_empty(), "{}: a page title", h.id);
            assert!(data::valid_date(&s.date), "{}: a date", h.id);
        }
        assert_eq!(
            h.confirmed(),
            data::distinct_sites(&h.sources) >= 2,
            "{}: confirmed exactly when two sites say so",
            h.id
        );
    }
}

#[test]
fn only_saint_martin_and_saint_pierre_have_an_emergency_number_with_one_source() {
    let mut weak: Vec<&str> = country_codes()
        .into_iter()
        .filter(|code| !country(code).unwrap().emergency_line().confirmed())
        .collect();
    weak.sort_unstable();
    assert_eq!(
        weak,
        vec!["MF", "PM"],
        "a new country's emergency number needs two sources"
    );
    for code in country_codes() {
        let e = country(code).unwrap().emergency_line();
        assert_eq!(e.hours, Hours::Always, "{code}: emergency is 24/7");
        assert!(
            contact_uri(&e.id, Channel::Call).is_ok_and(|u| u.starts_with("tel:")),
            "{code}: the emergency number can be called"
        );
    }
}

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
        ("unknown zone", GOOD.replace("\"UTC\"", "\"Mars/Olympus\"")),
        (
            "unknown line zone",
            GOOD.replace("hours = ", "time_zone = \"Europe/Atlantis\"\nhours = "),
        ),
        ("short not listed", GOOD.replace("[\"112\"]", "[]")),
        (
            "unused short",
            GOOD.replace("[\"112\"]", "[\"112\", \"119\"]"),
        ),
        (
            "letters",
            GOOD.replace("number = \"112\"", "number = \"11a\""),
        ),
        (
            "display",
            GOOD.replace("display = \"112\"", "display = \"113\""),
        ),
        ("no purpose", GOOD.replace("[\"emergency\"]", "[]")),
        (
            "unknown purpose",
            GOOD.replace("[\"emergency\"]", "[\"fun\"]"),
        ),
        (
            "unknown audience",
            GOOD.replace("[\"everyone\"]", "[\"aliens\"]"),
        ),
        (
            "bare domain",
            GOOD.replace("https://a.example/page", "https://a.example/"),
        ),
        (
            "no scheme",
            GOOD.replace("https://a.example/page", "a.example/page"),
        ),
        ("no title", GOOD.replace("title = \"A\"", "title = \" \"")),
        ("bad date", GOOD.replace("\"2026-11\"", "\"last year\"")),
        ("bad month", GOOD.replace("\"2026-11\"", "\"2026-13\"")),
        ("bad hours", GOOD.replace("\"24/7\"", "\"always\"")),
        (
            "unknown field",
            GOOD.replace("hours =", "colour = \"red\"\nhours ="),
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
            "designated without purpose",
            GOOD.replace("hours =", "designated_sextortion = true\nhours ="),
        ),
        (
            "keyword with a space",
            GOOD.replace(
                "hours =",
                "sms = { number = \"112\", keyword = \"A B\" }\nhours =",
            ),
        ),
        (
            "web page not https",
            GOOD.replace(
                "hours =",
                "web = { url = \"http://a.example/x\", kind = \"chat\" }\nhours =",
            ),
        ),
    ];
    for (why, text) in broken {
        assert!(
            Directory::from_files([("ZZ", text.as_str())]).is_err(),
            "a file with {why} must be rejected"
        );
    }
    assert!(
        Directory::from_files([("ZZ", GOOD), ("ZZ", GOOD)]).is_err(),
        "a code used twice is rejected"
    );
    assert!(
        Directory::from_files(std::iter::empty::<(&str, &str)>()).is_err(),
        "ZZ is required"
    );
    let one_site = GOOD.replace("https://b.example/page", "https://a.example/other");
    let d = Directory::from_files([("ZZ", one_site.as_str())]).expect("loads");
    assert!(
        !d.countries[0].helplines[0].confirmed(),
        "two pages of one site are one source"
    );
}

const GOOD: &str = r#"
code = "ZZ"
time_zone = "UTC"
calling_code = ""
trunk_prefix = ""
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
service = ["general"]
hours = "24/7"

[[helplines.sources]]
title = "A"
url = "https://a.example/page"
date = "2026-11"

[[helplines.sources]]
title = "B"
url = "https://b.example/page"
date = "2025"
"#;

#[test]
fn the_time_zones_are_real_and_a_line_may_keep_its_hours_in_another() {
    let fr = country("FR").unwrap();
    assert_eq!(fr.time_zone, chrono_tz::Europe::Paris);
    let re = country("RE").unwrap();
    assert_eq!(
        re.time_zone,
        chrono_tz::Indian::Reunion,
        "La Réunion's own zone"
    );
    for (c, h) in all_lines() {
        if let Some(z) = h.time_zone {
            assert_ne!(
                z, c.time_zone,
                "{}: a line's own zone differs from its country's",
                h.id
            );
        }
    }
}

// ---------------------------------------------------------------- the review's findings

#[test]
fn france_3018_is_open_every_day_9_to_23_and_free_and_is_not_child_protection() {
    let h = line("FR", "fr-3018");
    assert_eq!(h.free, Fact::Yes, "3018 is free");
    assert!(
        !h.serves(Purpose::ChildProtection),
        "child protection is 119"
    );
    let young = caller(Who::Young, FR_EN);
    let fr = country("FR").unwrap();
    for (when, want) in [
        ("2026-11-22 14:00", "fr-3018"), // Sunday
        ("2026-11-24 20:30", "fr-3018"), // weekday evening
        ("2026-11-24 22:59", "fr-3018"),
        ("2026-11-24 23:00", "fr-119"),
        ("2026-11-24 08:59", "fr-119"),
    ] {
        let r = route(fr, Need::Help, &young, local("FR", when));
        assert_eq!(r.line.id, want, "Call for help at {when} (Paris)");
    }
    let r = route(
        fr,
        Need::ChildProtection,
        &young,
        local("FR", "2026-11-24 14:00"),
    );
    assert_eq!(r.line.id, "fr-119", "child protection in France is 119");
}

#[test]
fn the_114_takes_texts_only_and_is_never_a_tel_uri() {
    // France's 114 (and the same service overseas) takes texts, video or chat, never a call.
    let french_plan = ["FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF"];
    for (_, h) in all_lines()
        .into_iter()
        .filter(|(c, h)| french_plan.contains(&c.code.as_str()) && h.id.ends_with("-114"))
    {
        assert!(
            contact_uri(&h.id, Channel::Call).is_err(),
            "{} must never be called",
            h.id
        );
        assert_eq!(
            contact_uri(&h.id, Channel::Text).unwrap(),
            "sms:114",
            "{} is texted",
            h.id
        );
    }
    assert!(helpline("fr-114").is_ok(), "France has the 114");
}

#[test]
fn the_free_lines_a_source_confirms_say_free() {
    for id in [
        "fr-3018",
        "us-988",
        "be-103-ecoute-enfants",
        "fr-police-17",
        "fr-samu-15",
        "ch-112",
        "fr-119",
    ] {
        assert_eq!(helpline(id).unwrap().1.free, Fact::Yes, "{id} is free");
    }
}

#[test]
fn child_protection_and_parents_in_the_us_never_dial_988() {
    let us = country("US").unwrap();
    for who in [Who::Young, Who::Parent] {
        for now in instants("US") {
            for need in [Need::ChildProtection, Need::Parents] {
                let r = route(us, need, &caller(who, FR_EN), now);
                assert_ne!(r.line.id, "us-988", "{need:?} for {who:?}");
                assert_eq!(
                    r.line.id, "us-childhelp",
                    "{need:?} for {who:?} is Childhelp"
                );
            }
        }
    }
    let text = helpline("us-crisis-text-line").unwrap().1;
    assert_eq!(
        contact_uri(&text.id, Channel::Text).unwrap(),
        "sms:741741?body=HOME",
        "text HOME to 741741"
    );
}

#[test]
fn luxembourg_crisis_says_it_calls_112_and_113_can_be_called() {
    let lu = country("LU").unwrap();
    for now in instants("LU") {
        let r = route(lu, Need::Crisis, &caller(Who::Young, FR_EN), now);
        assert_eq!(r.line.id, "lu-112", "no 24/7 crisis line is confirmed");
        assert_eq!(
            r.reason,
            Reason::Fallback(Shortfall::NoLine),
            "said as such"
        );
        let r = route(lu, Need::ChildProtection, &caller(Who::Young, FR_EN), now);
        assert!(
            r.line.serves(Purpose::ChildProtection) || r.is_fallback(),
            "116 000 only when it serves child protection"
        );
    }
    assert_eq!(
        contact_uri("lu-police-113", Channel::Call).unwrap(),
        "tel:113"
    );
}

#[test]
fn a_dutch_speaking_teen_in_belgium_never_gets_a_french_only_crisis_line() {
    let be = country("BE").unwrap();
    let nl = caller(Who::Young, &["en", "nl"]);
    for now in instants("BE") {
        let r = route(be, Need::Crisis, &nl, now);
        assert!(
            r.line.languages.is_empty() || r.line.languages.iter().any(|l| l == "nl"),
            "{} answers in Dutch, or the emergency number stands in",
            r.line.id
        );
        assert!(
            r.line.id == "be-zelfmoordlijn" || r.is_fallback(),
            "1813 or 112 said as such, got {}",
            r.line.id
        );
    }
    let fr = caller(Who::Young, &["fr"]);
    let r = route(be, Need::Crisis, &fr, local("BE", "2026-11-24 14:00"));
    assert!(
        r.line.languages.iter().any(|l| l == "fr"),
        "a French speaker gets a French line: {}",
        r.line.id
    );
    assert_eq!(
        contact_uri("be-police-101", Channel::Call).unwrap(),
        "tel:101"
    );
}

#[test]
fn other_country_labels_every_button_as_what_it_dials() {
    let zz = country("ZZ").unwrap();
    for need in Need::iter() {
        let r = route(
            zz,
            need,
            &caller(Who::Young, FR_EN),
            local("ZZ", "2026-11-24 14:00"),
        );
        assert_eq!(
            r.line.id, "zz-112",
            "{need:?}: 112 is all that can be dialled"
        );
        assert!(
            need == Need::Emergency || r.is_fallback(),
            "{need:?} says it falls back to the emergency number"
        );
        let v = route_view(
            &lang("en"),
            "ZZ",
            need,
            &caller(Who::Young, FR_EN),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(
            v.title, "Call the emergency number",
            "{need:?} button is titled honestly"
        );
    }
    let h = helpline("zz-116111").unwrap().1;
    assert!(!h.confirmed(), "116 111 is shown with a caveat, hours vary");
    assert_eq!(h.hours, Hours::Unknown);
    let web: Vec<&str> = zz
        .helplines
        .iter()
        .filter_map(|h| h.web.as_ref().map(|w| w.url.as_str()))
        .collect();
    for site in [
        "takeitdown.ncmec.org",
        "report.cybertip.org",
        "childhelplineinternational.org",
        "findahelpline.com",
    ] {
        assert!(
            web.iter().any(|u| u.contains(site)),
            "other country offers {site}"
        );
    }
}

#[test]
fn the_review_s_missing_lines_are_there() {
    for (id, uri) in [
        ("au-lifeline", "tel:131114"),
        ("nz-1737", "tel:1737"),
        ("ch-143-main-tendue", "tel:143"),
        ("ch-ambulance-144", "tel:144"),
        ("us-childhelp", "tel:+18004224453"),
        ("gb-police-101", "tel:101"),
    ] {
        assert_eq!(contact_uri(id, Channel::Call).unwrap(), uri, "{id}");
    }
    assert_eq!(
        helpline("gb-police-101").unwrap().1.free,
        Fact::Yes,
        "101 is free"
    );
    assert_eq!(
        group_of(helpline("gb-police-101").unwrap().1),
        GroupId::Report
    );
    for id in ["ie-hotline", "gb-ceop", "fr-pharos", "au-accce"] {
        let h = helpline(id).unwrap_or_else(|e| panic!("{id}: {e}")).1;
        assert!(h.web.is_some(), "{id} is a web action");
        assert_eq!(group_of(h), GroupId::Report, "{id} is under To report");
    }
    let ca = helpline("ca-988").unwrap().1;
    assert_eq!(
        ca.name_in("fr"),
        "9-8-8\u{a0}: Ligne d’aide en cas de crise de suicide",
        "9-8-8 has its French name, with French typography"
    );
    assert_eq!(ca.name_in("en"), ca.name, "and its English one");
}

// ---------------------------------------------------------------- routing rules, everywhere

/// Every country × need × audience × language × the four instants.
fn every_route(mut check: impl FnMut(&Country, Need, &Caller<'_>, DateTime<Utc>, &Route<'_>)) {
    const SPEAKERS: [&[&str]; 3] = [&["fr"], &["en"], &["en", "nl"]];
    for code in country_codes() {
        let c = country(code).unwrap();
        for now in instants(code) {
            for need in Need::iter() {
                for who in [Who::Young, Who::Parent, Who::Staff, Who::Everyone] {
                    for languages in SPEAKERS {
                        let caller = Caller {
                            audience: who,
                            languages,
                        };
                        let r = route(c, need, &caller, now);
                        check(c, need, &caller, now, &r);
                    }
                }
            }
        }
    }
}

#[test]
fn no_button_dials_a_line_that_does_not_serve_its_purpose_unless_it_says_so() {
    every_route(|c, need, _, now, r| {
        let where_ = format!("{} {need:?} at {now}", c.code);
        match need.purpose() {
            Some(p) if !r.is_fallback() => {
                assert!(r.line.serves(p), "{where_}: {} serves it", r.line.id)
            }
            _ => {}
        }
        if r.is_fallback() {
            let police = c.police_line().map(|p| p.id.as_str());
            assert!(
                r.line.id == c.emergency || Some(r.line.id.as_str()) == police,
                "{where_}: a fallback is the emergency line or the police line, got {}",
                r.line.id
            );
        }
    });
}

#[test]
fn a_chosen_line_is_confirmed_open_for_the_caller_and_reachable() {
    every_route(|c, need, caller, now, r| {
        let where_ = format!(
            "{} {need:?} {:?} at {now}: {}",
            c.code, caller.audience, r.line.id
        );
        if r.line.id == c.emergency || r.is_fallback() {
            return;
        }
        assert!(r.line.confirmed(), "{where_} is confirmed");
        let state = hours::open_state_of(&r.line.hours, r.line.zone(c.time_zone), now);
        assert!(state.is_open(), "{where_} is open");
        assert!(
            contact_uri(&r.line.id, r.channel).is_ok(),
            "{where_} can be reached that way"
        );
        assert_ne!(r.channel, Channel::Web, "{where_}: never a web page");
        if need == Need::Crisis {
            assert!(
                r.line.speaks_any(caller.languages),
                "{where_} speaks their language"
            );
        }
    });
}

#[test]
fn call_for_help_takes_the_designated_line_when_it_is_open() {
    every_route(|c, need, caller, now, r| {
        if need != Need::Help {
            return;
        }
        let Some(d) = c.designated() else { return };
        let fits = d.confirmed()
            && (d.has_call() || d.sms.is_some())
            && (caller.audience == Who::Everyone || d.is_for(caller.audience));
        let open = hours::open_state_of(&d.hours, d.zone(c.time_zone), now).is_open();
        if fits && open {
            assert_eq!(r.line.id, d.id, "{}: the designated line at {now}", c.code);
        } else if let Reason::InsteadOf {
            designated, why, ..
        } = &r.reason
        {
            assert_eq!(designated, &d.id);
            if !d.confirmed() {
                assert_eq!(*why, PassedOver::Unconfirmed, "{}: says why", c.code);
            }
        }
    });
}

#[test]
fn the_routing_table_is_reviewed_when_it_changes() {
    insta::assert_snapshot!("routing_table", routing_table(&[]));
}

#[test]
fn every_uri_of_every_line_is_reviewed_when_it_changes() {
    insta::assert_snapshot!("contact_uris", contact_table(&[]));
}

// ---------------------------------------------------------------- URIs and hostile input

#[test]
fn hostile_helpline_ids_are_unknown_helpline_never_a_uri() {
    let huge = "fr-3018".repeat(100_000);
    for bad in [
        "",
        "tel:112",
        "../fr-3018",
        "fr-3018\0",
        "FR-3018",
        "😀",
        "fr-3018 ",
        huge.as_str(),
    ] {
        let err = contact_uri(bad, Channel::Call).unwrap_err();
        assert_eq!(
            err.code(),
            "unknown-helpline",
            "{:?}",
            bad.chars().take(20).collect::<String>()
        );
        assert!(
            err.to_string().len() < 100,
            "the error echoes little of the input"
        );
    }
    assert_eq!(
        contact_uri("fr-pharos", Channel::Call).unwrap_err().code(),
        "no-such-channel",
        "a web-only line cannot be called"
    );
}

proptest! {
    #[test]
    fn any_string_is_an_error_or_a_uri_built_from_data(id in ".{0,80}") {
        if let Ok(uri) = contact_uri(&id, Channel::Call) {
            prop_assert!(uri.starts_with("tel:"));
            prop_assert!(helpline(&id).is_ok());
        }
    }
}

#[test]
fn hostile_country_codes_are_unknown_country() {
    for bad in [
        "",
        "F",
        "FRA",
        "../FR",
        "F\0",
        "😀",
        "X1",
        &"FR".repeat(500_000),
    ] {
        assert_eq!(
            country(bad).unwrap_err().code(),
            "unknown-country",
            "{:?}",
            bad.len()
        );
    }
    assert_eq!(
        country("fr").unwrap().code,
        "FR",
        "codes are case-insensitive"
    );
    let err = route_view(
        &lang("en"),
        "XX",
        Need::Help,
        &caller(Who::Young, FR_EN),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(
        err.code(),
        "unknown-country",
        "an unknown country is an error, never 112"
    );
}

#[test]
fn the_system_region_preselects_a_country_only_when_it_has_a_file() {
    for (region, want) in [
        ("RE", Some("RE")),
        ("NG", Some("NG")),
        ("CI", Some("CI")),
        ("be", Some("BE")),
        ("DE", None),
        ("ZZ", None),
    ] {
        assert_eq!(country_for_region(Some(region)), want, "{region}");
    }
    assert_eq!(country_for_region(None), None);
}

// ---------------------------------------------------------------- what the screens show

#[test]
fn every_country_renders_in_every_language_at_every_instant() {
    for l in localizer().languages() {
        for code in country_codes() {
            for now in instants(code) {
                let v = directory(&l, code, now).unwrap_or_else(|e| panic!("{code} {l}: {e}"));
                let shown: usize = v.groups.iter().map(|g| g.lines.len()).sum();
                assert_eq!(
                    shown,
                    country(code).unwrap().helplines.len(),
                    "{code}: each line once"
                );
                for need in Need::iter() {
                    route_view(&l, code, need, &caller(Who::Young, FR_EN), now)
                        .unwrap_or_else(|e| panic!("{code} {need:?} {l}: {e}"));
                }
            }
        }
    }
}

#[test]
fn a_button_says_what_it_dials_and_why_before_it_is_tapped() {
    let fr = lang("fr");
    let young = caller(Who::Young, FR_EN);
    let night = local("FR", "2026-11-24 23:30");
    let v = route_view(&fr, "FR", Need::Help, &young, night).unwrap();
    assert_eq!(v.helpline_id, "fr-119");
    assert_eq!(v.label, "119 Allô Enfance en Danger", "name and number");
    assert!(
        v.reason_text.contains("3018") && v.reason_text.contains("9\u{a0}h\u{a0}00"),
        "says 3018 is closed and when it opens: {}",
        v.reason_text
    );
    let en = lang("en");
    let lu = route_view(
        &en,
        "LU",
        Need::Crisis,
        &young,
        local("LU", "2026-11-24 14:00"),
    )
    .unwrap();
    assert!(lu.fallback, "Luxembourg crisis is a fallback");
    assert_eq!(
        lu.title, "Call the emergency number",
        "titled as what it dials"
    );
    assert!(lu.reason_text.contains("112"), "{}", lu.reason_text);
    let us = route_view(
        &en,
        "US",
        Need::Crisis,
        &young,
        local("US", "2026-11-24 14:00"),
    )
    .unwrap();
    assert_eq!(us.title, "Call a crisis line");
    assert!(
        us.facts_text.starts_with("Free"),
        "says it is free: {}",
        us.facts_text
    );
}

#[test]
fn the_helplines_screen_groups_lines_by_what_they_are_for() {
    for (_, h) in all_lines() {
        let g = group_of(h);
        match g {
            GroupId::Emergency => assert!(h.serves(Purpose::Emergency), "{}", h.id),
            GroupId::Young => assert!(h.is_for(Who::Young), "{} is for young people", h.id),
            GroupId::Report => assert!(
                h.serves(Purpose::Reporting) || h.serves(Purpose::Sextortion),
                "{} is under To report only if it takes reports",
                h.id
            ),
            GroupId::Parents | GroupId::Crisis => {}
        }
    }
    let en = lang("en");
    let gb = directory(&en, "GB", local("GB", "2026-11-24 14:00")).unwrap();
    let ids: Vec<GroupId> = gb.groups.iter().map(|g| g.id).collect();
    assert!(ids.contains(&GroupId::Report), "GB has a To report group");
    let fr = directory(&lang("fr"), "FR", local("FR", "2026-11-24 14:00")).unwrap();
    let pharos = fr
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .find(|l| l.id == "fr-pharos")
        .unwrap();
    assert_eq!(pharos.buttons.len(), 1, "Pharos: one web button");
    assert_eq!(pharos.buttons[0].channel, Channel::Web);
    assert!(
        pharos.buttons[0].label.contains("Internet"),
        "says it needs the internet"
    );
}

#[test]
fn an_unconfirmed_line_has_its_caveat_next_to_its_buttons() {
    let en = lang("en");
    for (c, h) in all_lines().into_iter().filter(|(_, h)| !h.confirmed()) {
        let v = directory(&en, &c.code, local(&c.code, "2026-11-24 14:00")).unwrap();
        let lv = v
            .groups
            .iter()
            .flat_map(|g| &g.lines)
            .find(|l| l.id == h.id)
            .unwrap();
        assert!(lv.caveat.is_some(), "{}: caveat shown", h.id);
        assert!(!lv.confirmed);
    }
}

#[test]
fn every_helpline_source_is_on_the_sources_screen() {
    let views = helpline_sources(&lang("en")).unwrap();
    assert_eq!(views.len(), country_codes().len(), "one group per country");
    let shown: BTreeSet<(String, String)> = views
        .iter()
        .flat_map(|c| &c.lines)
        .flat_map(|l| l.sources.iter().map(move |s| (l.id.clone(), s.url.clone())))
        .collect();
    for (_, h) in all_lines() {
        for s in &h.sources {
            assert!(
                shown.contains(&(h.id.clone(), s.url.clone())),
                "{}: {} is on the Sources screen",
                h.id,
                s.url
            );
        }
    }
}

#[test]
fn the_picker_finds_countries_ignoring_accents_case_and_punctuation() {
    let names = |tag: &str, q: &str| -> Vec<String> {
        countries_view(&lang(tag), Some(q))
            .unwrap()
            .into_iter()
            .map(|e| e.code)
            .collect()
    };
    assert_eq!(names("fr", "cote"), vec!["CI"], "cote finds Côte d’Ivoire");
    assert_eq!(
        names("en", "COTE D'IV"),
        vec!["CI"],
        "apostrophes and case do not matter"
    );
    assert_eq!(names("en", "ivory"), vec!["CI"], "CLDR's other name");
    assert_eq!(names("fr", "etats"), vec!["US"], "États-Unis");
    assert_eq!(names("fr", "reunion"), vec!["RE"]);
    assert!(names("fr", "congo").contains(&"CD".to_owned()));
    assert!(names("en", "zzzz").is_empty(), "no match, no entry");
    let all = countries_view(&lang("fr"), None).unwrap();
    assert_eq!(
        all.len(),
        country_codes().len(),
        "without a query, every country"
    );
    assert_eq!(all.last().unwrap().code, "ZZ", "other country last");
    let keys: Vec<String> = all[..all.len() - 1]
        .iter()
        .map(|e| view::fold(&e.name))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "sorted by name, accents ignored");
    assert_eq!(
        all.iter().find(|e| e.code == "CI").unwrap().name,
        "Côte d’Ivoire",
        "CLDR's name"
    );
}

#[test]
fn every_fluent_id_used_exists_in_every_language_and_none_is_orphaned() {
    // The ids come from the views themselves (the recorder behind `Text`): every country's
    // directory and every button's route, in every language. That none is orphaned is the
    // crate-wide test's job (no_orphan_text.rs), over these and every other screen.
    let now = "2026-11-24T13:00:00Z".parse().unwrap();
    for lang in localizer().languages() {
        let (rendered, asked) = crate::i18n::recorder::recording(|| -> crate::Result<()> {
            for code in country_codes() {
                directory(&lang, code, now)?;
                for need in Need::iter() {
                    let caller = Caller {
                        audience: Who::Young,
                        languages: &[lang.as_str()],
                    };
                    route_view(&lang, code, need, &caller, now)?;
                }
            }
            Ok(())
        });
        rendered.unwrap_or_else(|e| panic!("the helplines render in {lang}: {e}"));
        for code in country_codes() {
            for h in &country(code).unwrap().helplines {
                let id = format!("helpline-{}-description", h.id);
                assert!(asked.contains(&id), "{} shows its description ({id})", h.id);
                if h.warning {
                    let id = format!("helpline-{}-warning", h.id);
                    assert!(asked.contains(&id), "{} shows its warning ({id})", h.id);
                }
            }
        }
        let missing: Vec<&String> = asked
            .iter()
            .filter(|id| !localizer().has(&lang, id))
            .collect();
        assert!(
            missing.is_empty(),
            "asked for, missing in {lang}: {missing:?}"
        );
    }
}
