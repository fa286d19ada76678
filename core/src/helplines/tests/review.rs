//! The December 2026 review of all 40 places (research/helplines-review-2026-12.md): each
//! finding pinned, and the rules it led to. Emergency lines are named by service, and a
//! fallback for someone being blackmailed reaches the police or says it cannot; a child line
//! whose hours are unknown is offered, not dropped; a file that breaks a rule fails with its
//! name and line.
//! (Over 600 lines: one finding of the review a test, in the review's order.)

use std::collections::BTreeSet;

use super::*;

// ---------------------------------------------------------------- emergency services by role

/// The places where no line that reaches the police is confirmed: there a fallback for a child
/// at risk dials the emergency line and says there is no confirmed police number. Written by
/// hand from the files, so a place joining the list is noticed.
const NO_CONFIRMED_POLICE: [&str; 6] = ["BL", "CI", "MF", "PF", "PM", "WF"];

#[test]
fn a_fallback_for_a_child_at_risk_reaches_the_police_or_says_it_cannot() {
    let without: Vec<&str> = country_codes()
        .into_iter()
        .filter(|code| country(code).unwrap().police_line().is_none())
        .collect();
    assert_eq!(
        without, NO_CONFIRMED_POLICE,
        "places with no confirmed police line"
    );
    every_route(|c, need, _, now, r| {
        if !r.is_fallback() || !need.wants_police() {
            return;
        }
        let where_ = format!("{} {need:?} at {now}: {}", c.code, r.line.id);
        if NO_CONFIRMED_POLICE.contains(&c.code.as_str()) {
            assert!(
                r.lacks_police(need),
                "{where_} says no police number is confirmed"
            );
            assert_eq!(r.line.id, c.emergency, "{where_}: the emergency line then");
        } else {
            assert!(r.line.reaches_police(), "{where_} reaches the police");
            assert!(!r
                .line
                .service
                .iter()
                .all(|s| matches!(s, Service::Medical | Service::Fire)));
        }
    });
}

#[test]
fn only_a_number_that_reaches_every_service_says_police_ambulance_fire() {
    for l in localizer().languages() {
        let all_three = if l.as_str() == "fr" {
            "Police, ambulance, pompiers"
        } else {
            "Police, ambulance, fire"
        };
        for code in country_codes() {
            let c = country(code).unwrap();
            let v = route_view(
                &l,
                code,
                Need::Emergency,
                &caller(Who::Young, FR_EN),
                local(code, "2026-11-24 14:00"),
            )
            .unwrap();
            let general = c.emergency_line().service.contains(&Service::General);
            assert_eq!(
                v.reason_text.contains(all_three),
                general,
                "{code} ({l}): {:?} for {:?}",
                v.reason_text,
                c.emergency_line().service
            );
        }
    }
}

#[test]
fn a_fallback_button_is_titled_by_the_service_it_calls() {
    let en = lang("en");
    let fr = lang("fr");
    let teen = caller(Who::Young, FR_EN);
    let v = route_view(
        &en,
        "YT",
        Need::Sextortion,
        &teen,
        local("YT", "2026-11-24 02:00"),
    )
    .unwrap();
    assert_eq!(
        v.helpline_id, "yt-17",
        "Mayotte: the police, not the SAMU (H5)"
    );
    assert_eq!(v.title, "Call the police or gendarmerie");
    assert!(
        v.reason_text.contains("the police or gendarmerie, 17"),
        "{}",
        v.reason_text
    );
    let v = route_view(
        &fr,
        "YT",
        Need::Sextortion,
        &teen,
        local("YT", "2026-11-24 02:00"),
    )
    .unwrap();
    assert_eq!(v.title, "Appeler la police ou la gendarmerie");
    let v = route_view(
        &en,
        "CI",
        Need::Sextortion,
        &teen,
        local("CI", "2026-11-24 02:00"),
    )
    .unwrap();
    assert_eq!(v.helpline_id, "ci-180");
    assert_eq!(v.title, "Call the fire brigade", "said as what it is (M7)");
    assert!(
        v.reason_text
            .ends_with("No police number is confirmed here."),
        "{}",
        v.reason_text
    );
    let v = route_view(
        &en,
        "GF",
        Need::Crisis,
        &teen,
        local("GF", "2026-11-24 02:00"),
    )
    .unwrap();
    assert_eq!(
        v.helpline_id, "gf-3114",
        "a crisis still goes to the crisis line"
    );
    let v = route_view(
        &en,
        "GF",
        Need::Emergency,
        &teen,
        local("GF", "2026-11-24 02:00"),
    )
    .unwrap();
    assert_eq!(
        (v.title.as_str(), v.reason_text.as_str()),
        ("Call medical emergencies", "Medical emergencies only: 24/7")
    );
}

