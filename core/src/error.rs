//! The one error type of Refuge's core.
//!
//! Every error has a stable, kebab-case `code` that the UI chooses its words from; the
//! `message` is for logs and developers, never parsed. Errors cross the IPC boundary as
//! `{ "code": "...", "message": "..." }` (see [`ErrorPayload`]); a test pins that shape.

use serde::Serialize;

/// Result with Refuge's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The closed set of error codes that cross the IPC: the UI picks its words by code
/// (Fluent `error-<code>`), and the generated TypeScript type lists exactly these. Their text
/// (`"unknown-guide"`) and their list come from the derives.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[non_exhaustive]
pub enum ErrorCode {
    /// A locale tag that does not parse.
    InvalidLocale,
    /// A language Refuge has no translation for.
    UnknownLocale,
    /// A guide id no guide has.
    UnknownGuide,
    /// A country code with no file.
    UnknownCountry,
    /// A helpline id no file defines.
    UnknownHelpline,
    /// A web page not on the allow-list.
    LinkNotAllowed,
    /// A way of reaching a line that it does not have.
    NoSuchChannel,
    /// Input over the size accepted.
    InputTooLong,
    /// Input of the right size that is not acceptable.
    InvalidInput,
    /// A command argument of the wrong shape (what the webview sent).
    InvalidArgument,
    /// A Fluent message missing (a content bug).
    MissingMessage,
    /// Embedded content that does not load (a build bug).
    Content,
    /// The settings database could not be read or written.
    Storage,
    /// The database stayed locked by another process.
    StorageBusy,
    /// A database from a newer version of Refuge, left untouched.
    StorageNewerVersion,
    /// A database proven corrupt.
    StorageCorrupt,
    /// My record's key file is missing, of the wrong size or not the record's own.
    StorageKeyFile,
    /// My record is not set up yet.
    RecordNotCreated,
    /// My record is already set up.
    RecordExists,
    /// My record is locked.
    RecordLocked,
    /// A PIN or passphrase of the wrong form.
    InvalidSecret,
    /// A new PIN that is too easy to guess (a date, a pattern, a common PIN).
    WeakSecret,
    /// A wrong PIN or passphrase.
    WrongSecret,
    /// Too many wrong tries: wait.
    LockedOut,
    /// An entry id the record does not hold.
    UnknownEntry,
    /// An entry that cannot be read.
    RecordCorrupt,
    /// A date the record cannot understand.
    InvalidDate,
    /// Erase left files behind.
    EraseIncomplete,
    /// No randomness or memory for the keys.
    Crypto,
    /// The search index failed (never for what a user types).
    Search,
    /// Refuge could not start this part (the session failed to load).
    Unavailable,
    /// The system's clipboard could not be written (or read back to clear it).
    Clipboard,
}

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
    /// A command argument the webview sent in the wrong shape (a number for a string, a lone
    /// UTF-16 surrogate…): the shell's argument wrapper turns the deserializer's complaint
    /// into this, so it crosses the IPC coded like every other error.
    #[error("invalid argument {arg}: {reason}")]
    InvalidArgument {
        /// The argument's name.
        arg: String,
        /// Why it was refused (at most a short line).
        reason: String,
    },
    /// The running app's session could not be built (start-up failed): commands that need it
    /// say so instead of waiting.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// The system's clipboard refused a write (no clipboard, another app holds it).
    #[error("clipboard: {0}")]
    Clipboard(String),
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
    /// My record's key file (`journal.key`, beside the database) is missing, of the wrong
    /// size, or does not belong to this record. Nothing was moved or deleted: the record
    /// opens again once the right file is back.
    #[error("record key file: {0}")]
    StorageKeyFile(String),
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
    /// A new PIN that is too easy to guess (the reason, for logs; never the PIN).
    #[error("PIN too easy to guess: {0}")]
    WeakSecret(&'static str),
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
    /// A date and time the record cannot understand. It carries no text of what was typed:
    /// that could be something the person wrote, and errors reach the log.
    #[error("invalid date")]
    InvalidDate,
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
    pub fn kind(&self) -> ErrorCode {
        match self {
            Error::InvalidLocale(_) => ErrorCode::InvalidLocale,
            Error::UnknownLocale(_) => ErrorCode::UnknownLocale,
            Error::UnknownGuide(_) => ErrorCode::UnknownGuide,
            Error::UnknownCountry(_) => ErrorCode::UnknownCountry,
            Error::UnknownHelpline(_) => ErrorCode::UnknownHelpline,
            Error::LinkNotAllowed(_) => ErrorCode::LinkNotAllowed,
            Error::NoSuchChannel { .. } => ErrorCode::NoSuchChannel,
            Error::InputTooLong { .. } => ErrorCode::InputTooLong,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::MissingMessage { .. } => ErrorCode::MissingMessage,
            Error::Content(_) => ErrorCode::Content,
            Error::Storage(_) => ErrorCode::Storage,
            Error::StorageBusy => ErrorCode::StorageBusy,
            Error::StorageNewerVersion { .. } => ErrorCode::StorageNewerVersion,
            Error::StorageCorrupt(_) => ErrorCode::StorageCorrupt,
            Error::StorageKeyFile(_) => ErrorCode::StorageKeyFile,
            Error::RecordNotCreated => ErrorCode::RecordNotCreated,
            Error::RecordExists => ErrorCode::RecordExists,
            Error::RecordLocked => ErrorCode::RecordLocked,
            Error::InvalidSecret(_) => ErrorCode::InvalidSecret,
            Error::WeakSecret(_) => ErrorCode::WeakSecret,
            Error::WrongSecret { .. } => ErrorCode::WrongSecret,
            Error::LockedOut { .. } => ErrorCode::LockedOut,
            Error::UnknownEntry(_) => ErrorCode::UnknownEntry,
            Error::RecordCorrupt(_) => ErrorCode::RecordCorrupt,
            Error::InvalidDate => ErrorCode::InvalidDate,
            Error::EraseIncomplete(_) => ErrorCode::EraseIncomplete,
            Error::Crypto(_) => ErrorCode::Crypto,
            Error::Search(_) => ErrorCode::Search,
            Error::InvalidArgument { .. } => ErrorCode::InvalidArgument,
            Error::Unavailable(_) => ErrorCode::Unavailable,
            Error::Clipboard(_) => ErrorCode::Clipboard,
        }
    }

    /// The stable code as text (`"unknown-guide"`).
    pub fn code(&self) -> &'static str {
        self.kind().into()
    }

    /// The `{code, message}` shape that crosses IPC.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.kind(),
            message: self.to_string(),
        }
    }
}

