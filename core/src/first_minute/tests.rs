//! The first minute's screens: the text a young person sends is a fixed line with no number,
//! in each platform's form; the adult's screen shows the line the one routing rule picks and
//! says "no line is open" exactly when that is true; the breathing screen's schedule.

use strum::IntoEnumIterator;

use super::tell::{line_id, text_uri_on};
use super::*;
use crate::content::ActionView;
use crate::helplines;
use crate::i18n::{localizer, Lang, Text};
use crate::nav::Here;
use crate::os::Os;
use crate::vocab::{Audience, Need, OpeningLine, Target};

fn lang(tag: &str) -> Lang {
    localizer().lang(tag).unwrap()
}

fn here(tag: &str, country: Option<&'static str>, now: &str) -> Here {
    Here {
        lang: lang(tag),
        country,
        languages: vec![tag.to_owned()],
        now: now.parse().unwrap(),
    }
}

/// The body of an `sms:` URI with no number, decoded, for `platform`'s form.
fn body_of(platform: Os, uri: &str) -> String {
    let encoded = match platform {
        Os::Ios => uri.strip_prefix("sms:&body="),
        Os::Android | Os::Desktop => uri.strip_prefix("sms:?body="),
    }
    .unwrap_or_else(|| panic!("{platform:?}: no number, then the body: {uri}"));
    percent_encoding::percent_decode_str(encoded)
        .decode_utf8()
        .expect("the body is UTF-8")
        .into_owned()
}

