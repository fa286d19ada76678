//! The record's behaviour as a person meets it: set-up, unlock, waits, entries, erase.
//! Over 600 lines: one scenario a promise of the module docs, each on a fresh record.

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, TimeDelta};
use secrecy::SecretString;

use strum::IntoEnumIterator;

use super::*;
use crate::i18n::localizer;

/// Test-only hooks inside [`Journal::unlock`].
pub(crate) mod hooks {
    use std::cell::Cell;

    thread_local! {
        static CRASH_BEFORE_DERIVATION: Cell<bool> = const { Cell::new(false) };
    }

    /// Called between counting a try and running Argon2.
    pub(crate) fn before_key_derivation() {
        if CRASH_BEFORE_DERIVATION.with(Cell::get) {
            panic!("simulated crash while the key is being derived");
        }
    }

    pub(crate) fn crash_before_derivation(on: bool) {
        CRASH_BEFORE_DERIVATION.with(|c| c.set(on));
    }
}

const PIN: &str = "482915";

/// A boot clock that follows the wall time the test passes, unless the test moves the wall
/// clock on its own ([`FakeBoot::move_wall_clock`]) or reboots.
pub(crate) struct FakeBoot {
    id: Mutex<String>,
    skew_ms: AtomicI64,
}

impl FakeBoot {
    pub(crate) fn new() -> Arc<FakeBoot> {
        Arc::new(FakeBoot {
            id: Mutex::new("boot-1".into()),
            skew_ms: AtomicI64::new(0),
        })
    }

    /// The wall clock jumps by `by` while no real time passes.
    fn move_wall_clock(&self, by: TimeDelta) {
        self.skew_ms
            .fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }

    fn reboot(&self, id: &str) {
        *self.id.lock().unwrap() = id.into();
    }
}

impl BootClock for FakeBoot {
    fn now(&self, wall: DateTime<Utc>) -> Option<BootInstant> {
        Some(BootInstant {
            id: self.id.lock().unwrap().clone(),
            ms: wall.timestamp_millis() - self.skew_ms.load(Ordering::SeqCst),
        })
    }
}

/// The record in `dir` with a test boot clock and cheap Argon2 parameters.
fn open(dir: &Path) -> Journal {
    Journal::open_for_tests(dir, FakeBoot::new()).unwrap()
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s)
}

/// A fixed "now" in Brussels winter time, plus `secs`.
fn t(secs: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-11-23T01:05:00+01:00").unwrap() + TimeDelta::seconds(secs)
}

fn created(dir: &Path) -> Journal {
    let mut j = open(dir);
    j.create_with_params(
        secret(PIN),
        SecretKind::Pin,
        Audience::Young,
        KdfParams::insecure_for_tests(),
        t(0),
    )
    .unwrap();
    j
}

fn input(notes: &str) -> EntryInput {
    EntryInput {
        occurred_at: None,
        fields: EntryFields {
            notes: notes.into(),
            ..EntryFields::default()
        },
    }
}

fn lang(tag: &str) -> Lang {
    localizer().lang(tag).unwrap()
}

#[test]
fn a_new_record_is_not_created_locked_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let j = open(dir.path());
    let status = j.status(t(0)).unwrap();
    assert!(
        !status.created && status.locked,
        "first open: set-up needed, locked"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing on disk until the person sets the record up"
    );
}

#[test]
fn entries_survive_lock_and_restart_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    assert!(!j.is_locked(), "setting the PIN opens the record");
    let older = j
        .add(
            &EntryInput {
                occurred_at: Some("2025-11-20T23:10".into()),
                ..input("first message")
            },
            t(1),
        )
        .unwrap();
    let newer = j.add(&input("today"), t(2)).unwrap();
    let same_time = j
        .add(
            &EntryInput {
                occurred_at: Some("2025-11-20T23:10".into()),
                ..input("written later, same moment")
            },
            t(3),
        )
        .unwrap();
    drop(j);

    let mut j = open(dir.path());
    let status = j.status(t(10)).unwrap();
    assert!(
        status.created && status.locked,
        "after a restart the record is locked"
    );
    assert_eq!(status.kind, Some(SecretKind::Pin));
    assert_eq!(status.audience, Some(Audience::Young));
    assert_eq!(
        j.entries(t(10)).unwrap_err().code(),
        "record-locked",
        "nothing is readable while locked"
    );
    j.unlock(secret(PIN), t(11)).unwrap();
    let list = j.entries(t(12)).unwrap();
    let ids: Vec<&str> = list.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![newer.id.as_str(), same_time.id.as_str(), older.id.as_str()],
        "newest first by when it happened, then by when written"
    );
    assert_eq!(
        list.entries[2], older,
        "an entry comes back exactly as saved"
    );
    assert!(list.unreadable.is_empty());
}

#[test]
fn the_secret_must_fit_its_kind_and_a_record_is_set_up_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open(dir.path());
    for (bad, kind) in [
        ("12345", SecretKind::Pin),
        ("1234567", SecretKind::Pin),
        ("12345a", SecretKind::Pin),
        ("١٢٣٤٥٦", SecretKind::Pin),
        ("short", SecretKind::Passphrase),
    ] {
        let err = j
            .create_with_params(
                secret(bad),
                kind,
                Audience::Parent,
                KdfParams::insecure_for_tests(),
                t(0),
            )
            .unwrap_err();
        assert_eq!(
            err.code(),
            "invalid-secret",
            "{bad:?} is not a valid {kind:?}"
        );
    }
    let long = "x".repeat(MAX_SECRET_BYTES + 1);
    let err = j
        .create_with_params(
            secret(&long),
            SecretKind::Passphrase,
            Audience::Parent,
            KdfParams::insecure_for_tests(),
            t(0),
        )
        .unwrap_err();
    assert_eq!(err.code(), "input-too-long");
    j.create_with_params(
        secret("correct horse battery"),
        SecretKind::Passphrase,
        Audience::Parent,
        KdfParams::insecure_for_tests(),
        t(0),
    )
    .unwrap();
    let again = j
        .create_with_params(
            secret("another passphrase"),
            SecretKind::Passphrase,
            Audience::Parent,
            KdfParams::insecure_for_tests(),
            t(0),
        )
        .unwrap_err();
    assert_eq!(
        again.code(),
        "record-exists",
        "setting up again would lose the record"
    );
    j.lock();
    j.unlock(secret("correct horse battery"), t(1))
        .expect("the passphrase opens the record");
}

