//! Spelling correction: a term no indexed word starts with is replaced by the closest words of
//! the index (`chantge` → `chantage`), compared after [`crate::fold`], as the tokenizer stores
//! words (lower case, no accents).

use super::MAX_CORRECTIONS;
/// The fold the correction compares with: the country picker's too.
pub(crate) use crate::fold::fold;

/// `term` alone if some word of `vocabulary` (sorted) starts with it; otherwise the closest
/// words (a typo), or `term` alone if none is close.
pub(super) fn corrections(vocabulary: &[String], term: &str) -> Vec<String> {
    let folded = fold(term);
    let start = vocabulary.partition_point(|w| w.as_str() < folded.as_str());
    let known = vocabulary
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
    let mut close: Vec<(usize, &String)> = vocabulary
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

/// Edit distance (insertions, deletions, substitutions, swaps of neighbours) between `a` and
/// `b`, or `None` if it is over `max`.
pub(super) fn distance(a: &[char], b: &str, max: usize) -> Option<usize> {
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
