//! The one error type of Refuge's core.
//!
//! Every error has a stable, kebab-case `code` that the UI chooses its words from; the
//! `message` is for logs and developers, never parsed. Errors cross the IPC boundary as
//! `{ "code": "...", "message": "..." }` (see [`ErrorPayload`]); a test pins that shape.

use serde::Serialize;

/// Result with Refuge's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core, each variant with a stable code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A locale tag that is not a valid BCP 47 / POSIX tag (e.g. `"@@"`, or far too long).
    #[error("invalid locale tag {0:?}")]
    InvalidLocale(String),
    /// A well-formed locale for which Refuge has no translation.
    #[error("no translation for locale {0:?}")]
    UnknownLocale(String),
    /// A guide id that `guides.toml` does not define.
    #[error("unknown guide {0:?}")]
    UnknownGuide(String),
    /// A country code with no file in `locales/countries/`, or not a valid ISO 3166-1 code.
    #[error("unknown country {0:?}")]
    UnknownCountry(String),
    /// A helpline id that no country file defines.
    #[error("unknown helpline {0:?}")]
    UnknownHelpline(String),
    /// A link id that is not on the allow-list.
    #[error("link {0:?} is not on the allow-list")]
    LinkNotAllowed(String),
    /// A helpline that exists but cannot be reached the way asked (e.g. texting a line with no SMS).
    #[error("helpline {id:?} has no {channel} channel")]
    NoSuchChannel {
        /// The helpline's id.
        id: String,
        /// `"call"` or `"text"`.
        channel: &'static str,
    },
    /// Input over the size the command accepts (e.g. a 1 MB field).
    #[error("input too long: {len}, at most {max}")]
    InputTooLong {
        /// Size received: bytes, or characters where the limit is in characters.
        len: usize,
        /// Size accepted, in the same unit.
        max: usize,
    },
    /// Input that is well-sized but not acceptable (an unknown answer, a malformed id).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A Fluent message id that the locale files do not define (a content bug: tests catch it).
    #[error("missing message {id:?} in {locale}")]
    MissingMessage {
        /// The Fluent id.
        id: String,
        /// The locale it was looked up in.
        locale: String,
    },
    /// Embedded content that does not parse or is inconsistent (a build-time bug: tests catch it).
    #[error("content error: {0}")]
    Content(String),
    /// A database could not be read or written: an I/O error, a permission, a full disk.
    /// The file was left as it was.
    #[error("storage error: {0}")]
    Storage(String),
    /// A database stayed locked by another program past the busy timeout; left as it was.
    #[error("storage busy: another program holds the database")]
    StorageBusy,
    /// A database written by a newer version of Refuge; left as it was, never migrated.
    #[error("database version {found} is newer than this build's {known}")]
    StorageNewerVersion {
        /// The schema version in the file.
        found: i64,
        /// The newest schema version this build knows.
        known: i64,
    },
    /// SQLite proved a database corrupt (`SQLITE_CORRUPT`, `SQLITE_NOTADB`, failed check).
    #[error("database corrupt: {0}")]
    StorageCorrupt(String),
    /// "My record" has not been set up yet (no PIN or passphrase chosen).
    #[error("the record has not been created")]
    RecordNotCreated,
    /// "My record" is already set up; creating it again would lose it.
    #[error("the record already exists")]
    RecordExists,
    /// The record is locked: unlock it with the PIN or passphrase first.
    #[error("the record is locked")]
    RecordLocked,
    /// A PIN or passphrase that does not fit the rules (a PIN is exactly 6 digits, a
    /// passphrase at least 8 characters).
    #[error("invalid secret: {0}")]
    InvalidSecret(&'static str),
    /// The PIN or passphrase did not open the record. The failure is already counted.
    #[error("wrong PIN or passphrase; {tries_before_wait} tries before a wait")]
    WrongSecret {
        /// Further wrong tries allowed before each try has to wait (0: waits apply now).
        tries_before_wait: u32,
    },
    /// Too many wrong tries: no try is accepted before `retry_at`.
    #[error("too many wrong tries; try again at {retry_at}")]
    LockedOut {
        /// When the next try will be accepted.
        retry_at: chrono::DateTime<chrono::Utc>,
    },
    /// An entry id the record does not hold.
    #[error("unknown entry {0:?}")]
    UnknownEntry(String),
    /// An entry whose stored form cannot be decrypted or decoded (that entry only).
    #[error("entry cannot be read: {0}")]
    RecordCorrupt(String),
    /// A date and time the record cannot understand.
    #[error("invalid date {0:?}")]
    InvalidDate(String),
    /// Erase removed what it could, but some files are still there.
    #[error("erase incomplete, still present: {0:?}")]
    EraseIncomplete(Vec<String>),
    /// The system could not provide randomness or memory for the record's keys.
    #[error("crypto error: {0}")]
    Crypto(String),
    /// Search index failure (never for user input: that always yields results or nothing).
    #[error("search error: {0}")]
    Search(String),
}

