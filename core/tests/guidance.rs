//! The guidance as a frightened reader meets it (issue 24, "The first minute"). Over 600 lines:
//! the tests share one reader of the Fluent files and its word scanner, which a split would copy.
//!
//! - no text, in any language, can be read as "delete the picture" (review H1), and every text
//!   that mentions screenshots says "never the picture" beside them, source notes included
//!   (item 8);
//! - the first teen guide is short, and puts telling an adult and reporting early (M11, M3);
//! - a young person's texts read at grade 6 or below (Flesch-Kincaid, English);
//! - the new situations are found by what a teen would type;
//! - the texts of the first minute's screens (the "Right now" card, "Help me tell someone", the
//!   adult's first minute, the breathing screen) exist in every language, with the right
//!   register, the right shape and the sources the screens list.
//!
//! Every test reads the Fluent files themselves (every message, every variant), not only what a
//! screen renders today, so that a text nobody shows yet is held to the same rules.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use refuge_core::content::{self, catalog};
use refuge_core::first_minute;
use refuge_core::i18n::{localizer, Lang, Text, LOCALES};
use refuge_core::search::SearchIndex;
use refuge_core::vocab::Audience;

/// The text of a pattern: its text elements and, for a selector, every variant. A reference to
/// another message is left out (that message is read on its own).
fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &ast::Expression<&str>, out: &mut String) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                out.push('\n');
                pattern_text(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            out.push_str(value)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every message of every Fluent file of `lang`, as `id → text` (comments left out).
fn messages(lang: &str) -> BTreeMap<String, String> {
    let dir = LOCALES
        .get_dir(lang)
        .unwrap_or_else(|| panic!("locales/{lang} is embedded"));
    let mut out = BTreeMap::new();
    for file in dir.files() {
        if file.path().extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = file.contents_utf8().expect("Fluent files are UTF-8");
        let resource = fluent_syntax::parser::parse(text).expect("every file parses (tested)");
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut s = String::new();
                if let Some(value) = &m.value {
                    pattern_text(value, &mut s);
                }
                out.insert(m.id.name.to_owned(), s);
            }
        }
    }
    assert!(
        out.len() > 500,
        "the {lang} messages were read: {}",
        out.len()
    );
    out
}

fn lang(tag: &str) -> Lang {
    localizer().lang(tag).expect("a language Refuge has")
}

/// Lower-case words, the typographic apostrophe made plain. An elided French word is two
/// tokens (`n'efface` → `n'`, `efface`; `d'effacer` → `d'`, `effacer`); an English contraction
/// stays whole (`don't`).
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text
        .replace('’', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        match word.split_once('\'') {
            Some((head, rest))
                if !rest.is_empty()
                    && ["c", "d", "j", "l", "m", "n", "qu", "s", "t"].contains(&head) =>
            {
                out.push(format!("{head}'"));
                out.push(rest.to_owned());
            }
            _ => out.push(word),
        }
    }
    out
}

/// Sentences, and their clauses: a negation does not reach past a comma, a colon or the end
/// of a sentence.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '\n'])
}

fn clauses(sentence: &str) -> impl Iterator<Item = &str> {
    sentence.split([',', ';', ':', '(', ')', '«', '»', '"', '“', '”'])
}

struct DeleteWords {
    verbs: &'static [&'static str],
    images: &'static [&'static str],
    negations: &'static [&'static str],
    after: &'static [&'static str],
    adult: &'static str,
    ask: &'static str,
}

const DELETE_EN: DeleteWords = DeleteWords {
    verbs: &["delete", "deletes", "deleted", "deleting"],
    images: &[
        "picture", "pictures", "photo", "photos", "image", "images", "video", "videos", "nude",
        "nudes",
    ],
    negations: &[
        "don't", "do", "not", "never", "no", "nor", "without", "avoid", "avoiding",
    ],
    after: &["nothing"],
    adult: "adult",
    ask: "ask",
};

const DELETE_FR: DeleteWords = DeleteWords {
    verbs: &[
        "supprime",
        "supprimes",
        "supprimez",
        "supprimer",
        "supprimé",
        "supprimée",
        "supprimés",
        "supprimées",
        "supprimant",
        "efface",
        "effaces",
        "effacez",
        "effacer",
        "effacé",
        "effacée",
        "effacés",
        "effacées",
        "effaçant",
    ],
    images: &["photo", "photos", "image", "images", "vidéo", "vidéos"],
    negations: &["ne", "sans", "ni", "jamais"],
    after: &[],
    adult: "adulte",
    ask: "demande",
};