// ---------------------------------------------------------------- hours

/// Every line whose hours no source gives, by id. The README states how many
/// (`locales/countries/README.md`); this list changes only with a source.
pub(super) const UNKNOWN_HOURS: &[&str] = &[
    "au-accce",
    "be-awel",
    "ca-cybertip",
    "cd-117",
    "cd-police-kinshasa",
    "ci-police-110",
    "ci-samu-185",
    "cm-116",
    "dz-1055",
    "dz-104",
    "dz-1111",
    "dz-14",
    "gb-ceop",
    "gh-191-police",
    "gh-mha-helpline",
    "ht-114",
    "ht-iwf-portal",
    "ht-pnh-38381111",
    "ie-hotline",
    "in-cybercrime-portal",
    "jm-110",
    "jm-112",
    "jm-911",
    "ke-redcross-1199",
    "lu-bee-secure",
    "lu-elterentelefon",
    "lu-kanner-jugendtelefon",
    "ma-112",
    "ma-e-blagh",
    "ma-iwf-portal",
    "ma-stop-silence",
    "mg-117",
    "mg-118",
    "mg-511",
    "mg-iwf-portal",
    "mt-116111",
    "mt-116123",
    "mt-childwebalert",
    "nc-enfance-maltraitee",
    "ng-surpin",
    "ph-makabata-1383",
    "sg-police-hotline",
    "sn-116",
    "sn-123",
    "sn-1515",
    "sn-iwf-portal",
    "sn-signalement-cyber",
    "tn-190",
    "tn-192",
    "tn-iwf-portal",
    "us-fbi-tips",
    "za-10177",
    "za-fpb-hotline",
    "za-sadag-suicide",
    "zz-116111",
    "zz-chi-directory",
    "zz-findahelpline",
    "zz-ncmec-cybertipline",
    "zz-take-it-down",
];

#[test]
fn the_lines_whose_hours_are_unknown_are_listed_and_counted_in_the_readme() {
    let unknown: BTreeSet<&str> = all_lines()
        .into_iter()
        .filter(|(_, h)| h.hours == Hours::Unknown)
        .map(|(_, h)| h.id.as_str())
        .collect();
    let listed: BTreeSet<&str> = UNKNOWN_HOURS.iter().copied().collect();
    assert_eq!(
        unknown, listed,
        "lines with unknown hours (give hours only from a source)"
    );
    let readme = LOCALES
        .get_file("countries/README.md")
        .and_then(|f| f.contents_utf8())
        .expect("locales/countries/README.md is embedded");
    let said = format!("{} lines have hours no source gives", unknown.len());
    assert!(readme.contains(&said), "the README says \"{said}\"");
}

#[test]
fn a_child_line_with_unknown_hours_is_a_second_button_never_dropped() {
    let en = lang("en");
    let teen = caller(Who::Young, FR_EN);
    for code in ["SN", "CM", "DZ", "LU", "CD"] {
        let c = country(code).unwrap();
        let d = c.child_line().unwrap();
        assert_eq!(
            d.hours,
            Hours::Unknown,
            "{code}: the child line's hours are unknown"
        );
        for when in ["2026-11-24 14:00", "2026-11-24 02:00", "2026-11-22 14:00"] {
            let r = route(c, Need::Help, &teen, local(code, when));
            assert!(
                r.is_fallback(),
                "{code} {when}: an emergency service stands in"
            );
            assert!(
                r.also
                    .iter()
                    .any(|(h, why)| h.id == d.id && *why == Also::ChildLineHoursUnknown),
                "{code} {when}: {} is offered beside {}",
                d.id,
                r.line.id
            );
        }
        let v = route_view(
            &en,
            code,
            Need::Help,
            &teen,
            local(code, "2026-11-24 02:00"),
        )
        .unwrap();
        let second = v.also.iter().find(|s| s.helpline_id == d.id).unwrap();
        assert!(
            second.title.contains("hours not known"),
            "{code}: {}",
            second.title
        );
        assert!(!second.label.is_empty() && !second.reason_text.is_empty());
    }
    // A child line that is open is dialled, not offered as a second line; one that is closed
    // is closed.
    let r = route(
        country("FR").unwrap(),
        Need::Help,
        &teen,
        local("FR", "2026-11-24 02:00"),
    );
    assert!(
        r.also.is_empty(),
        "France at 02:00: 119 itself, nothing beside it"
    );
}

