//! "My record": a private, encrypted, text-only record of what happened, locked by a PIN or
//! a passphrase, with a real erase and a report to hand over.
//!
//! Why: every authority asks victims to keep evidence (usernames, links, dates, demands,
//! payment references), and a fifteen-year-old at 1 a.m. has no safe place to write it down.
//! The record is that place. It never holds an image.
//!
//! What it protects against (said once in the app, `record-setup-protects`): someone who
//! picks up the device or copies its files. Not a device that is unlocked in someone else's
//! hands while the record is open, nor one with spyware. A forgotten PIN cannot be
//! recovered; the way out is [`erase`].
//!
//! How (each part has its own module docs):
//! - [`crypto`]: a random data key seals each entry (XChaCha20-Poly1305, bound to the entry's
//!   id and revision); it is stored only wrapped under Argon2id(PIN or passphrase),
//!   calibrated at creation to about 0.75 s on this machine with at least 64 MiB.
//! - [`store`]: `journal.sqlite3`, WAL, `synchronous=FULL`, never moved on an error.
//! - [`lockout`]: wrong tries counted on disk before the check runs, doubling waits after
//!   five, never an automatic wipe.
//! - [`entry`]: the fields, the input rules and their error codes.
//! - [`export`] and [`pdf`]: the report, as plain text and as PDF, in the UI's language.
//!
//! Locking: the record is locked when opened, by [`Journal::lock`] (window hidden or
//! minimised, Quick exit), and after [`IDLE_LOCK_AFTER`] without activity: the shell calls
//! [`Journal::lock_if_idle`] on a timer and [`Journal::touch`] on input, and every operation
//! that needs the key also checks the idle time itself, so a missed timer (a suspended
//! laptop) cannot leave the record open. Locking drops the data key, which wipes it.
//!
//! Time: every call takes `now` with the person's current UTC offset, so the rules are
//! tested without a clock and entries show the local time they were written in.

pub mod crypto;
pub mod entry;
pub mod export;
pub mod lockout;
pub mod pdf;
pub mod store;
pub mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use fluent_bundle::FluentArgs;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::error::{check_len, Error, Result};
use crate::i18n::{localizer, Lang};
use crate::storage;
use crypto::{entry_aad, DataKey, KdfParams, UnwrapError, WrappedKey};
pub use entry::{Entry, EntryFields, EntryInput, Field};
use lockout::Lockout;
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum SecretKind {
    /// Exactly six digits.
    Pin,
    /// At least eight characters.
    Passphrase,
}

impl SecretKind {
    fn as_str(self) -> &'static str {
        match self {
            SecretKind::Pin => "pin",
            SecretKind::Passphrase => "passphrase",
        }
    }

    fn parse(s: &str) -> Result<SecretKind> {
        match s {
            "pin" => Ok(SecretKind::Pin),
            "passphrase" => Ok(SecretKind::Passphrase),
            _ => Err(Error::RecordCorrupt(format!("unknown secret kind {s:?}"))),
        }
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

    /// What the wrapping of the data key is bound to besides the secret.
    fn wrap_context(self, params: &KdfParams) -> Vec<u8> {
        let mut context = format!("refuge-record-key-v1\0{}\0", self.as_str()).into_bytes();
        context.extend_from_slice(&params.encode());
        context
    }
}

/// Who the record speaks to: French says "tu" to young people and "vous" to adults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum RecordAudience {
    /// A young person: "tu".
    Young,
    /// An adult: "vous".
    Adult,
}

impl RecordAudience {
    /// The value Fluent selects on (`$audience`).
    pub fn as_str(self) -> &'static str {
        match self {
            RecordAudience::Young => "young",
            RecordAudience::Adult => "adult",
        }
    }

    fn parse(s: &str) -> Result<RecordAudience> {
        match s {
            "young" => Ok(RecordAudience::Young),
            "adult" => Ok(RecordAudience::Adult),
            _ => Err(Error::RecordCorrupt(format!("unknown audience {s:?}"))),
        }
    }
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
    pub audience: Option<RecordAudience>,
    /// Wrong tries since the last successful unlock (kept on disk).
    pub failed_attempts: u32,
    /// Wrong tries left before each try has to wait.
    pub tries_before_wait: u32,
    /// No try is accepted before this time, if set.
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

/// The record in one data directory: locked until [`Journal::unlock`] or [`Journal::create`].
pub struct Journal {
    dir: PathBuf,
    db: Option<Db>,
    key: Option<DataKey>,
    last_activity: Option<DateTime<Utc>>,
}

impl Journal {
    /// Open the record in `dir`, locked. No file is created until the record is set up.
    /// Errors (`storage-busy`, `storage-newer-version`, `storage-corrupt`, `storage`) leave
    /// the file exactly as it was; [`erase`] still works in every one of those cases.
    pub fn open(dir: &Path) -> Result<Journal> {
        let db = Db::open_existing(&dir.join(store::FILE))?;
        Ok(Journal {
            dir: dir.to_owned(),
            db,
            key: None,
            last_activity: None,
        })
    }

