//! What was typed, turned into FTS5 terms that can never be query syntax: runs of letters and
//! digits, quoted, each a prefix.

use super::{MAX_TERMS, MAX_TERM_CHARS, MAX_WORDS_READ, MIN_FALLBACK_TERM_CHARS};

/// Accents that combine with the letter before them (U+0300–U+036F): part of a word, as for
/// the tokenizer, so a decomposed `e\u{301}` stays one word.
pub(super) fn is_combining_accent(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The query's words: runs of letters, digits and combining accents, each cut to
/// [`MAX_TERM_CHARS`], without repeats (ignoring case), at most [`MAX_TERMS`], taken from the
/// first [`MAX_WORDS_READ`] words: a huge paste costs no more than its first lines.
pub(super) fn terms(query: &str) -> Vec<String> {
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
pub(super) fn phrase(term: &str) -> String {
    debug_assert!(!term.contains('"'), "terms never hold a quote");
    format!("\"{term}\"*")
}

/// A group of alternatives for one term: `("a"* OR "b"*)`.
fn alternatives(group: &[String]) -> String {
    let phrases: Vec<String> = group.iter().map(|t| phrase(t)).collect();
    format!("({})", phrases.join(" OR "))
}

/// Every group must match.
pub(super) fn match_all(groups: &[Vec<String>]) -> String {
    let parts: Vec<String> = groups.iter().map(|g| alternatives(g)).collect();
    parts.join(" AND ")
}

/// Any term of the groups, leaving out the short ones; `None` if nothing is left.
pub(super) fn match_any(groups: &[Vec<String>]) -> Option<String> {
    let phrases: Vec<String> = groups
        .iter()
        .flatten()
        .filter(|t| t.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_FALLBACK_TERM_CHARS)
        .map(|t| phrase(t))
        .collect();
    (!phrases.is_empty()).then(|| phrases.join(" OR "))
}
