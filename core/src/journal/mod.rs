//! "My record": a private, encrypted, text-only record of what happened, locked by a
//! passphrase (offered first) or a PIN, with an erase that reaches its own files and a report
//! to hand over.
//! (Over 600 lines: the `Journal` state machine is one job; its words live in `say`.)
//!
//! Why: every authority asks victims to keep evidence (usernames, links, dates, demands,
//! payment references), and a fifteen-year-old at 1 a.m. has no safe place to write it down.
//! The record is that place. It never holds an image.
//!
//! What it protects against (said once in the app, `record-setup-protects` and
//! `record-setup-copies`): someone who picks up the device cannot read the record in the
//! app; a copy of its files is protected by a passphrase of four random words, not by a
//! six-digit PIN (a computer can try all 10⁶ PINs offline). Not a device that is unlocked in
//! someone else's hands while the record is open, nor one with spyware. A forgotten secret
//! cannot be recovered; the way out is [`erase`], which reaches the record's own files and
//! not reports that were saved or printed, nor the system's backups.
//!
//! How (each part has its own module docs):
//! - [`crypto`]: a random data key seals each entry (XChaCha20-Poly1305, bound to the entry's
//!   id and revision); it is stored only wrapped under HKDF(Argon2id(secret) ‖ key file),
//!   Argon2id calibrated at set-up to about 0.75 s here, memory first.
//! - [`keyfile`]: `journal.key`, the 32 bytes erase destroys first.
//! - [`secret`]: the generated passphrase and the PINs refused at set-up.
//! - [`store`]: `journal.sqlite3`, WAL, `synchronous=FULL`, a TRUNCATE checkpoint after every
//!   delete, edit and lock, never moved on an error.
//! - [`lockout`]: wrong tries counted on disk before the check runs, doubling waits after
//!   five timed on the boot clock, never an automatic wipe.
//! - [`entry`]: the fields, the input rules and their error codes.
//! - [`export`] and [`pdf`]: the report, as plain text and as PDF, in the UI's language.
//!
//! Locking: the record is locked when opened, by [`Journal::lock`] (window hidden or
//! minimised, Quick exit), and after [`IDLE_LOCK_AFTER`] without activity: the shell calls
//! [`Journal::lock_if_idle`] on a timer and [`Journal::touch`] on input, and every operation
//! that needs the key also checks the idle time itself, so a missed timer (a suspended
//! laptop) cannot leave the record open. Locking drops the data key, which wipes it.
//!
//! Argon2 never runs while the caller holds the journal: set-up and unlock come in halves
//! ([`Journal::begin_unlock`], [`UnlockAttempt::run`], [`Journal::finish_unlock`]), so the
//! shell can lock or quit at once while a key is being derived; a lock in between wins.
//!
//! Time: every call takes `now` with the person's current UTC offset, so the rules are
//! tested without a clock and entries show the local time they were written in.

pub mod crypto;
pub mod entry;
pub mod export;
pub mod ids;
pub mod keyfile;
pub mod lockout;
pub mod pdf;
mod random;
pub mod report_text;
pub mod secret;
pub mod store;
pub mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use fluent_bundle::FluentValue;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{check_len, Error, Result};
use crate::i18n::{Lang, Text};
use crate::storage;
use crate::vocab::{Audience, Name};
use crypto::{entry_aad, DataKey, KdfParams, UnwrapError, WrappedKey};
pub use entry::{Entry, EntryFields, EntryInput, Field};
use keyfile::KeyFileSecret;
use lockout::{BootClock, BootInstant, Lockout, SystemBootClock};
pub use store::EraseReport;
use store::{Db, KeyRow};

/// The record locks itself after this long without activity.
pub const IDLE_LOCK_AFTER: TimeDelta = TimeDelta::minutes(2);
/// Digits in a PIN.
pub const PIN_DIGITS: usize = 6;
/// Fewest characters in a passphrase.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Most bytes in a passphrase (a longer one is `input-too-long`, before any work).
pub const MAX_SECRET_BYTES: usize = 1024;
/// The prefix of every Fluent id of the record.
pub const FLUENT_PREFIX: &str = "record-";

/// How the record is locked.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum SecretKind {
    /// Exactly six digits.
    Pin,
    /// At least eight characters (the generated one is four words).
    Passphrase,
}

impl SecretKind {
    fn parse(s: &str) -> Result<SecretKind> {
        s.parse()
            .map_err(|_| Error::RecordCorrupt(format!("unknown secret kind {s:?}")))
    }