    /// The state of the record, for the screen to choose setup, unlock or list.
    pub fn status(&self, now: DateTime<FixedOffset>) -> Result<JournalStatus> {
        let Some(db) = &self.db else {
            return Ok(JournalStatus {
                created: false,
                locked: true,
                kind: None,
                audience: None,
                failed_attempts: 0,
                tries_before_wait: lockout::FREE_TRIES,
                retry_at: None,
                damaged: false,
            });
        };
        let key = db.key_row()?;
        let (failures, retry_ms) = db.lockout()?;
        let lock = Lockout::from_stored(failures, retry_ms);
        Ok(JournalStatus {
            created: key.is_some(),
            locked: self.key.is_none(),
            kind: key
                .as_ref()
                .map(|k| SecretKind::parse(&k.kind))
                .transpose()?,
            audience: key
                .as_ref()
                .map(|k| RecordAudience::parse(&k.audience))
                .transpose()?,
            failed_attempts: lock.failures,
            tries_before_wait: lock.tries_before_wait(),
            retry_at: lock.retry_at(now.to_utc()),
            damaged: db.damaged(),
        })
    }

    /// Set up the record with a PIN or passphrase: Argon2id is calibrated on this machine
    /// (about 0.75 s, at least 64 MiB), a random data key is made and stored wrapped. The
    /// record is then open. `record-exists` if it was already set up.
    pub fn create(
        &mut self,
        secret: SecretString,
        kind: SecretKind,
        audience: RecordAudience,
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        kind.check(&secret)?;
        self.refuse_if_created()?;
        let params = KdfParams::calibrate()?;
        self.create_with_params(secret, kind, audience, params, now)
    }

    /// [`Journal::create`] with given Argon2id parameters, for tests and the kill -9 harness
    /// ([`KdfParams::insecure_for_tests`]). The app uses [`Journal::create`].
    pub fn create_with_params(
        &mut self,
        secret: SecretString,
        kind: SecretKind,
        audience: RecordAudience,
        params: KdfParams,
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        kind.check(&secret)?;
        self.refuse_if_created()?;
        let key = DataKey::generate()?;
        let wrapped = WrappedKey::wrap(&key, &secret, &params, &kind.wrap_context(&params))?;
        if self.db.is_none() {
            std::fs::create_dir_all(&self.dir).map_err(|e| Error::Storage(e.to_string()))?;
            self.db = Some(Db::open_or_create(&self.dir.join(store::FILE))?);
        }
        let db = self.db.as_mut().ok_or(Error::RecordNotCreated)?;
        db.insert_key(&KeyRow {
            kind: kind.as_str().into(),
            audience: audience.as_str().into(),
            kdf: params.encode(),
            wrapped: wrapped.as_bytes().to_vec(),
        })?;
        self.key = Some(key);
        self.last_activity = Some(now.to_utc());
        Ok(())
    }

    fn refuse_if_created(&self) -> Result<()> {
        match &self.db {
            Some(db) if db.key_row()?.is_some() => Err(Error::RecordExists),
            _ => Ok(()),
        }
    }

    /// Open the record with its PIN or passphrase.
    ///
    /// `locked-out` during a wait (nothing is tried); `invalid-secret` for a PIN that is not
    /// six digits (not counted); `wrong-secret` otherwise, already counted on disk: the try
    /// is recorded **before** Argon2 runs, so killing the app mid-check resets nothing.
    pub fn unlock(&mut self, secret: SecretString, now: DateTime<FixedOffset>) -> Result<()> {
        let now = now.to_utc();
        let db = self.db.as_ref().ok_or(Error::RecordNotCreated)?;
        let row = db.key_row()?.ok_or(Error::RecordNotCreated)?;
        let kind = SecretKind::parse(&row.kind)?;
        kind.check(&secret)?;
        let params = KdfParams::decode(&row.kdf)?;
        let wrapped = WrappedKey::decode(&row.wrapped)?;
        let (failures, retry_ms) = db.lockout()?;
        let before = Lockout::from_stored(failures, retry_ms);
        if let Some(retry_at) = before.retry_at(now) {
            return Err(Error::LockedOut { retry_at });
        }
        let counted = before.after_failure(now);
        db.set_lockout(counted.failures, counted.retry_at_ms())?;
        #[cfg(test)]
        tests::hooks::before_key_derivation();
        match wrapped.unwrap(&secret, &params, &kind.wrap_context(&params)) {
            Ok(key) => {
                db.set_lockout(0, None)?;
                self.key = Some(key);
                self.last_activity = Some(now);
                Ok(())
            }
            Err(UnwrapError::WrongSecret) => Err(Error::WrongSecret {
                tries_before_wait: counted.tries_before_wait(),
            }),
            Err(UnwrapError::Crypto(e)) => {
                // Not a wrong try: the device could not run the check. Undo the count.
                db.set_lockout(before.failures, before.retry_at_ms())?;
                Err(e)
            }
        }
    }

