//! `journal.sqlite3`: the record's own database, separate from the settings so that trouble
//! with one never touches the other.
//!
//! Guarantees:
//! - WAL with `synchronous=FULL`: once a write returns, it survives the app being killed and
//!   the machine losing power. `secure_delete=ON`, so a deleted entry or key leaves zeros in
//!   the file, not its old bytes; temporary tables stay in memory.
//! - Opened by the rules of [`crate::storage`]: busy, newer-version and I/O failures are
//!   errors that leave the file as it is. Unlike the settings, a corrupt record is **never**
//!   moved: it is the person's evidence. If SQLite can still open it but `quick_check` fails,
//!   it opens marked damaged, so whatever is readable can still be read and exported.
//! - The only code that removes a record file is [`erase_files`], which the person asks for.
//! - No text the person wrote is ever stored in clear: rows hold sealed blobs, random ids,
//!   revision numbers, the wrapped key and the count of wrong tries.

use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};
use crate::storage::{classify, companion, open_database, OpenFailure, Schema, BUSY_TIMEOUT};

/// File name of the record inside the app data directory.
pub const FILE: &str = "journal.sqlite3";

/// The schema, in order. Never edit a released migration: add one.
const MIGRATION_LIST: &[M<'static>] = &[M::up(include_str!("migrations/01_record.sql"))];

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
pub(crate) struct KeyRow {
    pub kind: String,
    pub audience: String,
    pub kdf: Vec<u8>,
    pub wrapped: Vec<u8>,
}

/// One stored entry: id, revision, sealed blob.
pub(crate) type SealedRow = (String, u64, Vec<u8>);

/// The open record database.
pub(crate) struct Db {
    conn: Connection,
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
        Ok(Db {
            conn,
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
                "SELECT kind, audience, kdf, wrapped FROM record_key WHERE id = 1",
                [],
                |r| {
                    Ok(KeyRow {
                        kind: r.get(0)?,
                        audience: r.get(1)?,
                        kdf: r.get(2)?,
                        wrapped: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Store the key row and clear the wrong-try count, in one transaction.
    pub(crate) fn insert_key(&mut self, row: &KeyRow) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO record_key (id, kind, audience, kdf, wrapped) VALUES (1, ?1, ?2, ?3, ?4)",
            params![row.kind, row.audience, row.kdf, row.wrapped],
        )?;
        tx.execute(
            "UPDATE lockout SET failures = 0, retry_at_ms = NULL WHERE id = 1",
            [],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn set_audience(&self, audience: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE record_key SET audience = ?1 WHERE id = 1",
            [audience],
        )?;
        Ok(())
    }

    /// The wrong-try count and the next allowed time (Unix milliseconds).
    pub(crate) fn lockout(&self) -> Result<(u32, Option<i64>)> {
        let row: Option<(i64, Option<i64>)> = self
            .conn
            .query_row(
                "SELECT failures, retry_at_ms FROM lockout WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (failures, retry) = row.unwrap_or((0, None));
        Ok((u32::try_from(failures).unwrap_or(u32::MAX), retry))
    }

    /// Store the wrong-try count; durable when this returns (`synchronous=FULL`).
    pub(crate) fn set_lockout(&self, failures: u32, retry_at_ms: Option<i64>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO lockout (id, failures, retry_at_ms) VALUES (1, ?1, ?2)
             ON CONFLICT(id) DO UPDATE SET failures = excluded.failures,
                                           retry_at_ms = excluded.retry_at_ms",
            params![i64::from(failures), retry_at_ms],
        )?;
        Ok(())
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

/// Destroy the wrapped key (crypto-erase), then overwrite and remove the record's files.
/// Needs no PIN. `Err(erase-incomplete)` names what could not be removed.
pub(crate) fn erase_files(dir: &Path) -> Result<EraseReport> {
    let path = dir.join(FILE);
    let key_destroyed = path.exists() && destroy_key(&path).is_ok();
    let mut report = EraseReport {
        key_destroyed,
        removed: Vec::new(),
    };
    let files = ["", "-wal", "-shm", "-journal"].map(|suffix| companion(&path, suffix));
    remove_all(dir, &files, &mut report)?;
    Ok(report)
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
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    if left.is_empty() {
        Ok(())
    } else {
        Err(Error::EraseIncomplete(left))
    }
}

/// Zero the wrapped key and its parameters in place, delete the row, and fold the WAL back
/// with TRUNCATE so no frame still holds the old bytes. `synchronous=FULL` syncs each step.
fn destroy_key(path: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch(
        "PRAGMA secure_delete = ON;
         PRAGMA synchronous = FULL;
         UPDATE record_key SET wrapped = zeroblob(length(wrapped)), kdf = zeroblob(length(kdf));
         DELETE FROM record_key;",
    )?;
    let (busy, _, _): (i64, i64, i64) =
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    if busy != 0 {
        return Err(Error::from(OpenFailure::Busy));
    }
    Ok(())
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