    /// Check the shape of `secret` (never its value): `invalid-secret` or `input-too-long`.
    fn check(self, secret: &SecretString) -> Result<()> {
        let s = secret.expose_secret();
        check_len(s, MAX_SECRET_BYTES)?;
        match self {
            SecretKind::Pin if s.len() != PIN_DIGITS || !s.bytes().all(|b| b.is_ascii_digit()) => {
                Err(Error::InvalidSecret("a PIN is exactly 6 digits"))
            }
            SecretKind::Passphrase if s.chars().count() < MIN_PASSPHRASE_CHARS => Err(
                Error::InvalidSecret("a passphrase has at least 8 characters"),
            ),
            _ => Ok(()),
        }
    }

    /// What a new secret must also pass at set-up: a PIN that is easy to guess is
    /// `weak-secret` ([`secret::pin_weakness`]).
    fn check_new(self, secret: &SecretString) -> Result<()> {
        self.check(secret)?;
        match self {
            SecretKind::Pin => secret::refuse_weak_pin(secret.expose_secret()),
            SecretKind::Passphrase => Ok(()),
        }
    }

    /// What the wrapping of the data key is bound to besides the secret: the version (2 with
    /// a key file, 1 for a record made before it), the kind of secret and the parameters.
    fn wrap_context(self, params: &KdfParams, with_keyfile: bool) -> Vec<u8> {
        let version = if with_keyfile { 2 } else { 1 };
        let mut context = format!("refuge-record-key-v{version}\0{}\0", self.name()).into_bytes();
        context.extend_from_slice(&params.encode());
        context
    }
}

/// Who keeps the record, as its key row stores it: the [`Audience`]'s name (`young`, `parent`,
/// `staff`), which is also the value Fluent selects on (`$audience`: French says "tu" to
/// `young` and "vous" to anyone else). Records set up before stored `adult`; the schema's
/// third migration made it `parent` (`migrations/03_audience.sql`). Anything else is damage.
fn stored_audience(s: &str) -> Result<Audience> {
    s.parse::<Audience>()
        .ok()
        .and_then(|a| a.keeps_record().ok())
        .ok_or_else(|| Error::RecordCorrupt(format!("unknown audience {s:?}")))
}

/// What the record screen needs to know before anything is unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalStatus {
    /// Whether a PIN or passphrase has been set (false: show the first-time setup).
    pub created: bool,
    /// Whether the key is dropped (always true until a successful unlock).
    pub locked: bool,
    /// PIN or passphrase, once created.
    pub kind: Option<SecretKind>,
    /// Who the record speaks to, once created.
    pub audience: Option<Audience>,
    /// Wrong tries since the last successful unlock (kept on disk).
    pub failed_attempts: u32,
    /// Wrong tries left before each try has to wait.
    pub tries_before_wait: u32,
    /// No try is accepted before this time, if set (the wall clock's reading of a wait timed
    /// on the boot clock).
    pub retry_at: Option<DateTime<Utc>>,
    /// SQLite found damage when the file was opened: say so, and suggest making a report.
    pub damaged: bool,
}

/// The entries, newest first, and the ids of any that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryList {
    /// Readable entries, newest first by when it happened, then by when written.
    pub entries: Vec<Entry>,
    /// Ids of entries whose stored form does not open (`record-corrupt`); the others are
    /// unaffected and the person can still delete these.
    pub unreadable: Vec<String>,
}

/// How the record derives keys: the system's calibration, or cheap parameters in tests.
type Calibrate = fn() -> Result<KdfParams>;

/// The record in one data directory: locked until [`Journal::unlock`] or [`Journal::create`].
pub struct Journal {
    dir: PathBuf,
    db: Option<Db>,
    key: Option<DataKey>,
    last_activity: Option<DateTime<Utc>>,
    /// Bumped by every lock: an unlock that began before a lock never opens the record.
    epoch: u64,
    clock: Arc<dyn BootClock>,
    calibrate: Calibrate,
}

/// A set-up whose keys are being made (Argon2 runs in [`Setup::seal`], without the journal).
pub struct Setup {
    secret: SecretString,
    kind: SecretKind,
    audience: Audience,
    calibrate: Calibrate,
    params: Option<KdfParams>,
    /// A key file already in the folder with no record using it (a set-up cut short between
    /// writing it and writing the record): used again, never rewritten nor deleted.
    keyfile: Option<KeyFileSecret>,
}

/// A set-up ready to be written by [`Journal::finish_setup`].
pub struct SealedSetup {
    key: DataKey,
    keyfile: KeyFileSecret,
    row: KeyRow,
}

/// An unlock whose try is already counted: run Argon2 with [`UnlockAttempt::run`] (without
/// the journal), then hand the outcome to [`Journal::finish_unlock`].
pub struct UnlockAttempt {
    secret: SecretString,
    row: KeyRow,
    kind: SecretKind,
    params: KdfParams,
    wrapped: WrappedKey,
    keyfile: Option<KeyFileSecret>,
    before: Lockout,
    epoch: u64,
    calibrate: Calibrate,
}

