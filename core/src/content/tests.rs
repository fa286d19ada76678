//! The guidance's data tests: every guide and source in every language, the ids of the scheme,
//! French house style (tu/vous, typography, no point médian), what steps must offer.
//! Over 600 lines because each is a rule over all the content, one after the other; split by
//! rule they would share their helpers across files for nothing.

use std::collections::BTreeSet;

use super::catalog::StepDef;
use super::view::paragraphs;
use super::*;
use crate::i18n::{localizer, Lang, LOCALES};
use crate::nav::Here;
use crate::vocab::Audience;
use crate::vocab::Need;

fn all_langs() -> Vec<Lang> {
    localizer().languages()
}

#[test]
fn every_guide_renders_in_every_language() {
    for lang in all_langs() {
        for g in &catalog().guides {
            let view =
                guide(&lang, &g.id).unwrap_or_else(|e| panic!("guide {} in {lang}: {e}", g.id));
            assert!(!view.title.is_empty(), "{} has a title in {lang}", g.id);
            for s in &view.steps {
                assert!(!s.body.is_empty(), "{}/{} has a body in {lang}", g.id, s.id);
                assert!(!s.sources.is_empty(), "{}/{} has a source", g.id, s.id);
            }
        }
    }
}

#[test]
fn every_id_the_structure_uses_exists_in_every_language() {
    let ids = ids::all(catalog());
    for lang in all_langs() {
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| !localizer().has(&lang, id))
            .collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
    }
}

#[test]
fn no_orphan_guide_or_source_messages() {
    let used = ids::all(catalog());
    for lang in all_langs() {
        let orphans: Vec<_> = localizer()
            .ids(&lang)
            .iter()
            .filter(|id| id.starts_with("guide-") || id.starts_with("source-"))
            .filter(|id| !used.contains(*id))
            .collect();
        assert!(
            orphans.is_empty(),
            "ids no guide uses in {lang}: {orphans:?}"
        );
    }
}

#[test]
fn unknown_guide_is_an_error_with_a_code() {
    let en = localizer().lang("en").unwrap();
    for bad in ["nope", "", "../../etc/passwd", "guide-parent-talk-title"] {
        let err = guide(&en, bad).unwrap_err();
        assert_eq!(err.code(), "unknown-guide", "for {bad:?}");
    }
}

#[test]
fn the_parent_talk_guide_is_complete() {
    let en = localizer().lang("en").unwrap();
    let g = guide(&en, "parent-talk").unwrap();
    assert!(
        g.steps.len() >= 4,
        "emotions, listening, four tips, three questions"
    );
    let tips = g.steps.iter().map(|s| s.points.len()).max().unwrap_or(0);
    assert!(tips >= 4, "the four conversation tips are listed as points");
    assert!(
        g.steps
            .iter()
            .all(|s| s.sources.iter().any(|c| c.id == "gsma-2017")),
        "every step of parent-talk cites the GSMA seed"
    );
}

#[test]
fn catalog_rejects_unsourced_steps_and_unknown_references() {
    let unsourced = r#"
        sources = [{ id = "s", publisher = "P", date = "2020" }]
        [[guides]]
        id = "g"
        audience = "parent"
        steps = [{ id = "a", sources = [] }]
    "#;
    assert!(Catalog::parse(unsourced).is_err(), "a step with no source");
    let unknown = r#"
        sources = [{ id = "s", publisher = "P", date = "2020" }]
        [[guides]]
        id = "g"
        audience = "parent"
        steps = [{ id = "a", sources = [{ id = "t" }] }]
    "#;
    assert!(
        Catalog::parse(unknown).is_err(),
        "a step citing an unknown source"
    );
    for action in [
        r#"{ kind = "call", target = "pizza" }"#,
        r#"{ kind = "screen", target = "settings-of-doom" }"#,
    ] {
        let text = format!(
            r#"
            sources = [{{ id = "s", publisher = "P", date = "2020" }}]
            [[guides]]
            id = "g"
            audience = "parent"
            steps = [{{ id = "a", sources = [{{ id = "s" }}], actions = [{action}] }}]
        "#
        );
        assert_eq!(
            Catalog::parse(&text).err().map(|e| e.code()),
            Some("content"),
            "{action} names no need or screen: guides.toml does not load"
        );
    }
}

