//! The rules are checked against every combination of answers (each question yes, no, "don't
//! know" or unanswered: 4^6 = 4096, which holds the 3^6 = 729 fully answered ones), for every
//! audience; the wording is checked by rendering all of them in every language.
//! Over 600 lines: one exhaustive check a rule of the module docs, all over the same generator.

use std::collections::BTreeSet;

use proptest::prelude::*;
use strum::IntoEnumIterator;

use super::*;
use crate::i18n::{localizer, Lang, LOCALES};
use crate::nav::Here;

/// Where the views are rendered: France on a weekday evening, so calls resolve to real lines.
fn here(lang: &Lang) -> Here {
    Here {
        lang: lang.clone(),
        country: Some("FR"),
        languages: vec![lang.as_str().to_owned()],
        now: "2026-11-24T19:30:00Z".parse().expect("a fixed instant"),
    }
}

const AUDIENCES: [Audience; 3] = [Audience::Young, Audience::Parent, Audience::Staff];
const CHOICES: [Option<Answer>; 4] = [
    Some(Answer::Yes),
    Some(Answer::No),
    Some(Answer::DontKnow),
    None,
];

/// Every combination of answers, unanswered included.
fn every_answers() -> Vec<Answers> {
    let mut all = vec![Answers::default()];
    for q in Question::iter() {
        all = all
            .into_iter()
            .flat_map(|a| {
                CHOICES.into_iter().map(move |c| {
                    let mut a = a;
                    a.set(q, c);
                    a
                })
            })
            .collect();
    }
    all
}

/// The specification, written independently of the engine: yes, "don't know" and unanswered
/// all raise the flag.
fn raised(a: &Answers, q: Question) -> bool {
    matches!(a.get(q), Some(Answer::Yes) | Some(Answer::DontKnow) | None)
}

fn expected_urgency(a: &Answers) -> Urgency {
    if raised(a, Question::SelfHarm) {
        Urgency::Emergency
    } else if [
        Question::Deadline,
        Question::KnownOffender,
        Question::Contact,
    ]
    .into_iter()
    .any(|q| raised(a, q))
    {
        Urgency::Urgent
    } else {
        Urgency::ActToday
    }
}

fn position(actions: &[TriageAction], wanted: &TriageAction) -> Option<usize> {
    actions.iter().position(|a| a == wanted)
}

fn langs() -> Vec<Lang> {
    localizer().languages()
}

#[test]
fn every_combination_gets_exactly_the_level_the_red_flags_call_for() {
    let all = every_answers();
    assert_eq!(all.len(), 4096, "4 choices for each of 6 questions");
    let fully_answered = all
        .iter()
        .filter(|a| Question::iter().all(|q| a.get(q).is_some()))
        .count();
    assert_eq!(
        fully_answered, 729,
        "the 3^6 fully answered cases are covered"
    );
    for audience in AUDIENCES.into_iter().chain([Audience::Everyone]) {
        for a in &all {
            let got = assess(audience, a);
            assert_eq!(
                got.urgency,
                expected_urgency(a),
                "{audience:?} {a:?}: wrong level"
            );
        }
    }
}

#[test]
fn every_outcome_has_a_call_the_immediate_steps_and_no_duplicate() {
    for audience in AUDIENCES.into_iter().chain([Audience::Everyone]) {
        for a in every_answers() {
            let got = assess(audience, &a);
            assert!(
                got.actions
                    .iter()
                    .any(|x| matches!(x, TriageAction::Call(_))),
                "{audience:?} {a:?}: every outcome needs a call button"
            );
            let steps: Vec<usize> = StepId::IMMEDIATE
                .iter()
                .map(|s| {
                    position(&got.actions, &TriageAction::Step(*s)).unwrap_or_else(|| {
                        panic!("{audience:?} {a:?}: immediate step {s:?} missing")
                    })
                })
                .collect();
            assert!(
                steps.windows(2).all(|w| w[0] < w[1]),
                "{audience:?} {a:?}: immediate steps keep their order"
            );
            let unique: BTreeSet<String> = got
                .actions
                .iter()
                .map(|x| serde_json::to_string(x).expect("actions serialize"))
                .collect();
            assert_eq!(
                unique.len(),
                got.actions.len(),
                "{audience:?} {a:?}: no action twice: {:?}",
                got.actions
            );
            for x in &got.actions {
                if let TriageAction::Guide(g) = x {
                    assert!(
                        LINKED_GUIDES.contains(&g.as_str()),
                        "{g} is not a guide the triage is meant to link to"
                    );
                }
            }
        }
    }
}