/// What [`UnlockAttempt::run`] found.
pub struct UnlockOutcome {
    attempt: UnlockAttempt,
    result: std::result::Result<DataKey, UnwrapError>,
}

/// A re-wrap of the data key under today's parameters and the key file, to run without the
/// journal ([`Rewrap::seal`]) after an unlock, then [`Journal::finish_rewrap`].
pub struct Rewrap {
    secret: SecretString,
    kind: SecretKind,
    key: DataKey,
    old: KeyRow,
    calibrate: Calibrate,
}

/// A re-wrapped key ready to be written.
pub struct SealedRewrap {
    keyfile: KeyFileSecret,
    old: KeyRow,
    new: KeyRow,
}

impl Journal {
    /// Open the record in `dir`, locked. No file is created until the record is set up.
    /// Errors (`storage-busy`, `storage-newer-version`, `storage-corrupt`, `storage`) leave
    /// the file exactly as it was; [`erase`] still works in every one of those cases.
    pub fn open(dir: &Path) -> Result<Journal> {
        Journal::open_with(dir, Arc::new(SystemBootClock), KdfParams::calibrate)
    }

    /// [`Journal::open`] with a chosen boot clock and cheap Argon2 parameters
    /// ([`KdfParams::insecure_for_tests`]). Test builds only: never a real record.
    #[cfg(any(test, feature = "test-support"))]
    pub fn open_for_tests(dir: &Path, clock: Arc<dyn BootClock>) -> Result<Journal> {
        Journal::open_with(dir, clock, || Ok(KdfParams::insecure_for_tests()))
    }

    fn open_with(dir: &Path, clock: Arc<dyn BootClock>, calibrate: Calibrate) -> Result<Journal> {
        let db = Db::open_existing(&dir.join(store::FILE))?;
        Ok(Journal {
            dir: dir.to_owned(),
            db,
            key: None,
            last_activity: None,
            epoch: 0,
            clock,
            calibrate,
        })
    }

    fn boot_now(&self, now: DateTime<Utc>) -> Option<BootInstant> {
        self.clock.now(now)
    }

    /// The wrong-try count now: a missing or unreadable row becomes the longest wait, and a
    /// wait stamped on another boot starts again on this one (both written back, best effort).
    fn lockout_now(&self, db: &Db, now: DateTime<Utc>) -> Result<Lockout> {
        let boot = self.boot_now(now);
        let stored = db.lockout()?;
        let known = stored.as_ref().is_some_and(|s| s.failures >= 0);
        let lock = Lockout::from_stored(stored, now, boot.as_ref());
        if !known {
            let _ = db.set_lockout(&lock.to_stored());
            return Ok(lock);
        }
        if lock.needs_rebase(boot.as_ref()) {
            let rebased = lock.rebased(now, boot.as_ref());
            let _ = db.set_lockout(&rebased.to_stored());
            return Ok(rebased);
        }
        Ok(lock)
    }

    /// The state of the record, for the screen to choose setup, unlock or list.
    pub fn status(&self, now: DateTime<FixedOffset>) -> Result<JournalStatus> {
        let now = now.to_utc();
        let not_created = JournalStatus {
            created: false,
            locked: true,
            kind: None,
            audience: None,
            failed_attempts: 0,
            tries_before_wait: lockout::FREE_TRIES,
            retry_at: None,
            damaged: false,
        };
        let Some(db) = &self.db else {
            return Ok(not_created);
        };
        let Some(key) = db.key_row()? else {
            return Ok(JournalStatus {
                damaged: db.damaged(),
                ..not_created
            });
        };
        let lock = self.lockout_now(db, now)?;
        Ok(JournalStatus {
            created: true,
            locked: self.key.is_none(),
            kind: Some(SecretKind::parse(&key.kind)?),
            audience: Some(stored_audience(&key.audience)?),
            failed_attempts: lock.failures,
            tries_before_wait: lock.tries_before_wait(),
            retry_at: lock.retry_at(now, self.boot_now(now).as_ref()),
            damaged: db.damaged(),
        })
    }

    /// First half of set-up: check who keeps the record (`everyone` cannot: `invalid-input`),
    /// the secret (shape, and a PIN that is easy to guess is `weak-secret`) and that no record
    /// exists (`record-exists`). Nothing is written.
    pub fn prepare_setup(
        &self,
        secret: SecretString,
        kind: SecretKind,
        audience: Audience,
    ) -> Result<Setup> {
        let audience = audience.keeps_record()?;
        kind.check_new(&secret)?;
        self.refuse_if_created()?;
        Ok(Setup {
            secret,
            kind,
            audience,
            calibrate: self.calibrate,
            params: None,
            keyfile: keyfile::read(&self.dir)?,
        })
    }

