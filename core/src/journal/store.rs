//! `journal.sqlite3`: the record's own database, separate from the settings so that trouble
//! with one never touches the other.
//!
//! Guarantees:
//! - WAL with `synchronous=FULL`: once a write returns, it survives the app being killed and
//!   the machine losing power. `secure_delete=ON`, so a deleted entry or key leaves zeros in
//!   the file, not its old bytes; temporary tables stay in memory.
//! - After every delete, edit and lock, `PRAGMA wal_checkpoint(TRUNCATE)` folds the WAL back
//!   into the file (where `secure_delete` has zeroed the old bytes) and empties it, so old
//!   and deleted entries do not linger in the `-wal` between sessions.
//! - The folder is 0700 and the files 0600 on Unix (see [`crate::storage`]).
//! - Opened by the rules of [`crate::storage`]: busy, newer-version and I/O failures are
//!   errors that leave the file as it is. Unlike the settings, a corrupt record is **never**
//!   moved: it is the person's evidence. If SQLite can still open it but `quick_check` fails,
//!   it opens marked damaged, so whatever is readable can still be read and exported.
//! - The only code that removes a record file is [`erase_files`], which the person asks for.
//! - No text the person wrote is ever stored in clear: rows hold sealed blobs, random ids,
//!   revision numbers, the wrapped key and the count of wrong tries.
//!
//! What stays visible to someone who copies the files, without the secret (review L9): that
//! a record exists (the folder is named `org.refuge.app`, discreet mode or not); whether it
//! is locked by a PIN or a passphrase and who keeps it (young or adult); how many entries
//! there are, how often each was edited, and their sizes to within 512 bytes; the wrong-try
//! count and the time of the last one; and the files' own dates. The settings file, beside
//! it, holds the language, the country and discreet mode in clear.

use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use rusqlite_migration::{Migrations, M};

use super::lockout::StoredLockout;
use crate::error::{Error, Result};
use crate::storage::{
    classify, companion, open_database, restrict_files, sync_dir, Schema, BUSY_TIMEOUT,
};

/// File name of the record inside the app data directory.
pub const FILE: &str = "journal.sqlite3";

/// The schema, in order. Never edit a released migration: add one.
const MIGRATION_LIST: &[M<'static>] = &[
    M::up(include_str!("migrations/01_record.sql")),
    M::up(include_str!("migrations/02_keyfile_boot_clock.sql")),
    M::up(include_str!("migrations/03_audience.sql")),
];

/// The record's schema as rusqlite_migration runs it.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_LIST);

const SCHEMA: Schema = Schema {
    migrations: &MIGRATIONS,
    version: MIGRATION_LIST.len(),
    check_integrity: false,
    pragmas: &[
        ("journal_mode", "WAL"),
        ("synchronous", "FULL"),
        ("secure_delete", "ON"),
        ("temp_store", "MEMORY"),
        ("foreign_keys", "ON"),
    ],
};

/// The stored key row.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct KeyRow {
    pub kind: String,
    pub audience: String,
    pub kdf: Vec<u8>,
    pub wrapped: Vec<u8>,
    /// The key file's tag (`None`: a record set up before the key file existed).
    pub keyfile: Option<Vec<u8>>,
}

/// One stored entry: id, revision, sealed blob.
pub(crate) type SealedRow = (String, u64, Vec<u8>);

/// The open record database.
pub(crate) struct Db {
    conn: Connection,
    path: PathBuf,
    damaged: bool,
}

