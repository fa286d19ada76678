//! The ten-minute rule checker: "should I accept this request?".
//!
//! Child Focus's rule (quoted in the 2020 article, seed 003): only accept or add people you have
//! already seen in real life **and** talked with for ten minutes. [`check`] is the rule itself,
//! pure and total over its two answers; [`questions`] and [`verdict_view`] give the screen its
//! words in one language. Every text is in `ten-minute.ftl` under the prefix `ten-minute-`.
//!
//! What must stay true (tested): only "met and talked" is accepted; every "don't accept" says
//! why and what to do instead; every text exists in every language, and no `ten-minute-` text
//! exists that this module does not use.

use serde::Serialize;
use strum::{EnumIter, IntoStaticStr};

use crate::error::Result;
use crate::i18n::{Lang, Text};
use crate::vocab::Name;

/// The source of the rule, as declared in `guides.toml`.
pub const SOURCE: &str = "child-focus-2020";

/// Why a request passes or fails the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, EnumIter, IntoStaticStr)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[serde(rename = "TenMinuteReason")]
pub enum Reason {
    /// Seen in real life and talked with for ten minutes: the rule is met.
    Ok,
    /// Never seen in real life (whatever was said online).
    NeverMet,
    /// Seen, but never really talked with for ten minutes.
    NotTalkedEnough,
    /// Neither seen nor talked with.
    Neither,
}

/// The rule's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Verdict {
    /// Whether the request may be accepted.
    pub accept: bool,
    /// Why.
    pub reason: Reason,
}

/// Apply the ten-minute rule to the two answers.
pub fn check(met_in_real_life: bool, talked_ten_minutes: bool) -> Verdict {
    // "Talked" without "met" means an online conversation: that is exactly what the rule
    // does not trust, so it counts as never met.
    let reason = match (met_in_real_life, talked_ten_minutes) {
        (true, true) => Reason::Ok,
        (true, false) => Reason::NotTalkedEnough,
        (false, true) => Reason::NeverMet,
        (false, false) => Reason::Neither,
    };
    Verdict {
        accept: reason == Reason::Ok,
        reason,
    }
}

/// The checker's question screen, in one language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckerView {
    /// "Should I accept this request?"
    pub title: String,
    /// One sentence under the title.
    pub intro: String,
    /// First question: seen in real life?
    pub question_met: String,
    /// Second question: talked for ten minutes?
    pub question_talked: String,
    /// Label of the "yes" answer.
    pub yes: String,
    /// Label of the "no" answer.
    pub no: String,
    /// The source id of the rule (for the Sources screen).
    pub source: &'static str,
}

/// The checker's answer screen, in one language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct VerdictView {
    /// Whether the request may be accepted.
    pub accept: bool,
    /// Why, as an id the UI may style on.
    pub reason: Reason,
    /// "You can accept" / "Don't accept".
    pub headline: String,
    /// Why, in a sentence or two.
    pub explanation: String,
    /// What to do instead; empty when the request may be accepted.
    pub instead: Vec<String>,
    /// A reminder shown with every verdict: even known people can turn a chat sexual.
    pub reminder: String,
    /// The source id of the rule.
    pub source: &'static str,
}

const INSTEAD: [&str; 3] = [
    "ten-minute-instead-decline",
    "ten-minute-instead-no-pressure",
    "ten-minute-instead-tell",
];

/// The two questions and their answer labels, in `lang`.
pub fn questions(lang: &Lang) -> Result<CheckerView> {
    let text = Text::new(lang);
    Ok(CheckerView {
        title: text.get("ten-minute-title")?,
        intro: text.get("ten-minute-intro")?,
        question_met: text.get("ten-minute-question-met")?,
        question_talked: text.get("ten-minute-question-talked")?,
        yes: text.get("ten-minute-yes")?,
        no: text.get("ten-minute-no")?,
        source: SOURCE,
    })
}