impl Error {
    /// The stable code the UI matches on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidLocale(_) => "invalid-locale",
            Error::UnknownLocale(_) => "unknown-locale",
            Error::UnknownGuide(_) => "unknown-guide",
            Error::UnknownCountry(_) => "unknown-country",
            Error::UnknownHelpline(_) => "unknown-helpline",
            Error::LinkNotAllowed(_) => "link-not-allowed",
            Error::NoSuchChannel { .. } => "no-such-channel",
            Error::InputTooLong { .. } => "input-too-long",
            Error::InvalidInput(_) => "invalid-input",
            Error::MissingMessage { .. } => "missing-message",
            Error::Content(_) => "content",
            Error::Storage(_) => "storage",
            Error::StorageBusy => "storage-busy",
            Error::StorageNewerVersion { .. } => "storage-newer-version",
            Error::StorageCorrupt(_) => "storage-corrupt",
            Error::RecordNotCreated => "record-not-created",
            Error::RecordExists => "record-exists",
            Error::RecordLocked => "record-locked",
            Error::InvalidSecret(_) => "invalid-secret",
            Error::WrongSecret { .. } => "wrong-secret",
            Error::LockedOut { .. } => "locked-out",
            Error::UnknownEntry(_) => "unknown-entry",
            Error::RecordCorrupt(_) => "record-corrupt",
            Error::InvalidDate(_) => "invalid-date",
            Error::EraseIncomplete(_) => "erase-incomplete",
            Error::Crypto(_) => "crypto",
            Error::Search(_) => "search",
        }
    }

    /// The `{code, message}` shape that crosses IPC.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_owned(),
            message: self.to_string(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e.to_string())
    }
}

/// What an error looks like to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorPayload {
    /// Stable kebab-case code, e.g. `"unknown-guide"`.
    pub code: String,
    /// A developer-facing description; the UI never parses it.
    pub message: String,
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.payload().serialize(s)
    }
}

/// Reject input longer than `max` bytes with a clear error, before any work is done on it.
pub fn check_len(input: &str, max: usize) -> Result<()> {
    if input.len() > max {
        return Err(Error::InputTooLong {
            len: input.len(),
            max,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_serializes_as_code_and_message_only() {
        let json = serde_json::to_value(Error::UnknownGuide("nope".into())).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "unknown-guide", "message": "unknown guide \"nope\""}),
            "errors must cross IPC as exactly {{code, message}}"
        );
    }

    #[test]
    fn check_len_rejects_oversized_input_with_its_size() {
        let big = "x".repeat(1_000_001);
        let err = check_len(&big, 1000).unwrap_err();
        assert_eq!(err.code(), "input-too-long", "oversized input must say so");
        assert!(check_len("short", 1000).is_ok(), "short input passes");
    }
}
