//! Search benchmark: index build time per language, and query latency (p50/p99) over a fixed
//! list of real words, prefixes, typos, hostile strings and 100 KB pastes.
//!
//! Runs on the real catalog (every language) and on a synthetic corpus the size of the full
//! guidance (12 guides × 8 steps × 120 words), so the figures mean something while the guides
//! are still being written.
//!
//! `cargo run --release -p refuge-core --example bench_search`
//!
//! Timings are printed, never asserted.

use std::time::{Duration, Instant};

use refuge_core::i18n::localizer;
use refuge_core::search::{Doc, SearchIndex};

const BUILDS: usize = 9;
const ROUNDS: usize = 200;
const ROUNDS_LARGE: usize = 20;
const LIMIT: usize = 20;

/// Words the synthetic corpus is made of, and the queries look for.
const WORDS: &[&str] = &[
    "chantage",
    "sécurité",
    "menace",
    "photos",
    "vidéo",
    "police",
    "parler",
    "aide",
    "écran",
    "capture",
    "signaler",
    "bloquer",
    "compte",
    "harcèlement",
    "sextorsion",
    "enfant",
    "parent",
    "école",
    "ami",
    "confiance",
    "faute",
    "honte",
    "payer",
    "argent",
    "délai",
    "heure",
    "preuve",
    "message",
    "pseudo",
    "réseau",
    "plateforme",
    "retrait",
    "image",
    "intime",
    "adulte",
    "écoute",
    "numéro",
    "appeler",
    "urgence",
    "calme",
    "respire",
    "seul",
    "juger",
    "réagir",
    "protéger",
    "confidentialité",
    "paramètres",
    "téléphone",
    "demande",
    "envoyer",
    "blackmail",
    "threat",
    "safety",
    "report",
    "block",
    "account",
    "screenshot",
    "evidence",
    "help",
    "helpline",
    "call",
    "child",
    "school",
    "friend",
    "trust",
    "fault",
    "shame",
    "pay",
    "money",
    "deadline",
    "hour",
    "platform",
    "removal",
    "intimate",
    "adult",
    "listen",
    "number",
    "emergency",
    "calm",
    "breathe",
    "alone",
    "judge",
    "react",
    "protect",
    "privacy",
    "settings",
    "phone",
    "request",
    "send",
    "grooming",
    "sexting",
    "sextortion",
    "warning",
    "signs",
    "le",
    "la",
    "les",
    "de",
    "des",
    "et",
    "un",
    "une",
    "pas",
    "ne",
    "tu",
    "vous",
    "il",
    "est",
    "the",
    "a",
    "and",
    "or",
    "not",
    "to",
    "of",
    "you",
    "your",
    "is",
    "it",
    "do",
    "don't",
];

/// Syllables for made-up words, so the vocabulary is as large as real guidance (~2,000 words).
const SYLLABLES: &[&str] = &[
    "ba", "cé", "di", "fo", "gu", "la", "mè", "no", "pi", "ra", "sé", "to", "vu", "zé", "tion",
    "ment", "re", "con", "pro", "ver", "an", "ou", "ai", "ê",
];

/// A small deterministic generator: the corpus is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn synthetic_docs() -> Vec<Doc> {
    let mut rng = Lcg(42);
    let made_up: Vec<String> = (0..2000)
        .map(|_| {
            (0..2 + rng.next(3))
                .map(|_| SYLLABLES[rng.next(SYLLABLES.len())])
                .collect()
        })
        .collect();
    let word = |rng: &mut Lcg| -> String {
        if rng.next(2) == 0 {
            WORDS[rng.next(WORDS.len())].to_owned()
        } else {
            made_up[rng.next(made_up.len())].clone()
        }
    };
    let sentence = |rng: &mut Lcg, n: usize| -> String {
        (0..n).map(|_| word(rng)).collect::<Vec<_>>().join(" ")
    };
    let mut docs = Vec::new();
    for g in 0..12 {
        let guide_title = sentence(&mut rng, 4);
        for s in 0..8 {
            docs.push(Doc {
                guide_id: format!("guide-{g}"),
                guide_title: guide_title.clone(),
                step_id: format!("step-{s}"),
                step_title: sentence(&mut rng, 5),
                text: sentence(&mut rng, 120),
                keywords: String::new(),
                target: None,
            });
        }
    }
    docs
}