#[test]
fn an_emergency_starts_with_the_emergency_number_and_the_crisis_line() {
    for audience in AUDIENCES {
        for a in every_answers() {
            let got = assess(audience, &a);
            if got.urgency != Urgency::Emergency {
                continue;
            }
            assert_eq!(
                got.actions[..3],
                [
                    TriageAction::Call(Need::Emergency),
                    TriageAction::Call(Need::Crisis),
                    TriageAction::Step(StepId::StayWithThem),
                ],
                "{audience:?} {a:?}: call emergency, call crisis, stay with them, first"
            );
            assert!(
                got.actions
                    .contains(&TriageAction::Step(StepId::StandardReferral)),
                "{audience:?} {a:?}: self-harm is a red flag, so the referral follows"
            );
        }
    }
}

#[test]
fn urgent_puts_a_helpline_call_and_the_referral_before_the_immediate_steps() {
    for audience in AUDIENCES {
        for a in every_answers() {
            let got = assess(audience, &a);
            if got.urgency != Urgency::Urgent {
                continue;
            }
            let first_step = position(&got.actions, &TriageAction::Step(StepId::StopReplying))
                .expect("immediate steps are present");
            let call = got
                .actions
                .iter()
                .position(|x| matches!(x, TriageAction::Call(Need::Help | Need::ChildProtection)))
                .expect("urgent has a sextortion or child-protection call");
            let referral = position(&got.actions, &TriageAction::Step(StepId::StandardReferral))
                .expect("urgent has the standard referral");
            // Staff tell their safeguarding lead first; everyone else calls first.
            let first_call = usize::from(audience == Audience::Staff);
            assert!(
                call == first_call && call < referral && referral < first_step,
                "{audience:?} {a:?}: call first (staff: right after the lead), then the referral, then the steps: {:?}",
                got.actions
            );
            assert!(
                !got.actions.contains(&TriageAction::Call(Need::Emergency)),
                "{audience:?} {a:?}: urgent without self-harm does not send to the emergency number"
            );
        }
    }
}

#[test]
fn act_today_offers_the_helpline_without_escalation() {
    for audience in AUDIENCES {
        for a in every_answers() {
            let got = assess(audience, &a);
            if got.urgency != Urgency::ActToday {
                continue;
            }
            assert!(
                got.actions.contains(&TriageAction::Call(Need::Help)),
                "{audience:?} {a:?}: act-today still offers the helpline"
            );
            assert!(
                !got.actions
                    .contains(&TriageAction::Step(StepId::StandardReferral)),
                "{audience:?} {a:?}: no red flag, no referral"
            );
            let report = position(&got.actions, &TriageAction::Step(StepId::ReportToPolice))
                .unwrap_or_else(|| panic!("{audience:?} {a:?}: act-today still reports it"));
            let block = position(&got.actions, &TriageAction::Step(StepId::ReportThenBlock))
                .expect("immediate steps are present");
            assert!(
                report == block + 1,
                "{audience:?} {a:?}: the police report follows the platform report: {:?}",
                got.actions
            );
            assert_eq!(
                got.reasons,
                vec![Reason::NoRedFlag],
                "{audience:?} {a:?}: the reason is the absence of red flags"
            );
        }
    }
}