/// Where deleting a picture is the right advice, and said as such. Each sentence that says to
/// delete must name an adult, or ask other people to delete their copy.
/// - Someone else's picture that reached a young person: deleted once an adult knows and it has
///   been reported (Shore: "do not keep it or send it to anyone else … speak to an adult").
/// - The people who received a picture are asked to delete their copy (NI Online Safety Hub:
///   "If your nude image has been sent to someone, ask for it to be deleted").
///
/// `guide-young-shared-step-people-body` also asks people to delete their copy, but names the
/// picture only as "it": the rule reads a message whole, and passes it.
const MAY_DELETE: [&str; 3] = [
    "guide-young-friend-step-dont-share-body",
    "guide-young-forwarded-step-the-picture-body",
    "guide-young-forwarded-step-help-them-body",
];

#[test]
fn no_text_in_any_language_says_to_delete_the_picture() {
    for (tag, words) in [("en", DELETE_EN), ("fr", DELETE_FR)] {
        let mut negated = 0;
        let mut allowed_seen = BTreeSet::new();
        for (id, text) in messages(tag) {
            let mentions_image = tokens(&text)
                .iter()
                .any(|w| words.images.contains(&w.as_str()));
            for (sentence, clause) in sentences(&text).flat_map(|s| clauses(s).map(move |c| (s, c)))
            {
                let t = tokens(clause);
                for (i, w) in t.iter().enumerate() {
                    if !words.verbs.contains(&w.as_str()) {
                        continue;
                    }
                    let before = &t[..i];
                    let is_negated = before.iter().any(|b| {
                        words.negations.contains(&b.as_str()) || (tag == "fr" && b == "n'")
                    }) || t
                        .get(i + 1)
                        .is_some_and(|next| words.after.contains(&next.as_str()));
                    if is_negated {
                        negated += 1;
                        continue;
                    }
                    if !mentions_image {
                        continue;
                    }
                    assert!(
                        MAY_DELETE.contains(&id.as_str()),
                        "{tag} {id} can be read as \"delete the picture\" ({clause:?}): {text}"
                    );
                    let lower = sentence.to_lowercase();
                    assert!(
                        lower.contains(words.adult) || lower.contains(words.ask),
                        "{tag} {id}: a picture is deleted only once an adult knows, or by the \
                         people asked to ({sentence:?})"
                    );
                    allowed_seen.insert(id.clone());
                }
            }
        }
        assert!(
            negated >= 20,
            "the {tag} texts that say not to delete were read ({negated})"
        );
        assert_eq!(
            allowed_seen,
            MAY_DELETE.iter().map(|s| s.to_string()).collect(),
            "{tag}: every allowed exception is still needed, and no other"
        );
    }
}

/// "Never keep the picture" is how the old evidence step said it, and a 13-year-old reads it as
/// "delete it now" (review H1). It is checked like an instruction to delete.
struct KeepWords {
    tag: &'static str,
    verbs: &'static [&'static str],
    negations: &'static [&'static str],
    images: &'static [&'static str],
}

const NOT_KEEP: [KeepWords; 2] = [
    KeepWords {
        tag: "en",
        verbs: &["keep", "keeps", "keeping"],
        negations: &["never", "don't", "not"],
        images: &[
            "picture", "pictures", "photo", "photos", "image", "images", "nude", "nudes",
        ],
    },
    KeepWords {
        tag: "fr",
        verbs: &[
            "garde",
            "gardez",
            "garder",
            "conserve",
            "conservez",
            "conserver",
        ],
        negations: &["ne", "jamais"],
        images: &["photo", "photos", "image", "images"],
    },
];

#[test]
fn no_text_says_never_to_keep_the_picture() {
    for KeepWords {
        tag,
        verbs,
        negations,
        images,
    } in NOT_KEEP
    {
        let mut seen_keep = 0;
        for (id, text) in messages(tag) {
            for clause in sentences(&text).flat_map(clauses) {
                let t = tokens(clause);
                for (i, w) in t.iter().enumerate() {
                    if !verbs.contains(&w.as_str()) {
                        continue;
                    }
                    seen_keep += 1;
                    let refused = t[..i]
                        .iter()
                        .any(|b| negations.contains(&b.as_str()) || (tag == "fr" && b == "n'"));
                    let picture = t.iter().any(|x| images.contains(&x.as_str()));
                    assert!(
                        !(refused && picture),
                        "{tag} {id} says not to keep the picture, which reads as \
                         \"delete it\" ({clause:?}): {text}"
                    );
                }
            }
        }
        assert!(
            seen_keep >= 20,
            "the {tag} texts that say keep were read ({seen_keep})"
        );
    }
}

