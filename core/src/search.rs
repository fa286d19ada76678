//! Accent-insensitive, offline full-text search over the guides of one language.
//!
//! A [`SearchIndex`] is an in-memory SQLite FTS5 table with one row per guide step, built once
//! at start-up from the rendered guides ([`SearchIndex::build`]) or from fixtures
//! ([`SearchIndex::from_docs`]). The tokenizer is `unicode61 remove_diacritics 2`, for the
//! documents and the queries alike.
//!
//! What it guarantees:
//! - **Accents and case do not matter**: `securite`, `sécurité`, `SÉCURITÉ` and a decomposed
//!   `se\u{301}curite\u{301}` are the same query.
//! - **The user's text is never query syntax.** [`search`](SearchIndex::search) keeps only runs
//!   of letters and digits (Unicode-aware; combining accents stay inside their word), at most
//!   [`MAX_TERMS`] distinct ones from the first 256 words, each cut to [`MAX_TERM_CHARS`]
//!   characters, and quotes every one before it
//!   reaches `MATCH`. `AND`, `OR`, `NOT`, `NEAR`, `*`, `^`, `:`, `"`, brackets are words or
//!   nothing, never operators.
//! - **Any query up to [`MAX_QUERY_BYTES`] gives `Ok`**: hits, or an empty list (for an empty
//!   query, or one with no letter or digit). A longer query is `input-too-long`, refused before
//!   SQLite sees it. An `Err` from `search` on a query within that size is a bug (`search`).
//! - **Every term is a prefix**, so a word being typed (`chant`) and a plural (`photo` →
//!   `photos`) both match.
//! - **It degrades gently**: steps holding every term come first; if none does, the terms a
//!   typo made unknown are replaced by the closest words of the index (`chantge` → `chantage`);
//!   if still nothing, steps holding any term of three letters or more, best first.
//! - **Ranking**: steps whose title matches come first; then bm25, with guide titles weighing
//!   more than the text.
//! - **Snippets are plain text**: a list of [`Segment`]s whose `hit` marks the matched words, so
//!   the UI can bold them without any HTML; joining their texts gives readable text.
//!
//! Guides marked `in_preparation` are not indexed: their door leads to an "in preparation" page.
//!
//! Threads: a `SearchIndex` owns a `rusqlite::Connection`, so it is `Send` but not `Sync`. The
//! shell builds them once with [`build_all`] and keeps them behind a `Mutex` (one per
//! language, or one around the whole list); a search over the full guidance takes about half a
//! millisecond (a few at worst, see `examples/bench_search.rs`), so the lock is never held long.

use rusqlite::{params, Connection};
use serde::Serialize;

use crate::content::{self, catalog, StepView};
use crate::error::{check_len, Error, Result};
use crate::i18n::{localizer, Lang};

/// The longest query accepted, in bytes (a large paste still works; beyond: `input-too-long`).
pub const MAX_QUERY_BYTES: usize = 256 * 1024;
/// How many distinct terms of a query are used; the rest are ignored.
pub const MAX_TERMS: usize = 16;
/// How many characters of one term are used; longer terms are cut.
pub const MAX_TERM_CHARS: usize = 64;
/// The most hits one search returns, whatever `limit` asks.
pub const MAX_HITS: usize = 200;

/// Terms shorter than this (in characters) are left out of the any-term fallback, where they
/// would match nearly every step ("de", "la", "a").
const MIN_FALLBACK_TERM_CHARS: usize = 3;
/// How many words of a query are read at most, repeats included: a pasted page costs no more
/// than its first lines.
const MAX_WORDS_READ: usize = 256;
/// How many index words may stand in for one misspelt term.
const MAX_CORRECTIONS: usize = 4;
/// How many words of the text a snippet shows around the matches.
const SNIPPET_TOKENS: i32 = 24;
/// Markers put around matched words by `snippet()`, then turned into [`Segment`]s. Control
/// characters never appear in guide text, and are removed from documents to make sure.
const HIT_START: char = '\u{2}';
const HIT_END: char = '\u{3}';

