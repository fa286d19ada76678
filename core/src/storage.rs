//! The settings database, and the rules every Refuge database file is opened by.
//! (Over 600 lines: half of it is the tests of every way a file can fail to open, which the
//! settings store and the record's store both rely on.)
//!
//! A person cannot get back a file we destroy, so opening a database classifies what went
//! wrong before anything is done to the file ([`open_database`], shared with the record):
//!
//! | what SQLite says | what it means | what happens to the file |
//! |---|---|---|
//! | `SQLITE_CORRUPT`, `SQLITE_NOTADB`, or `PRAGMA quick_check` is not `ok` | proven corruption | settings: moved aside (renamed with its `-wal`/`-shm`, never deleted) and a fresh file made; the record: never moved |
//! | `SQLITE_BUSY` / `SQLITE_LOCKED` after [`BUSY_TIMEOUT`] | another program holds it | untouched |
//! | `user_version` above what this build knows | written by a newer Refuge | untouched, not even switched to WAL |
//! | anything else: I/O, permission, full disk, a folder where the file should be | the device, not the file | untouched |
//!
//! Only corruption is proven by SQLite itself; every other failure can go away (the other
//! program exits, the disk is freed, the person reinstalls the newer version), and moving the
//! file then would lose their settings for nothing. In every case but a successful open the
//! app still starts: the settings live in memory for this session and [`Store::recovery`]
//! says why, so the UI can tell the person.
//!
//! Other guarantees:
//! - Migrations run at open (rusqlite_migration); WAL, foreign keys and `busy_timeout` are set
//!   per connection, after the version check, so a newer file is never written to.
//! - If the directory itself cannot be made, the app runs on an in-memory database and says so.
//! - Only the person's own account can read what Refuge keeps (Unix): the data folder is made
//!   or brought to 0700 ([`create_private_dir`]), a database file is created 0600 before SQLite
//!   first opens it, and existing ones (with their `-wal`/`-shm`) are brought to 0600 at open
//!   ([`restrict_files`]). A file written for the person (a report) is 0600 too, written to a
//!   temporary name and renamed into place ([`write_private`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension};
use rusqlite_migration::{MigrationDefinitionError, Migrations, M};

use crate::error::{check_len, Error, Result};

/// The schema, in order. Never edit a released migration: add one.
const MIGRATION_LIST: &[M<'static>] = &[M::up(include_str!("migrations/01_settings.sql"))];

/// The schema as rusqlite_migration runs it.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_LIST);

/// File name of the database inside the app data directory.
pub const DB_FILE: &str = "refuge.sqlite3";

/// Longest setting value accepted (a language or country tag is a few bytes).
pub const MAX_VALUE_LEN: usize = 64;

/// How long opening or writing waits for another connection before it gives up as busy.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What happened at open when the file on disk could not be used as it is.
///
/// In every case but `MovedAside` the file on disk was not touched at all, and the settings
/// live in memory for this session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, strum::EnumIter, strum::IntoStaticStr)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Recovery {
    /// The file was proven corrupt; it was kept at `kept_at` and a fresh one created.
    MovedAside {
        /// Where the old file now is.
        kept_at: PathBuf,
    },
    /// The data folder could not be created; settings last for this session only.
    InMemory,
    /// The file was written by a newer version of Refuge; it is left as it is.
    NewerVersion {
        /// The schema version in the file.
        found: i64,
        /// The newest schema version this build knows.
        known: i64,
    },
    /// Another program kept the file locked for longer than [`BUSY_TIMEOUT`].
    Busy,
    /// The file could not be read or written (I/O error, permission, full disk, …).
    Unavailable {
        /// What SQLite or the system said, for logs.
        reason: String,
    },
}

impl Recovery {
    /// The kebab-case kind, as serialized (`"moved-aside"`): the Fluent id `ui-recovery-<kind>`.
    pub fn kind(&self) -> &'static str {
        self.into()
    }
}

