//! "My record" survives kill -9: every entry the UI was told is saved is there after a
//! restart, and the database opens and passes `PRAGMA integrity_check`.
//!
//! Ignored by default (it runs a child process many times). Run it with
//! `bench/record/kill9.sh [cycles] [--bench]`, or by hand:
//! `cargo build --release -p refuge-core --features test-support --example record_writer &&
//!  RECORD_KILL9_CYCLES=50 cargo test --release -p refuge-core --test record_kill9 -- --ignored --nocapture`
//!
//! Each cycle starts `record_writer` on the same record, kills it with SIGKILL after a random
//! 0–150 ms (during start-up, unlock, a write, a checkpoint — wherever it is), reopens the
//! record in this process and looks for every `saved <id>` the writer printed. At the end
//! every id of every cycle is checked once more. Prints `record-kill9: cycles N lost L`;
//! fails if anything was lost unless `RECORD_KILL9_BENCH=1` (then it only reports).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Local;
use refuge_core::journal::Journal;
use secrecy::SecretString;

/// The PIN `record_writer` sets.
const PIN: &str = "271828";

fn writer_path() -> PathBuf {
    if let Some(p) = std::env::var_os("RECORD_WRITER") {
        return p.into();
    }
    // target/<profile>/deps/record_kill9-<hash> → target/<profile>/examples/record_writer
    let exe = std::env::current_exe().expect("the test knows its own path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("a test binary lives in target/<profile>/deps");
    profile_dir.join("examples").join("record_writer")
}

/// A small xorshift, seeded from the clock: the kill moments differ on every run.
struct Jitter(u64);

impl Jitter {
    fn next_ms(&mut self, max: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % (max + 1)
    }
}

#[test]
#[ignore = "runs a writer process and kills it many times: bench/record/kill9.sh"]
fn every_saved_entry_survives_kill_9() {
    let cycles: usize = std::env::var("RECORD_KILL9_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let bench = std::env::var("RECORD_KILL9_BENCH").is_ok_and(|v| v == "1");
    let writer = writer_path();
    assert!(
        writer.exists(),
        "{} is missing: build it first with `cargo build [--release] -p refuge-core --example record_writer`, or set RECORD_WRITER",
        writer.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mut jitter = Jitter(u64::from(nanos) | 1);
    let mut all_saved: Vec<String> = Vec::new();
    let mut lost = 0usize;
    let started = Instant::now();

    for cycle in 0..cycles {
        let mut child = Command::new(&writer)
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the writer starts");
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.strip_prefix("saved ").map(str::to_owned))
                .collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(jitter.next_ms(150)));
        child.kill().expect("SIGKILL the writer");
        let status = child.wait().unwrap();
        let saved = reader.join().unwrap();
        if status.code().is_some() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                e.read_to_string(&mut err).ok();
            }
            panic!("cycle {cycle}: the writer exited by itself ({status}): {err}");
        }

        let now = Local::now().fixed_offset();
        let mut journal = Journal::open(dir.path())
            .unwrap_or_else(|e| panic!("cycle {cycle}: the record must open after kill -9: {e}"));
        assert_eq!(
            journal.integrity_check().unwrap(),
            "ok",
            "cycle {cycle}: integrity_check after kill -9"
        );
        if !journal.status(now).unwrap().created {
            assert!(
                saved.is_empty(),
                "cycle {cycle}: ids saved in a record that is not set up"
            );
            continue;
        }
        journal
            .unlock(SecretString::from(PIN), now)
            .unwrap_or_else(|e| panic!("cycle {cycle}: unlock after kill -9: {e}"));
        for id in &saved {
            if journal.entry(id, now).is_err() {
                lost += 1;
                eprintln!("cycle {cycle}: saved entry {id} is missing or unreadable");
            }
        }
        all_saved.extend(saved);
    }

    let now = Local::now().fixed_offset();
    let mut journal = Journal::open(dir.path()).unwrap();
    journal.unlock(SecretString::from(PIN), now).unwrap();
    let list = journal.entries(now).unwrap();
    assert!(
        list.unreadable.is_empty(),
        "no entry is unreadable: {:?}",
        list.unreadable
    );
    let present: std::collections::HashSet<&str> =
        list.entries.iter().map(|e| e.id.as_str()).collect();
    let lost_at_end = all_saved
        .iter()
        .filter(|id| !present.contains(id.as_str()))
        .count();
    lost = lost.max(lost_at_end);

    println!(
        "record-kill9: cycles {cycles} lost {lost} (saved {} entries in {:.1} s; {} in the record)",
        all_saved.len(),
        started.elapsed().as_secs_f64(),
        list.entries.len()
    );
    assert!(
        !all_saved.is_empty(),
        "the writer saved something: the test would prove nothing otherwise"
    );
    if !bench {
        assert_eq!(
            lost, 0,
            "every entry the writer was told is saved survives kill -9"
        );
    }
}