impl Db {
    /// Open the record at `path` if the file exists (`None` if it does not).
    pub(crate) fn open_existing(path: &Path) -> Result<Option<Db>> {
        match std::fs::symlink_metadata(path) {
            Ok(_) => Db::open_or_create(path).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::Storage(e.to_string())),
        }
    }

    /// Open the record at `path`, creating the file if needed.
    pub(crate) fn open_or_create(path: &Path) -> Result<Db> {
        let conn = open_database(path, &SCHEMA, BUSY_TIMEOUT).map_err(Error::from)?;
        let verdict: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(|e| Error::from(classify(&e)))?;
        restrict_files(path);
        Ok(Db {
            conn,
            path: path.to_owned(),
            damaged: verdict != "ok",
        })
    }

    /// Whether SQLite's check found damage at open.
    pub(crate) fn damaged(&self) -> bool {
        self.damaged
    }

    pub(crate) fn key_row(&self) -> Result<Option<KeyRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT kind, audience, kdf, wrapped, keyfile FROM record_key WHERE id = 1",
                [],
                |r| {
                    Ok(KeyRow {
                        kind: r.get(0)?,
                        audience: r.get(1)?,
                        kdf: r.get(2)?,
                        wrapped: r.get(3)?,
                        keyfile: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Store the key row and clear the wrong-try count (writing the row if it is missing),
    /// in one transaction.
    pub(crate) fn insert_key(&mut self, row: &KeyRow) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO record_key (id, kind, audience, kdf, wrapped, keyfile)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![row.kind, row.audience, row.kdf, row.wrapped, row.keyfile],
        )?;
        tx.execute(
            "INSERT INTO lockout (id, failures, retry_at_ms, boot_id, boot_ms)
             VALUES (1, 0, NULL, NULL, NULL)
             ON CONFLICT(id) DO UPDATE SET failures = 0, retry_at_ms = NULL,
                                           boot_id = NULL, boot_ms = NULL",
            [],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Replace the wrapped key and its parameters (a re-wrap), only if the row is still
    /// `old`: false if something changed it meanwhile (then nothing is written).
    pub(crate) fn replace_key(&mut self, old: &KeyRow, new: &KeyRow) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let current: Option<(Vec<u8>, Vec<u8>)> = tx
            .query_row(
                "SELECT kdf, wrapped FROM record_key WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if current != Some((old.kdf.clone(), old.wrapped.clone())) {
            return Ok(false);
        }
        tx.execute(
            "UPDATE record_key SET kdf = ?1, wrapped = ?2, keyfile = ?3 WHERE id = 1",
            params![new.kdf, new.wrapped, new.keyfile],
        )?;
        tx.commit()?;
        // The old wrapped key must not stay readable in the WAL.
        self.checkpoint();
        Ok(true)
    }

    /// The wrong-try count's row: `None` if it is missing or cannot be read as written
    /// (a value of the wrong type), which the lockout reads as the longest wait.
    pub(crate) fn lockout(&self) -> Result<Option<StoredLockout>> {
        let row = self
            .conn
            .query_row(
                "SELECT failures, retry_at_ms, boot_id, boot_ms FROM lockout WHERE id = 1",
                [],
                |r| {
                    Ok(StoredLockout {
                        failures: r.get(0)?,
                        at_ms: r.get(1)?,
                        boot_id: r.get(2)?,
                        boot_ms: r.get(3)?,
                    })
                },
            )
            .optional();
        match row {
            Ok(row) => Ok(row),
            Err(
                rusqlite::Error::InvalidColumnType(..)
                | rusqlite::Error::IntegralValueOutOfRange(..),
            ) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Store the wrong-try count; durable when this returns (`synchronous=FULL`).
    /// `retry_at_ms` keeps the wall-clock time of the last counted try.
    pub(crate) fn set_lockout(&self, stored: &StoredLockout) -> Result<()> {
        self.conn.execute(
            "INSERT INTO lockout (id, failures, retry_at_ms, boot_id, boot_ms)
             VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO UPDATE SET failures = excluded.failures,
                                           retry_at_ms = excluded.retry_at_ms,
                                           boot_id = excluded.boot_id,
                                           boot_ms = excluded.boot_ms",
            params![
                stored.failures,
                stored.at_ms,
                stored.boot_id,
                stored.boot_ms
            ],
        )?;
        Ok(())
    }

    /// Fold the WAL back into the database and empty it (`wal_checkpoint(TRUNCATE)`), so
    /// that old versions of entries and keys do not stay in the `-wal`. Best effort: another
    /// reader can make it partial, and the next one completes it.
    pub(crate) fn checkpoint(&self) {
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }

    pub(crate) fn entries(&self) -> Result<Vec<SealedRow>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, revision, sealed FROM entry")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, revision, sealed) = row?;
            out.push((id, u64::try_from(revision).unwrap_or(0), sealed));
        }
        Ok(out)
    }

    pub(crate) fn entry(&self, id: &str) -> Result<Option<(u64, Vec<u8>)>> {
        let row: Option<(i64, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT revision, sealed FROM entry WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.map(|(rev, sealed)| (u64::try_from(rev).unwrap_or(0), sealed)))
    }

    pub(crate) fn insert_entry(&self, id: &str, revision: u64, sealed: &[u8]) -> Result<()> {
        self.conn.execute(
            "INSERT INTO entry (id, revision, sealed) VALUES (?1, ?2, ?3)",
            params![id, to_sql_int(revision)?, sealed],
        )?;
        Ok(())
    }

    /// Replace an entry's blob if it is still at `old`; false if it changed or went away.
    pub(crate) fn replace_entry(
        &self,
        id: &str,
        old: u64,
        new: u64,
        sealed: &[u8],
    ) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE entry SET revision = ?3, sealed = ?4 WHERE id = ?1 AND revision = ?2",
            params![id, to_sql_int(old)?, to_sql_int(new)?, sealed],
        )?;
        Ok(n == 1)
    }

    pub(crate) fn delete_entry(&self, id: &str) -> Result<bool> {
        Ok(self.conn.execute("DELETE FROM entry WHERE id = ?1", [id])? == 1)
    }

    /// Erase, with the record's own connection still open: zero and delete the key row,
    /// take a complete checkpoint, then overwrite the `-wal` at its full length **while it is
    /// still linked** (SQLite deletes it at close without overwriting it). Closes the
    /// connection last. True if the key row was destroyed.
    pub(crate) fn destroy_and_close(self) -> bool {
        let destroyed = destroy_key_row(&self.conn).is_ok();
        let complete = full_checkpoint(&self.conn);
        if complete {
            let wal = companion(&self.path, "-wal");
            if let Ok(meta) = std::fs::metadata(&wal) {
                overwrite_with_zeros(&wal, meta.len());
            }
        }
        drop(self.conn);
        destroyed
    }

    /// SQLite's full integrity check, for tests and the kill -9 harness.
    pub(crate) fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

