//! Search's tests: hostile queries, accents, typos, ranking, snippets, on a fixture whose wording
//! they control and on the real guides. Over 600 lines: one table-driven case a guarantee of
//! the module docs, all on the same two fixtures.

use super::query::{match_all, terms};
use super::snippet::{HIT_END, HIT_START};
use super::spelling::distance;
use super::*;
use crate::fold::fold;

fn doc(guide_id: &str, guide_title: &str, step_id: &str, step_title: &str, text: &str) -> Doc {
    Doc {
        guide_id: guide_id.into(),
        guide_title: guide_title.into(),
        step_id: step_id.into(),
        step_title: step_title.into(),
        text: text.into(),
        keywords: String::new(),
        target: None,
    }
}

/// A small French corpus whose wording the tests control.
fn fixture() -> SearchIndex {
    SearchIndex::from_docs([
        doc(
            "young",
            "Quelqu'un me menace",
            "pay",
            "Ne paie pas le chantage",
            "Payer ne fait pas cesser la menace : le maître chanteur demande souvent plus.",
        ),
        doc(
            "young",
            "Quelqu'un me menace",
            "proof",
            "Garde des preuves",
            "Fais des captures d'écran des messages, du pseudo et des demandes avant de \
             bloquer le compte. Ne supprime rien.",
        ),
        doc(
            "parent",
            "Parler avec votre enfant",
            "settings",
            "Paramètres de sécurité",
            "Vérifiez ensemble, dès cet été, les réglages de confidentialité du téléphone.",
        ),
        doc(
            "parent",
            "Parler avec votre enfant",
            "calm",
            "Restez calme",
            "Votre enfant a besoin de se sentir en sécurité pour parler. Évitez de juger. \
             Le chantage est un crime, et ce n'est pas sa faute.",
        ),
        doc(
            "staff",
            "Protocole pour le personnel",
            "first",
            "Premier contact",
            "Écoutez sans interrompre et notez les mots exacts de l'élève.",
        ),
    ])
    .expect("the fixture index builds")
}

fn steps(hits: &[Hit]) -> Vec<(String, String)> {
    hits.iter()
        .map(|h| (h.guide_id.clone(), h.step_id.clone()))
        .collect()
}

fn step(g: &str, s: &str) -> (String, String) {
    (g.to_owned(), s.to_owned())
}

fn joined(snippet: &[Segment]) -> String {
    snippet.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn accents_and_case_do_not_change_what_is_found() {
    let index = fixture();
    let reference = steps(&index.search("sécurité", 10).unwrap());
    let mut sorted = reference.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        vec![step("parent", "calm"), step("parent", "settings")],
        "sécurité is in one step title and one step text"
    );
    for query in [
        "securite",
        "SÉCURITÉ",
        "SECURITE",
        "se\u{301}curite\u{301}",
        "sÉcUrItE",
    ] {
        assert_eq!(
            steps(&index.search(query, 10).unwrap()),
            reference,
            "{query:?} finds the same steps, in the same order, as \"sécurité\""
        );
    }
    // Too short for typo correction, so only the tokenizer can make these equal.
    for query in ["été", "ete", "ÉTÉ", "e\u{301}te\u{301}"] {
        assert_eq!(
            steps(&index.search(query, 10).unwrap()),
            vec![step("parent", "settings")],
            "{query:?} finds the one step that says \"été\""
        );
    }
}

#[test]
fn the_last_word_being_typed_matches_as_a_prefix() {
    let index = fixture();
    let found = steps(&index.search("chant", 10).unwrap());
    assert!(
        found.contains(&step("young", "pay")) && found.contains(&step("parent", "calm")),
        "\"chant\" finds both steps about chantage, got {found:?}"
    );
    let found = steps(&index.search("captures ecr", 10).unwrap());
    assert_eq!(
        found,
        vec![step("young", "proof")],
        "a finished word then a partial one"
    );
}

