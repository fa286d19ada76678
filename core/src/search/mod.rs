//! Accent-insensitive, offline full-text search over the guides of one language, and the
//! screens off the guides ([`screens`]: the "Right now" card, the first minute's screens).
//!
//! [`query`] turns what was typed into safe FTS5 terms, [`spelling`] corrects a misspelt
//! term against the index's words, [`snippet`] turns SQLite's marked excerpts into segments.
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
//! The platform guides and the "I already paid" cards are indexed too, one document per step,
//! titled with the platform's name or the card's title, their hits leading to that guide or card.
//! A platform's short forms ("fb", "twitter", "messenger") are indexed as keywords, weighed like
//! a guide title; a query that names a platform ([`crate::platforms::find`]: "insta", "Snap
//! Chat") puts that platform's guide first.
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
use crate::vocab::Target;
use crate::{payments, platforms};

mod query;
mod screens;
mod snippet;
pub(crate) mod spelling;
#[cfg(test)]
mod tests;

use query::{match_all, match_any, terms};
use snippet::{segments, without_markers};
use spelling::corrections;

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
pub(crate) const MIN_FALLBACK_TERM_CHARS: usize = 3;
/// How many words of a query are read at most, repeats included: a pasted page costs no more
/// than its first lines.
pub(crate) const MAX_WORDS_READ: usize = 256;
/// How many index words may stand in for one misspelt term.
pub(crate) const MAX_CORRECTIONS: usize = 4;
/// How many words of the text a snippet shows around the matches.
const SNIPPET_TOKENS: i32 = 24;

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
    /// Other names it is found by (a platform's short forms), weighed like a guide title.
    pub keywords: String,
    /// Where a hit leads; `None`: its guide, scrolled to its step.
    pub target: Option<Target>,
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
    /// Where the hit leads: its guide, scrolled to its step, or the screen it names.
    pub target: Target,
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
    /// Index every step of every guide of the catalog (but those in preparation) in `lang`,
    /// and the screens off the guides ([`screens`]).
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
                    keywords: String::new(),
                    target: None,
                });
            }
        }
        for summary in platforms::summaries(lang)? {
            let view = platforms::guide(lang, &summary.id)?;
            for section in &view.sections {
                for step in &section.steps {
                    docs.push(Doc {
                        guide_id: view.id.clone(),
                        guide_title: view.name.clone(),
                        step_id: step.id.clone(),
                        step_title: section.title.clone(),
                        text: step.text.clone(),
                        keywords: summary.aliases.join(" "),
                        target: Some(Target::Platform {
                            id: view.id.clone(),
                        }),
                    });
                }
            }
        }
        for card in payments::cards(lang)? {
            for section in &card.sections {
                for step in &section.steps {
                    docs.push(Doc {
                        guide_id: card.id.clone(),
                        guide_title: card.title.clone(),
                        step_id: step.id.clone(),
                        step_title: section.title.clone(),
                        text: step.text.clone(),
                        keywords: String::new(),
                        target: Some(Target::Payment {
                            id: card.id.clone(),
                        }),
                    });
                }
            }
        }
        for (mut doc, target) in screens::docs(lang)? {
            doc.target = Some(target);
            docs.push(doc);
        }
        SearchIndex::from_docs(docs)
    }

    /// Index the given documents (fixtures, benchmarks).
    pub fn from_docs(docs: impl IntoIterator<Item = Doc>) -> Result<SearchIndex> {
        let mut conn = Connection::open_in_memory().map_err(search_error)?;
        conn.execute_batch(
            "CREATE VIRTUAL TABLE step USING fts5(
                 guide_id UNINDEXED, step_id UNINDEXED, guide_title, step_title, text,
                 keywords, target UNINDEXED,
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
                    "INSERT INTO step
                         (guide_id, step_id, guide_title, step_title, text, keywords, target)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(search_error)?;
            for doc in docs {
                steps += 1;
                let target = doc.target.unwrap_or_else(|| Target::Guide {
                    id: doc.guide_id.clone(),
                    step: Some(doc.step_id.clone()),
                });
                let target = serde_json::to_string(&target)
                    .map_err(|e| Error::Search(format!("a target: {e}")))?;
                insert
                    .execute(params![
                        doc.guide_id,
                        doc.step_id,
                        doc.guide_title,
                        doc.step_title,
                        without_markers(&doc.text),
                        doc.keywords,
                        target,
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
        let hits = self.search_text(query, limit)?;
        // A query that names a platform ("insta", "fb") opens with that platform's guide, in the
        // guide's order (reporting first), even when a short form also starts many other
        // words ("wa").
        let Some(id) = platforms::find(query) else {
            return Ok(hits);
        };
        let named = Target::Platform { id: id.to_owned() };
        let only = serde_json::to_string(&named).map_err(|e| Error::Search(e.to_string()))?;
        let groups: Vec<Vec<String>> = terms(query).into_iter().map(|t| vec![t]).collect();
        let mut first = self.run(&match_all(&groups), limit.min(MAX_HITS), Some(&only))?;
        first.extend(hits.into_iter().filter(|h| h.target != named));
        first.truncate(limit.min(MAX_HITS));
        Ok(first)
    }

    fn search_text(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let limit = limit.min(MAX_HITS);
        let terms = terms(query);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let groups: Vec<Vec<String>> = terms.iter().map(|t| vec![t.clone()]).collect();
        let hits = self.run(&match_all(&groups), limit, None)?;
        if !hits.is_empty() {
            return Ok(hits);
        }
        let corrected: Vec<Vec<String>> = terms
            .iter()
            .map(|t| corrections(&self.vocabulary, t))
            .collect();
        if corrected != groups {
            let hits = self.run(&match_all(&corrected), limit, None)?;
            if !hits.is_empty() {
                return Ok(hits);
            }
        }
        match match_any(&corrected) {
            Some(expr) => self.run(&expr, limit, None),
            None => Ok(Vec::new()),
        }
    }

    /// The hits of `expr`, best first; with `only`, those whose target is that (JSON) target.
    fn run(&self, expr: &str, limit: usize, only: Option<&str>) -> Result<Vec<Hit>> {
        // Steps whose own title matches come first. FTS5's bm25 adds column weights to term
        // frequencies before saturating them, so weights alone cannot keep a title match
        // above a short text that repeats the word: the title test is explicit. Within each
        // tier, bm25 weighs step titles, then guide titles, then the text; ids are not indexed.
        // Before both, the guides (and the first minute's screens, the payment cards) come
        // before the nine platform guides, unless the query names a platform (`only`): their
        // sections repeat the general advice per app, and nine near-copies of one step would
        // otherwise bury the guide a teen is looking for ("posted" → "It's already been posted").
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT guide_id, guide_title, step_id, step_title,
                        snippet(step, 4, char(2), char(3), '…', ?3), target
                 FROM step WHERE step MATCH ?1 AND (?4 IS NULL OR target = ?4)
                 ORDER BY CASE WHEN ?4 IS NULL THEN 0 ELSE rowid END,
                          instr(target, '{\"screen\":\"platform\"') > 0,
                          instr(highlight(step, 3, char(2), char(3)), char(2)) = 0,
                          bm25(step, 0.0, 0.0, 2.0, 4.0, 1.0, 2.0, 0.0),
                          rowid
                 LIMIT ?2",
            )
            .map_err(search_error)?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(params![expr, limit, SNIPPET_TOKENS, only], |row| {
                let guide_id: String = row.get(0)?;
                let step_id: String = row.get(2)?;
                let target: String = row.get(5)?;
                let target = serde_json::from_str(&target).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        5,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                })?;
                Ok(Hit {
                    target,
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