fn to_sql_int(n: u64) -> Result<i64> {
    i64::try_from(n).map_err(|_| Error::InvalidInput("revision out of range".into()))
}

/// What "Erase" did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EraseReport {
    /// Whether the wrapped key was overwritten and deleted inside the database before the
    /// files went (false when the file could not be opened as a database: it was then
    /// overwritten and removed whole).
    pub key_destroyed: bool,
    /// The files removed, by name.
    pub removed: Vec<String>,
}

/// Erase the record in `dir`, given its open database if there is one: the key file first
/// (crypto-shredding: overwritten in place, synced, deleted), then the wrapped key inside the
/// database and the `-wal` zeroed while still linked ([`Db::destroy_and_close`]), then every
/// file of the record overwritten and removed. Needs no PIN. `Err(erase-incomplete)` names
/// what could not be removed; what could be erased is erased anyway.
pub(crate) fn erase_files(dir: &Path, open: Option<Db>) -> Result<EraseReport> {
    let keyfile = super::keyfile::destroy(dir);
    let path = dir.join(FILE);
    let db = match open {
        Some(db) => Some(db),
        None if path.exists() => open_raw(&path).ok(),
        None => None,
    };
    let key_destroyed = db.is_some_and(Db::destroy_and_close);
    let mut report = EraseReport {
        key_destroyed: key_destroyed || matches!(keyfile, Ok(true)),
        removed: Vec::new(),
    };
    if matches!(keyfile, Ok(true)) {
        report.removed.push(super::keyfile::FILE.into());
    }
    let files = ["", "-wal", "-shm", "-journal"].map(|suffix| companion(&path, suffix));
    let files_result = remove_all(dir, &files, &mut report);
    match (keyfile, files_result) {
        (Ok(_), Ok(())) => Ok(report),
        (Err(Error::EraseIncomplete(mut a)), Err(Error::EraseIncomplete(b))) => {
            a.extend(b);
            Err(Error::EraseIncomplete(a))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// A connection to a record file for erase only (no migration, no PRAGMA but the ones erase
/// needs): the file may be damaged or of a newer version.
fn open_raw(path: &Path) -> Result<Db> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(Db {
        conn,
        path: path.to_owned(),
        damaged: true,
    })
}

/// Overwrite and remove `files` (those that exist), then sync `dir`. Errors name the files
/// left behind.
pub(crate) fn remove_all(dir: &Path, files: &[PathBuf], report: &mut EraseReport) -> Result<()> {
    let mut left = Vec::new();
    for file in files {
        match std::fs::symlink_metadata(file) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(_) => {}
            Ok(meta) if meta.is_file() => overwrite_with_zeros(file, meta.len()),
            Ok(_) => {}
        }
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match std::fs::remove_file(file) {
            Ok(()) => report.removed.push(name),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(_) => left.push(name),
        }
    }
    sync_dir(dir);
    if left.is_empty() {
        Ok(())
    } else {
        Err(Error::EraseIncomplete(left))
    }
}

/// Zero the wrapped key and its parameters in place and delete the row (`secure_delete`
/// zeroes the freed bytes too; `synchronous=FULL` syncs each step).
fn destroy_key_row(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "PRAGMA secure_delete = ON;
         PRAGMA synchronous = FULL;
         UPDATE record_key SET wrapped = zeroblob(length(wrapped)), kdf = zeroblob(length(kdf));
         DELETE FROM record_key;",
    )?;
    Ok(())
}