#[test]
fn a_title_match_ranks_before_a_text_only_match() {
    // Without title weights, the short text saying the word four times would win.
    let filler = "rien à voir ici ".repeat(12);
    let index = SearchIndex::from_docs([
        doc(
            "g",
            "Guide",
            "text",
            "Autre chose",
            "sécurité, sécurité, sécurité : la sécurité",
        ),
        doc("g", "Guide", "title", "Sécurité", &filler),
    ])
    .expect("builds");
    assert_eq!(
        steps(&index.search("securite", 10).unwrap()),
        vec![step("g", "title"), step("g", "text")],
        "the step titled with the word comes before the one whose text repeats it"
    );
    // Same length, one occurrence each, the text match indexed first: only the guide
    // title's weight puts the other first.
    let index = SearchIndex::from_docs([
        doc(
            "a",
            "Premiers pas",
            "text",
            "Étape",
            "que faire face au chantage",
        ),
        doc(
            "b",
            "Le chantage",
            "title",
            "Étape",
            "que faire face au pire",
        ),
    ])
    .expect("builds");
    assert_eq!(
        steps(&index.search("chantage", 10).unwrap()),
        vec![step("b", "title"), step("a", "text")],
        "a guide title match comes before a text match"
    );
    let index = fixture();
    let found = steps(&index.search("securite", 10).unwrap());
    assert_eq!(
        found.first(),
        Some(&step("parent", "settings")),
        "the step titled \"Paramètres de sécurité\" comes before the one that only says it"
    );
    let found = steps(&index.search("chantage", 10).unwrap());
    assert_eq!(
        found,
        vec![step("young", "pay"), step("parent", "calm")],
        "the step titled with \"chantage\" comes first"
    );
}

#[test]
fn snippet_segments_mark_the_matched_words_and_read_as_the_text() {
    let index = fixture();
    let hits = index.search("ecran pseudo", 10).unwrap();
    assert_eq!(
        steps(&hits),
        vec![step("young", "proof")],
        "one step has both"
    );
    let snippet = &hits[0].snippet;
    let marked: Vec<&str> = snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        marked,
        vec!["écran", "pseudo"],
        "the matched words are marked, as written in the guide: {snippet:?}"
    );
    let text = joined(snippet);
    assert!(
        text.starts_with("Fais des captures d'écran des messages, du pseudo"),
        "joining the segments gives back the guide's words: {text:?}"
    );
    assert!(
        !text.contains(HIT_START) && !text.contains(HIT_END),
        "no marker reaches the UI: {text:?}"
    );
    assert!(
        snippet.windows(2).all(|w| w[0].hit != w[1].hit),
        "neighbouring segments alternate, none is empty: {snippet:?}"
    );
}

#[test]
fn a_long_text_is_cut_around_the_match_with_an_ellipsis() {
    let long = format!("{} sextorsion {}", "mot ".repeat(200), "fin ".repeat(200));
    let index = SearchIndex::from_docs([doc("g", "Guide", "s", "Étape", &long)]).expect("builds");
    let hits = index.search("sextorsion", 1).unwrap();
    let text = joined(&hits[0].snippet);
    assert!(
        text.starts_with('…') && text.ends_with('…') && text.contains("sextorsion"),
        "the excerpt is around the match, cut on both sides: {text:?}"
    );
    assert!(
        text.len() < 300,
        "the excerpt is short: {} bytes",
        text.len()
    );
}

#[test]
fn a_title_only_match_still_gets_the_start_of_the_text() {
    let index = fixture();
    let hits = index.search("preuves", 10).unwrap();
    assert_eq!(steps(&hits), vec![step("young", "proof")], "title match");
    let text = joined(&hits[0].snippet);
    assert!(
        text.starts_with("Fais des captures"),
        "the snippet shows the step's text even with no match in it: {text:?}"
    );
    assert!(
        hits[0].snippet.iter().all(|s| !s.hit),
        "nothing is marked in the text"
    );
}

#[test]
fn all_terms_first_then_any_term() {
    let index = fixture();
    assert_eq!(
        steps(&index.search("chantage crime", 10).unwrap()),
        vec![step("parent", "calm")],
        "only one step holds both words"
    );
    let mut found = steps(&index.search("chantage écran", 10).unwrap());
    found.sort();
    assert_eq!(
        found,
        vec![
            step("parent", "calm"),
            step("young", "pay"),
            step("young", "proof")
        ],
        "no step holds both, so steps holding either come back"
    );
}

#[test]
fn short_words_alone_do_not_flood_the_any_term_fallback() {
    let index = fixture();
    assert!(
        index.search("de xyzzy", 10).unwrap().is_empty(),
        "\"de\" is everywhere; with an unknown word it must not return every step"
    );
}

#[test]
fn a_typo_finds_the_word_it_was_meant_to_be() {
    let index = fixture();
    for typo in ["chantge", "chnatage", "chantaje", "CHANTAGEE"] {
        let found = steps(&index.search(typo, 10).unwrap());
        assert_eq!(
            found.first(),
            Some(&step("young", "pay")),
            "{typo:?} is one edit from \"chantage\""
        );
    }
    let found = steps(&index.search("confidentialiter telephnoe", 10).unwrap());
    assert_eq!(
        found,
        vec![step("parent", "settings")],
        "two typos in two words still find the step holding both"
    );
    assert!(
        index.search("zzzz", 10).unwrap().is_empty(),
        "a word far from every word finds nothing"
    );
}

