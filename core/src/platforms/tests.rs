//! Data tests for the platform guides: every guide complete in every language and sourced, the
//! words and the structure in step, and broken data refused with its file and line. The Fluent
//! helpers here (`Ftl`, `check_messages`) are shared with the payment cards' tests.
//! (Over 600 lines: one data rule a test, over every platform and language.)

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use proptest::prelude::*;

use super::data::{Catalog, LabelKind, Path, Section};
use super::sourced::DataError;
use super::*;
use crate::i18n::LOCALES;

// ---------------------------------------------------------------------------------------------
// Fluent, read the way a translator wrote it: each message's text and the messages it references.
// ---------------------------------------------------------------------------------------------

/// One language's messages from one `.ftl` file.
pub(crate) struct Messages {
    /// `locales/<lang>/<name>.ftl`.
    pub(crate) file: String,
    source: String,
    bundle: FluentBundle<FluentResource>,
    /// id → the ids of the messages its value references, in order.
    pub(crate) references: BTreeMap<String, Vec<String>>,
}

impl Messages {
    /// Parse `text`; a syntax error fails the test, naming the file.
    pub(crate) fn parse(lang: &str, file: &str, text: &str) -> Messages {
        let resource = FluentResource::try_new(text.to_owned())
            .unwrap_or_else(|(_, e)| panic!("{file} must parse: {e:?}"));
        let mut references = BTreeMap::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut refs = Vec::new();
                if let Some(value) = &m.value {
                    for element in &value.elements {
                        if let ast::PatternElement::Placeable {
                            expression:
                                ast::Expression::Inline(ast::InlineExpression::MessageReference {
                                    id,
                                    ..
                                }),
                        } = element
                        {
                            refs.push(id.name.to_owned());
                        }
                    }
                }
                references.insert(m.id.name.to_owned(), refs);
            }
        }
        let langid = lang.parse().expect("a language tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{file}: no message twice: {e:?}"));
        Messages {
            file: file.to_owned(),
            source: text.to_owned(),
            bundle,
            references,
        }
    }

    /// Whether `id` is defined.
    pub(crate) fn has(&self, id: &str) -> bool {
        self.references.contains_key(id)
    }

    /// `id` formatted with no arguments (references resolved), if it exists.
    pub(crate) fn text(&self, id: &str) -> Option<String> {
        let msg = self.bundle.get_message(id)?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(msg.value()?, None, &mut errors)
            .into_owned();
        Some(text)
    }

    /// The line `id` is defined on (1 when not found).
    pub(crate) fn line_of(&self, id: &str) -> usize {
        let needle = format!("\n{id} =");
        self.source
            .find(&needle)
            .map_or(1, |at| self.source[..=at].matches('\n').count() + 1)
    }
}

/// Every language's messages from `locales/<lang>/<name>`, for the languages the app has.
pub(crate) fn embedded_messages(name: &str) -> BTreeMap<String, Messages> {
    let mut out = BTreeMap::new();
    for lang in localizer().languages() {
        let path = format!("{}/{name}", lang.as_str());
        let text = LOCALES
            .get_file(&path)
            .and_then(|f| f.contents_utf8())
            .unwrap_or_else(|| panic!("locales/{path} is embedded"));
        out.insert(
            lang.as_str().to_owned(),
            Messages::parse(lang.as_str(), &format!("locales/{path}"), text),
        );
    }
    out
}

/// Every required message exists in every language (an error at the place that needs it), and no
/// message with `prefix` exists that nothing requires (an error at its line in the `.ftl`).
pub(crate) fn check_messages(
    required: &[(String, Option<super::data::At>)],
    prefix: &str,
    texts: &BTreeMap<String, Messages>,
) -> Vec<DataError> {
    let mut errors = Vec::new();
    let wanted: BTreeSet<&str> = required.iter().map(|(id, _)| id.as_str()).collect();
    for (lang, messages) in texts {
        for (id, at) in required {
            if !messages.has(id) {
                let message = format!("{id} has no text in {lang} ({})", messages.file);
                errors.push(match at {
                    Some(at) => at.error(message),
                    None => DataError {
                        file: messages.file.clone(),
                        line: 1,
                        message,
                    },
                });
            } else if messages.text(id).is_some_and(|t| t.trim().is_empty()) {
                errors.push(DataError {
                    file: messages.file.clone(),
                    line: messages.line_of(id),
                    message: format!("{id} is empty"),
                });
            }
        }
        for id in messages.references.keys() {
            if id.starts_with(prefix) && !wanted.contains(id.as_str()) {
                errors.push(DataError {
                    file: messages.file.clone(),
                    line: messages.line_of(id),
                    message: format!("{id} is used by nothing in the data files"),
                });
            }
        }
    }
    errors
}