#[test]
fn reasons_name_exactly_the_red_flags_that_counted_and_why() {
    for a in every_answers() {
        let got = assess(Audience::Parent, &a);
        let want: Vec<Reason> = Question::RED_FLAGS
            .into_iter()
            .filter_map(|q| {
                let because = match a.get(q) {
                    Some(Answer::Yes) => Because::Yes,
                    Some(Answer::DontKnow) => Because::DontKnow,
                    None => Because::Unanswered,
                    Some(Answer::No) => return None,
                };
                Some(Reason::RedFlag {
                    question: q,
                    because,
                })
            })
            .collect();
        if want.is_empty() {
            assert_eq!(got.reasons, vec![Reason::NoRedFlag], "{a:?}");
        } else {
            assert_eq!(got.reasons, want, "{a:?}: reasons in red-flag order");
        }
    }
}

#[test]
fn images_that_may_be_out_there_bring_the_removal_steps() {
    for audience in AUDIENCES {
        for a in every_answers() {
            let got = assess(audience, &a);
            // A young person gets the removal guide written for them ("tu"), adults the
            // parents' one.
            let guide = match audience {
                Audience::Young => "young-removal",
                _ => "removal",
            };
            let removal = got.actions.contains(&TriageAction::Guide(guide.into()))
                && got
                    .actions
                    .contains(&TriageAction::Step(StepId::RemoveImages));
            assert_eq!(
                removal,
                raised(&a, Question::ImagesShared),
                "{audience:?} {a:?}: removal iff images shared, unknown or unanswered"
            );
        }
    }
}

#[test]
fn unless_an_adult_already_knows_the_triage_says_to_tell_one() {
    for audience in AUDIENCES {
        for a in every_answers() {
            let got = assess(audience, &a);
            let told = a.get(Question::AdultTold) == Some(Answer::Yes);
            // Staff tell their safeguarding lead whatever the answer: if the lead knows, they
            // tell them what they have learnt since.
            assert_eq!(
                got.actions
                    .contains(&TriageAction::Step(StepId::TellTrustedAdult)),
                !told || audience == Audience::Staff,
                "{audience:?} {a:?}: tell an adult unless one was told (staff: always the lead)"
            );
            if audience == Audience::Young {
                assert_eq!(
                    got.actions
                        .contains(&TriageAction::Guide("young-tell-adult".into())),
                    !told,
                    "{a:?}: a young person who has told nobody gets the guide to do it"
                );
            }
        }
    }
}

#[test]
fn with_nothing_answered_it_is_an_emergency_because_nobody_said_they_are_safe() {
    let got = assess(Audience::Young, &Answers::default());
    assert_eq!(
        got.urgency,
        Urgency::Emergency,
        "empty answers err on urgency"
    );
    assert_eq!(
        got.reasons.len(),
        4,
        "all four red flags count while unanswered"
    );
    assert!(
        got.reasons.iter().all(|r| matches!(
            r,
            Reason::RedFlag {
                because: Because::Unanswered,
                ..
            }
        )),
        "each reason says it was unanswered: {:?}",
        got.reasons
    );
}

#[test]
fn the_one_am_deadline_with_the_rest_unanswered_is_urgent() {
    let a = Answers::default()
        .with(Question::SelfHarm, Answer::No)
        .with(Question::Deadline, Answer::Yes);
    let got = assess(Audience::Young, &a);
    assert_eq!(got.urgency, Urgency::Urgent, "a deadline is a red flag");
    assert_eq!(
        got.actions[0],
        TriageAction::Call(Need::Help),
        "the sextortion line comes first"
    );
    assert_eq!(
        got.reasons[0],
        Reason::RedFlag {
            question: Question::Deadline,
            because: Because::Yes
        },
        "the deadline is the first reason"
    );
}