#[test]
fn operator_words_are_plain_words() {
    let index =
        SearchIndex::from_docs([doc("g", "Guide", "s", "Step", "Block and report, or not")])
            .expect("builds");
    for query in [
        "and",
        "AND",
        "or",
        "OR",
        "NOT",
        "not",
        "block AND report",
        "NEAR",
    ] {
        let hits = index.search(query, 10).unwrap();
        if query != "NEAR" {
            assert_eq!(hits.len(), 1, "{query:?} is a word of the text");
        } else {
            assert!(hits.is_empty(), "\"near\" is not in the text");
        }
    }
    assert_eq!(
        index.search("NOT block", 10).unwrap().len(),
        1,
        "NOT does not exclude \"block\""
    );
}

#[test]
fn hostile_queries_give_results_or_nothing_never_an_error() {
    let index = fixture();
    let words = "chantage sécurité écran ".repeat(100 * 1024 / 24);
    let punctuation = "\"*():^-+{}[].,;!?'`~@#$%&|\\/<>=".repeat(100 * 1024 / 31);
    let hostile: Vec<&str> = vec![
        "\"",
        "\"\"",
        "'",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(a b)",
        "a AND",
        "*",
        "**",
        ":",
        "col:term",
        "guide_id:parent",
        "step_title:chantage",
        "(",
        ")",
        "()",
        "^",
        "^chantage",
        "-",
        "-chantage",
        "+",
        "{a b}",
        "{guide_title step_title}: chantage",
        "\"chantage",
        "chantage\"*",
        "😀🔥",
        "😀sécurité",
        "\0",
        "chan\0tage",
        &words,
        &punctuation,
        "",
        " \t\n\r  ",
        "ابتزاز جنسي",
        "סחיטה",
        "e\u{301}",
        "\u{301}\u{301}\u{301}",
        "Ⓐ ⓑ",
        "\u{200b}\u{feff}\u{202e}",
    ];
    for query in hostile {
        let shown: String = query.chars().take(40).collect();
        let result = index.search(query, 10);
        assert!(result.is_ok(), "{shown:?} gave {result:?}");
    }
    assert!(
        !index.search(&words, 10).unwrap().is_empty(),
        "a 100 KB paste of real words still finds them"
    );
    assert!(
        index.search("😀sécurité", 10).unwrap().len() == 2,
        "an emoji glued to a word does not hide the word"
    );
}

#[test]
fn nothing_to_search_gives_an_empty_list() {
    let index = fixture();
    for query in ["", "   ", "?!", "\"\"", "😀", "-+*"] {
        assert!(
            index.search(query, 10).unwrap().is_empty(),
            "{query:?} has no word"
        );
    }
    assert!(
        index.search("chantage", 0).unwrap().is_empty(),
        "limit 0 asks for nothing"
    );
}

#[test]
fn limit_caps_the_number_of_hits() {
    let index = fixture();
    assert_eq!(index.search("chantage", 1).unwrap().len(), 1, "limit 1");
    assert_eq!(
        index.search("chantage", usize::MAX).unwrap().len(),
        2,
        "a huge limit is fine"
    );
}

#[test]
fn queries_over_the_size_limit_are_refused_with_a_code() {
    let index = fixture();
    let at_limit = "a".repeat(MAX_QUERY_BYTES);
    assert!(
        index.search(&at_limit, 10).is_ok(),
        "exactly the limit is accepted"
    );
    let over = "sécurité ".repeat(300 * 1024 / 10);
    assert!(over.len() > MAX_QUERY_BYTES, "the test query is over");
    let err = index.search(&over, 10).unwrap_err();
    assert_eq!(err.code(), "input-too-long", "300 KiB is refused: {err}");
}