/// A setting Refuge stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// The language the user chose (`"fr"`), which wins over the system locale.
    Language,
    /// The country the user chose or confirmed (`"BE"`).
    Country,
    /// Discreet mode (`"on"`): a neutral name and title, no sensitive word on the first screen.
    Discreet,
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::Language => "language",
            Setting::Country => "country",
            Setting::Discreet => "discreet",
        }
    }
}

/// The open settings database.
pub struct Store {
    conn: Connection,
    recovery: Option<Recovery>,
}

impl Store {
    /// Open (or create) the database in `dir`, handling a bad file as described above.
    pub fn open_in_dir(dir: &Path) -> Store {
        Store::open_in_dir_waiting(dir, BUSY_TIMEOUT)
    }

    fn open_in_dir_waiting(dir: &Path, busy_timeout: Duration) -> Store {
        if create_private_dir(dir).is_err() {
            return Store::in_memory_because(Recovery::InMemory);
        }
        let path = dir.join(DB_FILE);
        let open = || open_database(&path, &SETTINGS_SCHEMA, busy_timeout);
        match open() {
            Ok(conn) => Store {
                conn,
                recovery: None,
            },
            Err(OpenFailure::Corrupt(_)) => match move_aside(&path) {
                Ok(kept_at) => match open() {
                    Ok(conn) => Store {
                        conn,
                        recovery: Some(Recovery::MovedAside { kept_at }),
                    },
                    Err(e) => Store::in_memory_because(e.into_recovery()),
                },
                Err(e) => Store::in_memory_because(Recovery::Unavailable {
                    reason: e.to_string(),
                }),
            },
            Err(e) => Store::in_memory_because(e.into_recovery()),
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

    fn in_memory_because(recovery: Recovery) -> Store {
        let mut store = Store::in_memory().expect("an in-memory SQLite database always opens");
        store.recovery = Some(recovery);
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

/// A database's schema and the connection settings it is opened with.
pub(crate) struct Schema {
    /// The migrations, in order.
    pub migrations: &'static Migrations<'static>,
    /// How many migrations there are: a file whose `user_version` is above this is newer.
    pub version: usize,
    /// Whether a failed `PRAGMA quick_check` fails the open as corruption (the settings) or
    /// is left to the caller (the record, which never gives up on a readable file).
    pub check_integrity: bool,
    /// PRAGMAs set on every connection, after the version check, in order.
    pub pragmas: &'static [(&'static str, &'static str)],
}

const SETTINGS_SCHEMA: Schema = Schema {
    migrations: &MIGRATIONS,
    version: MIGRATION_LIST.len(),
    check_integrity: true,
    pragmas: &[
        ("journal_mode", "WAL"),
        ("foreign_keys", "ON"),
        ("synchronous", "NORMAL"),
    ],
};

/// Why a database file could not be opened, classified (see the module docs).
#[derive(Debug)]
pub(crate) enum OpenFailure {
    /// SQLite proved the file corrupt.
    Corrupt(String),
    /// Still locked by another connection after the busy timeout.
    Busy,
    /// Written by a newer build.
    NewerVersion {
        /// The file's `user_version`.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// Anything else: the file may be fine, the device is not.
    Unavailable(String),
}

impl OpenFailure {
    fn into_recovery(self) -> Recovery {
        match self {
            OpenFailure::Corrupt(reason) | OpenFailure::Unavailable(reason) => {
                Recovery::Unavailable { reason }
            }
            OpenFailure::Busy => Recovery::Busy,
            OpenFailure::NewerVersion { found, known } => Recovery::NewerVersion { found, known },
        }
    }
}

impl From<OpenFailure> for Error {
    fn from(f: OpenFailure) -> Self {
        match f {
            OpenFailure::Corrupt(reason) => Error::StorageCorrupt(reason),
            OpenFailure::Busy => Error::StorageBusy,
            OpenFailure::NewerVersion { found, known } => {
                Error::StorageNewerVersion { found, known }
            }
            OpenFailure::Unavailable(reason) => Error::Storage(reason),
        }
    }
}

/// Sort a SQLite error into the cases of the module docs.
pub(crate) fn classify(e: &rusqlite::Error) -> OpenFailure {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
            OpenFailure::Corrupt(e.to_string())
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => OpenFailure::Busy,
        _ => OpenFailure::Unavailable(e.to_string()),
    }
}

/// Open `path` (creating it if absent) and bring it to the latest schema, or say precisely
/// why not. Nothing is written to the file before it has been read, checked for corruption
/// and found to be of a version this build knows.
pub(crate) fn open_database(
    path: &Path,
    schema: &Schema,
    busy_timeout: Duration,
) -> std::result::Result<Connection, OpenFailure> {
    let c = |e: rusqlite::Error| classify(&e);
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    create_private_file(path);
    let mut conn = Connection::open_with_flags(path, flags).map_err(c)?;
    conn.busy_timeout(busy_timeout).map_err(c)?;
    // Reading the schema forces SQLite to read the header: a file that is not a database
    // fails here rather than on first use.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(c)?;
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(c)?;
    let known = i64::try_from(schema.version).unwrap_or(i64::MAX);
    if found > known {
        return Err(OpenFailure::NewerVersion { found, known });
    }
    if found < 0 {
        return Err(OpenFailure::Unavailable(format!(
            "user_version {found} was not written by Refuge"
        )));
    }
    if schema.check_integrity {
        let verdict: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(c)?;
        if verdict != "ok" {
            return Err(OpenFailure::Corrupt(verdict));
        }
    }
    for (name, value) in schema.pragmas {
        // `journal_mode` answers with a row; `pragma_update_and_check` reads it either way.
        conn.pragma_update_and_check(None, name, value, |_| Ok(()))
            .optional()
            .map_err(c)?;
    }
    restrict_files(path);
    schema
        .migrations
        .to_latest(&mut conn)
        .map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => classify(&err),
            rusqlite_migration::Error::MigrationDefinition(
                MigrationDefinitionError::DatabaseTooFarAhead,
            ) => OpenFailure::NewerVersion { found, known },
            other => OpenFailure::Unavailable(other.to_string()),
        })?;
    Ok(conn)
}

/// Make `dir` (and its parents) and bring it to mode 0700 (Unix): only the person's own
/// account can list or read what Refuge keeps. An existing folder's mode is tightened, never
/// anything inside it changed.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(dir)?;
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

/// Create `path` empty with mode 0600 if it does not exist, so that SQLite (which gives its
/// `-wal` and `-shm` the database's own mode) never makes a world-readable file. Best effort.
fn create_private_file(path: &Path) {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let _ = options.open(path);
}

/// Bring a database file and its `-wal`/`-shm` to mode 0600 (Unix; best effort: a file
/// another account owns is left as it is).
pub(crate) fn restrict_files(path: &Path) {
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt;
        let file = companion(path, suffix);
        if let Ok(meta) = std::fs::symlink_metadata(&file) {
            if meta.is_file() && meta.permissions().mode() & 0o077 != 0 {
                let _ = std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Sync a folder, so that a file created, renamed or removed in it stays so after a power
/// loss (Unix; elsewhere a no-op). Best effort.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Write `bytes` to `path` so that only the person's account can read it (0600 on Unix) and
/// a crash never leaves half a file under that name: a temporary file in the same folder,
/// synced, then renamed over `path`. On failure the temporary file is removed and `path` is
/// left as it was. `storage` with the system's reason otherwise.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| Error::Storage("no file name".into()))?;
    let io = |e: std::io::Error| Error::Storage(e.kind().to_string());
    let mut tmp = None;
    for attempt in 0..16u32 {
        let mut candidate = std::ffi::OsString::from(".");
        candidate.push(name);
        candidate.push(format!(".{}-{attempt}.tmp", std::process::id()));
        let candidate = dir.join(candidate);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&candidate) {
            Ok(file) => {
                tmp = Some((candidate, file));
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(e)),
        }
    }
    let (tmp_path, mut file) = tmp.ok_or_else(|| Error::Storage("no temporary name".into()))?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&tmp_path, path));
    if let Err(e) = written {
        drop(file);
        let _ = std::fs::remove_file(&tmp_path);
        return Err(io(e));
    }
    sync_dir(dir);
    Ok(())
}

/// The folder Refuge keeps its data in: `local` (not roaming, so a Windows roaming profile
/// never copies the record to a server), unless an earlier Refuge already keeps a record or
/// settings in `earlier` (the roaming folder it used before) and `local` holds neither: then
/// that install keeps using `earlier`, exactly where it is. Nothing is ever moved or copied:
/// a person's record must not be split from its WAL or key file by a half-done move. On Linux
/// and macOS the two are the same folder.
pub fn data_dir(local: Option<PathBuf>, earlier: Option<PathBuf>) -> Option<PathBuf> {
    let has = |dir: &Path, files: &[&str]| files.iter().any(|f| dir.join(f).exists());
    let record = ["journal.sqlite3", "journal.key"];
    match (local, earlier) {
        (Some(local), Some(earlier)) if local != earlier => {
            // A record decides first (it must never be orphaned), then settings.
            let keep_earlier = !has(&local, &record)
                && (has(&earlier, &record)
                    || (!has(&local, &[DB_FILE]) && has(&earlier, &[DB_FILE])));
            Some(if keep_earlier { earlier } else { local })
        }
        (Some(local), _) => Some(local),
        (None, earlier) => earlier,
    }
}

/// The path of a database's companion file (`-wal`, `-shm`, `-journal`).
pub(crate) fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
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
    for suffix in ["-wal", "-shm"] {
        let from = companion(path, suffix);
        if from.exists() {
            let _ = std::fs::rename(&from, companion(&kept, suffix));
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

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_is_0700_and_the_files_0600_even_when_they_existed_before() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("org.refuge.app");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        {
            let store = Store::open_in_dir(&dir);
            store.set(Setting::Language, "fr").unwrap();
            assert_eq!(mode(&dir), 0o700, "an existing 0755 folder is tightened");
            for f in ["refuge.sqlite3", "refuge.sqlite3-wal", "refuge.sqlite3-shm"] {
                assert_eq!(mode(&dir.join(f)), 0o600, "{f} is the owner's alone");
            }
        }
        let db = dir.join(DB_FILE);
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        let store = Store::open_in_dir(&dir);
        assert_eq!(
            mode(&db),
            0o600,
            "a 0644 file from an earlier version is tightened"
        );
        assert_eq!(
            store.get(Setting::Language).unwrap().as_deref(),
            Some("fr"),
            "and kept"
        );
    }

    #[test]
    fn a_private_write_is_whole_0600_and_replaces_in_one_step() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("record.txt");
        std::fs::write(&path, b"an older report").unwrap();
        write_private(&path, b"the new report").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"the new report");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600, "only the owner can read the report");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
        let missing = dir.path().join("no-such-folder").join("r.txt");
        assert_eq!(write_private(&missing, b"x").unwrap_err().code(), "storage");
    }

    #[test]
    fn an_existing_install_keeps_its_folder_and_a_new_one_uses_the_local_folder() {
        let root = tempfile::tempdir().unwrap();
        let local = root.path().join("Local");
        let roaming = root.path().join("Roaming");
        std::fs::create_dir_all(&local).unwrap();
        std::fs::create_dir_all(&roaming).unwrap();
        let pick = || data_dir(Some(local.clone()), Some(roaming.clone()));
        assert_eq!(
            pick(),
            Some(local.clone()),
            "a new install: the local folder"
        );
        std::fs::write(roaming.join("journal.sqlite3"), b"an earlier record").unwrap();
        assert_eq!(
            pick(),
            Some(roaming.clone()),
            "an earlier record stays where it is"
        );
        assert_eq!(
            std::fs::read(roaming.join("journal.sqlite3")).unwrap(),
            b"an earlier record",
            "and is neither moved nor copied"
        );
        std::fs::write(local.join(DB_FILE), b"settings").unwrap();
        assert_eq!(
            pick(),
            Some(roaming.clone()),
            "settings alone never orphan a record"
        );
        std::fs::remove_file(roaming.join("journal.sqlite3")).unwrap();
        assert_eq!(
            pick(),
            Some(local.clone()),
            "settings in both: the local folder"
        );
        assert_eq!(
            data_dir(Some(local.clone()), Some(local.clone())),
            Some(local.clone())
        );
        assert_eq!(data_dir(None, Some(roaming.clone())), Some(roaming));
        assert_eq!(data_dir(None, None), None);
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

    /// A settings file with the language saved, closed cleanly (WAL folded back in).
    fn saved_settings(dir: &Path) -> PathBuf {
        let store = Store::open_in_dir(dir);
        assert_eq!(store.recovery(), None, "the fixture opens cleanly");
        store.set(Setting::Language, "fr").unwrap();
        drop(store);
        dir.join(DB_FILE)
    }

    /// Every file in `dir` with its bytes, to prove a case left the folder exactly as it was.
    fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn a_file_that_is_not_a_database_is_kept_aside_and_the_app_starts_with_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        let garbage = b"this is not a database, it is a note someone wrote over it".repeat(200);
        std::fs::write(&path, &garbage).unwrap();

        let store = Store::open_in_dir(dir.path());
        let Some(Recovery::MovedAside { kept_at }) = store.recovery() else {
            panic!(
                "SQLITE_NOTADB must move the file aside, got {:?}",
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
    fn a_database_with_a_damaged_schema_page_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_settings(dir.path());
        let mut bytes = std::fs::read(&path).unwrap();
        // Page 1 holds the schema after the 100-byte header: scribble over its b-tree.
        for b in &mut bytes[100..400] {
            *b = 0xA5;
        }
        std::fs::write(&path, &bytes).unwrap();

        let store = Store::open_in_dir(dir.path());
        let Some(Recovery::MovedAside { kept_at }) = store.recovery() else {
            panic!(
                "SQLITE_CORRUPT must move the file aside, got {:?}",
                store.recovery()
            );
        };
        assert_eq!(
            std::fs::read(kept_at).unwrap(),
            bytes,
            "the corrupt file is kept byte for byte"
        );
    }

    #[test]
    fn a_database_that_fails_its_integrity_check_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open_in_dir(dir.path());
            // Enough rows for the table to span pages beyond the schema page.
            for i in 0..200 {
                store
                    .conn
                    .execute(
                        "INSERT INTO settings (key, value) VALUES (?1, ?2)",
                        [format!("k{i}"), "v".repeat(60)],
                    )
                    .unwrap();
            }
        }
        let path = dir.path().join(DB_FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        let page = 4096;
        assert!(bytes.len() >= 3 * page, "the fixture spans several pages");
        // Break a b-tree page header beyond the schema, so the header still reads fine.
        for b in &mut bytes[2 * page..2 * page + 12] {
            *b = 0xFF;
        }
        std::fs::write(&path, &bytes).unwrap();

        let store = Store::open_in_dir(dir.path());
        assert!(
            matches!(store.recovery(), Some(Recovery::MovedAside { .. })),
            "a failed quick_check is proven corruption and moves the file aside, got {:?}",
            store.recovery()
        );
    }

    /// A connection holding `path` the way another program could: an exclusive lock that
    /// keeps out readers too, until its transaction ends.
    fn hold_exclusively(path: &Path) -> Connection {
        let holder = Connection::open(path).unwrap();
        holder
            .pragma_update(None, "locking_mode", "EXCLUSIVE")
            .unwrap();
        holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
        holder
    }

    #[test]
    fn a_database_held_by_another_program_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_settings(dir.path());
        let holder = hold_exclusively(&path);
        let before = snapshot(dir.path());

        let store = Store::open_in_dir_waiting(dir.path(), Duration::from_millis(200));
        assert_eq!(
            store.recovery(),
            Some(&Recovery::Busy),
            "a locked file is reported as busy"
        );
        assert_eq!(
            snapshot(dir.path()),
            before,
            "a busy file is neither moved nor written"
        );
        holder.execute_batch("COMMIT").unwrap();
        drop(holder);
        let again = Store::open_in_dir(dir.path());
        assert_eq!(
            again.get(Setting::Language).unwrap().as_deref(),
            Some("fr"),
            "once the other program lets go, the saved settings are all there"
        );
    }

    #[test]
    fn a_database_locked_for_a_moment_is_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_settings(dir.path());
        let holder = hold_exclusively(&path);
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            holder.execute_batch("COMMIT").unwrap();
            drop(holder);
        });
        let store = Store::open_in_dir_waiting(dir.path(), Duration::from_secs(10));
        release.join().unwrap();
        assert_eq!(
            store.recovery(),
            None,
            "busy_timeout waits for a short lock instead of giving up"
        );
        assert_eq!(store.get(Setting::Language).unwrap().as_deref(), Some("fr"));
    }

    #[test]
    fn a_database_from_a_newer_version_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_settings(dir.path());
        let newer = i64::try_from(MIGRATION_LIST.len()).unwrap() + 3;
        let raw = Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", newer).unwrap();
        raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
        drop(raw);
        let before = snapshot(dir.path());

        let store = Store::open_in_dir(dir.path());
        assert_eq!(
            store.recovery(),
            Some(&Recovery::NewerVersion {
                found: newer,
                known: i64::try_from(MIGRATION_LIST.len()).unwrap(),
            }),
            "the person is told the file comes from a newer version"
        );
        store.set(Setting::Country, "FR").unwrap();
        drop(store);
        assert_eq!(
            snapshot(dir.path()),
            before,
            "a newer file is not moved, migrated, switched to WAL or written"
        );
    }

    #[test]
    fn an_io_error_is_reported_and_nothing_is_moved() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the database file should be: SQLite cannot open it (SQLITE_CANTOPEN).
        let in_the_way = dir.path().join(DB_FILE);
        std::fs::create_dir(&in_the_way).unwrap();
        std::fs::write(in_the_way.join("keep-me.txt"), b"someone's file").unwrap();

        let store = Store::open_in_dir(dir.path());
        assert!(
            matches!(store.recovery(), Some(Recovery::Unavailable { .. })),
            "an I/O failure is reported as such, got {:?}",
            store.recovery()
        );
        assert!(
            in_the_way.join("keep-me.txt").exists(),
            "what is in the way is not moved or deleted"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            vec![DB_FILE],
            "nothing was renamed or created beside it"
        );
        store.set(Setting::Country, "FR").unwrap();
        assert_eq!(store.get(Setting::Country).unwrap().as_deref(), Some("FR"));
    }

    #[test]
    fn an_unreadable_file_is_reported_and_left_in_place() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = saved_settings(dir.path());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::File::open(&path).is_ok() {
            eprintln!("skipped: running as root, a file without permissions is still readable");
            return;
        }
        let store = Store::open_in_dir(dir.path());
        assert!(
            matches!(store.recovery(), Some(Recovery::Unavailable { .. })),
            "a permission error is reported as such, got {:?}",
            store.recovery()
        );
        assert!(path.exists(), "the unreadable file stays where it is");
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

    #[test]
    fn recovery_serializes_with_a_kebab_case_kind() {
        let json = serde_json::to_value(Recovery::NewerVersion { found: 4, known: 1 }).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "newer-version", "found": 4, "known": 1}),
            "the UI picks its words from `kind`"
        );
    }
}