#[test]
fn all_clear_gives_act_today_in_the_documented_order() {
    let mut a = Answers::default();
    for q in Question::iter() {
        a.set(q, Some(Answer::No));
    }
    a.set(Question::AdultTold, Some(Answer::Yes));
    let got = assess(Audience::Young, &a);
    let step = TriageAction::Step;
    assert_eq!(
        got.actions,
        vec![
            step(StepId::StopReplying),
            step(StepId::DontPay),
            step(StepId::DontSendMore),
            step(StepId::KeepEvidence),
            step(StepId::ReportThenBlock),
            step(StepId::ReportToPolice),
            TriageAction::Call(Need::Help),
            TriageAction::Guide("young-threat".into()),
        ],
        "no red flag, no images, an adult told: the steps, the police, the helpline, the guide"
    );
}

#[test]
fn staff_tell_the_safeguarding_lead_before_evidence_reporting_or_blocking_at_every_level() {
    // UKCIS: "Report it to your DSL … immediately". A teacher who screenshots, reports and blocks
    // before the lead knows is investigating (review H2). Only saving a life comes first.
    let mut levels = BTreeSet::new();
    for a in every_answers() {
        let got = assess(Audience::Staff, &a);
        levels.insert(got.urgency);
        let lead = position(&got.actions, &TriageAction::Step(StepId::TellTrustedAdult))
            .unwrap_or_else(|| panic!("{a:?}: staff always tell the lead"));
        let expected = match got.urgency {
            Urgency::Emergency => 3, // after the emergency and crisis calls and staying with them
            Urgency::Urgent | Urgency::ActToday => 0,
        };
        assert_eq!(
            lead, expected,
            "{a:?}: the lead comes at {expected}: {:?}",
            got.actions
        );
        for later in [
            StepId::KeepEvidence,
            StepId::ReportThenBlock,
            StepId::StandardReferral,
            StepId::ReportToPolice,
            StepId::RemoveImages,
        ] {
            if let Some(at) = position(&got.actions, &TriageAction::Step(later)) {
                assert!(
                    lead < at,
                    "{a:?}: the lead before {later:?}: {:?}",
                    got.actions
                );
            }
        }
    }
    assert_eq!(levels.len(), 3, "every level was checked for staff");
    for audience in [Audience::Young, Audience::Parent] {
        let got = assess(audience, &Answers::default());
        assert_ne!(
            got.actions.get(3),
            Some(&TriageAction::Step(StepId::TellTrustedAdult)),
            "{audience:?}: only staff put the lead there"
        );
    }
}

#[test]
fn every_level_reports_it_to_the_police() {
    // The NCA: "Report all incidents to the police"; the FBI and C3P: report at once (review M3).
    for audience in AUDIENCES {
        for a in every_answers() {
            let got = assess(audience, &a);
            let referral = got
                .actions
                .contains(&TriageAction::Step(StepId::StandardReferral));
            let report = got
                .actions
                .contains(&TriageAction::Step(StepId::ReportToPolice));
            assert!(
                referral ^ report,
                "{audience:?} {a:?}: exactly one police step (referral above act-today): {:?}",
                got.actions
            );
            assert_eq!(
                report,
                got.urgency == Urgency::ActToday,
                "{audience:?} {a:?}: the plain report is act-today's"
            );
        }
    }
}

#[test]
fn a_young_person_is_only_sent_to_guides_written_for_young_people() {
    // Review M1: the teen flow opened the parents' removal guide ("your child", « vous »).
    let catalog = crate::content::catalog();
    for a in every_answers() {
        for action in assess(Audience::Young, &a).actions {
            if let TriageAction::Guide(id) = action {
                let g = catalog.guide(&id).expect("a guide that exists");
                assert_eq!(
                    g.audience,
                    Audience::Young,
                    "{a:?}: the young path opens {id}, written for {:?}",
                    g.audience
                );
            }
        }
    }
}

// ---- Rendering ----