    /// Last half of set-up: write the key file (0600, once), then the wrapped key; the record
    /// is then open. `record-exists` if another set-up finished first.
    pub fn finish_setup(&mut self, sealed: SealedSetup, now: DateTime<FixedOffset>) -> Result<()> {
        self.refuse_if_created()?;
        storage::create_private_dir(&self.dir).map_err(|e| Error::Storage(e.kind().to_string()))?;
        match keyfile::read(&self.dir)? {
            // The key file `prepare_setup` found (a set-up cut short): the keys use it.
            Some(existing) if existing.bytes() == sealed.keyfile.bytes() => {}
            Some(_) => {
                return Err(Error::StorageKeyFile(
                    "a key file appeared during set-up".into(),
                ))
            }
            None => keyfile::create(&self.dir, &sealed.keyfile)?,
        }
        if self.db.is_none() {
            self.db = Some(Db::open_or_create(&self.dir.join(store::FILE))?);
        }
        let db = self.db.as_mut().ok_or(Error::RecordNotCreated)?;
        db.insert_key(&sealed.row)?;
        self.key = Some(sealed.key);
        self.last_activity = Some(now.to_utc());
        Ok(())
    }

    /// Set up the record with a PIN or passphrase, all at once ([`Journal::prepare_setup`],
    /// [`Setup::seal`], [`Journal::finish_setup`]). The record is then open.
    pub fn create(
        &mut self,
        secret: SecretString,
        kind: SecretKind,
        audience: Audience,
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        let sealed = self.prepare_setup(secret, kind, audience)?.seal()?;
        self.finish_setup(sealed, now)
    }

    /// [`Journal::create`] with given Argon2id parameters. Test builds only.
    #[cfg(any(test, feature = "test-support"))]
    pub fn create_with_params(
        &mut self,
        secret: SecretString,
        kind: SecretKind,
        audience: Audience,
        params: KdfParams,
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        let mut setup = self.prepare_setup(secret, kind, audience)?;
        setup.params = Some(params);
        let sealed = setup.seal()?;
        self.finish_setup(sealed, now)
    }

    fn refuse_if_created(&self) -> Result<()> {
        match &self.db {
            Some(db) if db.key_row()?.is_some() => Err(Error::RecordExists),
            _ => Ok(()),
        }
    }

    /// First half of unlock: `locked-out` during a wait (nothing is tried);
    /// `invalid-secret` for a secret of the wrong shape (not counted); `storage-key-file`
    /// when the record's key file is missing or not its own (not counted, nothing touched).
    /// Otherwise the try is counted on disk **before** Argon2 runs, so killing the app
    /// mid-check resets nothing.
    pub fn begin_unlock(
        &mut self,
        secret: SecretString,
        now: DateTime<FixedOffset>,
    ) -> Result<UnlockAttempt> {
        let now = now.to_utc();
        let db = self.db.as_ref().ok_or(Error::RecordNotCreated)?;
        let row = db.key_row()?.ok_or(Error::RecordNotCreated)?;
        let kind = SecretKind::parse(&row.kind)?;
        kind.check(&secret)?;
        let params = KdfParams::decode(&row.kdf)?;
        let wrapped = WrappedKey::decode(&row.wrapped)?;
        let keyfile = match &row.keyfile {
            Some(tag) => Some(keyfile::read_expected(&self.dir, tag)?),
            None => None,
        };
        let boot = self.boot_now(now);
        let before = self.lockout_now(db, now)?;
        if let Some(retry_at) = before.retry_at(now, boot.as_ref()) {
            return Err(Error::LockedOut { retry_at });
        }
        let counted = before.after_failure(now, boot.as_ref());
        db.set_lockout(&counted.to_stored())?;
        #[cfg(test)]
        tests::hooks::before_key_derivation();
        Ok(UnlockAttempt {
            secret,
            row,
            kind,
            params,
            wrapped,
            keyfile,
            before,
            epoch: self.epoch,
            calibrate: self.calibrate,
        })
    }

    /// Last half of unlock. On the right secret the count is cleared and, unless the record
    /// was locked meanwhile (`record-locked`), it opens; the [`Rewrap`] returned, if any,
    /// brings the key to today's parameters and the key file. A wrong secret is
    /// `wrong-secret` (already counted). Argon2 failing for lack of memory is not the
    /// person's fault: the count is put back.
    pub fn finish_unlock(
        &mut self,
        outcome: UnlockOutcome,
        now: DateTime<FixedOffset>,
    ) -> Result<Option<Rewrap>> {
        let UnlockOutcome { attempt, result } = outcome;
        let db = self.db.as_ref().ok_or(Error::RecordNotCreated)?;
        let same_record = db.key_row()?.as_ref() == Some(&attempt.row);
        match result {
            Ok(key) => {
                if !same_record {
                    return Err(Error::RecordLocked);
                }
                db.set_lockout(&Lockout::clear().to_stored())?;
                if attempt.epoch != self.epoch {
                    // Locked while the key was being derived (Quick exit, window hidden):
                    // the lock wins. The secret was right, so the count is cleared.
                    return Err(Error::RecordLocked);
                }
                let rewrap =
                    (attempt.keyfile.is_none() || attempt.params.below_todays()).then(|| Rewrap {
                        secret: attempt.secret,
                        kind: attempt.kind,
                        key: key.duplicate(),
                        old: attempt.row,
                        calibrate: attempt.calibrate,
                    });
                self.key = Some(key);
                self.last_activity = Some(now.to_utc());
                Ok(rewrap)
            }
            Err(UnwrapError::WrongSecret) => Err(Error::WrongSecret {
                tries_before_wait: attempt
                    .before
                    .after_failure(now.to_utc(), None)
                    .tries_before_wait(),
            }),
            Err(UnwrapError::Crypto(e)) => {
                // Not a wrong try: the device could not run the check. Undo the count.
                db.set_lockout(&attempt.before.to_stored())?;
                Err(e)
            }
        }
    }