fn queries() -> Vec<(&'static str, String)> {
    let mut q: Vec<(&'static str, String)> = Vec::new();
    for s in [
        "chantage",
        "sécurité",
        "securite",
        "SÉCURITÉ",
        "blackmail",
        "sextortion",
        "sextorsion",
        "police",
        "capture d'écran",
        "screenshot evidence",
        "ne paie pas",
        "don't pay",
        "harcèlement",
        "que faire si on me menace",
        "what do I do if someone threatens me",
        "parent enfant école",
        "help helpline call",
    ] {
        q.push(("words", s.to_owned()));
    }
    for s in ["c", "chan", "sécu", "bla", "pol", "scr", "s", "hel"] {
        q.push(("prefix", s.to_owned()));
    }
    for s in [
        "chantge",
        "securiter",
        "blakmail",
        "sextortoin",
        "plice",
        "harcelment",
        "screnshot evidance",
        "confidentialiter telephnoe",
    ] {
        q.push(("typo", s.to_owned()));
    }
    for s in [
        "\"",
        "AND",
        "NEAR(a b)",
        "col:term",
        "(",
        "*",
        "😀🔥",
        "\0",
        "{a b}",
        "^-+",
        "a AND",
        "guide_id:parent",
        "e\u{301}",
        "ابتزاز",
        "zzzzzz",
    ] {
        q.push(("hostile", s.to_owned()));
    }
    q.push(("100 KB", "chantage sécurité écran ".repeat(100 * 1024 / 24)));
    q.push(("100 KB", "\"*():^-+{}[].,;!?'`~@#".repeat(100 * 1024 / 22)));
    q
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn time_build<F: Fn() -> SearchIndex>(build: F) -> (Duration, SearchIndex) {
    let times: Vec<Duration> = (0..BUILDS)
        .map(|_| {
            let start = Instant::now();
            let index = build();
            let took = start.elapsed();
            drop(index);
            took
        })
        .collect();
    (median(times), build())
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn us(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    let queries = queries();
    let mut corpora: Vec<(String, usize, Duration, SearchIndex)> = Vec::new();
    for lang in localizer().languages() {
        let (took, index) =
            time_build(|| SearchIndex::build(&lang).expect("the real guides index"));
        let docs = index.len();
        corpora.push((format!("{lang} (catalog)"), docs, took, index));
    }
    let docs = synthetic_docs();
    let (took, index) =
        time_build(|| SearchIndex::from_docs(docs.clone()).expect("the synthetic corpus indexes"));
    corpora.push(("synthetic 12×8×120".to_owned(), docs.len(), took, index));

    println!("Index build, median of {BUILDS}");
    println!("{:<22} {:>6} {:>10}", "corpus", "steps", "build");
    for (name, docs, took, _) in &corpora {
        println!("{name:<22} {docs:>6} {:>10}", ms(*took));
    }

    println!();
    println!(
        "Query latency, limit {LIMIT}: {} queries × {ROUNDS} rounds ({ROUNDS_LARGE} for 100 KB)",
        queries.len()
    );
    println!(
        "{:<22} {:<8} {:>7} {:>9} {:>9} {:>9} {:>6}",
        "corpus", "kind", "calls", "p50", "p99", "max", "hits"
    );
    let kinds = ["words", "prefix", "typo", "hostile", "100 KB", "all"];
    for (name, _, _, index) in &corpora {
        let mut by_kind: Vec<(&str, Vec<Duration>, usize)> =
            kinds.iter().map(|k| (*k, Vec::new(), 0)).collect();
        for (kind, query) in &queries {
            let rounds = if *kind == "100 KB" {
                ROUNDS_LARGE
            } else {
                ROUNDS
            };
            let mut hits = 0;
            let mut times = Vec::with_capacity(rounds);
            for _ in 0..rounds {
                let start = Instant::now();
                let found = index.search(query, LIMIT).expect("no query fails");
                times.push(start.elapsed());
                hits = found.len();
            }
            for (k, all, total_hits) in by_kind.iter_mut() {
                if k == kind || *k == "all" {
                    all.extend_from_slice(&times);
                    *total_hits += hits;
                }
            }
        }
        for (kind, mut times, hits) in by_kind {
            times.sort();
            println!(
                "{name:<22} {kind:<8} {:>7} {:>9} {:>9} {:>9} {hits:>6}",
                times.len(),
                us(percentile(&times, 50)),
                us(percentile(&times, 99)),
                us(*times.last().expect("some calls")),
            );
        }
    }
}