// ---------------------------------------------------------------- the findings

#[test]
fn c1_dr_congo_s_112_says_it_may_not_answer_and_offers_the_kinshasa_police() {
    let en = lang("en");
    let teen = caller(Who::Young, FR_EN);
    for need in [Need::Emergency, Need::Help, Need::Crisis, Need::Sextortion] {
        let v = route_view(&en, "CD", need, &teen, local("CD", "2026-11-24 02:00")).unwrap();
        assert_eq!(v.helpline_id, "cd-112", "{need:?}");
        assert!(
            v.reason_text.contains("112 may not answer"),
            "{need:?}: {}",
            v.reason_text
        );
        assert!(
            v.also.iter().any(|s| s.helpline_id == "cd-police-kinshasa"
                && s.title.contains("If 112 does not answer")),
            "{need:?}: the Kinshasa police beside it"
        );
        assert!(!v.reason_text.contains("ambulance"), "{need:?}");
    }
}

#[test]
fn h1_the_line_for_women_and_girls_is_listed_and_never_dialled_as_a_child_line() {
    let h = line("CD", "cd-122");
    assert_eq!(h.purposes, vec![Purpose::Violence]);
    every_route(|c, _, _, _, r| assert_ne!(r.line.id, "cd-122", "{}", c.code));
}

#[test]
fn h2_madagascar_s_147_is_said_to_be_the_police_not_every_service() {
    let v = route_view(
        &lang("en"),
        "MG",
        Need::Emergency,
        &caller(Who::Young, FR_EN),
        local("MG", "2026-11-24 02:00"),
    )
    .unwrap();
    assert_eq!(v.helpline_id, "mg-147");
    assert_eq!(
        (v.title.as_str(), v.reason_text.as_str()),
        ("Call the police", "Police: 24/7")
    );
}

#[test]
fn h3_tunisia_s_1809_answers_at_night() {
    let tn = country("TN").unwrap();
    for who in [Who::Young, Who::Parent] {
        for when in ["2026-11-24 02:00", "2026-11-22 14:00", "2026-11-24 14:00"] {
            for need in [Need::Help, Need::Sextortion, Need::ChildProtection] {
                let r = route(tn, need, &caller(who, FR_EN), local("TN", when));
                assert_eq!(r.line.id, "tn-1809", "{who:?} {need:?} at {when}");
            }
        }
    }
}

#[test]
fn h4_singapore_child_protection_is_the_national_anti_violence_helpline() {
    let sg = country("SG").unwrap();
    for who in [Who::Young, Who::Parent] {
        for now in instants("SG") {
            let r = route(sg, Need::ChildProtection, &caller(who, FR_EN), now);
            assert_eq!(r.line.id, "sg-navh", "{who:?} at {now}");
        }
    }
    assert_eq!(
        contact_uri("sg-navh", Channel::Call).unwrap(),
        "tel:+6518007770000"
    );
}

#[test]
fn h5_overseas_fallbacks_for_a_child_at_risk_call_17_where_it_is_confirmed() {
    for (code, police) in [
        ("GF", "gf-17"),
        ("YT", "yt-17"),
        ("NC", "nc-17"),
        ("MQ", "mq-17"),
        ("GP", "gp-17"),
    ] {
        let c = country(code).unwrap();
        for need in [Need::Sextortion, Need::Reporting, Need::Parents] {
            for who in [Who::Young, Who::Parent] {
                let r = route(
                    c,
                    need,
                    &caller(who, FR_EN),
                    local(code, "2026-11-24 02:00"),
                );
                assert_eq!(r.line.id, police, "{code} {need:?} {who:?}");
            }
        }
    }
}

