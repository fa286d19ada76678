//! No message is orphaned: every Fluent id of every language is asked for by a screen of core
//! or named by the UI. The one check, for every file of `locales/`.
//!
//! The ids in use are derived from the code, never listed by hand: every screen core builds
//! is rendered here (every guide, every triage outcome, every country's helplines at four
//! instants, every contact, Home in both modes…) while the recorder behind [`crate::i18n::Text`]
//! notes each id asked for; the UI's ids are the quoted ones in `ui/src`. An id neither asks for
//! is text a translator keeps up for nothing.
//!
//! Left out, on purpose: the name tables (`country-`, `language-`), which name every ISO code
//! so that adding a country or a language needs no new translation.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, Utc};
use strum::IntoEnumIterator;

use crate::error::ErrorCode;
use crate::helplines::{self, Caller};
use crate::i18n::{localizer, recorder, Lang};
use crate::nav::Here;
use crate::session::Session;
use crate::storage::Recovery;
use crate::triage::{Answers, Question};
use crate::vocab::Channel;
use crate::vocab::{Answer, Audience, Need, OpeningLine};
use crate::{content, first_minute, home, ten_minute, triage};

/// Whole tables, complete by design (see the module docs).
const NAME_TABLES: [&str; 2] = ["country-", "language-"];

/// Not derived here: the record's words. Its screens take their words whole (`journal::strings`)
/// and the UI picks them; its report needs an unlocked record (Argon2), rendered by journal's tests.
const NOT_YET_RENDERED: [&str; 1] = ["record-"];

/// Tuesday 14:00, Tuesday 02:00 and Sunday 11:00 in Paris, and a summer night: open, closed,
/// weekend and daylight-saving hours.
const INSTANTS: [&str; 4] = [
    "2026-11-24T13:00:00Z",
    "2026-11-24T01:00:00Z",
    "2026-11-29T10:00:00Z",
    "2026-07-14T22:30:00Z",
];

fn instants() -> impl Iterator<Item = DateTime<Utc>> {
    INSTANTS.iter().map(|t| t.parse().expect("a fixed instant"))
}

/// Every combination of yes, no and unanswered over the six questions.
fn answer_sets() -> Vec<Answers> {
    let mut all = vec![Answers::default()];
    for q in Question::iter() {
        all = all
            .into_iter()
            .flat_map(|a| {
                [Some(Answer::Yes), Some(Answer::No), None].map(|c| {
                    let mut a = a;
                    a.set(q, c);
                    a
                })
            })
            .collect();
    }
    all
}

