//! What each command costs in the core, in both languages: the work behind every tap.
//! Prints p50 / p99 / max per command. Measures; asserts nothing.
//!
//!     cargo run --release -p refuge-core --example bench_commands

use std::time::{Duration, Instant};

use refuge_core::content::{self, catalog};
use refuge_core::helplines;
use refuge_core::i18n::localizer;
use refuge_core::search::SearchIndex;
use refuge_core::session::Session;
use refuge_core::triage::{self, Answers};
use refuge_core::vocab::Audience;

const RUNS: usize = 2_000;

fn measure(name: &str, mut f: impl FnMut()) {
    for _ in 0..50 {
        f();
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1e6;
    println!(
        "  {name:34} p50 {:8.1} µs   p99 {:8.1} µs   max {:8.1} µs",
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

fn main() {
    let now = "2026-11-24T02:00:00Z".parse().expect("fixed instant");
    let t = Instant::now();
    let l = localizer();
    let _ = catalog();
    let _ = helplines::country_codes();
    println!(
        "first use (parse every .ftl, guides.toml, every country file): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    for lang in l.languages() {
        println!("{lang}: {RUNS} runs each");
        let session = Session::start(None, Some(&format!("{lang}_BE.UTF-8")));
        measure("app_state", || {
            session.app_state(now).expect("app state");
        });
        measure("guide young-threat", || {
            content::guide(&lang, "young-threat").expect("guide");
        });
        measure("guides (menu)", || {
            content::guides(&lang).expect("guides");
        });
        measure("helplines BE", || {
            helplines::directory(&lang, "BE", now).expect("directory");
        });
        let caller = helplines::Caller {
            audience: Audience::Young,
            languages: &["fr", "en"],
        };
        measure("route Call for help FR", || {
            helplines::route_view(&lang, "FR", refuge_core::vocab::Need::Help, &caller, now)
                .expect("call for help");
        });
        let answers =
            Answers::from_json(r#"{"self-harm":"no","deadline":"yes"}"#).expect("answers");
        let here = refuge_core::nav::Here {
            lang: lang.clone(),
            country: Some("FR"),
            languages: vec![lang.as_str().to_owned()],
            now,
        };
        measure("triage_assess parent (calls resolved)", || {
            triage::assessment_view(&here, Audience::Parent, &answers).expect("assessment");
        });
        let index = SearchIndex::build(&lang).expect("index");
        measure("search \"photos\"", || {
            index.search("photos", 30).expect("search");
        });
    }
}