#[test]
fn the_scanner_catches_an_instruction_to_delete_and_lets_a_warning_through() {
    // The rule above, on sentences written to break it and to pass it.
    let flagged = |tag: &str, words: &DeleteWords, text: &str| {
        sentences(text).flat_map(clauses).any(|clause| {
            let t = tokens(clause);
            t.iter().enumerate().any(|(i, w)| {
                words.verbs.contains(&w.as_str())
                    && !t[..i].iter().any(|b| {
                        words.negations.contains(&b.as_str()) || (tag == "fr" && b == "n'")
                    })
                    && !t
                        .get(i + 1)
                        .is_some_and(|next| words.after.contains(&next.as_str()))
            })
        })
    };
    assert!(flagged("en", &DELETE_EN, "Then delete the picture."));
    assert!(flagged(
        "en",
        &DELETE_EN,
        "Keep proof, then delete it from your phone."
    ));
    assert!(!flagged(
        "en",
        &DELETE_EN,
        "Don't delete anything, not even the picture."
    ));
    assert!(!flagged(
        "en",
        &DELETE_EN,
        "If a blackmailer is involved, delete nothing."
    ));
    assert!(flagged("fr", &DELETE_FR, "Supprime la photo."));
    assert!(flagged(
        "fr",
        &DELETE_FR,
        "Puis efface-la de ton téléphone."
    ));
    assert!(!flagged(
        "fr",
        &DELETE_FR,
        "Ne supprime rien, ni la photo ni la conversation."
    ));
    assert!(!flagged("fr", &DELETE_FR, "Bloquer n’efface pas la photo."));
    assert!(flagged(
        "fr",
        &DELETE_FR,
        "Avant d’effacer la photo, préviens un adulte."
    ));
    assert!(flagged("fr", &DELETE_FR, "Tu peux l’effacer maintenant."));
}

/// Words that ask for a screenshot, and the words that must stand beside them.
const SCREENSHOTS: [(&str, &str, &[&str]); 2] = [
    (
        "en",
        "screenshot",
        &[
            "without the picture",
            "no picture in them",
            "never the picture",
            "never of the picture",
            "picture or video is never in",
        ],
    ),
    (
        "fr",
        "capture",
        &[
            "sans la photo",
            "sans aucune photo",
            "jamais la photo",
            "jamais de la photo",
        ],
    ),
];

#[test]
fn every_text_that_mentions_screenshots_says_never_the_picture_source_notes_included() {
    // Item 8: a source note shown to a teen ("take screenshots") is advice too.
    for (tag, asks, says) in SCREENSHOTS {
        let mut seen = BTreeSet::new();
        for (id, text) in messages(tag) {
            if !text.to_lowercase().contains(asks) {
                continue;
            }
            assert!(
                says.iter().any(|s| text.contains(s)),
                "{tag} {id} speaks of screenshots without \"never the picture\": {text}"
            );
            seen.insert(id);
        }
        for must in [
            "source-child-focus-advice-2025-note",
            "source-c3p-campaign-2024-note",
            "source-accce-report-note",
            "triage-step-keep-evidence-detail-young",
            "guide-young-threat-step-keep-evidence-body",
        ] {
            assert!(seen.contains(must), "{tag}: {must} was checked");
        }
        assert!(
            seen.len() >= 20,
            "{tag}: the texts were found ({})",
            seen.len()
        );
    }
}

/// The texts of the first minute's screens: the "Right now" card, "Help me tell someone", the
/// adult's first minute and the breathing screen, by their Fluent prefix, with whom the French
/// speaks to and the sources each screen lists (read from the screen's own code). That each id
/// is shown by a screen is the orphan test's (core/src/no_orphan_text.rs renders them all).
struct Screen {
    prefix: &'static str,
    /// Who the French speaks to: "tu" (a young person) or "vous" (an adult).
    register: Register,
    /// What the screen's words come from: each is listed on the Sources screen.
    sources: &'static [&'static str],
}

#[derive(PartialEq)]
enum Register {
    Tu,
    Vous,
}