/// Render every screen core builds, in `lang`.
fn render_every_screen(lang: &Lang) -> crate::Result<()> {
    let en_tag = format!("{lang}_GB.UTF-8");
    // The frame, Home (both modes, with and without a country) and the emergency button.
    for system in [en_tag.as_str(), "C"] {
        let mut session = Session::start(None, Some(system));
        for now in instants() {
            session.first_view(now)?;
            session.set_discreet(true)?;
            session.first_view(now)?;
            session.set_discreet(false)?;
        }
    }
    for recovery in Recovery::iter() {
        crate::session::recovery_notice(lang, &recovery)?;
    }
    for code in helplines::country_codes() {
        for now in instants() {
            let here = Here {
                lang: lang.clone(),
                country: Some(code),
                languages: vec![lang.to_string()],
                now,
            };
            home::home_view(&here, None, false)?;
            home::home_view(&here, None, true)?;
            for audience in Audience::iter().filter(|a| a.door().is_ok()) {
                home::door_view(&here, audience)?;
            }
            triage::safety_view(&here)?;
            first_minute::told_view(&here)?;
            first_minute::calm_view(&here)?;
            helplines::directory(lang, code, now)?;
            for need in Need::iter() {
                for audience in Audience::iter() {
                    let caller = Caller {
                        audience,
                        languages: &[lang.as_str()],
                    };
                    helplines::route_view(lang, code, need, &caller, now)?;
                }
            }
        }
        for line in &helplines::country(code)?.helplines {
            for channel in [Channel::Call, Channel::Text, Channel::Web] {
                let caller = Caller {
                    audience: Audience::Young,
                    languages: &[lang.as_str()],
                };
                for need in [None, Some((Need::Help, &caller))] {
                    // A line without this channel says so with an error: nothing to show.
                    let _ = helplines::contact_view(lang, &line.id, channel, need, Utc::now());
                }
            }
        }
    }
    helplines::country_results(lang, None)?;
    helplines::view::every_word_form(&crate::i18n::Text::new(lang))?;
    // Every hour of a week, for every country's directory: open, closed, opening later today,
    // tomorrow, or on another day.
    let monday: DateTime<Utc> = "2026-11-23T00:30:00Z".parse().expect("a fixed instant");
    for hours in (0..7 * 24).step_by(3) {
        let now = monday + chrono::TimeDelta::hours(hours);
        for code in helplines::country_codes() {
            helplines::directory(lang, code, now)?;
        }
    }
    let here = Here {
        lang: lang.clone(),
        country: Some("FR"),
        languages: vec![lang.to_string()],
        now: instants().next().expect("an instant"),
    };
    home::sources_view(&here)?;
    // Every button a guide's step may have, as the types allow (a need called or texted, a
    // screen): `guides.toml` may use any of them.
    let text = crate::i18n::Text::new(lang);
    for need in Need::iter() {
        text.get(&content::ids::action_label(&content::Action::Call(need)))?;
        text.get(&content::ids::action_label(&content::Action::Text(need)))?;
    }
    for screen in content::Screen::iter() {
        text.get(&content::ids::action_label(&content::Action::Screen(
            screen,
        )))?;
    }
    content::guides(lang)?;
    content::sources(lang)?;
    first_minute::tell_view(lang)?;
    for line in OpeningLine::iter() {
        first_minute::line_view(lang, line)?;
        first_minute::text_uri(lang, line)?;
    }
    for g in &content::catalog().guides {
        content::guide(lang, &g.id)?;
        content::guide_at(lang, &g.id, Some(&here))?;
    }
    for audience in Audience::iter().filter(|a| a.asked().is_ok()) {
        triage::questions_view(&here, audience)?;
        for answers in answer_sets() {
            triage::assessment_view(&here, audience, &answers)?;
        }
    }
    // A platform's menu label may be missing in one language only: every language's guides.
    for lang in localizer().languages() {
        crate::platforms::summaries(&lang)?;
        for id in crate::platforms::ids()? {
            crate::platforms::guide(&lang, id)?;
        }
        crate::payments::cards(&lang)?;
    }
    // Their screens: a choice, a stale guide and card, the cards with and without a country.
    let late = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("a fixed day");
    crate::reporting::platform_choice(lang, "young-threat", "report")?;
    crate::reporting::platform_screen(lang, "instagram", late)?;
    crate::reporting::payment_screen(lang, "bank", late)?;
    for country in [None, Some("CI")] {
        crate::reporting::payment_list(lang, country, "young-threat", "stop")?;
    }
    // The report text from My record, every shape, with a field cut and a character replaced.
    let when: chrono::DateTime<chrono::FixedOffset> = "2026-11-20T22:10:00+01:00"
        .parse()
        .expect("a fixed instant");
    let full = crate::journal::entry::EntryFields {
        platform: "p".into(),
        account: "a\u{202E}".into(),
        demanded: "d".into(),
        payments: "p".into(),
        threats: "t".repeat(100_000),
        told: "t".into(),
        report_refs: "r".into(),
        notes: "n".into(),
    };
    let entry = crate::journal::Entry {
        id: "0".repeat(32),
        occurred_at: when,
        created_at: when.to_utc(),
        updated_at: when.to_utc(),
        revision: 1,
        fields: full,
    };
    for shape in <crate::journal::report_text::Shape as IntoEnumIterator>::iter() {
        crate::journal::report_text::build(
            lang,
            crate::vocab::Audience::Young,
            shape,
            crate::journal::report_text::Include {
                payments: Some(true),
                under_18: Some(true),
            },
            when,
            std::slice::from_ref(&entry),
        )?;
    }
    ten_minute::questions(lang)?;
    for (met, talked) in [(true, true), (true, false), (false, true), (false, false)] {
        ten_minute::verdict_view(lang, met, talked)?;
    }
    Ok(())
}