#[test]
fn each_opening_line_opens_a_text_with_its_words_and_no_number_on_each_platform() {
    let mut checked = 0;
    for tag in ["en", "fr"] {
        let l = lang(tag);
        for line in OpeningLine::iter() {
            let words = Text::new(&l).get(&line_id(line)).unwrap();
            for platform in [Os::Ios, Os::Android, Os::Desktop] {
                let uri = text_uri_on(platform, &l, line).unwrap();
                assert_eq!(
                    uri,
                    helplines::sms_uri(platform, None, Some(&words)),
                    "the helplines' one sms: rule builds it"
                );
                assert_eq!(
                    body_of(platform, &uri),
                    words,
                    "{tag} {line:?}: the line, whole"
                );
                let encoded = &uri["sms:?body=".len()..];
                assert!(
                    !encoded.contains(['&', '?', '#', '=', ' ', '\'', '’']),
                    "{tag} {line:?} {platform:?}: no other parameter, nothing unescaped: {uri}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 24, "four lines, two languages, three systems");
    // This build's own form.
    let en = lang("en");
    assert_eq!(
        text_uri(&en, OpeningLine::Talk).unwrap(),
        text_uri_on(Os::CURRENT, &en, OpeningLine::Talk).unwrap()
    );
    assert_eq!(
        text_uri_on(Os::Desktop, &en, OpeningLine::Talk).unwrap(),
        "sms:?body=I%20need%20to%20tell%20you%20something%20hard.%20Can%20we%20talk%20somewhere%20quiet%3F"
    );
}

#[test]
fn the_picker_offers_the_four_fixed_lines_each_opening_its_full_screen() {
    for tag in ["en", "fr"] {
        let v = tell_view(&lang(tag)).unwrap();
        assert_eq!(v.lines.len(), 4);
        for (choice, line) in v.lines.iter().zip(OpeningLine::iter()) {
            assert_eq!(choice.line, line);
            assert_eq!(choice.show, Target::TellLine { line });
            let full = line_view(&lang(tag), line).unwrap();
            assert_eq!(full.text, choice.text, "the same words, full screen");
            assert_eq!(
                full.for_adult.target,
                Target::Told,
                "then the adult's minute"
            );
        }
        assert_eq!(v.sources.len(), tell::SOURCES.len());
    }
}

/// The call button's route, if resolved.
fn route(a: &ActionView) -> Option<&helplines::RouteView> {
    match a {
        ActionView::Call { route, .. } => route.as_ref(),
        _ => None,
    }
}

/// Every country at a weekday afternoon, a weekday night and a Sunday morning (UTC).
fn every_country_and_hour() -> impl Iterator<Item = Here> {
    helplines::country_codes().into_iter().flat_map(|code| {
        [
            "2026-11-24T13:00:00Z",
            "2026-11-24T01:00:00Z",
            "2026-11-29T10:00:00Z",
        ]
        .map(|t| here("en", Some(code), t))
    })
}

#[test]
fn the_adult_s_screen_calls_the_line_the_routing_rule_picks_and_says_no_line_only_when_true() {
    let (mut open, mut closed) = (0, 0);
    for h in every_country_and_hour() {
        let v = told_view(&h).unwrap();
        let want = h.route(Need::Help, Audience::Parent).unwrap().unwrap();
        let got = route(&v.call).expect("a country is known: the button is resolved");
        assert_eq!(
            got.helpline_id, want.helpline_id,
            "{:?} {}: the line route() picks for a parent",
            h.country, h.now
        );
        assert_eq!(
            v.no_line.is_some(),
            got.fallback,
            "{:?} {}: \"no helpline is open\" exactly when the emergency number stands in",
            h.country,
            h.now
        );
        if got.fallback {
            closed += 1;
            let (_, line) = helplines::helpline(&got.helpline_id).unwrap();
            assert!(
                line.purposes.contains(&crate::vocab::Purpose::Emergency),
                "the honest button dials an emergency service: {}",
                got.helpline_id
            );
        } else {
            open += 1;
        }
        let crisis = route(&v.crisis).expect("a crisis button");
        if let Some(e) = &v.emergency {
            let e = route(e).expect("resolved");
            assert_ne!(
                e.helpline_id, crisis.helpline_id,
                "never the same number twice"
            );
        }
    }
    assert!(open > 50, "lines open in most places by day: {open}");
    assert!(closed > 0, "and somewhere none is, at some hour: {closed}");
}

#[test]
fn the_adult_s_screen_pins_an_open_line_and_the_emergency_number_where_none_is_open() {
    // Tuesday 14:00 in London: the NSPCC's helpline for adults answers.
    let gb = told_view(&here("en", Some("GB"), "2026-11-24T14:00:00Z")).unwrap();
    assert_eq!(route(&gb.call).unwrap().helpline_id, "gb-nspcc-helpline");
    assert!(gb.no_line.is_none(), "an open line: no \"no line is open\"");
    // Any other country: no line of its own, the emergency number said as such.
    let zz = told_view(&here("fr", Some("ZZ"), "2026-11-24T14:00:00Z")).unwrap();
    let call = route(&zz.call).unwrap();
    assert!(call.fallback, "the emergency number stands in");
    assert_eq!(call.helpline_id, "zz-112");
    assert!(
        zz.no_line
            .as_deref()
            .is_some_and(|t| t.starts_with("Aucune ligne d’aide")),
        "and the screen says no line is open: {:?}",
        zz.no_line
    );
    // Morocco: 2511 answers by day; at 02:00 no line for this is open, and the police stand in.
    let day = told_view(&here("fr", Some("MA"), "2026-11-24T13:00:00Z")).unwrap();
    assert_eq!(route(&day.call).unwrap().helpline_id, "ma-2511");
    assert!(day.no_line.is_none());
    let night = told_view(&here("fr", Some("MA"), "2026-11-24T01:00:00Z")).unwrap();
    let call = route(&night.call).unwrap();
    assert!(
        call.fallback && call.helpline_id == "ma-19",
        "{}",
        call.helpline_id
    );
    assert_eq!(
        call.title, "Appeler la police",
        "the button says what it dials"
    );
    assert!(
        night.no_line.is_some(),
        "and the screen says no line is open"
    );
    // No country yet: nothing is guessed; the buttons ask for the country.
    let none = told_view(&here("en", None, "2026-11-24T14:00:00Z")).unwrap();
    assert!(route(&none.call).is_none() && none.no_line.is_none());
}

#[test]
fn the_breathing_screen_hands_over_its_schedule_and_keeps_call_for_help() {
    let h = here("fr", Some("FR"), "2026-11-24T13:00:00Z");
    let v = calm_view(&h).unwrap();
    let ids = Text::new(&h.lang).ids_starting("calm-at-");
    assert_eq!(v.lines.len(), ids.len(), "every timed line");
    assert!(
        v.lines.windows(2).all(|w| w[0].at < w[1].at),
        "in order of time"
    );
    assert_eq!(v.lines[0].at, 0);
    assert!(v.lines.iter().all(|l| l.at < v.seconds));
    assert_eq!(v.seconds, calm::SECONDS);
    assert_eq!(
        route(&v.call).map(|r| r.helpline_id.clone()),
        h.route(Need::Help, Audience::Young)
            .unwrap()
            .map(|r| r.helpline_id),
        "Call for help, the same line as Home's"
    );
}

#[test]
fn a_timed_line_is_read_from_its_id_within_the_ninety_seconds() {
    assert_eq!(calm::second_of("calm-at-0"), Some(0));
    assert_eq!(calm::second_of("calm-at-14"), Some(14));
    for bad in [
        "calm-at-90",
        "calm-at-",
        "calm-at-x",
        "calm-at--1",
        "calm-done",
    ] {
        assert_eq!(calm::second_of(bad), None, "{bad}");
    }
}