fn all_texts(v: &AssessmentView) -> Vec<&str> {
    let mut t = vec![
        v.level.as_str(),
        &v.headline,
        &v.explanation,
        &v.reasons_title,
        &v.actions_title,
        &v.summary.title,
    ];
    t.extend(v.reasons.iter().map(|r| r.text.as_str()));
    for a in &v.actions {
        match a {
            TriageActionView::Call { label, route, .. } => {
                t.push(label);
                if let Some(r) = route {
                    t.extend([r.title.as_str(), &r.label, &r.reason_text]);
                }
            }
            TriageActionView::Open { label, .. } => t.push(label),
            TriageActionView::Step { label, detail, .. } => t.extend([label.as_str(), detail]),
        }
    }
    for i in &v.summary.items {
        t.push(&i.question_text);
        t.push(&i.answer_text);
    }
    t
}

/// Render every screen for every combination, audience and language, returning the ids used.
fn render_everything() -> BTreeSet<String> {
    let all = every_answers();
    let ((), asked) = crate::i18n::recorder::recording(|| {
        for lang in langs() {
            for audience in AUDIENCES {
                let q = questions_view(&here(&lang), audience)
                    .unwrap_or_else(|e| panic!("questions for {audience:?} in {lang}: {e}"));
                assert_eq!(q.questions.len(), 6, "all six questions are asked");
                assert_eq!(
                    q.questions[0].id,
                    Question::SelfHarm,
                    "safety is asked first"
                );
                for a in &all {
                    let v = assessment_view(&here(&lang), audience, a)
                        .unwrap_or_else(|e| panic!("{audience:?} {a:?} in {lang}: {e}"));
                    assert_eq!(
                        v.actions.len(),
                        assess(audience, a).actions.len(),
                        "one view per action"
                    );
                    for text in all_texts(&v) {
                        assert!(
                            !text.trim().is_empty() && !text.contains('{'),
                            "{audience:?} {a:?} in {lang}: empty or unformatted text {text:?}"
                        );
                    }
                }
            }
        }
    });
    // The triage's own words; the buttons' titles and the lines' words belong to others.
    asked
        .into_iter()
        .filter(|id| id.starts_with("triage-"))
        .collect()
}

fn triage_ftl(lang: &Lang) -> &'static str {
    LOCALES
        .get_file(format!("{lang}/triage.ftl"))
        .and_then(|f| f.contents_utf8())
        .unwrap_or_else(|| panic!("locales/{lang}/triage.ftl is embedded"))
}

fn defined_ids(lang: &Lang) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(triage_ftl(lang))
        .unwrap_or_else(|(_, errs)| panic!("{lang}/triage.ftl: {errs:?}"));
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_screen_renders_for_every_answer_audience_and_language_with_no_orphan_id() {
    let used = render_everything();
    for lang in langs() {
        let defined = defined_ids(&lang);
        let orphans: Vec<_> = defined.difference(&used).collect();
        assert!(
            orphans.is_empty(),
            "ids no screen uses in {lang}: {orphans:?}"
        );
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(
            missing.is_empty(),
            "ids the code asks for but {lang}/triage.ftl lacks: {missing:?}"
        );
        assert!(
            localizer()
                .ids(&lang)
                .iter()
                .filter(|id| id.starts_with("triage-"))
                .all(|id| defined.contains(id)),
            "every triage- id lives in triage.ftl ({lang})"
        );
    }
}

#[test]
fn triage_ftl_parses_with_no_junk_in_any_language() {
    for lang in langs() {
        let resource = fluent_syntax::parser::parse(triage_ftl(&lang))
            .unwrap_or_else(|(_, errs)| panic!("{lang}/triage.ftl has errors: {errs:?}"));
        assert!(
            !resource
                .body
                .iter()
                .any(|e| matches!(e, fluent_syntax::ast::Entry::Junk { .. })),
            "{lang}/triage.ftl has junk"
        );
        assert!(
            defined_ids(&lang)
                .iter()
                .all(|id| id.starts_with("triage-")),
            "{lang}/triage.ftl only holds triage- ids"
        );
    }
}