/// The Fluent ids the platform guides need, each with the place that needs it.
fn required_ids(cat: &Catalog) -> Vec<(String, Option<data::At>)> {
    let mut ids: Vec<(String, Option<data::At>)> = [
        "platform-checked",
        "platform-note-label-in-english",
        "platform-note-menu-not-confirmed",
        "platform-encrypted-chats",
    ]
    .iter()
    .map(|id| ((*id).to_owned(), None))
    .collect();
    for s in Section::iter() {
        ids.push((super::ids::section_title(s), None));
    }
    for tool in ["take-it-down", "report-remove"] {
        for c in [Coverage::Listed, Coverage::NotListed] {
            ids.push((super::ids::coverage(tool, c), None));
        }
    }
    for steps in cat.common.values() {
        for s in steps {
            ids.push((s.message.clone(), Some(s.at.clone())));
        }
    }
    for p in &cat.platforms {
        ids.push((
            p.name_message(),
            Some(data::At {
                file: p.file.clone(),
                line: 1,
            }),
        ));
        for l in &p.labels {
            ids.push((l.message.clone(), Some(l.at.clone())));
        }
        for (_, steps) in &p.sections {
            for s in steps {
                ids.push((s.message.clone(), Some(s.at.clone())));
            }
        }
    }
    ids
}

/// Everything the words must agree with in the data, as file:line errors:
/// - every message the data needs exists in every language, and no `platform-` message is
///   left over;
/// - a step's text names exactly its path's labels, in order (and a step with no confirmed menu
///   names none);
/// - a label's wording in a language was read on a page in that language, or the label says it
///   is not confirmed there, and then shows the English wording.
fn check_texts(cat: &Catalog, texts: &BTreeMap<String, Messages>) -> Vec<DataError> {
    let mut errors = check_messages(&required_ids(cat), "platform-", texts);
    let en = texts.get(crate::i18n::FALLBACK);
    for p in &cat.platforms {
        let label_prefix = format!("platform-{}-label-", p.id);
        for (section, steps) in &p.sections {
            for s in steps {
                let want: Vec<&str> = match &s.path {
                    Path::Labels(l) => l.iter().map(String::as_str).collect(),
                    Path::None | Path::NotConfirmed => Vec::new(),
                };
                for (lang, messages) in texts {
                    let Some(refs) = messages.references.get(&s.message) else {
                        continue; // reported as missing above
                    };
                    let named: Vec<&str> = refs
                        .iter()
                        .filter_map(|r| r.strip_prefix(&label_prefix))
                        .collect();
                    let foreign: Vec<&String> = refs
                        .iter()
                        .filter(|r| !r.starts_with(&label_prefix))
                        .collect();
                    if named != want || !foreign.is_empty() {
                        errors.push(s.at.error(format!(
                            "step {}/{} names {named:?} (and {foreign:?}) in {lang}, its path is {want:?}",
                            section.name(),
                            s.id
                        )));
                    }
                }
            }
        }
        for l in &p.labels {
            if l.kind == LabelKind::Icon {
                continue;
            }
            for (lang, messages) in texts {
                let read_in_lang = l.sources.iter().any(|id| {
                    cat.sources
                        .get(id)
                        .is_some_and(|src| src.lang == lang.as_str())
                });
                let unconfirmed = l.not_confirmed.iter().any(|c| c == lang);
                if unconfirmed && read_in_lang {
                    errors.push(l.at.error(format!(
                        "label {}: a page in {lang} is cited, so it is confirmed there",
                        l.id
                    )));
                }
                if !unconfirmed && !read_in_lang {
                    errors.push(l.at.error(format!(
                        "label {}: no page in {lang} gives its wording: cite one, or add \
                         not_confirmed = [\"{lang}\"] and show the English wording",
                        l.id
                    )));
                }
                if unconfirmed {
                    let here = messages.text(&l.message);
                    let english = en.and_then(|e| e.text(&l.message));
                    if here.is_some() && here != english {
                        errors.push(l.at.error(format!(
                            "label {} is not confirmed in {lang}: show the English words {english:?}, not {here:?}",
                            l.id
                        )));
                    }
                }
            }
        }
    }
    errors
}

fn all_langs() -> Vec<Lang> {
    localizer().languages()
}

fn cat() -> &'static Catalog {
    Catalog::get().unwrap_or_else(|e| panic!("the platform files must load:\n{e}"))
}

// ---------------------------------------------------------------------------------------------
// The embedded guides
// ---------------------------------------------------------------------------------------------

#[test]
fn the_issue_s_platforms_have_a_guide_most_reported_first() {
    let ids = ids().expect("the guides load");
    assert_eq!(
        ids,
        [
            "instagram",
            "snapchat",
            "whatsapp",
            "tiktok",
            "discord",
            "telegram",
            "roblox",
            "x",
            "facebook"
        ],
        "the nine platforms of issue 25, Instagram and Snapchat first (anchors §3.1)"
    );
}