impl From<crate::vocab::UnknownWord> for Error {
    fn from(e: crate::vocab::UnknownWord) -> Self {
        Error::InvalidInput(e.to_string())
    }
}

impl From<crate::vocab::OutsideSet> for Error {
    fn from(e: crate::vocab::OutsideSet) -> Self {
        Error::InvalidInput(e.to_string())
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e.to_string())
    }
}

/// What an error looks like to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ErrorPayload {
    /// Stable kebab-case code, e.g. `"unknown-guide"`.
    pub code: ErrorCode,
    /// A developer-facing description; the UI never parses it.
    pub message: String,
}

// The generated TypeScript types a command's error as exactly what serializes: the payload.
#[cfg(feature = "specta")]
impl specta::Type for Error {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        ErrorPayload::definition(types)
    }
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
    fn every_code_serializes_as_its_kebab_case_id_and_has_words_in_every_language() {
        let l = crate::i18n::localizer();
        for code in <ErrorCode as strum::IntoEnumIterator>::iter() {
            let name: &str = code.into();
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::json!(name),
                "{code:?} crosses the IPC as its id"
            );
            for lang in l.languages() {
                let id = format!("error-{name}");
                assert!(
                    l.has(&lang, &id),
                    "{id} in {lang}: the UI shows it for this code"
                );
            }
        }
        let json = serde_json::to_value(Error::InvalidArgument {
            arg: "tag".into(),
            reason: "expected a string".into(),
        })
        .unwrap();
        assert_eq!(
            json["code"], "invalid-argument",
            "argument errors are coded too"
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