    /// Write a re-wrapped key: the key file first if the record had none (a record made
    /// before key files: from now on erase can destroy it), then the row, only if nothing
    /// changed it meanwhile. True if written. A failure leaves the record as it was, and
    /// the next unlock tries again.
    pub fn finish_rewrap(&mut self, sealed: SealedRewrap) -> Result<bool> {
        let db = self.db.as_mut().ok_or(Error::RecordNotCreated)?;
        if db.key_row()?.as_ref() != Some(&sealed.old) {
            return Ok(false);
        }
        if sealed.old.keyfile.is_none() {
            match keyfile::read(&self.dir)? {
                // Left by a re-wrap that stopped before the row was written: it is this
                // secret (see `Rewrap::seal`), and a key file is never rewritten.
                Some(existing) if existing.bytes() == sealed.keyfile.bytes() => {}
                Some(_) => return Ok(false),
                None => keyfile::create(&self.dir, &sealed.keyfile)?,
            }
        }
        db.replace_key(&sealed.old, &sealed.new)
    }

    /// Open the record with its PIN or passphrase, all at once (the three halves, then the
    /// re-wrap if one is due; its failure does not fail the unlock).
    pub fn unlock(&mut self, secret: SecretString, now: DateTime<FixedOffset>) -> Result<()> {
        let attempt = self.begin_unlock(secret, now)?;
        let outcome = attempt.run();
        if let Some(rewrap) = self.finish_unlock(outcome, now)? {
            if let Ok(sealed) = rewrap.seal(&self.dir) {
                let _ = self.finish_rewrap(sealed);
            }
        }
        Ok(())
    }

    /// Lock now: the data key is dropped and wiped, and the WAL is folded back and emptied.
    pub fn lock(&mut self) {
        self.key = None;
        self.last_activity = None;
        self.epoch = self.epoch.wrapping_add(1);
        if let Some(db) = &self.db {
            db.checkpoint();
        }
    }

    /// Whether the record is locked.
    pub fn is_locked(&self) -> bool {
        self.key.is_none()
    }

    /// The person did something (typed, tapped): the idle time starts again.
    pub fn touch(&mut self, now: DateTime<FixedOffset>) {
        if self.key.is_some() {
            self.last_activity = Some(now.to_utc());
        }
    }

    /// Lock if nothing happened for [`IDLE_LOCK_AFTER`]; true if this call locked it.
    pub fn lock_if_idle(&mut self, now: DateTime<FixedOffset>) -> bool {
        self.lock_if_idle_after(now, IDLE_LOCK_AFTER)
    }

    /// Lock if nothing happened for `after` (the end-to-end tests shorten the two minutes).
    pub fn lock_if_idle_after(&mut self, now: DateTime<FixedOffset>, after: TimeDelta) -> bool {
        let idle = self.key.is_some()
            && self
                .last_activity
                .is_none_or(|last| now.to_utc() - last >= after);
        if idle {
            self.lock();
        }
        idle
    }

    /// The database and key, if the record is open and has not been idle too long. Counts
    /// as activity.
    fn open_parts(&mut self, now: DateTime<FixedOffset>) -> Result<(&Db, &DataKey)> {
        self.lock_if_idle(now);
        self.touch(now);
        match (&self.db, &self.key) {
            (Some(db), Some(key)) => Ok((db, key)),
            _ => Err(Error::RecordLocked),
        }
    }

    /// Every entry, newest first; entries that cannot be read are listed apart.
    pub fn entries(&mut self, now: DateTime<FixedOffset>) -> Result<EntryList> {
        let (db, key) = self.open_parts(now)?;
        let mut list = EntryList {
            entries: Vec::new(),
            unreadable: Vec::new(),
        };
        for (id, revision, sealed) in db.entries()? {
            match open_entry(key, &id, revision, &sealed) {
                Ok(entry) => list.entries.push(entry),
                Err(_) => list.unreadable.push(id),
            }
        }
        list.entries.sort_by(|a, b| {
            (b.occurred_at, b.created_at, &b.id).cmp(&(a.occurred_at, a.created_at, &a.id))
        });
        list.unreadable.sort();
        Ok(list)
    }