/// One step of a guide, as given to the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Doc {
    /// The guide's id (`young-threat`).
    pub guide_id: String,
    /// The guide's title, in the index's language.
    pub guide_title: String,
    /// The step's id, unique within its guide.
    pub step_id: String,
    /// The step's title.
    pub step_title: String,
    /// The step's body and points, as plain text.
    pub text: String,
}

/// One step that matches a query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Hit {
    /// The guide's id: the UI opens `guide_id#step_id`.
    pub guide_id: String,
    /// The guide's title.
    pub guide_title: String,
    /// The step's id.
    pub step_id: String,
    /// The step's title.
    pub step_title: String,
    /// A short excerpt of the step's text around the matches (`…` where it was cut).
    pub snippet: Vec<Segment>,
    /// Where the hit leads: its guide, scrolled to its step.
    pub target: crate::nav::Target,
}

/// A piece of a snippet: matched words (`hit`) or the text between them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Segment {
    /// The text, as written in the guide (accents and case kept).
    pub text: String,
    /// Whether this piece matched the query (the UI shows it in bold).
    pub hit: bool,
}

/// The searchable text of all guide steps of one language. `Send`, not `Sync`: see the module
/// documentation.
pub struct SearchIndex {
    conn: Connection,
    /// Every distinct word of the index as the tokenizer stores it (lower case, no accents),
    /// sorted: what misspelt terms are corrected to.
    vocabulary: Vec<String>,
    /// How many steps were indexed.
    steps: usize,
}

/// One index per language Refuge has, in [`crate::i18n::Localizer::languages`] order.
pub fn build_all() -> Result<Vec<(Lang, SearchIndex)>> {
    localizer()
        .languages()
        .into_iter()
        .map(|lang| {
            let index = SearchIndex::build(&lang)?;
            Ok((lang, index))
        })
        .collect()
}

impl SearchIndex {
    /// Index every step of every guide of the catalog (but those in preparation) in `lang`.
    pub fn build(lang: &Lang) -> Result<SearchIndex> {
        let mut docs = Vec::new();
        for def in catalog().guides.iter().filter(|g| !g.in_preparation) {
            let view = content::guide(lang, &def.id)?;
            for step in &view.steps {
                docs.push(Doc {
                    guide_id: view.id.clone(),
                    guide_title: view.title.clone(),
                    step_id: step.id.clone(),
                    step_title: step.title.clone(),
                    text: step_text(step),
                });
            }
        }
        SearchIndex::from_docs(docs)
    }

