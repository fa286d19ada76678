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
    #[error("input too long: {len} bytes, at most {max}")]
    InputTooLong {
        /// Bytes received.
        len: usize,
        /// Bytes accepted.
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
