//! The settings database: one SQLite file in the app data directory.
//!
//! Guarantees:
//! - Migrations run at open (rusqlite_migration); WAL and foreign keys are set per connection.
//! - A corrupt or unreadable file never stops the app: it is moved aside (renamed, never
//!   deleted, with its `-wal`/`-shm` companions), a fresh database is created, and
//!   [`Store::recovery`] says what happened so the UI can tell the user.
//! - If the directory itself cannot be written, the app runs on an in-memory database and
//!   says so: settings then last for this session only.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};

use crate::error::{check_len, Error, Result};

/// The schema, in order. Never edit a released migration: add one.
const MIGRATION_LIST: &[M<'static>] = &[M::up(include_str!("migrations/01_settings.sql"))];

/// The schema as rusqlite_migration runs it.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_LIST);

/// File name of the database inside the app data directory.
pub const DB_FILE: &str = "refuge.sqlite3";

/// Longest setting value accepted (a language or country tag is a few bytes).
pub const MAX_VALUE_LEN: usize = 64;

/// What happened at open when the file on disk could not be used.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Recovery {
    /// The file was unreadable; it was kept at `kept_at` and a fresh one created.
    MovedAside {
        /// Where the old file now is.
        kept_at: PathBuf,
    },
    /// No file could be written; settings last for this session only.
    InMemory,
}

/// A setting Refuge stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// The language the user chose (`"fr"`), which wins over the system locale.
    Language,
    /// The country the user chose or confirmed (`"BE"`).
    Country,
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::Language => "language",
            Setting::Country => "country",
        }
    }
}

/// The open settings database.
pub struct Store {
    conn: Connection,
    recovery: Option<Recovery>,
}

impl Store {
    /// Open (or create) the database in `dir`, recovering from a bad file as described above.
    pub fn open_in_dir(dir: &Path) -> Store {
        let path = dir.join(DB_FILE);
        let first_try = std::fs::create_dir_all(dir)
            .map_err(|e| Error::Storage(e.to_string()))
            .and_then(|()| open_file(&path));
        match first_try {
            Ok(conn) => Store {
                conn,
                recovery: None,
            },
            Err(_) if path.exists() => match move_aside(&path) {
                Ok(kept_at) => match open_file(&path) {
                    Ok(conn) => Store {
                        conn,
                        recovery: Some(Recovery::MovedAside { kept_at }),
                    },
                    Err(_) => Store::in_memory_fallback(),
                },
                Err(_) => Store::in_memory_fallback(),
            },
            Err(_) => Store::in_memory_fallback(),
        }
    }

    /// A database that lives only in memory (tests, and the last-resort fallback).
    pub fn in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        MIGRATIONS
            .to_latest(&mut conn)
            .map_err(|e| Error::Storage(e.to_string()))?;
        Ok(Store {
            conn,
            recovery: None,
        })
    }

    fn in_memory_fallback() -> Store {
        let mut store = Store::in_memory().expect("an in-memory SQLite database always opens");
        store.recovery = Some(Recovery::InMemory);
        store
    }

    /// What happened at open, if the file on disk could not be used.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// The stored value of `setting`, if any.
    pub fn get(&self, setting: Setting) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [setting.key()],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Store `value` for `setting` (validated by the caller; length-checked here).
    pub fn set(&self, setting: Setting, value: &str) -> Result<()> {
        check_len(value, MAX_VALUE_LEN)?;
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [setting.key(), value],
        )?;
        Ok(())
    }

    /// Forget the stored value of `setting`.
    pub fn clear(&self, setting: Setting) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [setting.key()])?;
        Ok(())
    }
}

fn open_file(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    // Reading the schema forces SQLite to read the header: a file that is not a database
    // fails here rather than on first use.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    MIGRATIONS
        .to_latest(&mut conn)
        .map_err(|e| Error::Storage(e.to_string()))?;
    Ok(conn)
}

/// Rename the bad file (and its WAL companions) to `<name>.corrupt-<unix seconds>[-n]`.
fn move_aside(path: &Path) -> Result<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut n = 0;
    let kept = loop {
        let suffix = if n == 0 {
            format!("corrupt-{stamp}")
        } else {
            format!("corrupt-{stamp}-{n}")
        };
        let candidate = path.with_extension(format!("sqlite3.{suffix}"));
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    std::fs::rename(path, &kept).map_err(|e| Error::Storage(e.to_string()))?;
    for companion in ["-wal", "-shm"] {
        let mut from = path.as_os_str().to_owned();
        from.push(companion);
        let from = PathBuf::from(from);
        if from.exists() {
            let mut to = kept.as_os_str().to_owned();
            to.push(companion);
            let _ = std::fs::rename(&from, PathBuf::from(to));
        }
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS
            .validate()
            .expect("migrations must apply cleanly");
    }

    #[test]
    fn settings_round_trip_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open_in_dir(dir.path());
            assert_eq!(
                store.recovery(),
                None,
                "a fresh directory needs no recovery"
            );
            assert_eq!(
                store.get(Setting::Language).unwrap(),
                None,
                "nothing stored yet"
            );
            store.set(Setting::Language, "fr").unwrap();
            store.set(Setting::Country, "BE").unwrap();
            store.set(Setting::Country, "CA").unwrap();
        }
        let store = Store::open_in_dir(dir.path());
        assert_eq!(store.get(Setting::Language).unwrap().as_deref(), Some("fr"));
        assert_eq!(
            store.get(Setting::Country).unwrap().as_deref(),
            Some("CA"),
            "the last value written wins"
        );
        store.clear(Setting::Country).unwrap();
        assert_eq!(store.get(Setting::Country).unwrap(), None, "cleared");
    }

    #[test]
    fn oversized_value_is_rejected_and_the_old_value_kept() {
        let store = Store::in_memory().unwrap();
        store.set(Setting::Language, "en").unwrap();
        let err = store
            .set(Setting::Language, &"x".repeat(1 << 20))
            .unwrap_err();
        assert_eq!(err.code(), "input-too-long");
        assert_eq!(store.get(Setting::Language).unwrap().as_deref(), Some("en"));
    }

    #[test]
    fn a_corrupt_file_is_kept_aside_and_the_app_starts_with_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        let garbage = b"this is not a database, it is a note someone wrote over it".repeat(200);
        std::fs::write(&path, &garbage).unwrap();

        let store = Store::open_in_dir(dir.path());
        let Some(Recovery::MovedAside { kept_at }) = store.recovery() else {
            panic!(
                "a corrupt file must be reported, got {:?}",
                store.recovery()
            );
        };
        assert_eq!(
            std::fs::read(kept_at).unwrap(),
            garbage,
            "the bad file is kept byte for byte, not deleted"
        );
        assert_eq!(
            store.get(Setting::Language).unwrap(),
            None,
            "starts with defaults"
        );
        store.set(Setting::Language, "fr").unwrap();
        drop(store);
        let again = Store::open_in_dir(dir.path());
        assert_eq!(again.recovery(), None, "the new file is healthy");
        assert_eq!(again.get(Setting::Language).unwrap().as_deref(), Some("fr"));
    }

    #[test]
    fn an_unwritable_location_falls_back_to_memory() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("not-a-dir");
        std::fs::write(&blocker, b"file where a folder should be").unwrap();
        let store = Store::open_in_dir(&blocker.join("sub"));
        assert_eq!(store.recovery(), Some(&Recovery::InMemory));
        store.set(Setting::Country, "FR").unwrap();
        assert_eq!(store.get(Setting::Country).unwrap().as_deref(), Some("FR"));
    }
}
