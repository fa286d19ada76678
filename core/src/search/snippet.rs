//! Snippets as plain text: SQLite's `snippet()` marks the matched words with two control
//! characters, turned here into [`Segment`]s the UI can bold without any HTML.

use super::Segment;

/// Markers put around matched words by `snippet()`, then turned into [`Segment`]s. Control
/// characters never appear in guide text, and are removed from documents to make sure.
pub(super) const HIT_START: char = '\u{2}';
pub(super) const HIT_END: char = '\u{3}';

/// Text with the markers removed (a document must never hold one).
pub(super) fn without_markers(text: &str) -> String {
    text.replace([HIT_START, HIT_END], "")
}

/// Turn `snippet()` output with markers into segments; empty pieces are dropped.
pub(super) fn segments(marked: &str) -> Vec<Segment> {
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
