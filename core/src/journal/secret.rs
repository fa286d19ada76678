//! What locks the record: a generated passphrase of four random words (offered first), or a
//! six-digit PIN, and the PINs refused because they are too easy to guess.
//!
//! Why a passphrase first: anyone who copies the record's files can try every one of the
//! 10⁶ PINs on their own computer, where no wait applies (security review, H1); four words
//! from a list of 7,776 are 7,776⁴ ≈ 3.7 × 10¹⁵ choices, which no computer gets through.
//! The PIN stays possible, and the setup screen says plainly what each protects against.
//!
//! - Words: the EFF large list in English, Tango's French diceware list in French (both in
//!   `words/`, with their origin and licence in `words/README.md`), each word picked
//!   uniformly from the operating system's random source.
//! - Refused PINs ([`pin_weakness`]): one digit repeated (`000000`), a short pattern repeated
//!   or mirrored (`121212`, `123123`, `123321`), a sequence (`123456`, `987654`, `135790`…),
//!   a date written DDMMYY, MMDDYY or YYMMDD, and the 1,000 most common 6-digit PINs.
//!   Refused at setup only: a record locked with such a PIN before this rule still opens.

use std::sync::OnceLock;

use secrecy::SecretString;
use zeroize::Zeroizing;

use super::random::random;
use crate::error::{Error, Result};

/// Words in a generated passphrase.
pub const PASSPHRASE_WORDS: usize = 4;
/// Words in the English list (6⁵, five dice); the French one has one fewer (see
/// [`parse_list`]).
pub const LIST_LEN: usize = 7776;

const EN: &str = include_str!("words/en.txt");
const FR: &str = include_str!("words/fr.txt");
const COMMON_PINS: &str = include_str!("words/common-pins.txt");

/// The word list for a language tag (`"fr"`, `"fr-BE"` → French; anything else → English).
pub fn words(lang: &str) -> &'static [String] {
    static LISTS: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    let (en, fr) = LISTS.get_or_init(|| (parse_list(EN), parse_list(FR)));
    if lang == "fr" || lang.starts_with("fr-") {
        fr
    } else {
        en
    }
}