#[test]
fn wrong_tries_wait_after_five_and_the_wait_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.add(&input("evidence that must survive guessing"), t(1))
        .unwrap();
    j.lock();
    for n in 1..=5u32 {
        let err = j.unlock(secret("000000"), t(10)).unwrap_err();
        assert!(
            matches!(err, Error::WrongSecret { tries_before_wait } if tries_before_wait == 5 - n),
            "try {n}: wrong-secret with {} left before waits, got {err:?}",
            5 - n
        );
    }
    let err = j.unlock(secret(PIN), t(11)).unwrap_err();
    assert_eq!(
        err.code(),
        "locked-out",
        "during the wait even the right PIN is not tried"
    );
    drop(j);

    let mut j = open(dir.path());
    let status = j.status(t(12)).unwrap();
    assert_eq!(status.failed_attempts, 5, "the count is kept on disk");
    assert_eq!(
        status.retry_at,
        Some(t(10).to_utc() + TimeDelta::seconds(30)),
        "the 30 s wait still applies after a restart"
    );
    assert_eq!(
        j.unlock(secret(PIN), t(20)).unwrap_err().code(),
        "locked-out"
    );
    let err = j.unlock(secret("000000"), t(41)).unwrap_err();
    assert_eq!(
        err.code(),
        "wrong-secret",
        "after the wait, a try is allowed"
    );
    assert_eq!(
        j.status(t(41)).unwrap().retry_at,
        Some(t(41).to_utc() + TimeDelta::seconds(60)),
        "the next wait doubles"
    );
    j.unlock(secret(PIN), t(102)).unwrap();
    let status = j.status(t(102)).unwrap();
    assert_eq!(
        (status.failed_attempts, status.retry_at),
        (0, None),
        "a right PIN resets the count"
    );
    assert_eq!(
        j.entries(t(103)).unwrap().entries.len(),
        1,
        "nothing was wiped by the wrong tries"
    );
}

#[test]
fn a_try_is_counted_before_the_key_is_derived() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.lock();
    hooks::crash_before_derivation(true);
    let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = j.unlock(secret("000000"), t(5));
    }));
    hooks::crash_before_derivation(false);
    assert!(crashed.is_err(), "the simulated crash happened");
    drop(j);
    let j = open(dir.path());
    assert_eq!(
        j.status(t(6)).unwrap().failed_attempts,
        1,
        "a check cut short still counts: killing the app mid-check resets nothing"
    );
}

#[test]
fn a_wrong_pin_in_a_loop_gets_coded_errors_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let saved = j.add(&input("keep me"), t(1)).unwrap();
    j.lock();
    for i in 0..40 {
        let err = j.unlock(secret("999999"), t(10 + i)).unwrap_err();
        assert!(
            ["wrong-secret", "locked-out"].contains(&err.code()),
            "try {i}: a clear code, got {err:?}"
        );
    }
    let later = t(10) + TimeDelta::hours(2);
    j.unlock(secret(PIN), later).unwrap();
    assert_eq!(
        j.entry(&saved.id, later).unwrap(),
        saved,
        "the entry is intact"
    );
}

#[test]
fn the_record_locks_on_request_and_after_two_idle_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.add(&input("a"), t(0)).unwrap();
    assert!(!j.lock_if_idle(t(60)), "one minute idle: still open");
    j.touch(t(100));
    assert!(!j.lock_if_idle(t(200)), "activity restarts the idle time");
    assert!(j.lock_if_idle(t(220)), "two minutes without input: locked");
    assert!(j.is_locked());

    j.unlock(secret(PIN), t(300)).unwrap();
    assert_eq!(
        j.entries(t(300 + 121)).unwrap_err().code(),
        "record-locked",
        "a missed timer cannot leave the record open: the next call locks it"
    );
    j.unlock(secret(PIN), t(500)).unwrap();
    j.lock();
    assert_eq!(
        j.add(&input("b"), t(501)).unwrap_err().code(),
        "record-locked"
    );
}

#[test]
fn editing_keeps_the_date_and_history_and_unknown_ids_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let first = j
        .add(
            &EntryInput {
                occurred_at: Some("2025-11-20T23:10".into()),
                ..input("v1")
            },
            t(1),
        )
        .unwrap();
    let edited = j.update(&first.id, &input("v2"), t(50)).unwrap();
    assert_eq!(
        edited.occurred_at, first.occurred_at,
        "no date in an edit keeps the date"
    );
    assert_eq!(
        edited.created_at, first.created_at,
        "written when first saved"
    );
    assert_eq!(edited.updated_at, t(50).to_utc());
    assert_eq!(edited.revision, 2);
    assert_eq!(
        j.entry(&first.id, t(51)).unwrap(),
        edited,
        "the edit is stored"
    );

    for (id, code) in [
        ("0123456789abcdef0123456789abcdef", "unknown-entry"),
        ("not an id", "unknown-entry"),
        (&"f".repeat(1 << 20), "input-too-long"),
    ] {
        assert_eq!(
            j.update(id, &input("x"), t(52)).unwrap_err().code(),
            code,
            "update {:.20}…",
            id
        );
        assert_eq!(
            j.delete(id, t(52)).unwrap_err().code(),
            code,
            "delete {:.20}…",
            id
        );
    }
    j.delete(&first.id, t(53)).unwrap();
    assert!(j.entries(t(54)).unwrap().entries.is_empty(), "deleted");
    assert_eq!(
        j.delete(&first.id, t(55)).unwrap_err().code(),
        "unknown-entry"
    );
}

#[test]
fn bad_input_is_refused_and_nothing_saved_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let kept = j.add(&input("already saved"), t(1)).unwrap();
    let huge = EntryInput {
        fields: EntryFields {
            threats: "x".repeat(1 << 20),
            ..EntryFields::default()
        },
        ..EntryInput::default()
    };
    assert_eq!(j.add(&huge, t(2)).unwrap_err().code(), "input-too-long");
    assert_eq!(
        j.update(&kept.id, &huge, t(2)).unwrap_err().code(),
        "input-too-long"
    );
    let control = input("before\u{0}after\u{1b}[31m");
    assert_eq!(j.add(&control, t(3)).unwrap_err().code(), "invalid-input");
    let date = EntryInput {
        occurred_at: Some("31/12/2025".into()),
        ..input("x")
    };
    assert_eq!(j.add(&date, t(4)).unwrap_err().code(), "invalid-date");
    let list = j.entries(t(5)).unwrap();
    assert_eq!(
        list.entries,
        vec![kept],
        "only the entry saved before the bad input is there, unchanged"
    );
}