#[test]
fn h6_the_parents_button_reaches_3018_and_child_focus() {
    for (code, id, when) in [
        ("FR", "fr-3018", "2026-11-24 14:00"),
        ("BE", "be-child-focus", "2026-11-24 02:00"),
    ] {
        let r = route(
            country(code).unwrap(),
            Need::Parents,
            &caller(Who::Parent, FR_EN),
            local(code, when),
        );
        assert_eq!(r.line.id, id, "{code}");
    }
}

#[test]
fn h7_m12_the_uk_s_101_and_india_s_1930_answer_at_all_hours() {
    for (code, id) in [("GB", "gb-police-101"), ("IN", "in-1930")] {
        for now in instants(code) {
            let r = route(
                country(code).unwrap(),
                Need::Reporting,
                &caller(Who::Parent, FR_EN),
                now,
            );
            assert_eq!(r.line.id, id, "{code} at {now}");
        }
    }
}

#[test]
fn m1_luxembourg_s_missing_children_line_is_not_a_teen_s_call_for_help() {
    let lu = country("LU").unwrap();
    for now in instants("LU") {
        for need in [Need::Help, Need::ChildProtection] {
            let r = route(lu, need, &caller(Who::Young, FR_EN), now);
            assert_ne!(r.line.id, "lu-116000", "{need:?} at {now}");
            assert!(
                r.also
                    .iter()
                    .any(|(h, _)| h.id == "lu-kanner-jugendtelefon"),
                "KJT beside it"
            );
        }
    }
}

#[test]
fn m2_m9_m11_m14_lines_added_or_made_honest() {
    let r = route(
        country("YT").unwrap(),
        Need::Crisis,
        &caller(Who::Young, FR_EN),
        local("YT", "2026-11-24 02:00"),
    );
    assert_eq!(r.line.id, "yt-3114", "M2");
    assert_eq!(
        line("PH", "ph-makabata-1383").hours,
        Hours::Unknown,
        "M9: one radio item"
    );
    assert_eq!(line("MG", "mg-511").hours, Hours::Unknown, "M11: 2012 data");
    let r = route(
        country("NZ").unwrap(),
        Need::ChildProtection,
        &caller(Who::Parent, FR_EN),
        local("NZ", "2026-11-24 02:00"),
    );
    assert_eq!(r.line.id, "nz-oranga-tamariki", "M14");
}

#[test]
fn m3_ireland_s_text_line_is_never_offered_as_open() {
    let ie = country("IE").unwrap();
    let h = line("IE", "ie-childline");
    assert_eq!(h.sms.as_ref().unwrap().hours, Some(Hours::Unknown));
    for now in instants("IE") {
        let teen = caller(Who::Young, FR_EN);
        let r = route(ie, Need::Help, &teen, now);
        let silent = route::silent_options(ie, &r, Need::Help, &teen, now);
        assert!(
            !silent
                .iter()
                .any(|(l, ch)| l.id == h.id && *ch == Channel::Text),
            "at {now}"
        );
    }
}

#[test]
fn m4_canada_s_cybertip_stays_unconfirmed_and_the_button_says_why() {
    assert!(
        !line("CA", "ca-cybertip").confirmed(),
        "only C3P's own sites give the number"
    );
    let v = route_view(
        &lang("en"),
        "CA",
        Need::Help,
        &caller(Who::Parent, FR_EN),
        local("CA", "2026-11-24 14:00"),
    )
    .unwrap();
    assert!(
        v.reason_text.contains("Only one source confirms"),
        "{}",
        v.reason_text
    );
}

#[test]
fn m5_childline_is_not_the_uk_s_reporting_line() {
    assert!(!line("GB", "gb-childline").serves(Purpose::Reporting));
}

#[test]
fn m6_l3_switzerland_s_147_rests_on_public_pages_and_names_its_languages() {
    let h = line("CH", "ch-147");
    assert_eq!(h.languages, ["de", "fr", "it"]);
    assert!(h
        .sources
        .iter()
        .all(|s| !s.url.contains("credit-suisse") && !s.url.contains("pfarreiforum")));
    assert!(h.confirmed());
}