    /// Index the given documents (fixtures, benchmarks).
    pub fn from_docs(docs: impl IntoIterator<Item = Doc>) -> Result<SearchIndex> {
        let mut conn = Connection::open_in_memory().map_err(search_error)?;
        conn.execute_batch(
            "CREATE VIRTUAL TABLE step USING fts5(
                 guide_id UNINDEXED, step_id UNINDEXED, guide_title, step_title, text,
                 tokenize = 'unicode61 remove_diacritics 2',
                 prefix = '1 2 3'
             );",
        )
        .map_err(search_error)?;
        let tx = conn.transaction().map_err(search_error)?;
        let mut steps = 0;
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO step (guide_id, step_id, guide_title, step_title, text)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(search_error)?;
            for doc in docs {
                steps += 1;
                insert
                    .execute(params![
                        doc.guide_id,
                        doc.step_id,
                        doc.guide_title,
                        doc.step_title,
                        without_markers(&doc.text),
                    ])
                    .map_err(search_error)?;
            }
        }
        tx.commit().map_err(search_error)?;
        // One b-tree segment makes every query cheaper; the index is never written again.
        conn.execute_batch(
            "INSERT INTO step (step) VALUES ('optimize');
             CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, step, 'row');",
        )
        .map_err(search_error)?;
        let vocabulary = {
            let mut stmt = conn
                .prepare("SELECT term FROM temp.vocabulary ORDER BY term")
                .map_err(search_error)?;
            let terms = stmt
                .query_map([], |row| row.get::<_, String>(0))
                .map_err(search_error)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .map_err(search_error)?;
            terms
        };
        conn.execute_batch("DROP TABLE temp.vocabulary;")
            .map_err(search_error)?;
        Ok(SearchIndex {
            conn,
            vocabulary,
            steps,
        })
    }

    /// How many steps the index holds.
    pub fn len(&self) -> usize {
        self.steps
    }

    /// Whether the index holds no step (every search then gives an empty list).
    pub fn is_empty(&self) -> bool {
        self.steps == 0
    }

    /// The steps matching `query`, best first, at most `limit` (and at most [`MAX_HITS`]).
    ///
    /// Any query up to [`MAX_QUERY_BYTES`] gives `Ok` (an empty list when nothing matches or
    /// the query has no letter or digit); a longer one is `input-too-long`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        check_len(query, MAX_QUERY_BYTES)?;
        let limit = limit.min(MAX_HITS);
        let terms = terms(query);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let groups: Vec<Vec<String>> = terms.iter().map(|t| vec![t.clone()]).collect();
        let hits = self.run(&match_all(&groups), limit)?;
        if !hits.is_empty() {
            return Ok(hits);
        }
        let corrected: Vec<Vec<String>> = terms.iter().map(|t| self.corrections(t)).collect();
        if corrected != groups {
            let hits = self.run(&match_all(&corrected), limit)?;
            if !hits.is_empty() {
                return Ok(hits);
            }
        }
        match match_any(&corrected) {
            Some(expr) => self.run(&expr, limit),
            None => Ok(Vec::new()),
        }
    }

    /// `term` alone if some indexed word starts with it; otherwise the closest indexed words
    /// (a typo), or `term` alone if none is close.
    fn corrections(&self, term: &str) -> Vec<String> {
        let folded = fold(term);
        let start = self
            .vocabulary
            .partition_point(|w| w.as_str() < folded.as_str());
        let known = self
            .vocabulary
            .get(start)
            .is_some_and(|w| w.starts_with(&folded));
        let len = folded.chars().count();
        let max_distance = match len {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        if known || max_distance == 0 {
            return vec![term.to_owned()];
        }
        let folded: Vec<char> = folded.chars().collect();
        let mut close: Vec<(usize, &String)> = self
            .vocabulary
            .iter()
            .filter_map(|w| {
                let d = distance(&folded, w, max_distance)?;
                Some((d, w))
            })
            .collect();
        if close.is_empty() {
            return vec![term.to_owned()];
        }
        close.sort();
        close
            .into_iter()
            .take(MAX_CORRECTIONS)
            .map(|(_, w)| w.clone())
            .collect()
    }

    fn run(&self, expr: &str, limit: usize) -> Result<Vec<Hit>> {
        // Steps whose own title matches come first. FTS5's bm25 adds column weights to term
        // frequencies before saturating them, so weights alone cannot keep a title match
        // above a short text that repeats the word: the title test is explicit. Within each
        // tier, bm25 weighs step titles, then guide titles, then the text; ids are not indexed.
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT guide_id, guide_title, step_id, step_title,
                        snippet(step, 4, char(2), char(3), '…', ?3)
                 FROM step WHERE step MATCH ?1
                 ORDER BY instr(highlight(step, 3, char(2), char(3)), char(2)) = 0,
                          bm25(step, 0.0, 0.0, 2.0, 4.0, 1.0),
                          rowid
                 LIMIT ?2",
            )
            .map_err(search_error)?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(params![expr, limit, SNIPPET_TOKENS], |row| {
                let guide_id: String = row.get(0)?;
                let step_id: String = row.get(2)?;
                Ok(Hit {
                    target: crate::nav::Target::Guide {
                        id: guide_id.clone(),
                        step: Some(step_id.clone()),
                    },
                    guide_id,
                    guide_title: row.get(1)?,
                    step_id,
                    step_title: row.get(3)?,
                    snippet: segments(&row.get::<_, String>(4)?),
                })
            })
            .map_err(search_error)?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(search_error)
    }
}

fn search_error(e: rusqlite::Error) -> Error {
    Error::Search(e.to_string())
}

/// A step's body paragraphs and points as one line of text, points after a bullet.
fn step_text(step: &StepView) -> String {
    let mut text = step.body.join(" ");
    for point in &step.points {
        text.push_str(" • ");
        text.push_str(point);
    }
    text
}