/// `<dice> <word>` lines (tab or space) → the words, in order, lowercase and each once. The
/// French list holds both "internet" and "Internet": nobody should have to remember a
/// capital, and a word twice would be picked twice as often, so it is kept once (7,775 words).
fn parse_list(text: &'static str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    text.lines()
        .filter_map(|line| line.split_whitespace().nth(1))
        .map(str::to_lowercase)
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

/// A fresh passphrase of [`PASSPHRASE_WORDS`] words from the list of `lang`, separated by
/// single spaces. Each word is uniform over the list (rejection sampling: no modulo bias).
pub fn generate_passphrase(lang: &str) -> Result<SecretString> {
    let list = words(lang);
    let n = u32::try_from(list.len()).map_err(|_| Error::Content("word list size".into()))?;
    // The largest multiple of n below 2³²: values at or above it are drawn again.
    let limit = u32::MAX - (u32::MAX % n);
    let mut phrase = Zeroizing::new(String::with_capacity(64));
    for i in 0..PASSPHRASE_WORDS {
        let index = loop {
            let mut bytes = Zeroizing::new([0u8; 4]);
            random(bytes.as_mut())?;
            let v = u32::from_le_bytes(*bytes);
            if v < limit {
                break v % n;
            }
        };
        if i > 0 {
            phrase.push(' ');
        }
        phrase.push_str(&list[index as usize]);
    }
    Ok(SecretString::from(phrase.as_str()))
}

/// Why a six-digit PIN is refused at setup, or `None` if it is not easy to guess by these
/// rules. `pin` must already be six ASCII digits.
pub fn pin_weakness(pin: &str) -> Option<PinWeakness> {
    let d: Vec<i8> = pin.bytes().map(|b| (b - b'0') as i8).collect();
    if d.len() != 6 {
        return None;
    }
    if d.iter().all(|&x| x == d[0]) {
        return Some(PinWeakness::Repeated);
    }
    let pattern = d[..2].repeat(3) == d // ababab
        || d[..3].repeat(2) == d // abcabc
        || (d[0] == d[5] && d[1] == d[4] && d[2] == d[3]) // abccba
        || (d[0] == d[1] && d[2] == d[3] && d[4] == d[5]); // aabbcc
    if pattern {
        return Some(PinWeakness::Pattern);
    }
    if is_sequence(&d) {
        return Some(PinWeakness::Sequence);
    }
    if is_date(&d) {
        return Some(PinWeakness::Date);
    }
    if common_pins().binary_search(&pin).is_ok() {
        return Some(PinWeakness::Common);
    }
    None
}

/// Why a PIN is too easy to guess. Its words (`repeated digit`), for logs and tests, come from
/// strum; they are never shown: the screen has one sentence for all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
pub enum PinWeakness {
    /// One digit six times.
    #[strum(serialize = "repeated digit")]
    Repeated,
    /// Two or three digits repeated, or mirrored.
    #[strum(serialize = "repeated pattern")]
    Pattern,
    /// Digits going up or down by the same step.
    #[strum(serialize = "sequence")]
    Sequence,
    /// A date: DDMMYY, MMDDYY or YYMMDD.
    #[strum(serialize = "date")]
    Date,
    /// Among the 1,000 most common 6-digit PINs.
    #[strum(serialize = "common PIN")]
    Common,
}

/// Each step the same, up or down by 1 to 3, counting round from 9 to 0 as a keypad user
/// would: `123456`, `987654`, `024680`, `135791`, `789012`, `210987`.
fn is_sequence(d: &[i8]) -> bool {
    let steps: Vec<i8> = d.windows(2).map(|w| (w[1] - w[0]).rem_euclid(10)).collect();
    steps.iter().all(|&s| s == steps[0]) && [1, 2, 3, 7, 8, 9].contains(&steps[0])
}

/// Whether `d` reads as a date in one of the three orders (any year, 29 February allowed).
fn is_date(d: &[i8]) -> bool {
    let n = |i: usize| u32::try_from(d[i] * 10 + d[i + 1]).unwrap_or(99);
    let valid = |day: u32, month: u32| {
        let days = match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        (1..=days).contains(&day)
    };
    valid(n(0), n(2)) || valid(n(2), n(0)) || valid(n(4), n(2))
}

/// The common PINs, sorted for lookup.
fn common_pins() -> &'static [&'static str] {
    static SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut pins: Vec<&str> = COMMON_PINS.lines().map(str::trim).collect();
        pins.sort_unstable();
        pins
    })
}