/// The verdict for these answers, with its words in `lang`.
pub fn verdict_view(lang: &Lang, met: bool, talked: bool) -> Result<VerdictView> {
    let text = Text::new(lang);
    let verdict = check(met, talked);
    let headline = if verdict.accept {
        "ten-minute-verdict-accept"
    } else {
        "ten-minute-verdict-decline"
    };
    let instead = if verdict.accept {
        Vec::new()
    } else {
        INSTEAD
            .iter()
            .map(|id| text.get(id))
            .collect::<Result<_>>()?
    };
    Ok(VerdictView {
        accept: verdict.accept,
        reason: verdict.reason,
        headline: text.get(headline)?,
        explanation: text.get(&format!("ten-minute-reason-{}", verdict.reason.name()))?,
        instead,
        reminder: text.get("ten-minute-reminder")?,
        source: SOURCE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::localizer;
    use std::collections::BTreeSet;

    const ALL_ANSWERS: [(bool, bool); 4] =
        [(true, true), (true, false), (false, true), (false, false)];

    #[test]
    fn only_met_and_talked_is_accepted() {
        let table = [
            ((true, true), true, Reason::Ok),
            ((true, false), false, Reason::NotTalkedEnough),
            ((false, true), false, Reason::NeverMet),
            ((false, false), false, Reason::Neither),
        ];
        for ((met, talked), accept, reason) in table {
            assert_eq!(
                check(met, talked),
                Verdict { accept, reason },
                "met={met} talked={talked}"
            );
        }
    }

    #[test]
    fn every_verdict_has_its_words_in_every_language() {
        for lang in localizer().languages() {
            let q = questions(&lang).unwrap_or_else(|e| panic!("questions in {lang}: {e}"));
            for text in [
                &q.title,
                &q.intro,
                &q.question_met,
                &q.question_talked,
                &q.yes,
                &q.no,
            ] {
                assert!(
                    !text.trim().is_empty(),
                    "question texts are not empty in {lang}"
                );
            }
            let mut headlines = BTreeSet::new();
            for (met, talked) in ALL_ANSWERS {
                let v = verdict_view(&lang, met, talked)
                    .unwrap_or_else(|e| panic!("verdict {met}/{talked} in {lang}: {e}"));
                assert_eq!(
                    v.accept,
                    check(met, talked).accept,
                    "view agrees with the rule"
                );
                assert!(
                    !v.explanation.is_empty(),
                    "every verdict says why, in {lang}"
                );
                assert!(!v.reminder.is_empty(), "the reminder exists in {lang}");
                if v.accept {
                    assert!(v.instead.is_empty(), "nothing to do instead when accepted");
                } else {
                    assert_eq!(
                        v.instead.len(),
                        3,
                        "a refusal says what to do instead, in {lang}"
                    );
                }
                headlines.insert((v.accept, v.headline));
            }
            assert_eq!(
                headlines.len(),
                2,
                "accept and decline read differently in {lang}"
            );
        }
    }

    #[test]
    fn each_refusal_explains_its_own_reason() {
        for lang in localizer().languages() {
            let texts: BTreeSet<String> = ALL_ANSWERS
                .iter()
                .map(|&(m, t)| verdict_view(&lang, m, t).unwrap().explanation)
                .collect();
            assert_eq!(texts.len(), 4, "four answers, four explanations, in {lang}");
        }
    }

    #[test]
    fn the_verdict_the_ui_receives_says_accept_and_why_in_its_fields() {
        let en = localizer().lang("en").expect("English");
        let table = [
            ((true, true), true, "ok"),
            ((true, false), false, "not-talked-enough"),
            ((false, true), false, "never-met"),
            ((false, false), false, "neither"),
        ];
        for ((met, talked), accept, reason) in table {
            let json = serde_json::to_value(verdict_view(&en, met, talked).expect("renders"))
                .expect("serializes");
            assert_eq!(
                (&json["accept"], &json["reason"]),
                (&serde_json::json!(accept), &serde_json::json!(reason)),
                "met={met} talked={talked}: the screen's verdict (data-accept) and its reason"
            );
            // The UI's type for it is generated from this struct (ui/src/lib/bindings.ts, checked
            // by the shell's contract test), so the fields cannot drift apart.
        }
    }

    #[test]
    fn every_ten_minute_text_the_screens_ask_for_exists_in_every_language() {
        // The ids come from the screens themselves (the recorder behind `Text`), not from a
        // copy: that none is left unused is the crate-wide orphan test's job.
        for lang in localizer().languages() {
            let (rendered, asked) = crate::i18n::recorder::recording(|| {
                questions(&lang)?;
                ALL_ANSWERS
                    .iter()
                    .try_for_each(|&(m, t)| verdict_view(&lang, m, t).map(drop))
            });
            rendered.unwrap_or_else(|e| panic!("the checker renders in {lang}: {e}"));
            assert!(
                asked.iter().all(|id| id.starts_with("ten-minute-")),
                "the checker speaks its own words: {asked:?}"
            );
            let defined: BTreeSet<String> = localizer()
                .ids(&lang)
                .iter()
                .filter(|id| id.starts_with("ten-minute-"))
                .cloned()
                .collect();
            assert_eq!(
                asked, defined,
                "the ten-minute ids in {lang} are exactly those the screens ask for"
            );
        }
    }

    #[test]
    fn the_rule_cites_a_declared_source() {
        assert!(
            crate::content::catalog()
                .sources
                .iter()
                .any(|s| s.id == SOURCE),
            "{SOURCE} is declared in guides.toml"
        );
    }
}
