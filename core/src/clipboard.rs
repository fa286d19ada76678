//! The clipboard holds a report text only as long as it must: what Refuge put there is taken
//! back after [`CLEAR_AFTER`], and when the record locks, is erased or Quick exit is used, but
//! only if the clipboard still holds exactly that text (the person may have copied something
//! else since: that is theirs). Refuge remembers a SHA-256 digest of what it copied, never the
//! text; errors never carry the text either.
//!
//! The system's clipboard is behind [`Board`], so the rules are tested with a fake one, a
//! failing one included.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// How long a copied report text stays on the clipboard.
pub const CLEAR_AFTER: Duration = Duration::from_secs(120);

/// A clipboard: the system's in the app, a fake in tests. Errors say why, never what.
pub trait Board: Send + Sync {
    /// Put `text` on it.
    fn write(&self, text: &str) -> std::result::Result<(), String>;
    /// What it holds now (an empty string when it holds no text).
    fn read(&self) -> std::result::Result<String, String>;
    /// Empty it.
    fn clear(&self) -> std::result::Result<(), String>;
}

/// What [`Guard::clear_if_ours`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cleared {
    /// The clipboard held our text: it is empty now.
    Cleared,
    /// Nothing of ours was there to take back.
    NothingOurs,
    /// The clipboard holds something else now: left alone.
    ChangedSince,
    /// A newer copy started its own timer: this timer does nothing.
    Superseded,
    /// The clipboard could not be read or cleared.
    Failed,
}

#[derive(Debug)]
struct Held {
    digest: [u8; 32],
    copy: u64,
}

/// Remembers what Refuge last copied (its digest) and takes it back.
#[derive(Debug, Default)]
pub struct Guard {
    held: Mutex<Option<Held>>,
    copies: Mutex<u64>,
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

impl Guard {
    /// A guard that holds nothing yet.
    pub fn new() -> Guard {
        Guard::default()
    }

    /// Copy `text` to `board`; the number of this copy, for its timer. A refused write is
    /// `clipboard`, and nothing is remembered.
    pub fn copy(&self, board: &dyn Board, text: &str) -> Result<u64> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        board.write(text).map_err(Error::Clipboard)?;
        let mut copies = self.copies.lock().unwrap_or_else(PoisonError::into_inner);
        *copies += 1;
        *held = Some(Held {
            digest: digest(text),
            copy: *copies,
        });
        Ok(*copies)
    }

    /// Whether Refuge has text of its own on the clipboard, as far as it knows.
    pub fn holds(&self) -> bool {
        self.held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// Empty the clipboard if it still holds exactly what Refuge copied. With `copy`, only if
    /// that copy is still the latest (a timer); without, whatever copy it was (lock, erase,
    /// Quick exit).
    pub fn clear_if_ours(&self, board: &dyn Board, copy: Option<u64>) -> Cleared {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(h) = held.as_ref() else {
            return Cleared::NothingOurs;
        };
        if copy.is_some_and(|c| c != h.copy) {
            return Cleared::Superseded;
        }
        let now = match board.read() {
            Ok(now) => now,
            Err(_) => return Cleared::Failed,
        };
        if digest(&now) != h.digest {
            *held = None;
            return Cleared::ChangedSince;
        }
        match board.clear() {
            Ok(()) => {
                *held = None;
                Cleared::Cleared
            }
            Err(_) => Cleared::Failed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Fake {
        text: Mutex<String>,
        broken: bool,
    }

    impl Board for Fake {
        fn write(&self, text: &str) -> std::result::Result<(), String> {
            if self.broken {
                return Err("no clipboard".into());
            }
            *self.text.lock().unwrap() = text.into();
            Ok(())
        }
        fn read(&self) -> std::result::Result<String, String> {
            Ok(self.text.lock().unwrap().clone())
        }
        fn clear(&self) -> std::result::Result<(), String> {
            self.text.lock().unwrap().clear();
            Ok(())
        }
    }

    #[test]
    fn the_timer_clears_our_text_and_only_ours() {
        let board = Fake::default();
        let guard = Guard::new();
        let first = guard.copy(&board, "report one").unwrap();
        assert_eq!(board.read().unwrap(), "report one");
        assert!(guard.holds());
        assert_eq!(guard.clear_if_ours(&board, Some(first)), Cleared::Cleared);
        assert_eq!(board.read().unwrap(), "", "cleared");
        assert!(!guard.holds());
        assert_eq!(guard.clear_if_ours(&board, None), Cleared::NothingOurs);

        let copy = guard.copy(&board, "report two").unwrap();
        board.write("the person's own text").unwrap();
        assert_eq!(
            guard.clear_if_ours(&board, Some(copy)),
            Cleared::ChangedSince
        );
        assert_eq!(
            board.read().unwrap(),
            "the person's own text",
            "never theirs"
        );
    }

    #[test]
    fn a_new_copy_restarts_the_timer_and_a_lock_clears_whatever_copy() {
        let board = Fake::default();
        let guard = Guard::new();
        let old = guard.copy(&board, "A").unwrap();
        let new = guard.copy(&board, "B").unwrap();
        assert_eq!(guard.clear_if_ours(&board, Some(old)), Cleared::Superseded);
        assert_eq!(
            board.read().unwrap(),
            "B",
            "the old timer leaves the new copy"
        );
        assert_ne!(old, new);
        assert_eq!(guard.clear_if_ours(&board, None), Cleared::Cleared, "lock");
        assert_eq!(board.read().unwrap(), "");
    }

    #[test]
    fn a_clipboard_that_refuses_the_text_is_a_coded_error() {
        let board = Fake {
            broken: true,
            ..Fake::default()
        };
        let guard = Guard::new();
        let err = guard.copy(&board, "secret words").unwrap_err();
        assert_eq!(err.code(), "clipboard");
        assert!(!err.to_string().contains("secret"), "never the text: {err}");
        assert!(!guard.holds(), "nothing remembered");
    }
}