/// A complete checkpoint (`FULL`): true if no reader blocked it and every WAL frame is now in
/// the database, so the WAL's bytes are no longer needed and can be zeroed.
fn full_checkpoint(conn: &Connection) -> bool {
    let result: rusqlite::Result<(i64, i64, i64)> =
        conn.query_row("PRAGMA wal_checkpoint(FULL)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        });
    matches!(result, Ok((0, log, done)) if log == done)
}

/// Best effort: on flash storage or a copy-on-write file system the old blocks may survive
/// an overwrite. What protects the record then is that its key is gone.
fn overwrite_with_zeros(file: &Path, len: u64) {
    let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(file) else {
        return;
    };
    let zeros = [0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = usize::try_from(left.min(zeros.len() as u64)).unwrap_or(zeros.len());
        if f.write_all(&zeros[..n]).is_err() {
            return;
        }
        left -= n as u64;
    }
    let _ = f.sync_all();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS
            .validate()
            .expect("the record's migrations must apply cleanly");
    }

    #[test]
    fn the_record_is_opened_in_wal_with_full_sync() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open_or_create(&dir.path().join(FILE)).unwrap();
        let mode: String = db
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let sync: i64 = db
            .conn()
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        let secure: i64 = db
            .conn()
            .query_row("PRAGMA secure_delete", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal", "the record uses WAL");
        assert_eq!(sync, 2, "synchronous=FULL (2)");
        assert_eq!(secure, 1, "deleted content is overwritten");
    }

    #[test]
    fn a_missing_record_is_not_created_by_opening() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Db::open_existing(&dir.path().join(FILE)).unwrap().is_none());
        assert!(
            std::fs::read_dir(dir.path()).unwrap().next().is_none(),
            "looking for a record leaves no file"
        );
    }

    #[test]
    fn a_corrupt_record_is_reported_and_never_moved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        let garbage = b"evidence someone cares about, damaged".repeat(300);
        std::fs::write(&path, &garbage).unwrap();
        let err = Db::open_existing(&path)
            .err()
            .expect("a non-database fails");
        assert_eq!(err.code(), "storage-corrupt");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            garbage,
            "the record's file stays exactly where and as it was"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "nothing was renamed or added");
    }

    #[test]
    fn a_newer_record_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        drop(Db::open_or_create(&path).unwrap());
        let raw = Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", 99).unwrap();
        drop(raw);
        let before = std::fs::read(&path).unwrap();
        let err = Db::open_existing(&path)
            .err()
            .expect("a newer record fails");
        assert_eq!(err.code(), "storage-newer-version");
        assert_eq!(std::fs::read(&path).unwrap(), before, "not written to");
    }
}
