//! Start-up off the main thread: the [`Session`] is built on background threads while the
//! window and the webview start, and every command waits for it without blocking anything.
//!
//! Why: on WebKitGTK, blocking the main thread in Tauri's `setup` delays the page load by
//! several times the blocked time (70 ms blocked cost ~550 ms of first paint, reproduced with a
//! bare `thread::sleep` in the hello-world). So `setup` only spawns; the work happens here.
//!
//! What must stay true:
//! - The main thread never waits for the session.
//! - A command that arrives before the session is built waits for it (asynchronously).
//! - If building the session panics or its thread dies, every command gets a coded error
//!   (`unavailable`), never a hang.
//!
//! With `REFUGE_TRACE_START=1`, each phase prints `refuge-phase <name> <ms since start>` on
//! stderr (for measuring; the benchmark does not need it).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use refuge_core::session::Session;
use refuge_core::{helplines, Error, Result};
use tokio::sync::watch;

use crate::first_paint::FirstPage;

/// What the start-up thread produced: the session, or why there is none.
type Started = std::result::Result<Mutex<Session>, String>;

/// The app's session, shared by every command; built in the background.
pub struct AppSession {
    started: watch::Receiver<Option<Arc<Started>>>,
    /// The first screen ([`refuge_core::session::FirstView`] as JSON and as HTML), prepared
    /// by the start-up thread right after the session, for the page (see `first_paint`).
    first_view: Arc<Mutex<Option<FirstPage>>>,
}

impl AppSession {
    /// Build the session on a background thread from the app data directory and the system
    /// locale, and return at once.
    pub fn start(data_dir: Option<PathBuf>) -> AppSession {
        // The helpline directory (parsing and checking every country file) is the longest
        // part; it runs beside the settings store and the language, which wait for it only
        // when they need the country.
        let _ = std::thread::Builder::new()
            .name("refuge-directory".into())
            .spawn(|| {
                let _ = helplines::country_codes();
                trace("directory-loaded");
                crate::webview_store::remove_stale();
            });
        let first_view = Arc::new(Mutex::new(None));
        let slot = Arc::clone(&first_view);
        let mut started = AppSession::build_with(move || {
            let system_locale = sys_locale::get_locale();
            let session = Session::start(data_dir.as_deref(), system_locale.as_deref());
            trace("session-started");
            // The first screen, prepared here rather than on the main thread when the page
            // asks for its HTML, or in a command the page would wait for.
            let first = session
                .first_view(crate::clock::now())
                .map_err(|e| e.to_string())
                .and_then(|view| FirstPage::new(&view).map_err(|e| e.to_string()));
            match first {
                Ok(first) => *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(first),
                // The page then asks by command, and that command reports the error.
                Err(e) => log::warn!("first screen not prepared: {e}"),
            }
            trace("session-ready");
            session
        });
        started.first_view = first_view;
        started
    }

    /// The first screen's data, once: the first page load takes it; any later load (there is
    /// none in normal use) asks by command, so it never shows what an earlier one changed.
    /// Never waits: if the start-up thread has not prepared it yet, there is none.
    pub fn take_first_view(&self) -> Option<FirstPage> {
        self.first_view.try_lock().ok()?.take()
    }

    /// Build the session with `build` on a background thread (tests pass their own).
    pub fn build_with(build: impl FnOnce() -> Session + Send + 'static) -> AppSession {
        let (tx, rx) = watch::channel(None);
        let spawned = std::thread::Builder::new()
            .name("refuge-session".into())
            .spawn(move || {
                let started = catch_unwind(AssertUnwindSafe(build))
                    .map(Mutex::new)
                    .map_err(|panic| panic_text(panic.as_ref()));
                let _ = tx.send(Some(Arc::new(started)));
            });
        // If the thread could not even start, the sender is already dropped: commands see a
        // closed channel and answer with an error.
        drop(spawned);
        AppSession {
            started: rx,
            first_view: Arc::default(),
        }
    }

    /// Run `f` on the session, waiting for it to be built if it is not yet. A session that
    /// could not be built is an `unavailable` error, for every command, at once.
    pub async fn with<T>(&self, f: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        static FIRST: AtomicBool = AtomicBool::new(true);
        if FIRST.swap(false, Ordering::Relaxed) {
            trace("first-command");
        }
        let mut rx = self.started.clone();
        let started = rx
            .wait_for(Option::is_some)
            .await
            .map_err(|_| unavailable("the start-up thread ended without a session"))?
            .clone()
            .ok_or_else(|| unavailable("no session"))?;
        match started.as_ref() {
            // A panic in another command must not lock the user out of help, so a poisoned
            // lock is taken over rather than propagated.
            Ok(session) => f(&mut session.lock().unwrap_or_else(PoisonError::into_inner)),
            Err(why) => Err(unavailable(why)),
        }
    }
}

fn unavailable(why: &str) -> Error {
    Error::Unavailable(format!("Refuge could not start: {why}"))
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic while building the session".into())
}

/// Print `refuge-phase <name> <ms>` on stderr when `REFUGE_TRACE_START` is set.
pub fn trace(phase: &str) {
    if std::env::var_os("REFUGE_TRACE_START").is_some() {
        eprintln!("refuge-phase {phase} {:.1}", crate::ms_since_start());
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tauri::async_runtime::block_on(f)
    }

    #[test]
    fn a_command_that_arrives_early_waits_for_the_session() {
        let session = AppSession::build_with(|| {
            std::thread::sleep(Duration::from_millis(200));
            Session::start(None, Some("fr_BE.UTF-8"))
        });
        let lang = block_on(session.with(|s| Ok(s.lang().to_string())));
        assert_eq!(
            lang.expect("the early command gets the session once it is built"),
            "fr",
            "and it is the session built from the system locale"
        );
    }

    #[test]
    fn a_panic_while_starting_gives_every_command_a_coded_error() {
        let session = AppSession::build_with(|| panic!("the settings could not be read"));
        for _ in 0..2 {
            let err = block_on(session.with(|s| Ok(s.lang().to_string())))
                .expect_err("no session, so an error, not a hang");
            assert_eq!(err.code(), "unavailable", "a stable code the UI can act on");
            assert!(
                err.to_string().contains("the settings could not be read"),
                "the panic's message is kept for the logs: {err}"
            );
        }
    }

    #[test]
    fn commands_share_one_session() {
        let session = AppSession::build_with(|| Session::start(None, Some("en_GB.UTF-8")));
        block_on(session.with(|s| s.set_language("fr"))).expect("fr is a language");
        let lang = block_on(session.with(|s| Ok(s.lang().to_string()))).unwrap();
        assert_eq!(
            lang, "fr",
            "a change made by one command is seen by the next"
        );
    }
}