fn without_markers(text: &str) -> String {
    text.replace([HIT_START, HIT_END], "")
}

/// Accents that combine with the letter before them (U+0300–U+036F): part of a word, as for
/// the tokenizer, so a decomposed `e\u{301}` stays one word.
fn is_combining_accent(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The query's words: runs of letters, digits and combining accents, each cut to
/// [`MAX_TERM_CHARS`], without repeats (ignoring case), at most [`MAX_TERMS`], taken from the
/// first [`MAX_WORDS_READ`] words: a huge paste costs no more than its first lines.
fn terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = 0;
    let mut words = 0;
    for c in query.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || is_combining_accent(c) {
            if chars < MAX_TERM_CHARS {
                current.push(c);
                chars += 1;
            }
            continue;
        }
        if current.is_empty() {
            continue;
        }
        let term = std::mem::take(&mut current);
        chars = 0;
        words += 1;
        let lower = term.to_lowercase();
        let has_letter = term.chars().any(char::is_alphanumeric);
        if has_letter && !terms.iter().any(|t| t.to_lowercase() == lower) {
            terms.push(term);
        }
        if terms.len() == MAX_TERMS || words == MAX_WORDS_READ {
            break;
        }
    }
    terms
}

/// One term as an FTS5 prefix phrase. Terms hold no `"` (only letters, digits, accents), so
/// quoting is all the escaping they need.
fn phrase(term: &str) -> String {
    debug_assert!(!term.contains('"'), "terms never hold a quote");
    format!("\"{term}\"*")
}

/// A group of alternatives for one term: `("a"* OR "b"*)`.
fn alternatives(group: &[String]) -> String {
    let phrases: Vec<String> = group.iter().map(|t| phrase(t)).collect();
    format!("({})", phrases.join(" OR "))
}

/// Every group must match.
fn match_all(groups: &[Vec<String>]) -> String {
    let parts: Vec<String> = groups.iter().map(|g| alternatives(g)).collect();
    parts.join(" AND ")
}

/// Any term of the groups, leaving out the short ones; `None` if nothing is left.
fn match_any(groups: &[Vec<String>]) -> Option<String> {
    let phrases: Vec<String> = groups
        .iter()
        .flatten()
        .filter(|t| t.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_FALLBACK_TERM_CHARS)
        .map(|t| phrase(t))
        .collect();
    (!phrases.is_empty()).then(|| phrases.join(" OR "))
}

/// Turn `snippet()` output with markers into segments; empty pieces are dropped.
fn segments(marked: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in marked.chars() {
        let next = match c {
            HIT_START => true,
            HIT_END => false,
            _ => {
                current.push(c);
                continue;
            }
        };
        if next != hit && !current.is_empty() {
            out.push(Segment {
                text: std::mem::take(&mut current),
                hit,
            });
        }
        hit = next;
    }
    if !current.is_empty() {
        out.push(Segment { text: current, hit });
    }
    out
}

/// A term as the tokenizer stores words: lower case, Latin accents removed (enough to compare
/// with the vocabulary; a letter missed here only costs one edit).
fn fold(term: &str) -> String {
    term.chars()
        .filter(|c| !is_combining_accent(*c))
        .flat_map(char::to_lowercase)
        .map(base_letter)
        .collect()
}

fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' => 'i',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// Edit distance (insertions, deletions, substitutions, swaps of neighbours) between `a` and
/// `b`, or `None` if it is over `max`.
fn distance(a: &[char], b: &str, max: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows of the optimal-string-alignment table.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut row);
    }
    let d = previous[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(guide_id: &str, guide_title: &str, step_id: &str, step_title: &str, text: &str) -> Doc {
        Doc {
            guide_id: guide_id.into(),
            guide_title: guide_title.into(),
            step_id: step_id.into(),
            step_title: step_title.into(),
            text: text.into(),
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
        let index =
            SearchIndex::from_docs([doc("g", "Guide", "s", "Étape", &long)]).expect("builds");
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
}