/// Swap two columns between rows, as someone editing the file might.
fn tamper(j: &Journal, sql: &str) {
    j.db.as_ref().unwrap().conn().execute_batch(sql).unwrap();
}

#[test]
fn a_blob_moved_to_another_row_or_revision_does_not_open_and_only_it_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let a = j.add(&input("entry a"), t(1)).unwrap();
    let b = j.add(&input("entry b"), t(2)).unwrap();
    let c = j.add(&input("entry c"), t(3)).unwrap();
    tamper(
        &j,
        &format!(
            "UPDATE entry SET sealed = (SELECT sealed FROM entry WHERE id = '{b}')
               WHERE id = '{a}';",
            a = a.id,
            b = b.id
        ),
    );
    let list = j.entries(t(4)).unwrap();
    assert_eq!(
        list.unreadable,
        vec![a.id.clone()],
        "b's blob under a's id does not open"
    );
    assert_eq!(list.entries.len(), 2, "the other entries are still listed");
    assert_eq!(
        j.entry(&a.id, t(5)).unwrap_err().code(),
        "record-corrupt",
        "that entry alone is reported"
    );

    let before_edit: Vec<u8> =
        j.db.as_ref()
            .unwrap()
            .conn()
            .query_row("SELECT sealed FROM entry WHERE id = ?1", [&c.id], |r| {
                r.get(0)
            })
            .unwrap();
    j.update(&c.id, &input("entry c, edited"), t(6)).unwrap();
    j.db.as_ref()
        .unwrap()
        .conn()
        .execute(
            "UPDATE entry SET sealed = ?1 WHERE id = ?2",
            rusqlite::params![before_edit, c.id],
        )
        .unwrap();
    assert_eq!(
        j.entry(&c.id, t(7)).unwrap_err().code(),
        "record-corrupt",
        "an old blob put back under the new revision does not open"
    );
    j.delete(&a.id, t(8))
        .expect("an unreadable entry can still be deleted");
}

/// Every file under `dir` (recursively) whose raw bytes contain `marker`.
fn files_containing(dir: &Path, marker: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                if bytes.windows(marker.len()).any(|w| w == marker) {
                    found.push(p.display().to_string());
                }
            }
        }
    }
    found
}

#[test]
fn a_marker_typed_into_an_entry_is_nowhere_on_disk_and_gone_after_erase() {
    let dir = tempfile::tempdir().unwrap();
    let marker = "MARKER-7f3a9c-Zoë";
    let mut j = created(dir.path());
    let all_fields = EntryFields {
        platform: marker.into(),
        account: marker.into(),
        demanded: marker.into(),
        payments: marker.into(),
        threats: marker.into(),
        told: marker.into(),
        report_refs: marker.into(),
        notes: marker.into(),
    };
    for i in 0..30 {
        j.add(
            &EntryInput {
                occurred_at: None,
                fields: all_fields.clone(),
            },
            t(i),
        )
        .unwrap();
    }
    let first = j.entries(t(40)).unwrap().entries[0].id.clone();
    j.update(&first, &input(marker), t(41)).unwrap();
    j.lock();
    let wal = storage::companion(&dir.path().join(store::FILE), "-wal");
    assert!(
        wal.exists(),
        "the WAL is there while the app runs: it must be checked too"
    );
    for needle in [marker.as_bytes(), "Zoë".as_bytes(), b"MARKER-7f3a9c"] {
        assert_eq!(
            files_containing(dir.path(), needle),
            Vec::<String>::new(),
            "while locked, {:?} is in no file (db, -wal, -shm)",
            String::from_utf8_lossy(needle)
        );
    }
    drop(j);
    assert!(files_containing(dir.path(), b"MARKER-7f3a9c").is_empty());

    let j = open(dir.path());
    let report = j.erase().unwrap();
    assert!(report.key_destroyed, "the wrapped key went first");
    assert!(
        report.removed.contains(&store::FILE.to_owned()),
        "{report:?}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "after erase no record file remains"
    );
    assert!(files_containing(dir.path(), b"MARKER-7f3a9c").is_empty());
    let again = open(dir.path());
    assert!(
        !again.status(t(50)).unwrap().created,
        "the record can be set up anew"
    );
}

/// Copy every file of the record in `from` into a fresh folder (what a backup or a thief
/// with a USB stick would take), while the app still has the record open.
fn copy_record(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, to.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    to
}

#[test]
fn after_erase_a_copy_taken_before_it_does_not_open_even_with_the_right_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.add(&input("evidence copied before the erase"), t(1))
        .unwrap();
    j.lock();
    j.unlock(secret(PIN), t(2)).unwrap();
    j.add(&input("a second entry, in the WAL"), t(3)).unwrap();
    // The copy: database, -wal, -shm and key file, as they are while the record is open.
    let copy = copy_record(dir.path());
    {
        // Before the erase the copy opens with the PIN: the check below can fail.
        let mut c = open(copy.path());
        c.unlock(secret(PIN), t(4)).unwrap();
        assert_eq!(
            c.entries(t(4)).unwrap().entries.len(),
            2,
            "the copy is a working record"
        );
    }
    let copy = copy_record(dir.path());
    j.erase().unwrap();
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing left in the folder"
    );

    // After erase, the copy without its key file (erase destroyed the only one)…
    std::fs::remove_file(copy.path().join(keyfile::FILE)).unwrap();
    let mut c = open(copy.path());
    let err = c.unlock(secret(PIN), t(5)).unwrap_err();
    assert_eq!(
        err.code(),
        "storage-key-file",
        "the copy cannot be opened: {err:?}"
    );
    // …and with the key file put back as the erase left its bytes (zeros), or any other.
    std::fs::write(copy.path().join(keyfile::FILE), [0u8; keyfile::LEN]).unwrap();
    let err = c.unlock(secret(PIN), t(6)).unwrap_err();
    assert_eq!(
        err.code(),
        "storage-key-file",
        "zeros are not the key: {err:?}"
    );
    // Even skipping the tag check, the right PIN with any other 32 bytes unwraps nothing.
    let row = c.db.as_ref().unwrap().key_row().unwrap().unwrap();
    let params = KdfParams::decode(&row.kdf).unwrap();
    let wrapped = WrappedKey::decode(&row.wrapped).unwrap();
    let context = SecretKind::Pin.wrap_context(&params, true);
    for guess in [[0u8; 32], [0xff; 32]] {
        let kf = KeyFileSecret::from_bytes(guess);
        assert!(
            wrapped
                .unwrap(&secret(PIN), &params, &context, Some(&kf))
                .is_err(),
            "the right PIN without the key file's secret opens nothing"
        );
    }
}