#[test]
fn query_terms_are_words_only_deduplicated_and_capped() {
    assert_eq!(
        terms("  \"NEAR(a b)\" col:term AND* ^x -y"),
        vec!["NEAR", "a", "b", "col", "term", "AND", "x", "y"],
        "punctuation separates words and is dropped"
    );
    assert_eq!(terms("Chat chat CHAT"), vec!["Chat"], "repeats count once");
    let many: String = (0..100).map(|i| format!("w{i} ")).collect();
    assert_eq!(terms(&many).len(), MAX_TERMS, "at most MAX_TERMS terms");
    let late = format!("{}tard", "mot ".repeat(MAX_WORDS_READ));
    assert_eq!(
        terms(&late),
        vec!["mot"],
        "words after the first MAX_WORDS_READ are not read"
    );
    let long = "x".repeat(10_000);
    assert_eq!(
        terms(&long)[0].chars().count(),
        MAX_TERM_CHARS,
        "a term is cut"
    );
    assert_eq!(
        terms("se\u{301}curite\u{301}"),
        vec!["se\u{301}curite\u{301}"],
        "a combining accent stays inside its word"
    );
    assert_eq!(
        match_all(&[vec!["a".into()], vec!["b".into(), "c".into()]]),
        "(\"a\"*) AND (\"b\"* OR \"c\"*)",
        "the expression quotes every term"
    );
}

#[test]
fn markers_in_documents_cannot_corrupt_snippets() {
    let index = SearchIndex::from_docs([doc(
        "g",
        "Guide",
        "s",
        "Step",
        "before \u{2}word\u{3} after \u{3}",
    )])
    .expect("builds");
    let hits = index.search("word", 10).unwrap();
    assert_eq!(
        joined(&hits[0].snippet),
        "before word after ",
        "markers in the text are removed at indexing"
    );
}

#[test]
fn edit_distance_counts_swaps_as_one() {
    let d = |a: &str, b: &str| distance(&a.chars().collect::<Vec<_>>(), b, 2);
    assert_eq!(d("chantage", "chantage"), Some(0), "same word");
    assert_eq!(d("chnatage", "chantage"), Some(1), "a swap");
    assert_eq!(d("chantge", "chantage"), Some(1), "a missing letter");
    assert_eq!(d("chantaje", "chantage"), Some(1), "a wrong letter");
    assert_eq!(d("chat", "chantage"), None, "too far");
    assert_eq!(
        fold("SÉCURITÉ"),
        "securite",
        "folding matches the tokenizer"
    );
}

#[test]
fn hits_serialize_for_the_ui() {
    let index = fixture();
    let hit = &index.search("preuves", 1).unwrap()[0];
    let json = serde_json::to_value(hit).unwrap();
    assert_eq!(json["guide_id"], "young", "ids cross IPC as they are");
    assert_eq!(json["step_id"], "proof", "step id for the anchor");
    assert_eq!(json["step_title"], "Garde des preuves", "title as written");
    assert_eq!(
        json["snippet"][0]["hit"], false,
        "segments carry a hit flag: {json}"
    );
}

#[test]
fn an_index_counts_its_steps() {
    assert_eq!(fixture().len(), 5, "five fixture steps");
    let empty = SearchIndex::from_docs([]).expect("an empty index builds");
    assert!(empty.is_empty(), "no document, no step");
    assert!(
        empty.search("chantage", 10).unwrap().is_empty(),
        "an empty index finds nothing, without error"
    );
}

#[test]
fn an_index_can_move_to_another_thread() {
    fn assert_send<T: Send>(_: &T) {}
    let index = fixture();
    assert_send(&index);
    let hits = std::thread::spawn(move || index.search("chantage", 10).unwrap())
        .join()
        .expect("the search thread does not panic");
    assert_eq!(hits.len(), 2, "the index works on the thread it moved to");
}

#[test]
fn every_language_gets_an_index_of_its_guides() {
    let all = build_all().expect("every language indexes");
    assert_eq!(
        all.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>(),
        localizer().languages(),
        "one index per language"
    );
    for (lang, index) in &all {
        for g in content::guides(lang).unwrap() {
            if g.in_preparation {
                continue;
            }
            let hits = index.search(&g.title, MAX_HITS).unwrap();
            assert!(
                hits.iter()
                    .any(|h| h.guide_id == g.id && h.guide_title == g.title),
                "searching the title {:?} finds guide {} in {lang}",
                g.title,
                g.id
            );
        }
    }
}

// ---- End-user checks against the real guides. They depend on the final wording and
// ---- fail until the guide content lands; they are named `real_content_*`.

fn real_index(tag: &str) -> SearchIndex {
    let lang = localizer().lang(tag).unwrap();
    SearchIndex::build(&lang).expect("the real guides index")
}

/// REAL CONTENT: needs the `young-threat` guide in French.
#[test]
fn real_content_chantage_finds_the_young_threat_guide_in_french() {
    let hits = real_index("fr").search("chantage", 20).unwrap();
    assert!(
        hits.iter().any(|h| h.guide_id == "young-threat"),
        "\"chantage\" finds young-threat in French, got {:?}",
        steps(&hits)
    );
}