/// Every `'…'` or `"…"` in `text` that has the shape of an id.
fn quoted_ids(text: &str) -> impl Iterator<Item = &str> {
    text.char_indices().filter_map(move |(at, quote)| {
        if quote != '\'' && quote != '"' {
            return None;
        }
        let rest = &text[at + 1..];
        let len = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(rest.len());
        (len > 0 && rest[len..].starts_with(quote)).then(|| &rest[..len])
    })
}

/// The ids the UI names: every quoted string of `ui/src` that is an id, and the words it
/// picks by error code (`error-${code}`, the record's `record-error-${code}`).
fn named_by_the_ui(defined: &BTreeSet<String>) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src")];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("ui/src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "svelte" || e == "ts")
                && !path.ends_with("bindings.ts")
            {
                files += 1;
                let text = std::fs::read_to_string(&path).expect("a UI source is UTF-8");
                named.extend(
                    quoted_ids(&text)
                        .filter(|id| defined.contains(*id))
                        .map(str::to_owned),
                );
            }
        }
    }
    assert!(files > 10, "the UI's sources were found: {files}");
    for code in ErrorCode::iter() {
        let code: &str = code.into();
        named.insert(format!("error-{code}"));
        named.insert(crate::journal::ids::error(code));
    }
    named
}

#[test]
fn every_message_is_asked_for_by_core_or_named_by_the_ui() {
    let l = localizer();
    // Every language has the same ids (i18n's tests): English's are everyone's.
    let en = l.lang("en").expect("English");
    let defined: BTreeSet<String> = l.ids(&en).iter().cloned().collect();
    let (rendered, asked) = recorder::recording(|| render_every_screen(&en));
    rendered.expect("every screen renders");
    let named = named_by_the_ui(&defined);
    let orphans: Vec<&String> = defined
        .iter()
        .filter(|id| !NAME_TABLES.iter().any(|t| id.starts_with(t)))
        .filter(|id| !NOT_YET_RENDERED.iter().any(|t| id.starts_with(t)))
        .filter(|id| !asked.contains(*id) && !named.contains(*id))
        .collect();
    assert!(
        orphans.is_empty(),
        "{} messages are asked for by no screen of core and named nowhere in ui/src \
         (remove them from every language, or show them):\n{orphans:#?}",
        orphans.len()
    );
    let unknown: Vec<&String> = asked.difference(&defined).collect();
    assert!(
        unknown.is_empty(),
        "asked for, defined nowhere: {unknown:?}"
    );
}

#[test]
fn the_ui_s_ids_are_read_in_both_quotes() {
    let found: Vec<&str> = quoted_ids(
        r#"app.t('ui-back') "record-a" class="x" don't `ui-${x}` s('ui-z')x 'Not-an-id'"#,
    )
    .collect();
    assert_eq!(found, ["ui-back", "record-a", "x", "ui-z"]);
}

#[test]
fn the_recorder_sees_what_a_screen_asks_for() {
    let en = localizer().lang("en").expect("English");
    let (_, asked) = recorder::recording(|| ten_minute::questions(&en));
    assert!(
        asked.contains("ten-minute-title") && asked.len() == 6,
        "the six words of the checker's questions: {asked:?}"
    );
    let (_, nothing) = recorder::recording(|| crate::i18n::Text::new(&en).every(&["ui-"], &[]));
    assert!(
        nothing.is_empty(),
        "handing the frame's words to the UI uses none of them: {nothing:?}"
    );
}
