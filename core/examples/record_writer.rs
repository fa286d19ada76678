//! The writer half of the kill -9 test of "My record" (`core/tests/record_kill9.rs`).
//!
//! `record_writer <dir> [max-entries]` opens the record in `dir` (setting it up with the test
//! PIN and cheap key parameters the first time), then adds entries in a loop and prints
//! `saved <id>` on stdout, flushed, only **after** `add` returned: exactly what the UI would
//! be told. The driver kills it with SIGKILL at a random moment and checks that every printed
//! id is still there.
//!
//! Uses `KdfParams::insecure_for_tests`: this binary never touches a real record.

use std::io::Write;
use std::path::PathBuf;

use chrono::Local;
use refuge_core::journal::crypto::KdfParams;
use refuge_core::journal::{EntryFields, EntryInput, Journal, SecretKind};
use refuge_core::vocab::Audience;
use secrecy::SecretString;

/// The PIN the driver unlocks with.
const PIN: &str = "271828";

fn main() {
    if let Err(e) = run() {
        eprintln!("record_writer: {} ({})", e, e.code());
        std::process::exit(2);
    }
}

fn run() -> refuge_core::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .expect("usage: record_writer <dir> [max-entries]"),
    );
    let max: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(u64::MAX);
    let now = || Local::now().fixed_offset();
    let mut journal = Journal::open(&dir)?;
    if journal.status(now())?.created {
        journal.unlock(SecretString::from(PIN), now())?;
    } else {
        journal.create_with_params(
            SecretString::from(PIN),
            SecretKind::Pin,
            Audience::Young,
            KdfParams::insecure_for_tests(),
            now(),
        )?;
    }
    let stdout = std::io::stdout();
    let pid = std::process::id();
    let mut filler = 0x9E37_79B9_u32 ^ pid;
    for n in 0..max {
        // Vary the size, so pages split and the WAL checkpoints at different moments.
        filler ^= filler << 13;
        filler ^= filler >> 17;
        filler ^= filler << 5;
        let len = 50 + (filler % 3000) as usize;
        let input = EntryInput {
            occurred_at: None,
            fields: EntryFields {
                account: format!("writer-{pid}-{n}"),
                notes: "l’été « menace » ".repeat(len / 20),
                ..EntryFields::default()
            },
        };
        let entry = journal.add(&input, now())?;
        let mut out = stdout.lock();
        writeln!(out, "saved {}", entry.id)
            .and_then(|()| out.flush())
            .ok();
    }
    Ok(())
}