#[test]
fn each_reason_says_whether_it_was_a_yes_a_dont_know_or_unanswered() {
    // A variant missing from a translation would silently fall back to the default one.
    for lang in langs() {
        for audience in AUDIENCES {
            let who = view_suffix(audience);
            for q in Question::RED_FLAGS {
                let texts: BTreeSet<String> = Because::iter()
                    .map(|b| {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("because", b.name());
                        localizer()
                            .format(
                                &lang,
                                &format!("triage-reason-{}-{who}", q.name()),
                                Some(&args),
                            )
                            .expect("reason renders")
                    })
                    .collect();
                assert_eq!(
                    texts.len(),
                    3,
                    "{q:?} for {audience:?} in {lang}: yes, don't know and unanswered read differently"
                );
            }
        }
    }
}

fn view_suffix(audience: Audience) -> &'static str {
    match audience {
        Audience::Young => "young",
        Audience::Parent => "parent",
        Audience::Staff => "staff",
        Audience::Everyone => unreachable!("the triage never speaks to everyone"),
    }
}

#[test]
fn french_says_tu_to_young_people_and_vous_to_adults() {
    let fr = localizer().lang("fr").expect("French exists");
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .collect()
    };
    for audience in AUDIENCES {
        let q = questions_view(&here(&fr), audience).expect("questions render");
        let mut texts: Vec<String> = vec![q.title, q.intro, q.see_steps];
        for x in q.questions {
            texts.push(x.text);
            texts.push(x.help);
        }
        for a in every_answers().iter().step_by(7) {
            let v = assessment_view(&here(&fr), audience, a).expect("renders");
            texts.extend(all_texts(&v).into_iter().map(str::to_owned));
        }
        let forbidden: &[&str] = match audience {
            Audience::Young => &["vous", "votre", "vos"],
            _ => &["tu", "ton", "ta", "tes", "toi", "te"],
        };
        for t in &texts {
            let w = words(t);
            assert!(
                !forbidden.iter().any(|f| w.iter().any(|x| x == f)),
                "{audience:?} in French must not say {forbidden:?}: {t:?}"
            );
        }
    }
}

#[test]
fn everyone_is_not_an_audience_the_triage_speaks_to() {
    let en = localizer().lang("en").expect("English exists");
    assert_eq!(
        questions_view(&here(&en), Audience::Everyone)
            .unwrap_err()
            .code(),
        "invalid-input",
        "questions for everyone are rejected"
    );
    assert_eq!(
        assessment_view(&here(&en), Audience::Everyone, &Answers::default())
            .unwrap_err()
            .code(),
        "invalid-input",
        "an assessment for everyone is rejected"
    );
}

// ---- JSON in and out ----

/// Answers the way the app receives them: the webview sends `JSON.stringify`'d arguments, Tauri's
/// IPC parses them into a `serde_json::Value`, and the `triage_assess` command hands that value
/// to [`Answers::from_value`]. (The command also refuses a value over [`MAX_ANSWERS_JSON`]
/// bytes before that; the shell's tests own that check.)
fn from_ipc(json: &str) -> Result<Answers> {
    let value: serde_json::Value =
        serde_json::from_str(json).expect("the webview always sends well-formed JSON");
    Answers::from_value(&value)
}