#[test]
fn a_missing_short_or_foreign_key_file_is_a_coded_error_and_nothing_is_moved() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.add(&input("keep me"), t(1)).unwrap();
    j.lock();
    drop(j);
    let key_path = dir.path().join(keyfile::FILE);
    let good = std::fs::read(&key_path).unwrap();
    let other_dir = tempfile::tempdir().unwrap();
    drop(created(other_dir.path()));
    let foreign = std::fs::read(other_dir.path().join(keyfile::FILE)).unwrap();
    let listing = |d: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    for (case, bytes) in [
        ("missing", None),
        ("empty", Some(vec![])),
        ("short", Some(good[..16].to_vec())),
        ("long", Some([good.clone(), vec![0]].concat())),
        ("another record's", Some(foreign.clone())),
    ] {
        match &bytes {
            None => std::fs::remove_file(&key_path).unwrap(),
            Some(b) => std::fs::write(&key_path, b).unwrap(),
        }
        let mut j = open(dir.path());
        let before = listing(dir.path());
        let err = j.unlock(secret(PIN), t(2)).unwrap_err();
        assert_eq!(err.code(), "storage-key-file", "{case} key file: {err:?}");
        assert_eq!(
            j.status(t(2)).unwrap().failed_attempts,
            0,
            "{case}: not a wrong try"
        );
        assert_eq!(
            listing(dir.path()),
            before,
            "{case}: nothing moved, added or deleted"
        );
        if let Some(b) = &bytes {
            assert_eq!(
                &std::fs::read(&key_path).unwrap(),
                b,
                "{case}: the file is untouched"
            );
        }
        drop(j);
    }
    std::fs::write(&key_path, &good).unwrap();
    let mut j = open(dir.path());
    j.unlock(secret(PIN), t(3))
        .expect("with its own key file back, the record opens");
    assert_eq!(
        j.entries(t(3)).unwrap().entries.len(),
        1,
        "nothing was lost"
    );
}

/// A record as the first version set it up: no key file, parameters of format 1, the key
/// wrapped under Argon2id alone (context version 1).
fn legacy_record(dir: &Path, pin: &str) -> Journal {
    let mut j = open(dir);
    let params = KdfParams::legacy_for_tests();
    let key = DataKey::generate().unwrap();
    let context = SecretKind::Pin.wrap_context(&params, false);
    let wrapped = WrappedKey::wrap(&key, &secret(pin), &params, &context, None).unwrap();
    let mut db = Db::open_or_create(&dir.join(store::FILE)).unwrap();
    db.insert_key(&KeyRow {
        kind: "pin".into(),
        audience: "young".into(),
        kdf: params.encode(),
        wrapped: wrapped.as_bytes().to_vec(),
        keyfile: None,
    })
    .unwrap();
    j.db = Some(db);
    j.key = Some(key);
    j.last_activity = Some(t(0).to_utc());
    j.add(&input("written before key files existed"), t(0))
        .unwrap();
    j.lock();
    j
}

#[test]
fn a_record_made_before_the_key_file_opens_and_gets_one_at_its_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    drop(legacy_record(dir.path(), "123456"));
    let mut j = open(dir.path());
    assert!(!j.has_key_file().unwrap(), "the old record has no key file");
    let status = j.status(t(1)).unwrap();
    assert!(
        status.created && !status.damaged,
        "it is not read as damaged"
    );
    assert!(!dir.path().join(keyfile::FILE).exists());
    // The old PIN is accepted at unlock even though set-up would refuse it today.
    j.unlock(secret("123456"), t(2))
        .expect("an old record opens with its PIN");
    assert_eq!(
        j.entries(t(2)).unwrap().entries.len(),
        1,
        "and its entry is there"
    );
    assert!(
        dir.path().join(keyfile::FILE).exists(),
        "the unlock made the key file"
    );
    assert!(j.has_key_file().unwrap(), "and re-wrapped the key under it");
    assert!(
        !j.kdf_params().unwrap().below_todays(),
        "with today's parameters"
    );
    j.lock();
    drop(j);
    let mut j = open(dir.path());
    j.unlock(secret("123456"), t(3))
        .expect("it opens again, now with its key file");
    let erased = j.erase().unwrap();
    assert!(
        erased.removed.contains(&keyfile::FILE.to_owned()),
        "{erased:?}"
    );
}

#[test]
fn a_rewrap_cut_short_after_the_key_file_was_written_finishes_next_time() {
    let dir = tempfile::tempdir().unwrap();
    drop(legacy_record(dir.path(), PIN));
    let mut j = open(dir.path());
    let attempt = j.begin_unlock(secret(PIN), t(1)).unwrap();
    let rewrap = j
        .finish_unlock(attempt.run(), t(1))
        .unwrap()
        .expect("a re-wrap is due");
    let sealed = rewrap.seal(dir.path()).unwrap();
    // The crash: the key file is on disk, the row was never written.
    keyfile::create(dir.path(), &sealed.keyfile).unwrap();
    drop(sealed);
    j.lock();
    drop(j);
    let mut j = open(dir.path());
    assert!(!j.has_key_file().unwrap(), "still the old wrapping");
    j.unlock(secret(PIN), t(2))
        .expect("the old record still opens");
    assert!(
        j.has_key_file().unwrap(),
        "and the re-wrap used the key file left behind"
    );
    j.lock();
    j.unlock(secret(PIN), t(3)).expect("and opens with it");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12))]
    #[test]
    fn a_rewrap_keeps_the_data_key_and_the_secret(pin in "[0-9]{6}", other in "[0-9]{6}") {
        proptest::prop_assume!(pin != other);
        let dir = tempfile::tempdir().unwrap();
        let mut j = legacy_record(dir.path(), &pin);
        j.unlock(secret(&pin), t(1)).unwrap();
        proptest::prop_assert!(j.has_key_file().unwrap(), "re-wrapped under a key file");
        proptest::prop_assert!(!j.kdf_params().unwrap().below_todays());
        j.lock();
        proptest::prop_assert_eq!(
            j.unlock(secret(&other), t(2)).unwrap_err().code(),
            "wrong-secret",
            "another PIN still does not open it"
        );
        j.unlock(secret(&pin), t(3)).unwrap();
        proptest::prop_assert_eq!(
            j.entries(t(3)).unwrap().entries.len(),
            1,
            "the same data key: the old entry opens"
        );
    }
}

