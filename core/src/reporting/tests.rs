use chrono::{NaiveDate, TimeDelta};

use super::*;
use crate::content::{catalog, Action, Screen};
use crate::i18n::localizer;

fn en() -> Lang {
    localizer().lang("en").unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The steps that ask "Where is it happening?" (issue 25): the teen's threat guide, the
/// friend's guide and the parent's first steps.
const WHERE_STEPS: [(&str, &str); 3] = [
    ("young-threat", "report"),
    ("young-friend", "first-steps"),
    ("parent-talk", "first-steps"),
];

/// The steps that open "I already paid".
const PAID_STEPS: [(&str, &str); 2] = [("young-threat", "stop"), ("parent-cases", "already-paid")];

fn actions_of(guide: &str, step: &str) -> Vec<Action> {
    let g = catalog().guide(guide).unwrap();
    g.steps
        .iter()
        .find(|s| s.id == step)
        .unwrap_or_else(|| panic!("{guide}/{step} exists"))
        .actions
        .clone()
}

#[test]
fn the_three_steps_ask_where_it_is_happening_and_their_buttons_lead_there() {
    for (guide, step) in WHERE_STEPS {
        assert!(
            actions_of(guide, step).contains(&Action::Screen(Screen::Platforms)),
            "{guide}/{step} offers the platforms"
        );
        for lang in localizer().languages() {
            let view = crate::content::guide(&lang, guide).unwrap();
            let s = view.steps.iter().find(|s| s.id == step).unwrap();
            let target = s
                .actions
                .iter()
                .find_map(|a| match a {
                    crate::content::ActionView::Open { target, .. }
                        if matches!(target, Target::Platforms { .. }) =>
                    {
                        Some(target.clone())
                    }
                    _ => None,
                })
                .expect("a button to the platforms");
            let Target::Platforms { guide: g, step: st } = &target else {
                unreachable!()
            };
            assert_eq!(
                (g.as_str(), st.as_str()),
                (guide, step),
                "it remembers where from"
            );
            let choice = platform_choice(&lang, g, st).unwrap();
            assert_eq!(
                choice.other.target,
                Target::Guide {
                    id: guide.into(),
                    step: Some(step.into())
                },
                "\"Another app\" leads back to the general step"
            );
            for p in &choice.platforms {
                let Target::Platform { id } = &p.target else {
                    panic!("{p:?} opens a platform")
                };
                platform_screen(&lang, id, day("2026-12-06")).unwrap();
            }
        }
    }
}

#[test]
fn the_already_paid_steps_open_the_cards_and_every_card_is_reachable_everywhere() {
    for (guide, step) in PAID_STEPS {
        assert!(
            actions_of(guide, step).contains(&Action::Screen(Screen::Payments)),
            "{guide}/{step} offers the cards"
        );
    }
    let all = crate::payments::ids().unwrap();
    for country in [
        None,
        Some("CI"),
        Some("US"),
        Some("FR"),
        Some("ZZ"),
        Some("BE"),
    ] {
        for lang in localizer().languages() {
            let view = payment_list(&lang, country, "young-threat", "stop").unwrap();
            let mut seen: Vec<String> = view
                .common
                .iter()
                .chain(&view.others)
                .map(|l| l.id.clone())
                .collect();
            seen.sort();
            let mut want: Vec<String> = all.iter().map(|s| s.to_string()).collect();
            want.sort();
            assert_eq!(seen, want, "{country:?}: every card once");
            for link in view.common.iter().chain(&view.others) {
                let Target::Payment { id } = &link.target else {
                    panic!("{link:?} opens a card")
                };
                payment_screen(&lang, id, day("2026-12-06")).unwrap();
            }
            assert_eq!(view.common_title.is_some(), !view.common.is_empty());
        }
    }
}

#[test]
fn the_cards_common_in_the_country_come_first_from_the_card_files() {
    let view = payment_list(&en(), Some("CI"), "young-threat", "stop").unwrap();
    let common: Vec<&str> = view.common.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        common,
        ["mobile-money"],
        "Côte d'Ivoire: mobile money first"
    );
    assert_eq!(
        view.common_title.as_deref(),
        Some("Common in the country chosen: Côte d’Ivoire")
    );
    let us = payment_list(&en(), Some("US"), "parent-cases", "already-paid").unwrap();
    let common: Vec<&str> = us.common.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(common, crate::payments::common_in("US").unwrap());
    assert!(common.contains(&"us-apps") && common.contains(&"gift-cards"));
    let none = payment_list(&en(), None, "young-threat", "stop").unwrap();
    assert!(none.common.is_empty() && none.common_title.is_none());
    assert_eq!(none.others_title, "Ways of paying");
    let order: Vec<&str> = none.others.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(order, crate::payments::ids().unwrap(), "list order");
}

#[test]
fn a_guide_checked_more_than_ninety_days_ago_says_its_menus_may_have_changed() {
    let guide = platforms::guide(&en(), "snapchat").unwrap();
    let checked = day(&guide.checked);
    assert_eq!(age_days(&guide.checked, checked).unwrap(), 0);
    let on = |d: NaiveDate| platform_screen(&en(), "snapchat", d).unwrap().stale;
    assert_eq!(on(checked), None);
    assert_eq!(on(checked + TimeDelta::days(STALE_AFTER_DAYS)), None);
    let late = on(checked + TimeDelta::days(STALE_AFTER_DAYS + 1)).expect("a warning");
    assert!(late.contains("90 days"), "{late}");
    let card = payment_screen(&en(), "bank", checked + TimeDelta::days(400)).unwrap();
    assert!(card.stale.is_some(), "cards age the same way");
    assert!(age_days("2026-13-01", checked).is_err());
}

#[test]
fn bad_ids_get_coded_errors() {
    let today = day("2026-12-06");
    let code = |r: Result<PlatformScreenView>| r.unwrap_err().code();
    assert_eq!(code(platform_screen(&en(), "../x", today)), "invalid-input");
    assert_eq!(code(platform_screen(&en(), "", today)), "invalid-input");
    assert_eq!(
        code(platform_screen(&en(), &"a".repeat(1 << 20), today)),
        "input-too-long"
    );
    assert_eq!(
        payment_screen(&en(), "../../etc", today)
            .unwrap_err()
            .code(),
        "invalid-input"
    );
    assert_eq!(
        payment_screen(&en(), &"x".repeat(1 << 20), today)
            .unwrap_err()
            .code(),
        "input-too-long"
    );
    assert_eq!(
        payment_list(&en(), Some("ci"), "young-threat", "stop")
            .unwrap_err()
            .code(),
        "invalid-input"
    );
    assert_eq!(
        platform_choice(&en(), "nope", "report-block")
            .unwrap_err()
            .code(),
        "unknown-guide"
    );
    assert_eq!(
        platform_choice(&en(), "young-threat", "nope")
            .unwrap_err()
            .code(),
        "invalid-input"
    );
}

#[test]
fn the_screens_are_in_the_language_asked() {
    let fr = localizer().lang("fr").unwrap();
    let choice = platform_choice(&fr, "young-threat", "report").unwrap();
    assert_eq!(choice.title, "Où ça se passe\u{a0}?");
    assert_eq!(choice.other.label, "Une autre application");
    let names: Vec<&str> = choice.platforms.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(names[0], "Instagram");
    assert_eq!(names.len(), 9, "{names:?}");
}