/// REAL CONTENT: needs the `young-threat` guide in English.
#[test]
fn real_content_blackmail_finds_the_young_threat_guide_in_english() {
    let hits = real_index("en").search("blackmail", 20).unwrap();
    assert!(
        hits.iter().any(|h| h.guide_id == "young-threat"),
        "\"blackmail\" finds young-threat in English, got {:?}",
        steps(&hits)
    );
}

/// REAL CONTENT: needs French guides that say "sécurité".
#[test]
fn real_content_securite_with_or_without_accents_finds_the_same_steps_in_french() {
    let index = real_index("fr");
    let with = steps(&index.search("sécurité", MAX_HITS).unwrap());
    let without = steps(&index.search("securite", MAX_HITS).unwrap());
    assert!(!with.is_empty(), "the French guides speak of sécurité");
    assert_eq!(with, without, "accents do not change the result");
}

#[test]
fn any_text_gives_ok_and_never_panics() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let index = fixture();
    let syntax = prop_oneof![
        Just("\"".to_owned()),
        Just("*".to_owned()),
        Just("AND".to_owned()),
        Just("OR".to_owned()),
        Just("NOT".to_owned()),
        Just("NEAR(".to_owned()),
        Just(")".to_owned()),
        Just(":".to_owned()),
        Just("^".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("chantage".to_owned()),
        Just("sécu".to_owned()),
        Just("\u{301}".to_owned()),
        "\\PC{1,6}",
    ];
    let fts_like = prop::collection::vec(syntax, 0..40).prop_map(|parts| parts.join(" "));
    let query = prop_oneof!["(?s).{0,3000}", any::<String>(), fts_like];
    let mut runner = TestRunner::new(Config::with_cases(512));
    runner
        .run(&query, |q| {
            let result = index.search(&q, 10);
            prop_assert!(result.is_ok(), "{:?} gave {:?}", q, result);
            Ok(())
        })
        .expect("every query within the size limit gives Ok");
}

#[test]
fn a_platform_s_name_or_short_form_finds_its_guide_first_in_both_languages() {
    let cases = [
        ("insta", "instagram"),
        ("Insta", "instagram"),
        ("snap", "snapchat"),
        ("tiktok", "tiktok"),
        ("discord", "discord"),
        ("fb", "facebook"),
        ("messenger", "facebook"),
        ("twitter", "x"),
        ("whatsapp", "whatsapp"),
        ("wa", "whatsapp"),
        ("tg", "telegram"),
    ];
    for tag in ["en", "fr"] {
        let index = real_index(tag);
        for (query, id) in cases {
            let hits = index.search(query, 30).unwrap();
            let first = hits
                .first()
                .unwrap_or_else(|| panic!("{tag} {query:?}: a hit"));
            assert_eq!(
                first.target,
                crate::vocab::Target::Platform { id: id.into() },
                "{tag} {query:?} opens {id}'s guide first: {:?}",
                hits.iter().map(|h| &h.target).take(3).collect::<Vec<_>>()
            );
            assert!(hits.len() <= 30, "the limit holds");
            assert!(
                first.step_id.starts_with("report/") || first.step_id.starts_with("common/report/"),
                "{tag} {query:?}: the guide opens on how to report: {}",
                first.step_id
            );
        }
    }
}

#[test]
fn the_payment_cards_are_found_by_the_way_of_paying() {
    for (tag, query) in [
        ("en", "orange money"),
        ("fr", "orange money"),
        ("en", "gift card"),
    ] {
        let hits = real_index(tag).search(query, 30).unwrap();
        assert!(
            hits.iter()
                .take(3)
                .any(|h| matches!(&h.target, crate::vocab::Target::Payment { .. })),
            "{tag} {query:?}: a card among the first hits: {:?}",
            hits.iter().map(|h| &h.target).take(3).collect::<Vec<_>>()
        );
    }
    let hits = real_index("en").search("orange money", 30).unwrap();
    assert_eq!(
        hits[0].target,
        crate::vocab::Target::Payment {
            id: "mobile-money".into()
        }
    );
}

#[test]
fn guide_hits_still_lead_to_their_step() {
    let hits = real_index("en").search("blackmail", 30).unwrap();
    let guide_hit = hits
        .iter()
        .find(|h| matches!(h.target, crate::vocab::Target::Guide { .. }))
        .expect("a guide step");
    assert_eq!(
        guide_hit.target,
        crate::vocab::Target::Guide {
            id: guide_hit.guide_id.clone(),
            step: Some(guide_hit.step_id.clone())
        }
    );
}