#[test]
fn weak_stored_parameters_are_rewrapped_at_unlock_and_todays_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.lock();
    let before = j.db.as_ref().unwrap().key_row().unwrap().unwrap();
    j.unlock(secret(PIN), t(1)).unwrap();
    let after = j.db.as_ref().unwrap().key_row().unwrap().unwrap();
    assert!(before == after, "today's parameters: no re-wrap");
    // Parameters below today's floor (one pass), with the key file.
    let mut weak = KdfParams::insecure_for_tests();
    let dir2 = tempfile::tempdir().unwrap();
    let mut j2 = open(dir2.path());
    weak = {
        let mut bytes = weak.encode();
        bytes[6] = 1; // t = 1 (u32 LE after format, algorithm and m)
        KdfParams::decode(&bytes).unwrap()
    };
    assert!(weak.below_todays());
    j2.create_with_params(
        secret(PIN),
        SecretKind::Pin,
        Audience::Young,
        weak.clone(),
        t(0),
    )
    .unwrap();
    j2.add(&input("kept across the re-wrap"), t(0)).unwrap();
    j2.lock();
    j2.unlock(secret(PIN), t(1)).unwrap();
    assert!(
        !j2.kdf_params().unwrap().below_todays(),
        "re-wrapped with today's parameters"
    );
    j2.lock();
    j2.unlock(secret(PIN), t(2))
        .expect("the re-wrapped key opens with the same PIN");
    assert_eq!(
        j2.entries(t(2)).unwrap().entries.len(),
        1,
        "and the data key is the same"
    );
}

#[test]
fn a_setup_cut_short_after_the_key_file_was_written_can_be_done_again() {
    let dir = tempfile::tempdir().unwrap();
    let j = open(dir.path());
    let sealed = j
        .prepare_setup(secret(PIN), SecretKind::Pin, Audience::Young)
        .unwrap()
        .seal()
        .unwrap();
    // The crash (kill -9 found it): the key file is written, the record is not.
    keyfile::create(dir.path(), &sealed.keyfile).unwrap();
    let left = std::fs::read(dir.path().join(keyfile::FILE)).unwrap();
    drop((sealed, j));
    let mut j = open(dir.path());
    assert!(!j.status(t(0)).unwrap().created, "no record yet");
    j.create(secret("948163"), SecretKind::Pin, Audience::Young, t(1))
        .expect("set-up works again");
    assert_eq!(
        std::fs::read(dir.path().join(keyfile::FILE)).unwrap(),
        left,
        "the key file found there is used, never rewritten"
    );
    j.lock();
    j.unlock(secret("948163"), t(2))
        .expect("and the record opens");
}

#[test]
fn a_lock_while_the_key_is_derived_wins() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.lock();
    let attempt = j.begin_unlock(secret(PIN), t(1)).unwrap();
    let outcome = attempt.run();
    j.lock(); // Quick exit or the window hidden, while Argon2 ran.
    assert_eq!(
        j.finish_unlock(outcome, t(2)).err().unwrap().code(),
        "record-locked"
    );
    assert!(j.is_locked(), "the record stays locked");
    assert_eq!(
        j.status(t(2)).unwrap().failed_attempts,
        0,
        "a right PIN is not a wrong try"
    );
}

#[test]
fn common_pins_are_refused_at_setup_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open(dir.path());
    for pin in ["123456", "000000", "121212", "241208", "159753"] {
        let err = j
            .create(secret(pin), SecretKind::Pin, Audience::Young, t(0))
            .unwrap_err();
        assert_eq!(err.code(), "weak-secret", "{pin} is refused");
        assert!(
            !err.to_string().contains(pin),
            "the PIN is not in the error: {err}"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing was written"
    );
    j.create(secret("948163"), SecretKind::Pin, Audience::Young, t(0))
        .expect("a PIN that is none of those is accepted");
}

#[test]
fn a_generated_passphrase_locks_and_unlocks_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open(dir.path());
    let fr = lang("fr");
    let phrase = generate_passphrase(&fr).unwrap();
    let typed = phrase.expose_secret().to_owned();
    j.create(phrase, SecretKind::Passphrase, Audience::Young, t(0))
        .unwrap();
    j.lock();
    j.unlock(secret(&typed), t(1))
        .expect("the four words open it");
}

#[test]
fn a_wrong_passphrase_in_a_loop_meets_the_same_lockout_as_a_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open(dir.path());
    j.create(
        secret("carton velours ardoise moulin"),
        SecretKind::Passphrase,
        Audience::Parent,
        t(0),
    )
    .unwrap();
    j.lock();
    for n in 1..=5u32 {
        let err = j
            .unlock(secret("carton velours ardoise moulinx"), t(10))
            .unwrap_err();
        assert_eq!(err.code(), "wrong-secret", "try {n}");
    }
    let err = j
        .unlock(secret("carton velours ardoise moulin"), t(11))
        .unwrap_err();
    assert_eq!(err.code(), "locked-out", "a passphrase waits like a PIN");
    assert_eq!(j.status(t(11)).unwrap().retry_at, Some(t(40).to_utc()));
}

#[test]
fn moving_the_clock_forward_or_deleting_the_count_skips_no_wait() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeBoot::new();
    let mut j = Journal::open_for_tests(dir.path(), clock.clone()).unwrap();
    j.create(secret(PIN), SecretKind::Pin, Audience::Young, t(0))
        .unwrap();
    j.lock();
    for _ in 0..5 {
        let _ = j.unlock(secret("000001"), t(10));
    }
    // The wall clock jumps a day ahead; one real second passes.
    clock.move_wall_clock(TimeDelta::days(1));
    let later = t(11) + TimeDelta::days(1);
    assert_eq!(
        j.unlock(secret(PIN), later).unwrap_err().code(),
        "locked-out",
        "the clock changes nothing"
    );
    assert_eq!(
        j.status(later).unwrap().retry_at,
        Some((later + TimeDelta::seconds(29)).to_utc()),
        "29 real seconds still to wait, shown in wall-clock time"
    );
    // The count deleted from the file: the longest wait, not zero tries.
    j.db.as_ref()
        .unwrap()
        .conn()
        .execute_batch("DELETE FROM lockout")
        .unwrap();
    let status = j.status(later).unwrap();
    assert_eq!(
        status.retry_at,
        Some((later + lockout::LONGEST_WAIT).to_utc()),
        "a missing count waits an hour"
    );
    assert_eq!(status.tries_before_wait, 0);
    assert_eq!(
        j.unlock(secret(PIN), later + TimeDelta::minutes(30))
            .unwrap_err()
            .code(),
        "locked-out"
    );
    j.unlock(secret(PIN), later + TimeDelta::minutes(61))
        .expect("after the hour, the right PIN opens");
    // A damaged count (a value of the wrong type) is the longest wait too.
    j.lock();
    j.db.as_ref().unwrap().conn().execute_batch("DROP TABLE lockout; CREATE TABLE lockout (id INTEGER PRIMARY KEY, failures ANY, retry_at_ms ANY, boot_id ANY, boot_ms ANY); INSERT INTO lockout VALUES (1, 'zero', NULL, NULL, NULL);").unwrap();
    let at = later + TimeDelta::minutes(70);
    assert_eq!(
        j.status(at).unwrap().retry_at,
        Some((at + lockout::LONGEST_WAIT).to_utc()),
        "an unreadable count waits an hour"
    );
}