#[test]
fn answers_json_is_a_map_of_question_to_answer() {
    let a = from_ipc(r#"{"self-harm":"no","deadline":"dont-know","adult-told":"yes"}"#)
        .expect("valid answers parse");
    assert_eq!(
        a.get(Question::SelfHarm),
        Some(Answer::No),
        "self-harm read"
    );
    assert_eq!(
        a.get(Question::Deadline),
        Some(Answer::DontKnow),
        "dont-know read"
    );
    assert_eq!(a.get(Question::Contact), None, "missing means unanswered");
    assert_eq!(
        serde_json::to_value(a).expect("serializes"),
        serde_json::json!({"self-harm":"no","deadline":"dont-know","adult-told":"yes"}),
        "answers serialize to the same map, unanswered left out"
    );
    assert_eq!(
        from_ipc(r#"{"contact":null}"#).expect("null parses"),
        Answers::default(),
        "null is unanswered"
    );
    assert_eq!(
        from_ipc("{}").expect("empty map"),
        Answers::default(),
        "{{}} is nothing answered"
    );
}

#[test]
fn hostile_answers_are_invalid_input_never_a_panic() {
    // Anything a compromised or buggy webview could send: JSON, but not a map of known questions
    // to known answers.
    let huge = "x".repeat(3000);
    let megabyte = "y".repeat(1_000_000);
    let cases = [
        "null".into(),
        "[]".into(),
        r#"["yes","no"]"#.into(),
        "42".into(),
        r#""yes""#.into(),
        r#"{"self-harm":"maybe"}"#.into(),
        r#"{"self-harm":"Yes"}"#.into(),
        r#"{"self-harm":true}"#.into(),
        r#"{"self-harm":["yes"]}"#.into(),
        r#"{"self-harm":{"answer":"yes"}}"#.into(),
        r#"{"self_harm":"yes"}"#.into(),
        r#"{"suicide":"yes"}"#.into(),
        format!(r#"{{"{huge}":"yes"}}"#),
        format!(r#"{{"deadline":"{huge}"}}"#),
        format!(r#"{{"deadline":"{megabyte}"}}"#),
        format!("{}{}", "[".repeat(100), "]".repeat(100)),
    ];
    for json in &cases {
        let err = from_ipc(json).expect_err("hostile answers are rejected");
        assert_eq!(
            err.code(),
            "invalid-input",
            "for {:?}",
            &json[..json.len().min(40)]
        );
        assert!(
            err.to_string().len() < 300,
            "the error does not echo a huge input back: {} bytes",
            err.to_string().len()
        );
    }
}

#[test]
fn assessment_and_view_have_the_documented_json_shape() {
    let a = Answers::default()
        .with(Question::SelfHarm, Answer::No)
        .with(Question::Deadline, Answer::DontKnow);
    let got = serde_json::to_value(assess(Audience::Parent, &a)).expect("serializes");
    assert_eq!(got["urgency"], "urgent", "urgency is kebab-case");
    assert_eq!(
        got["reasons"][0],
        serde_json::json!({"kind":"red-flag","question":"deadline","because":"dont-know"}),
        "a reason names the flag and why it counted"
    );
    assert_eq!(
        got["actions"][0],
        serde_json::json!({"kind":"call","target":"help"}),
        "a call carries its need"
    );
    let en = localizer().lang("en").expect("English exists");
    let v =
        serde_json::to_value(assessment_view(&here(&en), Audience::Parent, &a).expect("renders"))
            .expect("serializes");
    let keys: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "actions",
            "actions_title",
            "audience",
            "explanation",
            "headline",
            "level",
            "level_line",
            "reasons",
            "reasons_title",
            "summary",
            "urgency"
        ],
        "the view's fields"
    );
    assert_eq!(v["actions"][0]["kind"], "call", "actions are tagged");
    assert_eq!(v["actions"][0]["need"], "help", "with their need");
    assert_eq!(
        v["actions"][0]["route"]["helpline_id"], "fr-3018",
        "resolved to the line it dials: 3018 at 20:30 in Paris"
    );
    assert!(
        v["actions"][0]["route"]["label"].is_string(),
        "and its label"
    );
    assert_eq!(v["reasons"][0]["kind"], "red-flag", "reasons are flattened");
    assert!(
        v["reasons"][0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("don't know")),
        "reason text: {}",
        v["reasons"][0]["text"]
    );
    assert_eq!(
        v["summary"]["items"][2],
        serde_json::json!({
            "question": "known-offender",
            "question_text": "Is the person someone your child knows in real life (family, a friend, an acquaintance)?",
            "answer": null,
            "answer_text": "Not answered"
        }),
        "the summary reads back each question and answer"
    );
}

/// Any JSON value, biased towards the shapes answers have.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let question = "self-harm|deadline|known-offender|contact|images-shared|adult-told";
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop_oneof!["yes|no|dont-know", "\\PC{0,12}"].prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 32, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::btree_map(prop_oneof![question, "\\PC{0,12}"], inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_json_value_is_answers_or_invalid_input(value in any_json()) {
        if let Err(e) = Answers::from_value(&value) {
            prop_assert_eq!(e.code(), "invalid-input", "for {}", value);
        }
    }

    #[test]
    fn any_map_parses_iff_every_key_and_value_is_known(
        map in proptest::collection::btree_map(
            prop_oneof!["self-harm|deadline|known-offender|contact|images-shared|adult-told", "\\PC{0,12}"],
            prop_oneof!["yes|no|dont-know", "\\PC{0,12}"],
            0..8,
        )
    ) {
        let known_q: Vec<&str> = Question::iter().map(|q| q.name()).collect();
        let known_a: Vec<&str> = Answer::iter().map(|a| a.name()).collect();
        let valid = map.iter().all(|(k, v)| known_q.contains(&k.as_str()) && known_a.contains(&v.as_str()));
        let json = serde_json::to_string(&map).expect("a map serializes");
        let parsed = from_ipc(&json);
        prop_assert_eq!(parsed.is_ok(), valid, "{}", json);
        if let Ok(a) = parsed {
            for (k, v) in &map {
                let q = Question::iter().find(|q| q.name() == k).expect("known");
                prop_assert_eq!(a.get(q).map(Name::name), Some(v.as_str()), "{} read back", k);
            }
        }
    }
}

#[test]
fn every_guide_the_triage_links_to_exists() {
    for id in LINKED_GUIDES {
        assert!(
            crate::content::catalog().guide(id).is_ok(),
            "triage links to guide {id}, which guides.toml must define"
        );
    }
    for audience in [Audience::Young, Audience::Parent, Audience::Staff] {
        for a in every_answers() {
            for action in assess(audience, &a).actions {
                if let TriageAction::Guide(id) = action {
                    assert!(LINKED_GUIDES.contains(&id.as_str()), "{id} is listed");
                }
            }
        }
    }
}

#[test]
fn every_level_gives_a_working_call_in_every_country() {
    use crate::helplines::{contact_uri, country, country_codes, route, Caller};
    // Night and day in Europe and North America: lines with hours may be closed.
    let instants = [
        "2026-11-24T02:00:00Z",
        "2026-11-24T14:00:00Z",
        "2026-07-05T22:30:00Z",
    ];
    let mut seen_levels = BTreeSet::new();
    for audience in [Audience::Young, Audience::Parent, Audience::Staff] {
        let caller = Caller {
            audience,
            languages: &["en", "fr"],
        };
        for a in every_answers().iter().step_by(7) {
            let assessment = assess(audience, a);
            seen_levels.insert(assessment.urgency.name());
            let calls: Vec<Need> = assessment
                .actions
                .iter()
                .filter_map(|x| match x {
                    TriageAction::Call(p) => Some(*p),
                    _ => None,
                })
                .collect();
            assert!(!calls.is_empty(), "every level has a call");
            for code in country_codes() {
                let c = country(code).unwrap();
                for now in instants {
                    for p in &calls {
                        let r = route(c, *p, &caller, now.parse().unwrap());
                        let uri = contact_uri(&r.line.id, r.channel)
                            .unwrap_or_else(|e| panic!("{code} {p:?} at {now}: {e}"));
                        assert!(
                            uri.starts_with("tel:") || uri.starts_with("sms:"),
                            "{code} {p:?} is called or texted ({uri})"
                        );
                    }
                }
            }
        }
    }
    assert_eq!(
        seen_levels.len(),
        3,
        "all three levels were checked: {seen_levels:?}"
    );
}