const SCREENS: [Screen; 4] = [
    Screen {
        prefix: "now-",
        register: Register::Tu,
        sources: &content::RIGHT_NOW_SOURCES,
    },
    Screen {
        prefix: "tell-",
        register: Register::Tu,
        sources: &first_minute::tell::SOURCES,
    },
    Screen {
        prefix: "told-",
        register: Register::Vous,
        sources: &first_minute::told::SOURCES,
    },
    Screen {
        prefix: "calm-",
        register: Register::Tu,
        sources: &first_minute::calm::SOURCES,
    },
];

impl Screen {
    /// The screen's Fluent ids in `l` (every language has the same: i18n's tests).
    fn ids(&self, l: &Lang) -> Vec<String> {
        localizer()
            .ids(l)
            .iter()
            .filter(|id| id.starts_with(self.prefix))
            .cloned()
            .collect()
    }
}

fn message(l: &Lang, id: &str) -> String {
    Text::new(l)
        .get(id)
        .unwrap_or_else(|e| panic!("{id} in {l}: {e}"))
}

#[test]
fn the_first_minute_screens_have_words_in_every_language_and_list_cited_sources() {
    let cited: BTreeSet<&str> = catalog()
        .guides
        .iter()
        .flat_map(|g| &g.steps)
        .flat_map(|s| &s.sources)
        .map(|c| c.id.as_str())
        .collect();
    for tag in ["en", "fr"] {
        let l = lang(tag);
        let listed_on_sources_screen: BTreeSet<String> = content::sources(&l)
            .expect("the Sources screen renders")
            .into_iter()
            .map(|s| s.id)
            .collect();
        for screen in &SCREENS {
            let ids = screen.ids(&l);
            assert!(ids.len() >= 7, "{tag}: the {} texts exist", screen.prefix);
            for id in &ids {
                assert!(
                    !message(&l, id).trim().is_empty(),
                    "{id} in {tag} has words"
                );
            }
            assert!(
                !screen.sources.is_empty(),
                "{} lists sources",
                screen.prefix
            );
            for source in screen.sources {
                assert!(
                    listed_on_sources_screen.contains(*source),
                    "{}: {source} is on the Sources screen ({tag})",
                    screen.prefix
                );
                assert!(
                    cited.contains(source),
                    "{}: {source} is also cited by a guide step",
                    screen.prefix
                );
            }
        }
    }
}

fn first_word(text: &str) -> String {
    tokens(text).into_iter().next().unwrap_or_default()
}

#[test]
fn the_right_now_card_has_four_short_lines_each_starting_with_a_verb() {
    let verbs = [
        ("en", &["stop", "don't", "don't", "tell"][..]),
        ("fr", &["arrête", "ne", "ne", "parles"][..]),
    ];
    for (tag, starts) in verbs {
        let l = lang(tag);
        let lines = ["now-stop", "now-no-pay", "now-no-delete", "now-tell"];
        for (id, verb) in lines.iter().zip(starts) {
            let text = Text::new(&l).get(id).unwrap();
            assert_eq!(
                first_word(&text),
                *verb,
                "{tag} {id} starts with a verb: {text}"
            );
            assert!(
                text.split_whitespace().count() <= 9,
                "{tag} {id} is a short line: {text}"
            );
        }
        let scam = message(&l, "now-scam");
        assert!(
            scam.split_whitespace().count() <= 30,
            "{tag}: the scam sentence stays one plain thought: {scam}"
        );
    }
}

#[test]
fn the_breathing_lines_are_timed_across_90_seconds_and_readable_in_their_time() {
    // The schedule the screen shows, read by the screen's own code from the `calm-at-N` ids.
    use first_minute::calm::{schedule, SECONDS};
    assert_eq!(SECONDS, 90, "ninety seconds, as the title says");
    for tag in ["en", "fr"] {
        let l = lang(tag);
        let times = schedule(Text::new(&l)).expect("the schedule reads");
        assert!(times.len() >= 8, "{tag}: a line every few breaths");
        assert_eq!(
            times.first().map(|t| t.at),
            Some(0),
            "{tag}: it starts at 0 s"
        );
        let mut ends: Vec<u32> = times.iter().skip(1).map(|t| t.at).collect();
        ends.push(SECONDS);
        for (line, end) in times.iter().zip(ends) {
            let shown = end - line.at;
            assert!(
                (6..=12).contains(&shown),
                "{tag} calm-at-{}: shown {shown} s, a breath's length",
                line.at
            );
            let words = line.text.split_whitespace().count();
            // Two and a half words a second: slow enough for a frightened reader.
            assert!(
                words as f32 <= 2.5 * shown as f32,
                "{tag} calm-at-{}: {words} words in {shown} s",
                line.at
            );
        }
    }
}