#[test]
fn after_a_reboot_a_wait_starts_again() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeBoot::new();
    let mut j = Journal::open_for_tests(dir.path(), clock.clone()).unwrap();
    j.create(secret(PIN), SecretKind::Pin, Audience::Young, t(0))
        .unwrap();
    j.lock();
    for _ in 0..5 {
        let _ = j.unlock(secret("000001"), t(10));
    }
    clock.reboot("boot-2");
    clock.move_wall_clock(TimeDelta::hours(3));
    let later = t(20) + TimeDelta::hours(3);
    assert_eq!(
        j.status(later).unwrap().retry_at,
        Some((later + TimeDelta::seconds(30)).to_utc()),
        "the whole 30 s on the new boot"
    );
    assert_eq!(
        j.unlock(secret(PIN), later + TimeDelta::seconds(10))
            .unwrap_err()
            .code(),
        "locked-out"
    );
    j.unlock(secret(PIN), later + TimeDelta::seconds(31))
        .expect("then it opens");
}

#[test]
fn delete_edit_and_lock_leave_no_old_version_in_the_wal() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let a = j.add(&input("first version"), t(1)).unwrap();
    let b = j.add(&input("to be deleted"), t(2)).unwrap();
    let sealed = |j: &Journal, id: &str| -> Vec<u8> {
        j.db.as_ref()
            .unwrap()
            .conn()
            .query_row("SELECT sealed FROM entry WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    let (old_a, old_b) = (sealed(&j, &a.id), sealed(&j, &b.id));
    let wal = storage::companion(&dir.path().join(store::FILE), "-wal");
    j.update(&a.id, &input("second version"), t(3)).unwrap();
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "an edit empties the WAL"
    );
    j.delete(&b.id, t(4)).unwrap();
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "a delete empties the WAL"
    );
    j.add(&input("new one"), t(5)).unwrap();
    j.lock();
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "a lock empties the WAL"
    );
    for old in [old_a, old_b] {
        assert!(
            files_containing(dir.path(), &old[1..25]).is_empty(),
            "an old or deleted blob is in no file"
        );
    }
}

#[cfg(unix)]
#[test]
fn the_records_folder_and_files_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("org.refuge.app");
    let mut j = created(&dir);
    j.add(&input("x"), t(1)).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the folder");
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
}

#[test]
fn erase_works_without_the_pin_and_on_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(store::FILE);
    std::fs::write(&path, b"not a database at all".repeat(100)).unwrap();
    std::fs::write(storage::companion(&path, "-wal"), b"stray wal").unwrap();
    let err = Journal::open_for_tests(dir.path(), FakeBoot::new())
        .err()
        .unwrap();
    assert_eq!(
        err.code(),
        "storage-corrupt",
        "the damaged record is reported"
    );
    assert!(path.exists(), "and left alone until the person chooses");
    let report = erase(dir.path()).unwrap();
    assert!(
        !report.key_destroyed,
        "there was no readable key to destroy"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "the damaged file and its WAL are removed"
    );
}

#[test]
fn erase_everything_also_removes_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = storage::Store::open_in_dir(dir.path());
        store.set(storage::Setting::Language, "fr").unwrap();
    }
    std::fs::write(
        dir.path().join(format!("{}.corrupt-1", storage::DB_FILE)),
        b"an old copy kept aside",
    )
    .unwrap();
    let mut j = created(dir.path());
    j.add(&input("x"), t(1)).unwrap();
    drop(j);
    std::fs::write(dir.path().join("unrelated.txt"), b"not ours").unwrap();
    let report = erase_everything(dir.path(), None).unwrap();
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        vec!["unrelated.txt"],
        "record and settings are gone, nothing else is touched: {report:?}"
    );
}

#[test]
fn the_report_needs_the_record_open_and_prints_in_time_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    j.add(
        &EntryInput {
            occurred_at: Some("2025-11-21T08:00".into()),
            ..input("second thing")
        },
        t(1),
    )
    .unwrap();
    j.add(
        &EntryInput {
            occurred_at: Some("2025-11-20T23:10".into()),
            ..input("first thing")
        },
        t(2),
    )
    .unwrap();
    let text = j.export_text(&lang("en"), t(3)).unwrap().to_string();
    let first = text.find("first thing").unwrap();
    let second = text.find("second thing").unwrap();
    assert!(first < second, "oldest first in the report:\n{text}");
    assert!(
        text.contains("2025-11-23 at 01:05 (UTC+01:00)"),
        "the date the report was made:\n{text}"
    );
    j.lock();
    assert_eq!(
        j.export_text(&lang("en"), t(4)).unwrap_err().code(),
        "record-locked"
    );
    assert_eq!(
        j.export_pdf(&lang("en"), t(4)).unwrap_err().code(),
        "record-locked"
    );
}

