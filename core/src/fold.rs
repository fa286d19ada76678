//! The one accent, case and punctuation fold, for matching what a person types against text
//! (search's spelling correction, the country picker): "Côte d’Ivoire" → "cote d ivoire",
//! "ÉCOLE" → "ecole", "Dvořák" → "dvorak", "Søren" → "soren", "œuvre" → "oeuvre".
//!
//! Built on Unicode's own decomposition (unicode-normalization's NFKD, then every combining
//! mark dropped), so every accented letter of every script folds without a table of ours. Only
//! the Latin letters that Unicode does not decompose (ø, æ, œ, ß, ł, đ, ı, þ, ð) are spelt out
//! here. It imports nothing of core.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `text` lower-cased, without accents, every run of punctuation and spaces one space, trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        for c in c.to_lowercase() {
            let letters = match c {
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'ł' => "l",
                'đ' | 'ð' => "d",
                'ı' => "i",
                'þ' => "th",
                c if c.is_alphanumeric() => {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                    continue;
                }
                _ => {
                    space = true;
                    continue;
                }
            };
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(letters);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_ligatures_and_punctuation_fold_away() {
        let table = [
            ("Côte d’Ivoire", "cote d ivoire"),
            ("Côte d'Ivoire", "cote d ivoire"),
            ("Søren", "soren"),
            ("Dvořák", "dvorak"),
            ("ÉCOLE", "ecole"),
            ("œ", "oe"),
            ("Œuvre", "oeuvre"),
            ("Straße", "strasse"),
            ("se\u{301}curite\u{301}", "securite"),
            ("  São   Tomé-et-Príncipe ", "sao tome et principe"),
            ("Łódź", "lodz"),
            ("", ""),
            ("…", ""),
        ];
        for (text, want) in table {
            assert_eq!(fold(text), want, "fold({text:?})");
        }
    }

    #[test]
    fn search_and_the_country_picker_fold_alike() {
        let table = [
            ("Côte d'Ivoire", "cote d ivoire"),
            ("Søren", "soren"),
            ("Dvořák", "dvorak"),
            ("ÉCOLE", "ecole"),
            ("œ", "oe"),
        ];
        for (word, want) in table {
            let search = crate::search::spelling::fold(word);
            let picker = crate::helplines::view::fold(word);
            assert_eq!(search, picker, "search and the picker fold {word:?} alike");
            assert_eq!(search, want, "{word:?} folds to {want:?}");
        }
    }
}