#[test]
fn the_words_agree_with_the_data_in_every_language() {
    let errors = check_texts(cat(), &embedded_messages("platforms.ftl"));
    assert!(
        errors.is_empty(),
        "platforms.ftl and locales/platforms must agree:\n{}",
        sourced::joined(&errors)
    );
}

#[test]
fn every_guide_has_every_section_with_steps_in_every_language() {
    for lang in all_langs() {
        for id in ids().unwrap() {
            let g = guide(&lang, id).unwrap_or_else(|e| panic!("{id} renders in {lang}: {e}"));
            let sections: Vec<Section> = g.sections.iter().map(|s| s.id).collect();
            assert_eq!(
                sections,
                Section::iter().collect::<Vec<_>>(),
                "{id} in {lang}: the five sections"
            );
            for s in &g.sections {
                assert!(!s.title.is_empty(), "{id}/{:?} has a title in {lang}", s.id);
                assert!(
                    !s.steps.is_empty(),
                    "{id}/{:?} has at least one step in {lang}",
                    s.id
                );
                for step in &s.steps {
                    assert!(
                        !step.text.trim().is_empty() && !step.sources.is_empty(),
                        "{id} {} has words and a source in {lang}",
                        step.id
                    );
                    assert!(
                        !step.text.contains('{') && !step.text.contains('}'),
                        "{id} {}: no Fluent syntax reaches the reader: {}",
                        step.id,
                        step.text
                    );
                }
            }
            assert!(!g.name.is_empty() && !g.checked_label.is_empty());
            let removal = g
                .sections
                .iter()
                .find(|s| s.id == Section::Removal)
                .unwrap();
            for tool in ["removal/take-it-down", "removal/report-remove"] {
                assert!(
                    removal.steps.iter().any(|s| s.id == tool),
                    "{id} says whether {tool} covers it, in {lang}"
                );
            }
        }
    }
}

#[test]
fn every_guide_cites_dated_pages_the_platform_s_own_first() {
    // Telegram's FAQ is not among the stored pages: its words are read as the press quoted them.
    // Pinned here so that no other guide loses its own page unnoticed.
    let without_own_page = ["telegram"];
    let today = chrono::Utc::now().date_naive();
    let en = localizer().lang("en").unwrap();
    for id in ids().unwrap() {
        let g = guide(&en, id).unwrap();
        assert!(!g.sources.is_empty(), "{id} cites sources");
        for s in &g.sources {
            assert!(
                s.url.starts_with("http") && s.url.matches('/').count() >= 3,
                "{id}: {} is a page address: {}",
                s.id,
                s.url
            );
            assert!(sourced::valid_date(&s.date), "{id}: {} has a date", s.id);
        }
        assert_eq!(
            g.sources[0].official,
            !without_own_page.contains(&id),
            "{id}: the platform's own help page comes first ({})",
            g.sources[0].url
        );
        let checked = chrono::NaiveDate::parse_from_str(&g.checked, "%Y-%m-%d").unwrap();
        assert!(
            checked <= today,
            "{id} was checked on a past day: {checked}"
        );
        for s in g.sections.iter().flat_map(|s| &s.steps) {
            for cited in &s.sources {
                assert!(
                    g.sources.iter().any(|v| &v.id == cited),
                    "{id} {}: its source {cited} is on the guide's list",
                    s.id
                );
            }
        }
    }
}

/// The citations under a step: one a source, in the step's order, each its publisher and the
/// page's date as core words them (the screen only lists them). Shared with the payment cards.
pub(crate) fn assert_cited(what: &str, ids: &[String], cites: &[CiteView], sources: &[SourceView]) {
    let cited: Vec<&str> = cites.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cited, ids, "{what}");
    for c in cites {
        let src = sources.iter().find(|v| v.id == c.id).unwrap();
        assert_eq!(
            c.citation,
            format!("{} ({})", src.publisher, src.date),
            "{what}"
        );
    }
}

#[test]
fn every_step_cites_its_sources_in_words() {
    for lang in all_langs() {
        for id in ids().unwrap() {
            let g = guide(&lang, id).unwrap();
            for s in g.sections.iter().flat_map(|s| &s.steps) {
                assert_cited(
                    &format!("{lang} {id} {}", s.id),
                    &s.sources,
                    &s.cites,
                    &g.sources,
                );
            }
        }
    }
}