#[test]
fn the_pdf_report_embeds_its_font_and_pdftotext_reads_the_accents() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let typed =
        "Il a écrit « paie ou je publie » à 23 h, l’été dernier — 150 € en cartes, cœur brisé";
    j.add(
        &EntryInput {
            occurred_at: Some("2025-11-20T23:10".into()),
            fields: EntryFields {
                platform: "Snapchat".into(),
                account: "pаypal_support (Cyrillic а)".into(),
                threats: typed.into(),
                notes: format!("{}\nfin", "longue ligne ".repeat(60)),
                ..EntryFields::default()
            },
        },
        t(1),
    )
    .unwrap();
    for i in 0..40 {
        j.add(&input(&format!("entrée numéro {i}")), t(2 + i))
            .unwrap();
    }
    let pdf = j.export_pdf(&lang("fr"), t(60)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    assert!(
        pdf.windows(9).any(|w| w == b"FontFile2"),
        "the font is embedded, not referenced"
    );
    assert!(
        !pdf.windows(5).any(|w| w == b"/Type1"),
        "no base-14 font that would lose accents"
    );
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = match std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        Ok(out) => panic!(
            "pdftotext refused the PDF: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        // A check that did not run must not pass: scripts/setup.sh installs poppler-utils.
        Err(e) => panic!("pdftotext could not run ({e}): install Debian's poppler-utils"),
    };
    // Lines wrap at spaces; compare with every run of white space (NBSP too) as one space.
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "Relevé de ce qui s’est passé",
        "« paie ou je publie »",
        "l’été dernier — 150 € en cartes, cœur brisé",
        "p[U+0430]ypal_support",
        "Menaces",
        "Entrée 1 — 2025-11-20 à 23:10 (UTC+01:00)",
        "Rapport établi le 2025-11-23 à 01:06 (UTC+01:00)",
        "entrée numéro 39",
        "Page 2 sur",
    ] {
        let want = want.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&want), "pdftotext finds {want:?} in:\n{out}");
    }
}

#[test]
fn every_string_the_record_uses_exists_and_french_keeps_its_register() {
    let mut needed: Vec<String> = [
        "record-title",
        "record-setup-protects",
        "record-setup-no-recovery",
        "record-unlock-wrong",
        "record-unlock-wait",
        "record-report-title",
        "record-report-made",
        "record-report-intro",
        "record-report-count",
        "record-report-unreadable",
        "record-report-entry",
        "record-report-when",
        "record-report-written",
        "record-report-written-changed",
        "record-report-page",
        "record-field-occurred-at-label",
        "record-field-occurred-at-hint",
    ]
    .map(String::from)
    .to_vec();
    for f in Field::iter() {
        needed.push(format!("record-field-{}-label", f.name()));
        needed.push(format!("record-field-{}-hint", f.name()));
    }
    let codes = [
        Error::InputTooLong { len: 0, max: 0 },
        Error::InvalidInput(String::new()),
        Error::InvalidDate,
        Error::WeakSecret(""),
        Error::StorageKeyFile(String::new()),
        Error::UnknownEntry(String::new()),
        Error::RecordCorrupt(String::new()),
        Error::RecordLocked,
        Error::RecordNotCreated,
        Error::RecordExists,
        Error::InvalidSecret(""),
        Error::WrongSecret {
            tries_before_wait: 0,
        },
        Error::LockedOut {
            retry_at: t(0).to_utc(),
        },
        Error::Storage(String::new()),
        Error::StorageBusy,
        Error::StorageNewerVersion { found: 2, known: 1 },
        Error::StorageCorrupt(String::new()),
        Error::EraseIncomplete(vec![]),
        Error::Crypto(String::new()),
    ];
    for e in &codes {
        needed.push(format!("record-error-{}", e.code()));
    }
    for l in localizer().languages() {
        for id in &needed {
            assert!(localizer().has(&l, id), "{id} is missing in {l}");
        }
        for audience in [Audience::Young, Audience::Parent] {
            let all = strings(&l, audience).unwrap();
            assert!(all.len() > 80, "the record's screens get their strings");
            for e in &codes {
                let text = error_text(&l, audience, e).unwrap();
                assert!(!text.is_empty(), "{} says something", e.code());
            }
            for tries in [0, 1, 3] {
                wrong_secret_text(&l, audience, SecretKind::Pin, tries).unwrap();
            }
            // Ends at 1:05:01 local time: the screen says 1:06, never a minute too early.
            let wait = wait_text(&l, audience, t(1).to_utc(), *t(0).offset()).unwrap();
            // In local time, written the language's way ("1:06", "1 h 06").
            let clock = if l.to_string().starts_with("fr") {
                "1\u{a0}h\u{a0}06"
            } else {
                "1:06"
            };
            assert!(
                wait.contains(clock) || wait.contains(&clock.replace('\u{a0}', " ")),
                "the retry time in local time, as {clock:?}: {wait}"
            );
        }
    }
}

/// The words of a French text, lowercased, split at anything that is not a letter.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn french_says_tu_to_young_people_and_vous_to_adults() {
    let fr = lang("fr");
    let young = strings(&fr, Audience::Young).unwrap();
    let adult = strings(&fr, Audience::Parent).unwrap();
    let mut differ = 0;
    for (id, text) in &young {
        let bad: Vec<String> = words(text)
            .into_iter()
            .filter(|w| ["vous", "votre", "vos"].contains(&w.as_str()))
            .collect();
        assert!(
            bad.is_empty(),
            "{id} says {bad:?} to a young person: {text}"
        );
        if adult.get(id) != Some(text) {
            differ += 1;
        }
    }
    for (id, text) in &adult {
        let bad: Vec<String> = words(text)
            .into_iter()
            .filter(|w| ["tu", "te", "t", "ton", "ta", "tes", "toi"].contains(&w.as_str()))
            .collect();
        assert!(bad.is_empty(), "{id} says {bad:?} to an adult: {text}");
    }
    assert!(
        differ >= 20,
        "both registers are written, not one copied: {differ} differ"
    );
    assert!(
        young["record-setup-protects"].contains("ton dossier")
            && adult["record-setup-protects"].contains("votre dossier"),
        "the threat model is said in each register"
    );
}

#[test]
fn french_record_strings_follow_french_typography() {
    let fr = lang("fr");
    for audience in [Audience::Young, Audience::Parent] {
        for (id, text) in strings(&fr, audience).unwrap() {
            assert!(!text.contains('\''), "{id} uses ’ not ': {text}");
            for mark in ['?', '!', ':', ';', '»'] {
                assert!(
                    !text.contains(&format!(" {mark}")),
                    "{id} needs a no-break space before {mark}: {text}"
                );
            }
            assert!(!text.contains("« "), "{id}: no-break space after «: {text}");
        }
    }
}