    /// Lock now: the data key is dropped and wiped.
    pub fn lock(&mut self) {
        self.key = None;
        self.last_activity = None;
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

    /// Change who the record speaks to ("tu" or "vous" in French).
    pub fn set_audience(&mut self, audience: RecordAudience) -> Result<()> {
        let db = self.db.as_ref().ok_or(Error::RecordNotCreated)?;
        db.set_audience(audience.as_str())
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
        Ok(Entry {
            id: id.into(),
            occurred_at,
            created_at: old.created_at,
            updated_at: at,
            revision: next,
            fields: checked.fields,
        })
    }

    /// Delete an entry (its bytes are overwritten in the file: `secure_delete`). Works for
    /// an entry that cannot be read, too.
    pub fn delete(&mut self, id: &str, now: DateTime<FixedOffset>) -> Result<()> {
        check_id(id)?;
        let (db, _) = self.open_parts(now)?;
        if db.delete_entry(id)? {
            Ok(())
        } else {
            Err(Error::UnknownEntry(id.into()))
        }
    }

    /// The report as plain text, in `lang`, entries in the order things happened.
    pub fn export_text(&mut self, lang: &Lang, now: DateTime<FixedOffset>) -> Result<String> {
        let report = self.report(lang, now)?;
        Ok(export::text(&report))
    }

    /// The report as a PDF with its fonts embedded.
    pub fn export_pdf(&mut self, lang: &Lang, now: DateTime<FixedOffset>) -> Result<Vec<u8>> {
        let report = self.report(lang, now)?;
        pdf::render(&report)
    }

    fn report(&mut self, lang: &Lang, now: DateTime<FixedOffset>) -> Result<export::Report> {
        let audience = self.status(now)?.audience.unwrap_or(RecordAudience::Adult);
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

    /// SQLite's `PRAGMA integrity_check` verdict (`"ok"`), for the durability harness.
    pub fn integrity_check(&self) -> Result<String> {
        match &self.db {
            Some(db) => db.integrity_check(),
            None => Ok("ok".into()),
        }
    }

    /// "Erase my record": close it, destroy the wrapped key, then its files. No PIN needed.
    pub fn erase(self) -> Result<EraseReport> {
        let dir = self.dir.clone();
        drop(self);
        erase(&dir)
    }
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

/// "Erase my record" when the record cannot be opened (a forgotten PIN needs no special
/// case: erase never asks for it). First the wrapped key is overwritten and deleted and the
/// WAL truncated, then `journal.sqlite3`, `-wal` and `-shm` are overwritten and removed.
/// The caller must have dropped its [`Journal`] for this directory (or use
/// [`Journal::erase`]).
pub fn erase(dir: &Path) -> Result<EraseReport> {
    store::erase_files(dir)
}

/// "Erase everything": the record as [`erase`] does, then the settings (`refuge.sqlite3`,
/// its `-wal`/`-shm`, and any copies kept aside after corruption). The caller must close
/// the settings store first and open a fresh one afterwards.
pub fn erase_everything(dir: &Path) -> Result<EraseReport> {
    let record = erase(dir);
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
pub fn strings(lang: &Lang, audience: RecordAudience) -> Result<BTreeMap<String, String>> {
    let l = localizer();
    let args = audience_args(audience);
    let mut out = BTreeMap::new();
    for id in l
        .ids(lang)
        .iter()
        .filter(|id| id.starts_with(FLUENT_PREFIX))
    {
        if let Ok(text) = l.format(lang, id, Some(&args)) {
            out.insert(id.clone(), text);
        }
    }
    Ok(out)
}

fn audience_args(audience: RecordAudience) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("audience", audience.as_str());
    args
}

/// What to say after a wrong PIN or passphrase.
pub fn wrong_secret_text(
    lang: &Lang,
    audience: RecordAudience,
    kind: SecretKind,
    tries_before_wait: u32,
) -> Result<String> {
    let mut args = audience_args(audience);
    args.set("kind", kind.as_str());
    args.set("tries", tries_before_wait);
    localizer().format(lang, "record-unlock-wrong", Some(&args))
}

/// What to say during a wait: the time the next try is allowed, in the person's offset.
pub fn wait_text(
    lang: &Lang,
    audience: RecordAudience,
    retry_at: DateTime<Utc>,
    offset: FixedOffset,
) -> Result<String> {
    // The clock time as each language writes it ("14:30", "14 h 30"), with the helplines'
    // own message for times.
    let local = retry_at.with_timezone(&offset);
    let mut clock = FluentArgs::new();
    clock.set("hour", local.format("%-H").to_string());
    clock.set("minute", local.format("%M").to_string());
    let time = localizer().format(lang, "helplines-time", Some(&clock))?;
    let mut args = audience_args(audience);
    args.set("time", time);
    localizer().format(lang, "record-unlock-wait", Some(&args))
}

/// The sentence for an error code on the record's screens (`record-error-<code>`), falling
/// back to the generic storage sentence for codes without one of their own.
pub fn error_text(lang: &Lang, audience: RecordAudience, error: &Error) -> Result<String> {
    let l = localizer();
    let id = format!("record-error-{}", error.code());
    let id = if l.has(lang, &id) {
        id
    } else {
        "record-error-storage".to_owned()
    };
    l.format(lang, &id, Some(&audience_args(audience)))
}

#[cfg(test)]
mod tests;