/// French forms of address.
const TU: [&str; 8] = ["tu", "te", "t'", "toi", "ton", "ta", "tes", "tiens"];
const VOUS: [&str; 3] = ["vous", "votre", "vos"];

/// The words of `text` outside any «quotation»: a question quoted for the adult to ask the
/// young person says « tu » in a text that says « vous ».
fn unquoted_words(text: &str) -> Vec<String> {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    tokens(&out)
}

#[test]
fn the_screen_texts_speak_to_the_right_person_in_french() {
    let fr = lang("fr");
    for screen in &SCREENS {
        let forbidden: &[&str] = match screen.register {
            Register::Tu => &VOUS,
            Register::Vous => &TU,
        };
        for id in screen.ids(&fr) {
            let text = message(&fr, &id);
            let bad: Vec<String> = unquoted_words(&text)
                .into_iter()
                .filter(|w| forbidden.contains(&w.as_str()))
                .collect();
            assert!(bad.is_empty(), "{id} says {bad:?}: {text}");
        }
    }
    // The opening lines are neutral: the same words fit a parent (« tu ») and a teacher or a
    // coach (« vous »), so no register has to be chosen (review L1).
    for id in [
        "tell-line-scared",
        "tell-line-threat",
        "tell-line-talk",
        "tell-line-deadline",
    ] {
        let text = message(&fr, id);
        let address: Vec<String> = tokens(&text)
            .into_iter()
            .filter(|w| TU.contains(&w.as_str()) || VOUS.contains(&w.as_str()))
            .collect();
        assert!(
            address.is_empty(),
            "{id} is neutral, got {address:?}: {text}"
        );
    }
}

#[test]
fn the_first_teen_guide_is_short_and_puts_telling_an_adult_and_reporting_early() {
    // Before issue 24: 11 steps, 684 English words (titles, summary, bodies, points), telling
    // an adult at step 9 and no police report in the steps at all.
    let g = catalog().guide("young-threat").unwrap();
    assert!(g.steps.len() <= 8, "at most 8 steps, got {}", g.steps.len());
    let at = |id: &str| {
        g.steps
            .iter()
            .position(|s| s.id == id)
            .unwrap_or_else(|| panic!("young-threat has a {id} step"))
    };
    assert_eq!(
        at("tell-adult"),
        1,
        "telling an adult right after \"not your fault\""
    );
    assert!(at("report") <= 4, "reporting comes before the fifth screen");
    assert!(
        at("keep-evidence") < at("report"),
        "screenshots before blocking"
    );
    let lock = &g.steps[at("lock-down")];
    assert_eq!(
        lock.points,
        ["private", "lists", "requests", "passwords"],
        "the lock-down steps (review M4)"
    );
    for (tag, limit, police, minor) in [
        ("en", 560, "police", "under 18"),
        ("fr", 620, "police", "moins de 18 ans"),
    ] {
        let view = content::guide(&lang(tag), "young-threat").unwrap();
        let mut words =
            view.title.split_whitespace().count() + view.summary.split_whitespace().count();
        for s in &view.steps {
            words += s.title.split_whitespace().count();
            for p in s.body.iter().chain(&s.points) {
                words += p.split_whitespace().count();
            }
        }
        assert!(words <= limit, "{tag}: {words} words, at most {limit}");
        let report = view
            .steps
            .iter()
            .find(|s| s.id == "report")
            .unwrap()
            .body
            .join(" ");
        assert!(
            report.contains(police) && report.contains(minor),
            "{tag}: the report step says police, and to say you are under 18 (M3, M5): {report}"
        );
    }
}

/// Syllables of an English word, the usual vowel-group estimate.
fn syllables(word: &str) -> usize {
    let w: String = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let mut w = w.as_str();
    for end in ["es", "ed", "e"] {
        if let Some(stem) = w.strip_suffix(end) {
            if !stem.ends_with(['l', 'a', 'e', 'i', 'o', 'u', 'y']) {
                w = stem;
                break;
            }
        }
    }
    let mut groups = 0;
    let mut in_vowel = false;
    for c in w.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    groups.max(1)
}