    /// One entry; `unknown-entry` or `record-corrupt` for that entry only.
    pub fn entry(&mut self, id: &str, now: DateTime<FixedOffset>) -> Result<Entry> {
        check_id(id)?;
        let (db, key) = self.open_parts(now)?;
        let (revision, sealed) = db
            .entry(id)?
            .ok_or_else(|| Error::UnknownEntry(id.into()))?;
        open_entry(key, id, revision, &sealed)
    }

    /// Save a new entry. When `add` returns the entry, it is on disk for good.
    pub fn add(&mut self, input: &EntryInput, now: DateTime<FixedOffset>) -> Result<Entry> {
        let (db, key) = self.open_parts(now)?;
        let checked = input.check(now)?;
        let id = entry::new_id()?;
        let at = now.to_utc();
        let occurred_at = checked.occurred_at.unwrap_or(now);
        let plain = entry::encode(occurred_at, at, at, &checked.fields)?;
        let sealed = key.seal(&entry_aad(&id, 1), &plain)?;
        db.insert_entry(&id, 1, &sealed)?;
        Ok(Entry {
            id,
            occurred_at,
            created_at: at,
            updated_at: at,
            revision: 1,
            fields: checked.fields,
        })
    }

    /// Replace an entry's text. "When it happened" stays as it was unless the input sets it.
    /// The old version is folded out of the WAL (TRUNCATE checkpoint) before this returns.
    pub fn update(
        &mut self,
        id: &str,
        input: &EntryInput,
        now: DateTime<FixedOffset>,
    ) -> Result<Entry> {
        check_id(id)?;
        let (db, key) = self.open_parts(now)?;
        let checked = input.check(now)?;
        let (revision, sealed) = db
            .entry(id)?
            .ok_or_else(|| Error::UnknownEntry(id.into()))?;
        let old = open_entry(key, id, revision, &sealed)?;
        let next = revision + 1;
        let at = now.to_utc();
        let occurred_at = checked.occurred_at.unwrap_or(old.occurred_at);
        let plain = entry::encode(occurred_at, old.created_at, at, &checked.fields)?;
        let sealed = key.seal(&entry_aad(id, next), &plain)?;
        if !db.replace_entry(id, revision, next, &sealed)? {
            return Err(Error::UnknownEntry(id.into()));
        }
        db.checkpoint();
        Ok(Entry {
            id: id.into(),
            occurred_at,
            created_at: old.created_at,
            updated_at: at,
            revision: next,
            fields: checked.fields,
        })
    }

    /// Remove an entry from the record: its bytes are overwritten in the file
    /// (`secure_delete`) and folded out of the WAL (TRUNCATE checkpoint) before this returns.
    /// Works for an entry that cannot be read, too.
    pub fn delete(&mut self, id: &str, now: DateTime<FixedOffset>) -> Result<()> {
        check_id(id)?;
        let (db, _) = self.open_parts(now)?;
        if db.delete_entry(id)? {
            db.checkpoint();
            Ok(())
        } else {
            Err(Error::UnknownEntry(id.into()))
        }
    }

    /// The report as plain text, in `lang`, entries in the order things happened (wiped
    /// when dropped).
    pub fn export_text(
        &mut self,
        lang: &Lang,
        now: DateTime<FixedOffset>,
    ) -> Result<Zeroizing<String>> {
        let report = self.report(lang, now)?;
        Ok(Zeroizing::new(export::text(&report)))
    }

    /// The report as a PDF with its fonts embedded (wiped when dropped; the PDF writer's own
    /// buffers are not).
    pub fn export_pdf(
        &mut self,
        lang: &Lang,
        now: DateTime<FixedOffset>,
    ) -> Result<Zeroizing<Vec<u8>>> {
        let report = self.report(lang, now)?;
        pdf::render(&report).map(Zeroizing::new)
    }

    /// "Make a report text" in `shape` (see [`report_text`]), entries in the order things
    /// happened. A locked record is `record-locked`, never text.
    pub fn report_text(
        &mut self,
        lang: &Lang,
        shape: report_text::Shape,
        include: report_text::Include,
        now: DateTime<FixedOffset>,
    ) -> Result<report_text::ReportTextView> {
        let mut list = self.entries(now)?;
        let audience = self.status(now)?.audience.unwrap_or(Audience::Parent);
        list.entries.reverse();
        report_text::build(lang, audience, shape, include, now, &list.entries)
    }