#[test]
fn a_label_no_french_page_gave_is_shown_in_english_with_a_note() {
    let fr = localizer().lang("fr").unwrap();
    let g = guide(&fr, "instagram").unwrap();
    let steps: Vec<&StepView> = g.sections.iter().flat_map(|s| &s.steps).collect();
    let report = steps.iter().find(|s| s.id == "report/account").unwrap();
    assert!(
        report.path.iter().all(|l| l.confirmed) && report.notes.is_empty(),
        "Signaler was read on a French page: no note"
    );
    assert!(
        report.text.contains("«\u{a0}Signaler\u{a0}»"),
        "{}",
        report.text
    );
    let block = steps
        .iter()
        .find(|s| s.id == "before-blocking/block")
        .unwrap();
    let english = block.path.iter().find(|l| l.id == "block").unwrap();
    assert!(
        !english.confirmed,
        "Instagram's French Block label was read on no page"
    );
    assert_eq!(english.text, "Block", "so the English words are shown");
    assert_eq!(
        block.notes,
        [localizer()
            .message(&fr, "platform-note-label-in-english")
            .unwrap()],
        "and the reader is told"
    );
    let en = localizer().lang("en").unwrap();
    let g = guide(&en, "instagram").unwrap();
    assert!(
        g.sections
            .iter()
            .flat_map(|s| &s.steps)
            .all(|s| s.path.iter().all(|l| l.confirmed)),
        "English labels are always read on a page"
    );
}

#[test]
fn a_menu_no_page_shows_stays_general_and_says_so() {
    let en = localizer().lang("en").unwrap();
    let mut seen = 0;
    for id in ids().unwrap() {
        for s in guide(&en, id)
            .unwrap()
            .sections
            .iter()
            .flat_map(|s| &s.steps)
        {
            if s.basis == Basis::NotConfirmed {
                seen += 1;
                assert!(s.path.is_empty(), "{id} {}: names no button", s.id);
                assert!(
                    s.notes
                        .iter()
                        .any(|n| n.contains("No page we read shows this menu")),
                    "{id} {}: says the menu is not confirmed",
                    s.id
                );
            }
        }
    }
    assert!(seen >= 9, "the unconfirmed menus are found ({seen})");
}

#[test]
fn the_paths_and_their_sources_are_reviewed_when_they_change() {
    // One line per step: the basis of its menus and its path in each language ("*" = English
    // shown because no page gave the words). A change is a diff a person reads.
    let mut table = String::new();
    for id in ids().unwrap() {
        for lang in all_langs() {
            let g = guide(&lang, id).unwrap();
            for s in g.sections.iter().flat_map(|s| &s.steps) {
                if s.id.starts_with("common/") {
                    continue;
                }
                let path: Vec<String> = s
                    .path
                    .iter()
                    .map(|l| format!("{}{}", l.text, if l.confirmed { "" } else { "*" }))
                    .collect();
                table.push_str(&format!(
                    "{id:<9} {lang} {:<36} {:<13} {} [{}]\n",
                    s.id,
                    format!("{:?}", s.basis),
                    path.join(" › "),
                    s.sources.join(", ")
                ));
            }
        }
    }
    insta::assert_snapshot!("platform_paths", table);
}

#[test]
fn the_removal_tools_say_what_the_lists_say() {
    let en = localizer().lang("en").unwrap();
    let listed = |id: &str| {
        let g = guide(&en, id).unwrap();
        (g.take_it_down, g.report_remove, g.encrypted_chats)
    };
    use Coverage::{Listed, NotListed};
    assert_eq!(
        listed("instagram").0,
        Listed,
        "Our Bodies Ourselves lists Instagram"
    );
    assert_eq!(
        listed("snapchat").0,
        Listed,
        "Snap says it uses Take It Down"
    );
    assert_eq!(listed("tiktok"), (Listed, Listed, false));
    assert_eq!(
        listed("facebook"),
        (Listed, Listed, true),
        "Messenger's encrypted chats"
    );
    assert_eq!(listed("whatsapp"), (NotListed, NotListed, true));
    assert_eq!(
        listed("x").1,
        Listed,
        "i news names Twitter among Report Remove's partners"
    );
    let wa = guide(&en, "whatsapp").unwrap();
    let removal = wa
        .sections
        .iter()
        .find(|s| s.id == Section::Removal)
        .unwrap();
    assert!(
        removal
            .steps
            .iter()
            .any(|s| s.text.contains("out of reach of these fingerprint tools")),
        "WhatsApp's guide says hashes cannot reach its chats"
    );
}

// ---------------------------------------------------------------------------------------------
// The words: never the picture, French typography, no one addressed in particular.
// ---------------------------------------------------------------------------------------------

/// Every text of every guide and card, in one language, with where it is. A button's name shown
/// in English (no page gave it in this language) is the app's words, not ours: it is left out.
fn all_texts(lang: &Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for id in ids().unwrap() {
        for s in guide(lang, id)
            .unwrap()
            .sections
            .iter()
            .flat_map(|s| &s.steps)
        {
            let mut text = s.text.clone();
            for l in s.path.iter().filter(|l| !l.confirmed) {
                text = text.replace(&l.text, "");
            }
            out.push((format!("{id} {}", s.id), text));
        }
    }
    for c in crate::payments::cards(lang).unwrap() {
        for s in c.sections.iter().flat_map(|s| &s.steps) {
            out.push((format!("{} {}", c.id, s.id), s.text.clone()));
        }
    }
    out
}