/// Flesch-Kincaid grade of some texts, each text ending a sentence.
fn grade(texts: &[String]) -> f32 {
    let (mut words, mut sentences, mut syl) = (0usize, 0usize, 0usize);
    for text in texts {
        let ends = text.matches(['.', '!', '?']).count();
        sentences += ends.max(1);
        for w in text.split_whitespace() {
            if w.chars().any(char::is_alphabetic) {
                words += 1;
                syl += syllables(w);
            }
        }
    }
    0.39 * words as f32 / sentences as f32 + 11.8 * syl as f32 / words as f32 - 15.59
}

#[test]
fn a_young_persons_texts_read_at_grade_six_or_below() {
    let en = lang("en");
    let mut checked = 0;
    for g in catalog()
        .guides
        .iter()
        .filter(|g| g.audience == Audience::Young)
    {
        let view = content::guide(&en, &g.id).unwrap();
        let mut texts = vec![view.title.clone(), view.summary.clone()];
        for s in view.steps {
            texts.push(s.title);
            texts.extend(s.body);
            texts.extend(s.points);
        }
        let fk = grade(&texts);
        assert!(fk <= 6.0, "{}: grade {fk:.1}", g.id);
        checked += 1;
    }
    for screen in SCREENS.iter().filter(|s| s.register == Register::Tu) {
        let texts: Vec<String> = screen.ids(&en).iter().map(|id| message(&en, id)).collect();
        let fk = grade(&texts);
        assert!(fk <= 6.0, "the {} screen: grade {fk:.1}", screen.prefix);
        checked += 1;
    }
    assert!(
        checked >= 13,
        "the young guides and screens were read ({checked})"
    );
    assert!(
        grade(&["A chat is fun.".into()]) < grade(&[
            "Comprehensive institutional safeguarding responsibilities necessitate documentation."
                .into()
        ]),
        "the measure tells plain words from hard ones"
    );
}

#[test]
fn the_new_situations_are_found_by_what_a_teen_would_type() {
    for (tag, query, guide) in [
        ("en", "posted", "young-shared"),
        ("en", "sent to my friends", "young-shared"),
        ("en", "forwarded", "young-forwarded"),
        ("en", "18 or over", "young-adult"),
        ("en", "stopncii", "young-adult"),
        ("en", "taken down", "young-removal"),
        ("fr", "publiée", "young-shared"),
        ("fr", "transféré", "young-forwarded"),
        ("fr", "18 ans ou plus", "young-adult"),
        ("fr", "faire retirer", "young-removal"),
    ] {
        let index = SearchIndex::build(&lang(tag)).expect("the guides index");
        let hits = index.search(query, 5).expect("a search answers");
        assert!(
            hits.iter().any(|h| h.guide_id == guide),
            "{tag} {query:?} finds {guide} in the first five, got {:?}",
            hits.iter().map(|h| &h.guide_id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_new_guides_open_from_the_teen_door_and_each_step_names_a_listed_source() {
    // The teen door opens young-threat; its "more help" step and its related list lead on.
    let en = lang("en");
    let door = content::guide(&en, "young-threat").unwrap();
    let related: BTreeSet<&str> = door.related.iter().map(|l| l.id.as_str()).collect();
    let listed: BTreeSet<String> = content::sources(&en)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    for id in [
        "young-removal",
        "young-shared",
        "young-forwarded",
        "young-adult",
    ] {
        assert!(related.contains(id), "young-threat links to {id}");
        let g = catalog().guide(id).unwrap();
        assert_eq!(g.audience, Audience::Young, "{id} speaks to a young person");
        for s in &g.steps {
            assert!(!s.sources.is_empty(), "{id}/{} has a source", s.id);
            for c in &s.sources {
                assert!(
                    listed.contains(&c.id),
                    "{id}/{}: {} is on the Sources screen",
                    s.id,
                    c.id
                );
            }
        }
    }
    // A young guide never links to a guide written for parents (review M1).
    for g in catalog()
        .guides
        .iter()
        .filter(|g| g.audience == Audience::Young)
    {
        for s in &g.steps {
            for a in &s.actions {
                if let content::Action::Guide(target) = a {
                    assert_eq!(
                        catalog().guide(target).unwrap().audience,
                        Audience::Young,
                        "{}/{} opens {target}",
                        g.id,
                        s.id
                    );
                }
            }
        }
    }
}