/// Refuse a new PIN that is easy to guess: `weak-secret`.
pub(crate) fn refuse_weak_pin(pin: &str) -> Result<()> {
    match pin_weakness(pin) {
        Some(why) => Err(Error::WeakSecret(why.into())),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use secrecy::ExposeSecret;

    #[test]
    fn both_lists_hold_distinct_plain_words_one_of_each() {
        for (lang, len) in [("en", LIST_LEN), ("fr", LIST_LEN - 1)] {
            let list = words(lang);
            assert_eq!(list.len(), len, "{lang}: 6⁵ words (French: internet once)");
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(
                sorted.len(),
                len,
                "{lang}: no word twice, so each is equally likely"
            );
            for w in list {
                assert!(
                    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{lang}: {w:?} is typed the same on every keyboard"
                );
            }
        }
        assert_eq!(words("fr")[1], "abandon", "French for fr");
        assert_eq!(words("fr-BE")[1], "abandon", "French for fr-BE");
        assert_eq!(words("en")[0], "abacus", "English for en");
        assert_eq!(words("de")[0], "abacus", "English for anything else");
    }

    #[test]
    fn a_generated_passphrase_is_four_words_of_the_language() {
        for lang in ["en", "fr"] {
            let phrase = generate_passphrase(lang).unwrap();
            let parts: Vec<&str> = phrase.expose_secret().split(' ').collect();
            assert_eq!(parts.len(), PASSPHRASE_WORDS, "{lang}: four words");
            for p in parts {
                assert!(
                    words(lang).iter().any(|w| w == p),
                    "{p:?} is from the {lang} list"
                );
            }
        }
        let a = generate_passphrase("en").unwrap();
        let b = generate_passphrase("en").unwrap();
        assert_ne!(a.expose_secret(), b.expose_secret(), "each one is new");
    }

    #[test]
    fn easy_pins_are_refused_with_their_reason() {
        use PinWeakness::*;
        let table = [
            ("000000", Repeated),
            ("999999", Repeated),
            ("121212", Pattern),
            ("123123", Pattern),
            ("123321", Pattern),
            ("112233", Pattern),
            ("123456", Sequence),
            ("654321", Sequence),
            ("012345", Sequence),
            ("024680", Sequence),
            ("789012", Sequence),
            ("135791", Sequence),
            ("210987", Sequence),
            ("241208", Date), // 24 December 2008, DDMMYY
            ("122408", Date), // MMDDYY
            ("081224", Date), // YYMMDD
            ("290200", Date), // 29 February
            ("310199", Date),
            ("159753", Common),
            ("147258", Common),
            ("789456", Common),
        ];
        for (pin, why) in table {
            assert_eq!(pin_weakness(pin), Some(why), "{pin} is refused as {why:?}");
            assert_eq!(
                refuse_weak_pin(pin).unwrap_err().code(),
                "weak-secret",
                "{pin}: a coded error"
            );
        }
        for ok in ["482915", "271828", "738204", "950371", "319864"] {
            assert_eq!(pin_weakness(ok), None, "{ok} is not refused");
        }
    }

    #[test]
    fn the_common_list_is_the_studys_first_thousand_and_all_refused() {
        let list: Vec<&str> = COMMON_PINS.lines().collect();
        assert_eq!(list.len(), 1000, "the first 1,000 of DD-6-digit-291000");
        assert_eq!(
            &list[..4],
            ["123456", "654321", "111111", "000000"],
            "most common first"
        );
        for pin in list {
            assert!(
                pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()),
                "{pin:?}"
            );
            assert!(pin_weakness(pin).is_some(), "{pin} is refused");
        }
    }

    #[test]
    fn dates_are_only_real_days() {
        for not_date in ["320199", "001399", "993202", "310499"] {
            // 32nd, month 13, day 32 in YYMMDD, 31 April: not dates in any order…
            assert!(!is_date(&digits(not_date)), "{not_date} is no date");
        }
        assert!(is_date(&digits("300499")), "30 April is");
    }

    fn digits(s: &str) -> Vec<i8> {
        s.bytes().map(|b| (b - b'0') as i8).collect()
    }

    proptest! {
        #[test]
        fn every_date_in_each_order_is_refused(day in 1u32..=28, month in 1u32..=12, year in 0u32..=99) {
            for pin in [
                format!("{day:02}{month:02}{year:02}"),
                format!("{month:02}{day:02}{year:02}"),
                format!("{year:02}{month:02}{day:02}"),
            ] {
                prop_assert!(pin_weakness(&pin).is_some(), "{} is a date", pin);
            }
        }

        #[test]
        fn every_repeat_and_sequence_is_refused(a in 0i8..10, b in 0i8..10, step in -3i8..=3) {
            let repeat: String = std::iter::repeat_n(a, 6).map(|x| char::from(b'0' + x as u8)).collect();
            prop_assert!(pin_weakness(&repeat).is_some());
            let pair: String = [a, b, a, b, a, b].iter().map(|&x| char::from(b'0' + x as u8)).collect();
            prop_assert!(pin_weakness(&pair).is_some());
            let seq: Vec<i8> = (0..6).map(|i| a + step * i).collect();
            if step != 0 && seq.iter().all(|x| (0..10).contains(x)) {
                let s: String = seq.iter().map(|&x| char::from(b'0' + x as u8)).collect();
                prop_assert!(pin_weakness(&s).is_some(), "{} is a sequence", s);
            }
        }

        #[test]
        fn the_check_never_panics_and_refuses_about_a_tenth(pin in 0u32..1_000_000) {
            let pin = format!("{pin:06}");
            let _ = pin_weakness(&pin);
        }
    }

    #[test]
    fn most_pins_remain_allowed() {
        let refused = (0..1_000_000u32)
            .step_by(7)
            .filter(|p| pin_weakness(&format!("{p:06}")).is_some())
            .count();
        let total = 1_000_000 / 7 + 1;
        assert!(
            refused * 100 < total * 15,
            "the rules refuse {refused} of {total} sampled PINs: most PINs stay possible"
        );
    }
}