#[test]
fn m7_m8_m10_limits_are_said_on_every_button_that_dials_them() {
    let en = lang("en");
    let adult = caller(Who::Parent, FR_EN);
    for (code, need, says) in [
        ("WF", Need::Emergency, "Wallis only"),
        ("NG", Need::Crisis, "not every state"),
        ("CM", Need::Sextortion, "went unanswered"),
    ] {
        let v = route_view(&en, code, need, &adult, local(code, "2026-11-24 02:00")).unwrap();
        assert!(v.reason_text.contains(says), "{code}: {}", v.reason_text);
    }
}

/// Hosts the review found weak (M13): a staging host, an FBI relay, a fundraising page, a fan
/// site, blogs, a leaked diplomatic cable, aggregators.
const WEAK_HOSTS: &[&str] = &[
    "dreamhosters.com",
    "staged10.",
    "afrifitness.com",
    "glamtush.com",
    "108scoop.com",
    "bigstuffmediagh.com",
    "anyfans.com",
    "scoop.co.nz/stories/WL",
    "policecode.info",
    "afran.ir",
    "world-today-journal.com",
    "armellesitchoma.com",
    "mondoblog.org",
    "over-blog.com",
    "askexplorer.com",
    "blogspot.com",
    "savetheshelter.net",
    "topicwise.in",
    "dekrantenkoppen.be",
    "grownups.co.nz",
    "credit-suisse.com",
    "pfarreiforum.ch",
];

#[test]
fn m13_no_line_rests_on_a_weak_source() {
    for (_, h) in all_lines() {
        for s in &h.sources {
            assert!(
                !WEAK_HOSTS.iter().any(|w| s.url.contains(w)),
                "{}: {}",
                h.id,
                s.url
            );
        }
    }
}

#[test]
fn l1_l2_l4_l5_small_facts() {
    assert_eq!(line("AU", "au-lifeline").free, Fact::Yes, "L1");
    assert_eq!(line("ZA", "za-sadag-24h").free, Fact::Yes, "L2");
    let nc = country("NC").unwrap();
    let r = route(
        nc,
        Need::Crisis,
        &caller(Who::Young, FR_EN),
        local("NC", "2026-11-24 00:30"),
    );
    assert_eq!(r.line.id, "nc-sos-ecoute", "L4: open until 1:00");
    // L5: the mobile number works from any network; 1553 is a landline toll-free number
    // (Luzon-wide), so the crisis button keeps dialling the mobile.
    assert_eq!(
        contact_uri("ph-ncmh", Channel::Call).unwrap(),
        "tel:+639178998727"
    );
}

// ---------------------------------------------------------------- bad input in a country file

#[test]
fn a_file_that_breaks_a_rule_fails_with_its_name_and_line() {
    for (why, text, line_no) in [
        (
            "an unknown service",
            GOOD_TAIL.replace("[\"general\"]", "[\"army\"]"),
            18,
        ),
        (
            "an unknown purpose",
            GOOD_TAIL.replace("[\"emergency\"]", "[\"fun\"]"),
            13,
        ),
        (
            "hours that do not parse",
            GOOD_TAIL.replace("\"24/7\"", "[\"mon 9-17\"]"),
            19,
        ),
        (
            "an emergency line with no service",
            GOOD_TAIL.replace("service = [\"general\"]\n", ""),
            8,
        ),
        (
            "a service on a helpline",
            GOOD_TAIL.replace("[\"emergency\"]", "[\"crisis\"]"),
            8,
        ),
        (
            "general with another service",
            GOOD_TAIL.replace("[\"general\"]", "[\"general\", \"fire\"]"),
            8,
        ),
        (
            "a second child line",
            GOOD_TAIL.replace(
                "service = [\"general\"]",
                "service = [\"general\"]\ndesignated_child_line = true",
            ),
            8,
        ),
        (
            "an unknown backup",
            GOOD_TAIL.replace(
                "emergency = \"zz-112\"",
                "emergency = \"zz-112\"\nbackup = \"zz-x\"",
            ),
            0,
        ),
    ] {
        let err = Directory::from_files([("ZZ", text.as_str())]).unwrap_err();
        assert!(err.starts_with("ZZ.toml"), "{why}: names the file: {err}");
        if line_no > 0 {
            assert!(
                err.contains(&format!("line {line_no}")),
                "{why}: names line {line_no}: {err}"
            );
        }
    }
}

const GOOD_TAIL: &str = r#"code = "ZZ"
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