#[test]
fn a_screenshot_never_has_the_picture_in_it() {
    // Blackmailers re-send the picture in the chat: a screenshot holding it is a new copy of it.
    // The proof step says so; a step that mentions screenshots elsewhere points back to it.
    for (tag, asks, says, back) in [
        ("en", "screenshot", "with no picture in them", "first"),
        ("fr", "capture", "sans aucune photo", "avant"),
    ] {
        let lang = localizer().lang(tag).unwrap();
        let mut proof = 0;
        for (at, text) in all_texts(&lang) {
            if !text.to_lowercase().contains(asks) {
                continue;
            }
            if at.ends_with("common/before-blocking/proof-first") {
                proof += 1;
                assert!(
                    text.contains(says),
                    "{at} says the picture stays out: {text}"
                );
            } else {
                assert!(
                    text.contains(back),
                    "{at} mentions screenshots without pointing back to the proof step: {text}"
                );
            }
        }
        assert_eq!(proof, 9, "every guide shows the proof step in {tag}");
    }
}

#[test]
fn nothing_asks_to_keep_send_or_show_the_picture() {
    // The picture is mentioned only to report where it was posted, or through the official
    // fingerprint tools, whose picture never leaves the device.
    let forbidden_en = [
        "send the picture",
        "save the picture",
        "keep the picture",
        "show the picture",
        "upload",
    ];
    let forbidden_fr = [
        "envoyer la photo",
        "garder la photo",
        "enregistrer la photo",
        "montrer la photo",
        "téléverser",
    ];
    for (tag, forbidden) in [("en", forbidden_en), ("fr", forbidden_fr)] {
        let lang = localizer().lang(tag).unwrap();
        for (at, text) in all_texts(&lang) {
            let lower = text.to_lowercase();
            for f in forbidden {
                assert!(!lower.contains(f), "{at} must not say {f:?}: {text}");
            }
        }
    }
}