    fn report(&mut self, lang: &Lang, now: DateTime<FixedOffset>) -> Result<export::Report> {
        let audience = self.status(now)?.audience.unwrap_or(Audience::Parent);
        let mut list = self.entries(now)?;
        list.entries.reverse();
        export::Report::new(lang, audience, now, list)
    }

    /// The stored Argon2id parameters (for the benchmark and diagnostics; not secret).
    pub fn kdf_params(&self) -> Result<KdfParams> {
        let db = self.db.as_ref().ok_or(Error::RecordNotCreated)?;
        let row = db.key_row()?.ok_or(Error::RecordNotCreated)?;
        KdfParams::decode(&row.kdf)
    }

    /// Whether the record's key is mixed with a key file (false for a record set up before
    /// key files, until its next unlock).
    pub fn has_key_file(&self) -> Result<bool> {
        let db = self.db.as_ref().ok_or(Error::RecordNotCreated)?;
        Ok(db.key_row()?.is_some_and(|r| r.keyfile.is_some()))
    }

    /// SQLite's `PRAGMA integrity_check` verdict (`"ok"`), for the durability harness.
    pub fn integrity_check(&self) -> Result<String> {
        match &self.db {
            Some(db) => db.integrity_check(),
            None => Ok("ok".into()),
        }
    }

    /// "Erase my record": the key file first, then the wrapped key and the WAL through this
    /// open connection, then the files (see [`erase`]). No PIN needed.
    pub fn erase(mut self) -> Result<EraseReport> {
        self.key = None;
        let db = self.db.take();
        store::erase_files(&self.dir, db)
    }
}

impl Setup {
    /// Make the keys: calibrate Argon2id (one to two seconds), a random data key, a random
    /// key-file secret, and the wrapped key. Touches no file; run it without the journal.
    pub fn seal(self) -> Result<SealedSetup> {
        let params = match self.params {
            Some(p) => p,
            None => (self.calibrate)()?,
        };
        let key = DataKey::generate()?;
        let keyfile = match self.keyfile {
            Some(left) => left,
            None => KeyFileSecret::generate()?,
        };
        let context = self.kind.wrap_context(&params, true);
        let wrapped = WrappedKey::wrap(&key, &self.secret, &params, &context, Some(&keyfile))?;
        Ok(SealedSetup {
            row: KeyRow {
                kind: self.kind.name().into(),
                audience: self.audience.name().into(),
                kdf: params.encode(),
                wrapped: wrapped.as_bytes().to_vec(),
                keyfile: Some(keyfile.tag()),
            },
            key,
            keyfile,
        })
    }
}

impl UnlockAttempt {
    /// Run Argon2id and try to unwrap the key (about 0.75 s). Touches no file.
    pub fn run(self) -> UnlockOutcome {
        let context = self.kind.wrap_context(&self.params, self.keyfile.is_some());
        let result =
            self.wrapped
                .unwrap(&self.secret, &self.params, &context, self.keyfile.as_ref());
        UnlockOutcome {
            attempt: self,
            result,
        }
    }
}

impl Rewrap {
    /// Wrap the key again under freshly calibrated parameters and the key file (the one a
    /// previous, unfinished re-wrap left in `dir` if there is one of the right size,
    /// otherwise a new secret). Touches no file; run it without the journal.
    pub fn seal(self, dir: &Path) -> Result<SealedRewrap> {
        let keyfile = match (&self.old.keyfile, keyfile::read(dir)) {
            (Some(tag), _) => keyfile::read_expected(dir, tag)?,
            (None, Ok(Some(left))) => left,
            (None, Ok(None)) => KeyFileSecret::generate()?,
            (None, Err(e)) => return Err(e),
        };
        let params = (self.calibrate)()?;
        let context = self.kind.wrap_context(&params, true);
        let wrapped = WrappedKey::wrap(&self.key, &self.secret, &params, &context, Some(&keyfile))?;
        Ok(SealedRewrap {
            new: KeyRow {
                kdf: params.encode(),
                wrapped: wrapped.as_bytes().to_vec(),
                keyfile: Some(keyfile.tag()),
                ..self.old.clone()
            },
            old: self.old,
            keyfile,
        })
    }
}

/// A fresh passphrase of four words in `lang` (see [`secret`]), to offer at set-up.
pub fn generate_passphrase(lang: &Lang) -> Result<SecretString> {
    secret::generate_passphrase(&lang.to_string())
}

fn check_id(id: &str) -> Result<()> {
    check_len(id, 64)?;
    if entry::is_entry_id(id) {
        Ok(())
    } else {
        Err(Error::UnknownEntry(id.into()))
    }
}

fn open_entry(key: &DataKey, id: &str, revision: u64, sealed: &[u8]) -> Result<Entry> {
    let plain = key.open(&entry_aad(id, revision), sealed)?;
    entry::decode(id, revision, &plain)
}