#[test]
fn the_threat_model_says_what_each_lock_protects_against_and_what_not() {
    for audience in [Audience::Young, Audience::Parent] {
        let en = strings(&lang("en"), audience).unwrap();
        let said = |id: &str, parts: &[&str]| {
            let s = &en[id];
            for part in parts {
                assert!(s.contains(part), "{id} says {part:?}: {s}");
            }
        };
        said(
            "record-setup-protects",
            &["picks up this device", "in Refuge", "wait"],
        );
        // H1: a copy of the files is protected by the words, not by a PIN.
        said(
            "record-setup-copies",
            &[
                "copies",
                "every PIN",
                "Four random words stop that too",
                "A PIN doesn't",
            ],
        );
        said(
            "record-setup-limits",
            &["unlocked", "spyware", "older copy"],
        );
        said(
            "record-setup-no-recovery",
            &["nobody can get it back", "erase"],
        );
        // H2: erase says what it reaches and what not.
        said(
            "record-erase-body",
            &["can no longer be opened", "not even with your PIN"],
        );
        said(
            "record-erase-reach",
            &["reports you saved or printed", "backups"],
        );
        // L12: the record does not lock when the window merely loses focus, so it never says so.
        assert!(
            !en["record-lock-auto"].contains("leave the window"),
            "{}",
            en["record-lock-auto"]
        );
        for (id, text) in &en {
            assert!(
                !text.contains("for good"),
                "{id} promises more than erase does: {text}"
            );
            assert!(
                !text.contains("anyone who picks up this device or copies"),
                "{id}: {text}"
            );
        }
        let fr = strings(&lang("fr"), audience).unwrap();
        for (id, text) in &fr {
            assert!(
                !text.contains("pour de bon") && !text.contains("définitivement"),
                "{id} promises more than erase does: {text}"
            );
        }
        assert!(
            fr["record-setup-copies"].contains("Un code PIN, non"),
            "{}",
            fr["record-setup-copies"]
        );
    }
}

#[test]
fn the_ipc_shapes_are_pinned() {
    let input: EntryInput = serde_json::from_value(serde_json::json!({
        "occurred_at": "2025-11-20T23:10",
        "platform": "Snapchat",
        "report_refs": "PV 2025/123"
    }))
    .unwrap();
    assert_eq!(
        input,
        EntryInput {
            occurred_at: Some("2025-11-20T23:10".into()),
            fields: EntryFields {
                platform: "Snapchat".into(),
                report_refs: "PV 2025/123".into(),
                ..EntryFields::default()
            },
        },
        "the form sends flat fields; missing ones are empty"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut j = created(dir.path());
    let entry = j.add(&input, t(0)).unwrap();
    let json = serde_json::to_value(&entry).unwrap();
    assert_eq!(
        json["occurred_at"], "2025-11-20T23:10:00+01:00",
        "RFC 3339, local offset"
    );
    assert_eq!(json["platform"], "Snapchat", "fields are flat");
    assert_eq!(json["revision"], 1);
    let status = serde_json::to_value(j.status(t(1)).unwrap()).unwrap();
    assert_eq!(
        status,
        serde_json::json!({
            "created": true, "locked": false, "kind": "pin", "audience": "young",
            "failed_attempts": 0, "tries_before_wait": 5, "retry_at": null, "damaged": false
        }),
        "what the record screen receives before anything is decrypted"
    );
    let err = serde_json::to_value(Error::WrongSecret {
        tries_before_wait: 2,
    })
    .unwrap();
    assert_eq!(
        err["code"], "wrong-secret",
        "errors cross as {{code, message}}"
    );
}

/// Issue 23: the record keeps the one `Audience` of core's vocabulary. A record set up before
/// stored `adult` (schema 2), and must open as it did, with its PIN, addressed with "vous"; a
/// staff member's record is kept as staff; nobody sets up a record as "everyone".
#[test]
fn the_record_keeps_core_s_audience_and_migrates_the_old_adult() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open(dir.path());
    let refused = j
        .create_with_params(
            secret(PIN),
            SecretKind::Pin,
            Audience::Everyone,
            KdfParams::insecure_for_tests(),
            t(0),
        )
        .unwrap_err();
    assert_eq!(refused.code(), "invalid-input", "{refused}");
    assert!(!j.status(t(0)).unwrap().created, "nothing was written");

    j.create_with_params(
        secret(PIN),
        SecretKind::Pin,
        Audience::Staff,
        KdfParams::insecure_for_tests(),
        t(0),
    )
    .unwrap();
    j.add(&input("written before the migration"), t(1)).unwrap();
    assert_eq!(j.status(t(1)).unwrap().audience, Some(Audience::Staff));
    let stored = |j: &Journal| -> String {
        j.db.as_ref()
            .unwrap()
            .conn()
            .query_row("SELECT audience FROM record_key WHERE id = 1", [], |r| {
                r.get(0)
            })
            .unwrap()
    };
    assert_eq!(stored(&j), "staff", "the vocabulary's own word is stored");

    // Put the file back as a build before this one left it: schema 2, an adult's record.
    j.db.as_ref()
        .unwrap()
        .conn()
        .execute_batch(
            "CREATE TABLE old_key (
                 id       INTEGER PRIMARY KEY CHECK (id = 1),
                 kind     TEXT NOT NULL CHECK (kind IN ('pin', 'passphrase')),
                 audience TEXT NOT NULL CHECK (audience IN ('young', 'adult')),
                 kdf      BLOB NOT NULL,
                 wrapped  BLOB NOT NULL,
                 keyfile  BLOB
             ) STRICT;
             INSERT INTO old_key SELECT id, kind, 'adult', kdf, wrapped, keyfile FROM record_key;
             DROP TABLE record_key;
             ALTER TABLE old_key RENAME TO record_key;
             PRAGMA user_version = 2;",
        )
        .unwrap();
    drop(j);

    let mut j = open(dir.path());
    assert_eq!(
        j.status(t(2)).unwrap().audience,
        Some(Audience::Parent),
        "an older record's adult is now a parent's"
    );
    assert_eq!(stored(&j), "parent");
    let version: i64 =
        j.db.as_ref()
            .unwrap()
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
    assert_eq!(version, 3, "migrated once, to the last schema");
    j.unlock(secret(PIN), t(3))
        .expect("the same PIN opens it: the key row came through whole");
    let list = j.entries(t(4)).unwrap();
    assert_eq!(list.entries.len(), 1, "and every entry with it");
    let view = super::view::record_view(&mut j, &lang("fr"), t(5), None).unwrap();
    assert!(
        view.strings["record-setup-protects"].contains("votre dossier"),
        "and it is still addressed with vous"
    );

    for word in ["everyone", "adult", "grown-up", ""] {
        assert_eq!(
            stored_audience(word).unwrap_err().code(),
            "record-corrupt",
            "{word:?} is not a word the record stores now"
        );
    }
}

#[test]
fn french_says_vous_to_staff_as_to_parents() {
    let fr = lang("fr");
    assert_eq!(
        strings(&fr, Audience::Staff).unwrap(),
        strings(&fr, Audience::Parent).unwrap(),
        "the record speaks to every adult alike"
    );
}