#[test]
fn guides_are_listed_in_menu_order() {
    let ids: Vec<&str> = catalog().guides.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "young-threat",
            "young-tell-adult",
            "young-removal",
            "young-shared",
            "young-known",
            "young-fake",
            "young-forwarded",
            "young-police",
            "young-friend",
            "young-adult",
            "parent-talk",
            "parent-cases",
            "parent-signs",
            "removal",
            "staff-school",
            "staff-young",
            "staff-parent",
            "red-flags",
            "ten-minute",
            "words",
        ],
        "the menu order is the order of guides.toml"
    );
    for g in &catalog().guides {
        assert!(!g.in_preparation, "{} is written", g.id);
        let staff = g.audience == Audience::Staff;
        assert_eq!(
            g.printable, staff,
            "{}: exactly the staff guides print",
            g.id
        );
    }
}

#[test]
fn every_action_targets_something_that_exists() {
    for g in &catalog().guides {
        for s in &g.steps {
            for a in &s.actions {
                let at = format!("{}/{}: {a:?}", g.id, s.id);
                match a {
                    // A need and a screen are typed: an unknown one does not load (tested in
                    // `catalog_rejects_unsourced_steps_and_unknown_references`).
                    Action::Call(_) | Action::Text(_) | Action::Screen(_) => {
                        let id = ids::action_label(a);
                        assert!(localizer().has(&all_langs()[0], &id), "{at} has a label")
                    }
                    Action::Link(id) => {
                        assert!(crate::links::url(id).is_ok(), "{at} is allow-listed")
                    }
                    Action::Guide(id) => {
                        assert!(catalog().guide(id).is_ok(), "{at} is a guide")
                    }
                }
            }
        }
    }
}

#[test]
fn every_screen_has_a_label_in_every_language() {
    for lang in all_langs() {
        for screen in <Screen as strum::IntoEnumIterator>::iter() {
            let id = ids::action_label(&Action::Screen(screen));
            assert!(localizer().has(&lang, &id), "{id} in {lang}");
        }
    }
}

#[test]
fn every_ftl_file_parses_with_no_junk() {
    let mut files = 0;
    for dir in LOCALES.dirs() {
        for file in dir.files() {
            if file.path().extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            files += 1;
            let path = file.path().display();
            let text = file.contents_utf8().expect("ftl files are UTF-8");
            let resource = fluent_syntax::parser::parse(text)
                .unwrap_or_else(|(_, errs)| panic!("{path} has syntax errors: {errs:?}"));
            let junk: Vec<_> = resource
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Junk { content } => Some(*content),
                    _ => None,
                })
                .collect();
            assert!(junk.is_empty(), "{path} has junk entries: {junk:?}");
        }
    }
    assert!(files >= 16, "all locale files were checked, found {files}");
}