/// Words of a text, lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn french_speaks_to_no_one_in_particular_and_keeps_the_house_style() {
    // The same guide and card open for the teen (« tu »), the friend and the parent (« vous »):
    // infinitives and « son profil », neither form of address.
    let fr = localizer().lang("fr").unwrap();
    let forms = [
        "tu", "te", "ton", "ta", "tes", "toi", "vous", "votre", "vos",
    ];
    for (at, text) in all_texts(&fr) {
        let bad: Vec<String> = words(&text)
            .into_iter()
            .filter(|w| forms.contains(&w.as_str()))
            .collect();
        assert!(bad.is_empty(), "{at} addresses someone ({bad:?}): {text}");
        // Proper names keep their words (the FBI's Internet Crime Complaint Center).
        let own_words = text.replace("Internet Crime Complaint Center", "");
        assert!(
            !words(&own_words)
                .iter()
                .any(|w| w == "chat" || w == "crime"),
            "{at}: « conversation », « délit »: {text}"
        );
        assert!(!text.contains('\''), "{at}: ’ not ': {text}");
        for mark in ['?', '!', ':', ';', '»'] {
            assert!(
                !text.contains(&format!(" {mark}")),
                "{at}: a no-break space before {mark}: {text}"
            );
        }
        assert!(
            !text.contains("« "),
            "{at}: a no-break space after «: {text}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Finding a platform by its name or a short form
// ---------------------------------------------------------------------------------------------

#[test]
fn short_forms_and_names_find_the_platform() {
    for (query, want) in [
        ("insta", "instagram"),
        ("Insta", "instagram"),
        ("instagram", "instagram"),
        ("snap", "snapchat"),
        ("Snap Chat", "snapchat"),
        ("tiktok", "tiktok"),
        ("Tik Tok", "tiktok"),
        ("discord", "discord"),
        ("fb", "facebook"),
        ("messenger", "facebook"),
        ("Facebook et Messenger", "facebook"),
        ("twitter", "x"),
        ("X (Twitter)", "x"),
        ("x", "x"),
        ("whatsapp", "whatsapp"),
        ("Whats App", "whatsapp"),
        ("telegram", "telegram"),
        ("roblox", "roblox"),
    ] {
        assert_eq!(find(query), Some(want), "{query:?} finds {want}");
    }
    for query in ["", "   ", "insta gram gram", "myspace", "⋯", "🙂"] {
        assert_eq!(find(query), None, "{query:?} finds nothing");
    }
    assert_eq!(
        find(&"insta".repeat(300_000)),
        None,
        "1 MB finds nothing, quickly"
    );
}

proptest! {
    #[test]
    fn any_query_finds_nothing_or_a_known_platform(query in ".{0,80}") {
        if let Some(id) = find(&query) {
            prop_assert!(ids().unwrap().contains(&id));
        }
    }
}

#[test]
fn unknown_or_oversized_ids_are_coded_errors() {
    let en = localizer().lang("en").unwrap();
    for bad in ["", "myspace", "../instagram", "INSTAGRAM", "instagram\0"] {
        let err = guide(&en, bad).unwrap_err();
        assert_eq!(err.code(), "invalid-input", "{bad:?} is no platform");
    }
    let err = guide(&en, &"x".repeat(1 << 20)).unwrap_err();
    assert_eq!(err.code(), "input-too-long", "a 1 MB id is refused by size");
    assert!(err.to_string().len() < 200, "and the error stays short");
}

#[test]
fn summaries_list_every_platform_with_its_short_forms() {
    let fr = localizer().lang("fr").unwrap();
    let list = summaries(&fr).unwrap();
    assert_eq!(list.len(), 9);
    let fb = list.iter().find(|p| p.id == "facebook").unwrap();
    assert_eq!(fb.name, "Facebook et Messenger", "named in French");
    assert!(fb.aliases.contains(&"messenger".to_owned()));
    let json = serde_json::to_value(&list[0]).unwrap();
    assert_eq!(json["id"], "instagram", "serde shape: {json}");
}

// ---------------------------------------------------------------------------------------------
// Broken data is refused, with its file and line
// ---------------------------------------------------------------------------------------------

const COMMON: &str = r#"[[sources]]
id = "shared"
publisher = "P"
title = "T"
url = "https://example.org/page"
date = "2026-12-06"
lang = "en"

[[sections]]
id = "under-18"

[[sections.steps]]
id = "say-it"
sources = ["shared"]
"#;

const GOOD: &str = r#"id = "test"
order = 1
aliases = ["tst"]
checked = "2026-12-06"

[[sources]]
id = "own"
publisher = "Test"
title = "Help"
url = "https://test.example/help"
date = "2026-12-06"
lang = "en"
official = true

[[sources]]
id = "french"
publisher = "Journal"
title = "Aide"
url = "https://journal.example/aide"
date = "2026"
lang = "fr"

[[labels]]
id = "report"
sources = ["own", "french"]

[[labels]]
id = "block"
sources = ["own"]
not_confirmed = ["fr"]

[[sections]]
id = "report"

[[sections.steps]]
id = "account"
path = ["report"]
sources = ["own"]

[[sections]]
id = "under-18"

[[sections]]
id = "before-blocking"

[[sections.steps]]
id = "block"
path = ["block"]
sources = ["own"]

[[sections]]
id = "privacy"

[[sections.steps]]
id = "private"
path = "not-confirmed"
sources = ["own"]

[[sections]]
id = "removal"

[[sections.steps]]
id = "post"
sources = ["own"]

[take_it_down]
status = "listed"
sources = ["shared"]

[report_remove]
status = "not-listed"
sources = ["shared"]
"#;

const GOOD_EN: &str = "platform-common-under-18-say-it = Say it.
platform-test-name = Test
platform-test-label-report = Report
platform-test-label-block = Block
platform-test-report-account = Tap { platform-test-label-report }.
platform-test-before-blocking-block = Tap { platform-test-label-block }.
platform-test-privacy-private = Make it private.
platform-test-removal-post = Report the post.
";

const GOOD_FR: &str = "platform-common-under-18-say-it = Le dire.
platform-test-name = Test
platform-test-label-report = Signaler
platform-test-label-block = Block
platform-test-report-account = Toucher { platform-test-label-report }.
platform-test-before-blocking-block = Toucher { platform-test-label-block }.
platform-test-privacy-private = Le mettre en privé.
platform-test-removal-post = Signaler la publication.
";

const FILE: &str = "locales/platforms/test.toml";

fn load(platform: &str) -> Result<Catalog, Vec<DataError>> {
    Catalog::load([("locales/platforms/common.toml", COMMON), (FILE, platform)])
}

/// The texts of a test, with the shared ids the check always needs added.
fn texts(en: &str, fr: &str) -> BTreeMap<String, Messages> {
    let mut shared = String::from(
        "platform-checked = x\nplatform-note-label-in-english = x\nplatform-note-menu-not-confirmed = x\nplatform-encrypted-chats = x\n",
    );
    for s in Section::iter() {
        shared.push_str(&format!("{} = x\n", super::ids::section_title(s)));
    }
    for t in ["take-it-down", "report-remove"] {
        for c in ["listed", "not-listed"] {
            shared.push_str(&format!("platform-{t}-{c} = x\n"));
        }
    }
    let mut out = BTreeMap::new();
    for (lang, text) in [("en", en), ("fr", fr)] {
        out.insert(
            lang.to_owned(),
            Messages::parse(
                lang,
                &format!("locales/{lang}/platforms.ftl"),
                &format!("{shared}{text}"),
            ),
        );
    }
    out
}

/// The line `needle` (which may span lines) starts on in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is in the test file"));
    text[..at].matches('\n').count() + 1
}

fn assert_refused(errors: &[DataError], line: usize, says: &str) {
    let all = sourced::joined(errors);
    assert!(
        // A table's errors point at its header or its first key: one or two lines up.
        errors.iter().any(|e| e.file == FILE
            && (line.saturating_sub(2)..=line).contains(&e.line)
            && e.message.contains(says)),
        "expected {FILE}:{line} saying {says:?}, got:\n{all}"
    );
}

#[test]
fn the_test_data_itself_is_good() {
    let cat = load(GOOD).unwrap_or_else(|e| panic!("{}", sourced::joined(&e)));
    let errors = check_texts(&cat, &texts(GOOD_EN, GOOD_FR));
    assert!(errors.is_empty(), "{}", sourced::joined(&errors));
}

#[test]
fn an_unknown_section_is_refused_at_its_line() {
    let bad = GOOD.replace("id = \"privacy\"", "id = \"hacking\"");
    let errors = load(&bad).unwrap_err();
    assert_refused(&errors, line_of(&bad, "\"hacking\""), "unknown variant");
    let missing = GOOD.replace("[[sections]]\nid = \"privacy\"\n", "");
    let errors = load(&missing).unwrap_err();
    assert_refused(
        &errors,
        line_of(&missing, "[[sections]]\nid = \"report\"") + 1,
        "sections must be",
    );
}

#[test]
fn a_bad_date_is_refused_at_its_line() {
    let bad = GOOD.replace("date = \"2026\"", "date = \"2026-13-01\"");
    let errors = load(&bad).unwrap_err();
    assert_refused(&errors, line_of(&bad, "2026-13-01"), "date");
    let bad = GOOD.replace("checked = \"2026-12-06\"", "checked = \"2026-12\"");
    let errors = load(&bad).unwrap_err();
    assert_refused(&errors, line_of(&bad, "checked ="), "checked");
}

#[test]
fn a_missing_language_is_refused_at_the_step_that_needs_it() {
    let cat = load(GOOD).unwrap();
    let fr = GOOD_FR.replace("platform-test-privacy-private = Le mettre en privé.\n", "");
    let errors = check_texts(&cat, &texts(GOOD_EN, &fr));
    assert_refused(
        &errors,
        line_of(GOOD, "id = \"private\""),
        "platform-test-privacy-private has no text in fr",
    );
    let bad = GOOD.replace("not_confirmed = [\"fr\"]", "not_confirmed = [\"en\"]");
    assert_refused(
        &load(&bad).unwrap_err(),
        line_of(&bad, "id = \"block\""),
        "other than English",
    );
}

#[test]
fn words_and_structure_out_of_step_are_refused_where_they_are_declared() {
    let cat = load(GOOD).unwrap();
    // A step that names a label its path doesn't list.
    let fr = GOOD_FR.replace(
        "Le mettre en privé.",
        "Toucher { platform-test-label-report }.",
    );
    assert_refused(
        &check_texts(&cat, &texts(GOOD_EN, &fr)),
        line_of(GOOD, "id = \"private\""),
        "its path is",
    );
    // A label said unconfirmed in French but translated anyway.
    let fr = GOOD_FR.replace(
        "platform-test-label-block = Block",
        "platform-test-label-block = Bloquer",
    );
    assert_refused(
        &check_texts(&cat, &texts(GOOD_EN, &fr)),
        line_of(GOOD, "id = \"block\"\nsources"),
        "show the English words",
    );
    // A French label no French page gave.
    let bad = GOOD.replace("sources = [\"own\", \"french\"]", "sources = [\"own\"]");
    let french_unused = bad.replace(
        "[[sections.steps]]\nid = \"post\"\nsources = [\"own\"]",
        "[[sections.steps]]\nid = \"post\"\nsources = [\"own\", \"french\"]",
    );
    let cat = load(&french_unused).unwrap();
    assert_refused(
        &check_texts(&cat, &texts(GOOD_EN, GOOD_FR)),
        line_of(&french_unused, "id = \"report\"\nsources"),
        "no page in fr",
    );
    // A message nothing uses.
    let en = format!("{GOOD_EN}platform-test-old-step = Gone.\n");
    let errors = check_texts(&load(GOOD).unwrap(), &texts(&en, GOOD_FR));
    assert!(
        errors.iter().any(|e| e.file == "locales/en/platforms.ftl"
            && e.message.contains("platform-test-old-step")),
        "{}",
        sourced::joined(&errors)
    );
}

#[test]
fn each_broken_rule_is_refused_with_its_file_and_line() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "sources = [\"own\"]\n\n[[sections]]\nid = \"under-18\"",
            "sources = [\"nowhere\"]\n\n[[sections]]\nid = \"under-18\"",
            "sources = [\"nowhere\"]",
            "unknown source",
        ),
        (
            "path = [\"block\"]",
            "path = [\"undeclared\"]",
            "path = [\"undeclared\"]",
            "undeclared label",
        ),
        (
            "path = [\"block\"]",
            "path = []",
            "path = []",
            "path must be",
        ),
        (
            "url = \"https://test.example/help\"",
            "url = \"https://test.example\"",
            "url = \"https://test.example\"",
            "full page address",
        ),
        (
            "lang = \"fr\"",
            "lang = \"French\"",
            "title = \"Aide\"",
            "lang",
        ),
        (
            "aliases = [\"tst\"]",
            "aliases = [\"Tst\"]",
            "aliases",
            "lower case",
        ),
        ("order = 1", "order = 0", "order", "order"),
        (
            "id = \"account\"",
            "id = \"Account\"",
            "id = \"Account\"",
            "kebab-case",
        ),
        (
            "status = \"listed\"",
            "status = \"maybe\"",
            "maybe",
            "unknown variant",
        ),
        (
            "id = \"test\"",
            "id = \"other\"",
            "id = \"other\"",
            "file's name",
        ),
    ];
    for (from, to, at, says) in cases {
        assert!(
            GOOD.contains(from),
            "case {from:?} applies to the test file"
        );
        let bad = GOOD.replacen(from, to, 1);
        let errors = load(&bad).expect_err(&format!("{to:?} must be refused"));
        let line = bad
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(at))
            .map(|(i, _)| i + 1)
            .unwrap();
        // The error points at the entry that holds the broken value (its table or the value).
        assert!(
            errors.iter().any(|e| e.file == FILE
                && e.message.contains(says)
                && e.line <= line
                && line - e.line <= 8),
            "{to:?}: expected an error near {FILE}:{line} saying {says:?}, got:\n{}",
            sourced::joined(&errors)
        );
    }
    // Whole-catalog rules.
    let unused = GOOD.replace("sources = [\"own\", \"french\"]", "sources = [\"own\"]");
    assert_refused(
        &load(&unused).unwrap_err(),
        line_of(&unused, "id = \"french\""),
        "cited by nothing",
    );
    let orphan_label = GOOD.replace("path = [\"block\"]\n", "");
    assert_refused(
        &load(&orphan_label).unwrap_err(),
        line_of(&orphan_label, "id = \"block\"\nsources"),
        "named by no step",
    );
    let icon = GOOD.replace(
        "id = \"block\"\nsources = [\"own\"]\nnot_confirmed",
        "id = \"block\"\nkind = \"icon\"\nsources = [\"own\"]\nnot_confirmed",
    );
    assert_refused(
        &load(&icon).unwrap_err(),
        line_of(&icon, "kind = \"icon\"") - 1,
        "icon",
    );
    let errors = Catalog::load([(FILE, GOOD)]).unwrap_err();
    assert!(
        errors[0].message.contains("common.toml is missing"),
        "{}",
        sourced::joined(&errors)
    );
    let twice = Catalog::load([
        ("locales/platforms/common.toml", COMMON),
        (FILE, GOOD),
        (
            "locales/platforms/test2.toml",
            &GOOD
                .replace("id = \"test\"", "id = \"test2\"")
                .replace("order = 1", "order = 2")
                .replace("id = \"own\"", "id = \"own2\"")
                .replace("\"own\"", "\"own2\"")
                .replace("id = \"french\"", "id = \"french2\"")
                .replace("\"french\"", "\"french2\""),
        ),
    ])
    .unwrap_err();
    assert!(
        twice
            .iter()
            .any(|e| e.file == "locales/platforms/test2.toml" && e.message.contains("also test's")),
        "an alias belongs to one platform: {}",
        sourced::joined(&twice)
    );
}

#[test]
fn a_path_is_the_platform_s_own_only_when_each_label_was_read_on_its_pages() {
    let en = localizer().lang("en").unwrap();
    let basis = |id: &str, step: &str| {
        guide(&en, id)
            .unwrap()
            .sections
            .iter()
            .flat_map(|s| &s.steps)
            .find(|s| s.id == step)
            .unwrap_or_else(|| panic!("{id} has step {step}"))
            .basis
    };
    // Discord's own page is cited, but its "Report" label was read in a newspaper only.
    assert_eq!(basis("discord", "report/messages"), Basis::Secondary);
    assert_eq!(basis("discord", "report/message-links"), Basis::Official);
    assert_eq!(basis("roblox", "report/in-game"), Basis::Official);
    assert_eq!(basis("tiktok", "report/account"), Basis::Secondary);
    assert_eq!(basis("instagram", "report/reason"), Basis::NotConfirmed);
}