/// "Erase my record" when no [`Journal`] is open for `dir` (the record could not be opened;
/// a forgotten PIN needs no special case: erase never asks for it). In order: the key file
/// is overwritten in place, synced and deleted (after which no copy of the record opens,
/// even with the right PIN); the wrapped key is zeroed and deleted inside the database, a
/// complete checkpoint taken and the `-wal` zeroed while still linked; then
/// `journal.sqlite3`, `-wal` and `-shm` are overwritten and removed. It does not reach
/// reports that were saved or printed, nor the system's backups.
pub fn erase(dir: &Path) -> Result<EraseReport> {
    store::erase_files(dir, None)
}

/// "Erase everything": the record as [`Journal::erase`] does (with `journal`, the open one
/// for `dir`, if any), then the settings (`refuge.sqlite3`, its `-wal`/`-shm`, and any
/// copies kept aside after corruption). The caller must close the settings store first and
/// open a fresh one afterwards.
pub fn erase_everything(dir: &Path, journal: Option<Journal>) -> Result<EraseReport> {
    let record = match journal {
        Some(j) => j.erase(),
        None => erase(dir),
    };
    let mut report = match &record {
        Ok(r) => r.clone(),
        Err(_) => EraseReport {
            key_destroyed: false,
            removed: Vec::new(),
        },
    };
    let settings = dir.join(storage::DB_FILE);
    let mut files: Vec<PathBuf> = ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| storage::companion(&settings, s))
        .collect();
    let kept_aside = format!("{}.corrupt-", storage::DB_FILE);
    if let Ok(read) = std::fs::read_dir(dir) {
        files.extend(read.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&kept_aside))
        }));
    }
    let settings_result = store::remove_all(dir, &files, &mut report);
    match (record, settings_result) {
        (Ok(_), Ok(())) => Ok(report),
        (Err(Error::EraseIncomplete(mut a)), Err(Error::EraseIncomplete(b))) => {
            a.extend(b);
            Err(Error::EraseIncomplete(a))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// Every `record-` string in `lang`, formatted for `audience` (French "tu" or "vous"), for
/// the record's screens. Strings that need other values are formatted by their own
/// functions ([`wrong_secret_text`], [`wait_text`]) or by the report.
pub fn strings(lang: &Lang, audience: Audience) -> Result<BTreeMap<String, String>> {
    Text::new(lang).every(&[FLUENT_PREFIX], &[("audience", audience.name().into())])
}

/// The record's message `id` for `audience` (French "tu" or "vous"), with `args`.
pub(crate) fn say(
    lang: &Lang,
    audience: Audience,
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<String> {
    let mut all = vec![("audience", audience.name().into())];
    all.extend(args.iter().cloned());
    Text::new(lang).with(id, &all)
}

/// What to say after a wrong PIN or passphrase.
pub fn wrong_secret_text(
    lang: &Lang,
    audience: Audience,
    kind: SecretKind,
    tries_before_wait: u32,
) -> Result<String> {
    say(
        lang,
        audience,
        "record-unlock-wrong",
        &[
            ("kind", kind.name().into()),
            ("tries", tries_before_wait.into()),
        ],
    )
}

/// What to say during a wait: the time the next try is allowed, in the person's offset,
/// rounded **up** to the minute (a wait that ends at 1:51:01 says 1:52, never 1:51).
pub fn wait_text(
    lang: &Lang,
    audience: Audience,
    retry_at: DateTime<Utc>,
    offset: FixedOffset,
) -> Result<String> {
    // The clock time as each language writes it ("14:30", "14 h 30"), with the helplines'
    // own message for times.
    let local = minute_at_or_after(retry_at).with_timezone(&offset);
    let time = Text::new(lang).with(
        "helplines-time",
        &[
            ("hour", local.format("%-H").to_string()),
            ("minute", local.format("%M").to_string()),
        ],
    )?;
    say(
        lang,
        audience,
        "record-unlock-wait",
        &[("time", time.into())],
    )
}

/// The first whole minute at or after `at`.
pub(crate) fn minute_at_or_after(at: DateTime<Utc>) -> DateTime<Utc> {
    let ms = at.timestamp_millis();
    let rounded = ms.div_euclid(60_000) * 60_000
        + if ms.rem_euclid(60_000) == 0 {
            0
        } else {
            60_000
        };
    DateTime::from_timestamp_millis(rounded).unwrap_or(at)
}

/// The sentence for an error code on the record's screens (`record-error-<code>`), falling
/// back to the generic storage sentence for codes without one of their own.
pub fn error_text(lang: &Lang, audience: Audience, error: &Error) -> Result<String> {
    let id = ids::error(error.code());
    let id = if Text::new(lang).has(&id) {
        id
    } else {
        "record-error-storage".to_owned()
    };
    say(lang, audience, &id, &[])
}

#[cfg(test)]
mod tests;