/// Every message of a guide in one language: title, summary, bodies, points.
fn guide_texts(lang: &Lang, g: &GuideDef) -> Vec<(String, String)> {
    let view = guide(lang, &g.id).unwrap();
    let mut out = vec![
        (format!("{}-title", g.id), view.title),
        (format!("{}-summary", g.id), view.summary),
    ];
    for s in view.steps {
        let at = format!("{}/{}", g.id, s.id);
        out.push((format!("{at} title"), s.title));
        out.extend(s.body.into_iter().map(|p| (format!("{at} body"), p)));
        out.extend(s.points.into_iter().map(|p| (format!("{at} point"), p)));
    }
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn french_guides_use_tu_for_young_people_and_vous_for_parents() {
    let fr = localizer().lang("fr").unwrap();
    for g in &catalog().guides {
        let forbidden: &[&str] = match g.audience {
            Audience::Young => &["vous", "votre", "vos"],
            Audience::Parent => &["tu", "te", "ton", "ta", "tes", "toi"],
            // Staff guides quote questions put to the child in "tu"; everyone-guides mix.
            Audience::Staff | Audience::Everyone => continue,
        };
        for (at, text) in guide_texts(&fr, g) {
            let bad: Vec<String> = words(&text)
                .into_iter()
                .filter(|w| forbidden.contains(&w.as_str()))
                .collect();
            assert!(
                bad.is_empty(),
                "{at} uses {bad:?} for {:?}: {text}",
                g.audience
            );
        }
    }
}

#[test]
fn french_typography_is_consistent() {
    let fr = localizer().lang("fr").unwrap();
    for id in localizer().ids(&fr) {
        let Ok(text) = localizer().message(&fr, id) else {
            continue; // messages with arguments
        };
        assert!(!text.contains('\''), "{id} uses ’ not ': {text}");
        for mark in ['?', '!', ':', ';', '»', '%'] {
            assert!(
                !text.contains(&format!(" {mark}")),
                "{id} has a no-break space before {mark}: {text}"
            );
        }
        assert!(
            !text.contains("« "),
            "{id} has a no-break space after «: {text}"
        );
    }
}

#[test]
fn step_bodies_are_short() {
    for lang in all_langs() {
        for g in &catalog().guides {
            for s in guide(&lang, &g.id).unwrap().steps {
                assert!(
                    (1..=3).contains(&s.body.len()),
                    "{}/{} has 1 to 3 paragraphs in {lang}, got {}",
                    g.id,
                    s.id,
                    s.body.len()
                );
            }
        }
    }
}

#[test]
fn the_threat_guide_opens_with_triage_and_a_call() {
    let g = catalog().guide("young-threat").unwrap();
    let first = &g.steps[0].actions;
    assert!(
        first.contains(&Action::Screen(Screen::Triage)),
        "the first step checks urgency"
    );
    assert!(
        first.contains(&Action::Call(Need::Crisis)),
        "the first step, under the safety check, offers the crisis line at once"
    );
    assert!(
        first.contains(&Action::Call(Need::Help)),
        "the first step has a call-for-help button"
    );
    let targets: Vec<&Action> = g.steps.iter().flat_map(|s| &s.actions).collect();
    for want in [
        Action::Guide("young-removal".into()),
        Action::Guide("young-shared".into()),
        Action::Guide("young-forwarded".into()),
        Action::Guide("young-adult".into()),
        Action::Guide("young-tell-adult".into()),
        Action::Guide("young-known".into()),
        Action::Guide("young-fake".into()),
        Action::Guide("young-police".into()),
        Action::Call(Need::Help),
        Action::Call(Need::Crisis),
        Action::Screen(Screen::Record),
    ] {
        assert!(targets.contains(&&want), "young-threat offers {want:?}");
    }
}

#[test]
fn every_call_button_says_what_it_dials_where_a_country_is_known() {
    let fr = localizer().lang("fr").unwrap();
    let here = |country| Here {
        lang: fr.clone(),
        country,
        languages: vec!["fr".into()],
        now: "2026-11-24T22:30:00Z".parse().unwrap(),
    };
    for g in &catalog().guides {
        for country in [Some("FR"), Some("LU"), Some("ZZ"), None] {
            let view = guide_at(&fr, &g.id, Some(&here(country))).unwrap();
            for a in view.steps.iter().flat_map(|s| &s.actions) {
                if let ActionView::Call { need, route, .. } = a {
                    match (country, route) {
                        (None, None) => {}
                        (None, Some(_)) => panic!("{}: no country, no number guessed", g.id),
                        (Some(c), None) => panic!("{}: {c} has a line for {need:?}", g.id),
                        (Some(c), Some(r)) => {
                            assert!(!r.number_display.is_empty(), "{} {c}: a number", g.id);
                            assert!(
                                r.label.contains(&r.number_display) || r.label.contains(&r.name),
                                "{} {c}: the button names the line: {}",
                                g.id,
                                r.label
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_threat_guide_asks_about_self_harm_first_with_both_calls() {
    let fr = localizer().lang("fr").unwrap();
    let here = Here {
        lang: fr.clone(),
        country: Some("BE"),
        languages: vec!["fr".into()],
        now: "2026-11-24T02:00:00Z".parse().unwrap(),
    };
    let g = guide_at(&fr, "young-threat", Some(&here)).unwrap();
    let safety = g.safety.expect("young-threat opens with the safety check");
    assert!(
        safety.question.contains("te faire du mal"),
        "{}",
        safety.question
    );
    let crisis = safety.crisis.expect("a crisis call in Belgium");
    assert!(
        crisis.label.contains(&crisis.number_display),
        "it says what it dials: {}",
        crisis.label
    );
    assert_eq!(
        safety
            .emergency
            .expect("and the emergency number")
            .helpline_id,
        "be-112"
    );
    assert!(
        guide_at(&fr, "parent-talk", Some(&here))
            .unwrap()
            .safety
            .is_none(),
        "only the threat guide opens with it"
    );
}

#[test]
fn a_second_paragraph_survives_fluent() {
    let en = localizer().lang("en").unwrap();
    let g = guide(&en, "young-threat").unwrap();
    assert_eq!(
        g.steps[0].body.len(),
        3,
        "blank lines in Fluent separate paragraphs"
    );
}

/// Each step of a guide in one language: its id and its title, body and points, joined.
fn step_texts(lang: &Lang, g: &GuideDef) -> Vec<(String, String)> {
    guide(lang, &g.id)
        .unwrap()
        .steps
        .into_iter()
        .map(|s| {
            let mut text = s.title;
            for p in s.body.iter().chain(&s.points) {
                text.push('\n');
                text.push_str(p);
            }
            (format!("{}/{}", g.id, s.id), text)
        })
        .collect()
}

fn step_def<'a>(at: &str) -> &'a StepDef {
    let (g, s) = at.split_once('/').unwrap();
    let g = catalog().guide(g).unwrap();
    g.steps.iter().find(|x| x.id == s).unwrap()
}

#[test]
fn french_guides_for_everyone_use_neutral_forms() {
    // Red flags, the ten-minute rule and the words are read by a teen and by an adult alike:
    // infinitives and "on", neither "tu" nor "vous".
    let fr = localizer().lang("fr").unwrap();
    let forms = [
        "tu", "te", "ton", "ta", "tes", "toi", "vous", "votre", "vos",
    ];
    for g in catalog()
        .guides
        .iter()
        .filter(|g| g.audience == Audience::Everyone)
    {
        for (at, text) in guide_texts(&fr, g) {
            // "rendez-vous" is a noun, not a form of address.
            let bad: Vec<String> = words(&text.replace("rendez-vous", "rendez"))
                .into_iter()
                .filter(|w| forms.contains(&w.as_str()))
                .collect();
            assert!(
                bad.is_empty(),
                "{at} must use neutral forms, got {bad:?}: {text}"
            );
        }
    }
}

/// The French files this part of the app owns, without their comment lines.
fn owned_french_lines() -> Vec<(String, String)> {
    let owned = [
        "guides-young.ftl",
        "guides-parent.ftl",
        "guides-staff.ftl",
        "guides-everyone.ftl",
        "sources.ftl",
        "actions.ftl",
        "triage.ftl",
        "ten-minute.ftl",
    ];
    let mut lines = Vec::new();
    for name in owned {
        let path = format!("fr/{name}");
        let text = LOCALES
            .get_file(&path)
            .and_then(|f| f.contents_utf8())
            .unwrap_or_else(|| panic!("locales/{path} is embedded"));
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            // Only the text: a message id (`guide-young-fake-step-still-a-crime-title = …`)
            // is not French.
            let value = match line.split_once(" =") {
                Some((id, value)) if !id.starts_with(' ') => value,
                _ => line,
            };
            lines.push((format!("{path}:{}", n + 1), value.to_owned()));
        }
    }
    assert!(lines.len() > 300, "the owned French files were read");
    lines
}

#[test]
fn french_follows_the_house_style() {
    for (at, line) in owned_french_lines() {
        assert!(
            !line.contains('·'),
            "{at}: rephrase rather than use the point médian: {line}"
        );
        let w = words(&line);
        assert!(
            !w.iter().any(|w| w == "chat"),
            "{at}: one word for it, « tchat »: {line}"
        );
        // Blackmail and sextortion are « délits »; "crime" stays only in the legal pair
        // « crime ou délit » (article 40 of the code of criminal procedure) and in the
        // proper names the sources quote (National Crime Agency).
        let without_pair = line.replace("crime ou", "");
        let advice = at.starts_with("fr/guides-") || at.starts_with("fr/triage");
        assert!(
            !advice
                || !words(&without_pair)
                    .iter()
                    .any(|w| w == "crime" || w == "crimes"),
            "{at}: say « délit » or « infraction », not « crime »: {line}"
        );
        // An hour or a "24 h/24" must not break across lines: no plain space before "h".
        let chars: Vec<char> = line.chars().collect();
        for i in 1..chars.len().saturating_sub(2) {
            let unit = chars[i + 1] == 'h' && !chars.get(i + 2).is_some_and(|c| c.is_alphabetic());
            assert!(
                !(chars[i - 1].is_ascii_digit() && chars[i] == ' ' && unit),
                "{at}: a no-break space between a number and « h »: {line}"
            );
        }
    }
}

#[test]
fn a_screenshot_is_always_one_without_the_picture() {
    // Blackmailers re-send the nude in the thread: a screenshot that holds it is a new copy of
    // child sexual abuse material. Wherever the text asks for screenshots, it says so.
    let checks = [
        (
            "en",
            "screenshot",
            [
                "no picture in them",
                "without the picture",
                "picture or video is never in",
            ],
        ),
        (
            "fr",
            "capture",
            [
                "sans aucune photo",
                "sans la photo",
                "n’apparaît jamais sur ta capture",
            ],
        ),
    ];
    for (tag, asks, says) in checks {
        let lang = localizer().lang(tag).unwrap();
        let mut texts: Vec<(String, String)> = catalog()
            .guides
            .iter()
            .flat_map(|g| step_texts(&lang, g))
            .collect();
        for id in localizer().ids(&lang) {
            if id.starts_with("triage-step-") && id.contains("-detail-") {
                texts.push((id.clone(), localizer().message(&lang, id).unwrap()));
            }
        }
        let mut seen = 0;
        for (at, text) in texts {
            if text.to_lowercase().contains(asks) {
                seen += 1;
                assert!(
                    says.iter().any(|s| text.contains(s)),
                    "{at} asks for screenshots in {tag} without saying the picture stays out: {text}"
                );
            }
        }
        assert!(
            seen >= 10,
            "the {tag} texts that ask for screenshots were found ({seen})"
        );
    }
}

#[test]
fn evidence_steps_offer_my_record() {
    // Staff guides are exempt: a school or a helpline keeps its own records, never in a
    // volunteer's personal journal.
    let en = localizer().lang("en").unwrap();
    let mut seen = 0;
    for g in catalog()
        .guides
        .iter()
        .filter(|g| g.audience != Audience::Staff)
    {
        for (at, text) in step_texts(&en, g) {
            let t = text.to_lowercase();
            if ["evidence", "screenshot", "proof"]
                .iter()
                .any(|w| t.contains(w))
            {
                seen += 1;
                assert!(
                    step_def(&at)
                        .actions
                        .contains(&Action::Screen(Screen::Record)),
                    "{at} tells someone to keep evidence: it offers My record"
                );
            }
        }
    }
    assert!(seen >= 10, "the evidence steps were found ({seen})");
}

#[test]
fn a_mention_of_self_harm_sits_next_to_a_crisis_call() {
    let en = localizer().lang("en").unwrap();
    let signs = [
        "suicide",
        "self-harm",
        "hurting yourself",
        "hurting themselves",
        "hurt themselves",
    ];
    let mut seen = 0;
    for g in &catalog().guides {
        for (at, text) in step_texts(&en, g) {
            let t = text.to_lowercase();
            if signs.iter().any(|s| t.contains(s)) {
                seen += 1;
                assert!(
                    step_def(&at).actions.contains(&Action::Call(Need::Crisis)),
                    "{at} speaks of self-harm: it offers the crisis line"
                );
            }
        }
    }
    assert!(
        seen >= 8,
        "the steps that speak of self-harm were found ({seen})"
    );
}

#[test]
fn every_source_is_a_seed_or_a_dated_page_with_its_full_address() {
    for s in &catalog().sources {
        match (&s.file, &s.url) {
            (Some(_), None) => {}
            (None, Some(url)) => {
                let rest = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"))
                    .unwrap_or_else(|| panic!("{}: {url} is a web address", s.id));
                let (host, path) = rest
                    .split_once('/')
                    .unwrap_or_else(|| panic!("{}: {url} is a page, not a bare domain", s.id));
                assert!(
                    host.contains('.') && !path.is_empty(),
                    "{}: {url} names a page on a host",
                    s.id
                );
                assert!(
                    !url.chars().any(char::is_whitespace),
                    "{}: {url} has no whitespace",
                    s.id
                );
            }
            _ => panic!("{}: a source is a seed file or a page, exactly one", s.id),
        }
        let parts: Vec<&str> = s.date.split('-').collect();
        let widths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        assert!(
            matches!(widths.as_slice(), [4] | [4, 2] | [4, 2, 2])
                && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())),
            "{}: the date is YYYY, YYYY-MM or YYYY-MM-DD, got {}",
            s.id,
            s.date
        );
    }
}

#[test]
fn every_source_is_cited_by_a_step() {
    let cited: BTreeSet<&str> = catalog()
        .guides
        .iter()
        .flat_map(|g| &g.steps)
        .flat_map(|s| &s.sources)
        .map(|c| c.id.as_str())
        .collect();
    for s in &catalog().sources {
        assert!(
            cited.contains(s.id.as_str()),
            "{} is cited by some step",
            s.id
        );
    }
}

#[test]
fn paragraphs_split_on_blank_lines() {
    assert_eq!(paragraphs("a\nb\n\nc"), vec!["a b", "c"]);
}
