//! "My record" benchmark: the Argon2id parameters calibration picks on this machine, the
//! unlock time they give, and the latency of adding an entry (p50/p99, Argon2 excluded),
//! listing, and making the reports.
//!
//! `bench/record/unlock.sh` (or `cargo run --release -p refuge-core --example bench_record`)
//!
//! Goals (printed, never asserted): unlock 0.5–1 s, add-entry p99 ≤ 10 ms. The record is
//! written to a temporary directory on the same disk as the system temp dir
//! (`TMPDIR=/path cargo run …` to measure another disk): each add waits for an fsync.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, TimeDelta};
use refuge_core::i18n::localizer;
use refuge_core::journal::{EntryFields, EntryInput, Journal, SecretKind, IDLE_LOCK_AFTER};
use refuge_core::vocab::Audience;
use secrecy::SecretString;

const UNLOCKS: usize = 7;
const ADDS: usize = 1000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = (p / 100.0 * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    // Each call gets a "now" a second later, so the idle lock never fires mid-benchmark.
    let start = Local::now().fixed_offset();
    let mut tick = 0i64;
    let mut now = || -> DateTime<FixedOffset> {
        tick += 1;
        start + TimeDelta::seconds(tick % IDLE_LOCK_AFTER.num_seconds())
    };

    let mut journal = Journal::open(dir.path())?;
    let began = Instant::now();
    journal.create(
        SecretString::from("482915"),
        SecretKind::Pin,
        Audience::Young,
        now(),
    )?;
    let create = began.elapsed();
    let key_row = journal.kdf_params()?;
    println!(
        "create (calibration + one derivation): {}  → Argon2id m={} MiB t={} p={}",
        ms(create),
        key_row.memory_kib() / 1024,
        key_row.passes(),
        key_row.lanes()
    );

    let mut unlocks = Vec::with_capacity(UNLOCKS);
    for _ in 0..UNLOCKS {
        journal.lock();
        let t = Instant::now();
        journal.unlock(SecretString::from("482915"), now())?;
        unlocks.push(t.elapsed());
    }
    unlocks.sort();
    println!(
        "unlock ({UNLOCKS} runs): min {}  median {}  max {}   (goal 500–1000 ms)",
        ms(unlocks[0]),
        ms(unlocks[UNLOCKS / 2]),
        ms(unlocks[UNLOCKS - 1])
    );

    let mut adds = Vec::with_capacity(ADDS);
    for i in 0..ADDS {
        let input = EntryInput {
            occurred_at: Some(format!(
                "2025-11-{:02}T{:02}:{:02}",
                1 + i % 28,
                i % 24,
                i % 60
            )),
            fields: EntryFields {
                platform: "Instagram".into(),
                account: format!("@account_{i}"),
                demanded: "200 € en cartes cadeaux, « sinon je publie »".into(),
                threats: "Envoyer les photos à mes amis avant minuit.".into(),
                notes: "l’été dernier, il a écrit encore ".repeat(10),
                ..EntryFields::default()
            },
        };
        let at = now();
        let t = Instant::now();
        journal.add(&input, at)?;
        adds.push(t.elapsed());
    }
    adds.sort();
    println!(
        "add entry ({ADDS} runs, fsync each): p50 {}  p99 {}  max {}   (goal p99 ≤ 10 ms)",
        ms(percentile(&adds, 50.0)),
        ms(percentile(&adds, 99.0)),
        ms(adds[ADDS - 1])
    );

    let t = Instant::now();
    let list = journal.entries(now())?;
    println!(
        "list {} entries (decrypt + sort): {}",
        list.entries.len(),
        ms(t.elapsed())
    );
    for tag in ["en", "fr"] {
        let lang = localizer().lang(tag)?;
        let t = Instant::now();
        let text = journal.export_text(&lang, now())?;
        let text_time = t.elapsed();
        let t = Instant::now();
        let pdf = journal.export_pdf(&lang, now())?;
        println!(
            "report {tag}, {} entries: text {} ({} KB), PDF {} ({} KB)",
            list.entries.len(),
            ms(text_time),
            text.len() / 1024,
            ms(t.elapsed()),
            pdf.len() / 1024
        );
    }
    Ok(())
}
