//! My record: thin commands over `refuge_core::journal`. The journal lives in the app's local
//! data folder (`journal.sqlite3` and `journal.key`, created only at setup); its key exists
//! only while unlocked and is dropped on lock, on quick exit, after two minutes without use
//! and when the window is hidden or minimised (see `lib.rs`). PINs and passphrases are moved
//! into a `SecretString` the moment they arrive and are never logged; entry text is wiped
//! once a command has used it.
//!
//! The journal's mutex is never held while Argon2 runs: set-up and unlock take it to read and
//! count, let go while the key is derived (on a blocking thread), and take it again to finish.
//! So Quick exit, a hidden window and the idle timer lock at once, whatever is under way, and
//! a lock that lands while a key is derived wins. The database is closed when the app exits.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, FixedOffset, Local};
use refuge_core::clipboard::{Board, Guard};
use refuge_core::error::check_len;
use refuge_core::journal::report_text::{Include, ReportTextView, Shape};
use refuge_core::journal::view::{record_view as render, RecordStage, RecordView, SetupInput};
use refuge_core::journal::{self, EntryInput, Journal, Rewrap};
use refuge_core::{Error, Result};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use tauri::{AppHandle, Runtime, State};
use zeroize::Zeroize;

use super::{logged, Arg};
use crate::{clock, AppSession};

/// The record of this app: opened on first use, locked until unlocked.
pub struct RecordState {
    dir: Option<PathBuf>,
    journal: Arc<Mutex<Option<Journal>>>,
    idle_after: chrono::TimeDelta,
    /// What the report text put on the clipboard (a digest), taken back on lock and erase.
    clipboard: Arc<Guard>,
    /// The system's clipboard, once the app is set up.
    board: std::sync::OnceLock<Arc<dyn Board>>,
}

impl RecordState {
    /// The record in `dir` (none: the app has no data folder, and the record says so).
    pub fn new(dir: Option<PathBuf>) -> RecordState {
        RecordState {
            dir,
            journal: Arc::new(Mutex::new(None)),
            idle_after: idle_after(),
            clipboard: Arc::new(Guard::new()),
            board: std::sync::OnceLock::new(),
        }
    }

    /// The clipboard the report text is copied to (set once, at set-up).
    pub fn set_board(&self, board: Arc<dyn Board>) {
        let _ = self.board.set(board);
    }

    fn board(&self) -> Result<Arc<dyn Board>> {
        self.board
            .get()
            .cloned()
            .ok_or_else(|| Error::Clipboard("no clipboard on this device".into()))
    }

    /// Take back what the report text put on the clipboard, if it is still there: off the
    /// calling thread (reading the clipboard on the main thread can block on Linux), waiting at
    /// most `wait` for it (Quick exit waits, so it is done before the app closes).
    pub fn clear_clipboard(&self, wait: std::time::Duration) {
        if !self.clipboard.holds() {
            return;
        }
        let (Some(board), guard) = (self.board.get().cloned(), Arc::clone(&self.clipboard)) else {
            return;
        };
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("refuge-clipboard".into())
            .spawn(move || {
                let _ = tx.send(guard.clear_if_ours(board.as_ref(), None));
            });
        if spawned.is_ok() && !wait.is_zero() {
            let _ = rx.recv_timeout(wait);
        }
    }

    /// How long without use before the record locks itself (and how often to check).
    pub fn idle_check_every(&self) -> std::time::Duration {
        (self.idle_after / 12)
            .to_std()
            .unwrap_or(std::time::Duration::from_secs(10))
    }

    fn dir(&self) -> Result<&PathBuf> {
        self.dir
            .as_ref()
            .ok_or_else(|| Error::Storage("no data folder on this device".into()))
    }

    /// Run `f` on the opened journal (opening it, locked, on first use).
    fn with<T>(&self, f: impl FnOnce(&mut Journal) -> Result<T>) -> Result<T> {
        let mut slot = self.journal.lock().unwrap_or_else(PoisonError::into_inner);
        if slot.is_none() {
            *slot = Some(Journal::open(self.dir()?)?);
        }
        let journal = slot.as_mut().expect("just opened");
        // Whatever the UI does, an idle record locks before anything else happens.
        if journal.lock_if_idle_after(now(), self.idle_after) {
            self.clear_clipboard(std::time::Duration::ZERO);
        }
        f(journal)
    }

    /// Drop the key (quick exit, hidden window, idle), and take the report text back from the
    /// clipboard. Does nothing to the record if it was never opened.
    pub fn lock(&self) {
        self.clear_clipboard(std::time::Duration::ZERO);
        if let Some(j) = self
            .journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
        {
            j.lock();
        }
    }

    /// Lock if two minutes passed without use; called on a timer.
    pub fn lock_if_idle(&self) {
        if let Some(j) = self
            .journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
        {
            if j.lock_if_idle_after(now(), self.idle_after) {
                self.clear_clipboard(std::time::Duration::ZERO);
            }
        }
    }

    /// The person is using the record (typing, tapping): the idle time starts again.
    pub fn touch(&self) {
        if let Some(j) = self
            .journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
        {
            j.touch(now());
        }
    }

    /// Take the open journal out (erase works on it, then it is gone).
    fn take(&self) -> Option<Journal> {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// At exit: lock (which folds the WAL back) and close the record's database, so nothing
    /// of it stays in a `-wal` between runs. Never waits: if the journal is busy this instant,
    /// its connection closes with the process.
    pub fn close_at_exit(&self) {
        if let Ok(mut slot) = self.journal.try_lock() {
            if let Some(mut j) = slot.take() {
                j.lock();
            }
        }
    }

    /// Re-wrap the key with today's parameters, off the command's path (one calibration, one
    /// derivation: a second or two), then write it if the record did not change meanwhile.
    fn rewrap_in_background(&self, rewrap: Rewrap) {
        let Ok(dir) = self.dir().cloned() else { return };
        let journal = Arc::clone(&self.journal);
        let _ = std::thread::Builder::new()
            .name("refuge-rewrap".into())
            .spawn(move || {
                let Ok(sealed) = rewrap.seal(&dir) else {
                    return;
                };
                let mut slot = journal.lock().unwrap_or_else(PoisonError::into_inner);
                // Erased or closed meanwhile: nothing to write.
                if let Some(j) = slot.as_mut() {
                    if let Err(e) = j.finish_rewrap(sealed) {
                        log::warn!("record re-wrap: {}", e.code());
                    }
                }
            });
    }
}

/// How long a copied report text stays on the clipboard: two minutes; a `test-hooks` build
/// reads `REFUGE_CLIPBOARD_CLEAR_MS` so the end-to-end tests need not wait that long.
fn clear_after() -> std::time::Duration {
    #[cfg(feature = "test-hooks")]
    if let Some(ms) = std::env::var("REFUGE_CLIPBOARD_CLEAR_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        return std::time::Duration::from_millis(ms);
    }
    refuge_core::clipboard::CLEAR_AFTER
}

/// Two minutes (DESIGN.md); a `test-hooks` build reads `REFUGE_IDLE_LOCK_MS` so the
/// end-to-end tests need not wait that long.
fn idle_after() -> chrono::TimeDelta {
    #[cfg(feature = "test-hooks")]
    if let Some(ms) = std::env::var("REFUGE_IDLE_LOCK_MS")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
    {
        return chrono::TimeDelta::milliseconds(ms);
    }
    journal::IDLE_LOCK_AFTER
}

/// Now, in the person's own offset (the record shows and reads local times).
fn now() -> DateTime<FixedOffset> {
    clock::now().with_timezone(&Local).fixed_offset()
}

async fn view(
    session: &State<'_, AppSession>,
    record: &RecordState,
    last_error: Option<&Error>,
) -> Result<RecordView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    record.with(|j| render(j, &lang, now(), last_error))
}

/// The record's screen: setup, locked, or open with its entries.
#[tauri::command]
#[specta::specta]
pub async fn record_view(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
) -> Result<RecordView> {
    logged("record_view", view(&session, &record, None).await)
}

/// Set up the lock: a six-digit PIN or a passphrase, and who keeps the record. Argon2 is
/// calibrated here (about a second; other commands keep running meanwhile).
#[tauri::command]
#[specta::specta]
pub async fn record_setup(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    input: Arg<SetupInput>,
    secret: Arg<String>,
) -> Result<RecordView> {
    let input = input.get()?;
    let secret = SecretString::from(secret.get()?);
    let setup = logged(
        "record_setup",
        record.with(|j| j.prepare_setup(secret, input.kind, input.audience)),
    )?;
    let sealed = blocking(move || setup.seal()).await;
    logged(
        "record_setup",
        sealed.and_then(|sealed| record.with(|j| j.finish_setup(sealed, now()))),
    )?;
    logged("record_setup", view(&session, &record, None).await)
}

/// Run Argon2 on a blocking thread, away from the journal's mutex and the async workers.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Error::Crypto(format!("key derivation stopped: {e}")))?
}

/// Four random words in the UI's language, to offer first at set-up (the screen shows them;
/// nothing is stored until set-up).
#[tauri::command]
#[specta::specta]
pub async fn record_passphrase(session: State<'_, AppSession>) -> Result<String> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "record_passphrase",
        journal::generate_passphrase(&lang).map(|p| p.expose_secret().to_owned()),
    )
}

/// Unlock. A wrong PIN or a wait is not a failure of the screen: the view says how many tries
/// are left, or until when to wait.
#[tauri::command]
#[specta::specta]
pub async fn record_unlock(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    secret: Arg<String>,
) -> Result<RecordView> {
    let secret = SecretString::from(secret.get()?);
    let unlocked = match record.with(|j| j.begin_unlock(secret, now())) {
        Ok(attempt) => {
            let outcome = blocking(move || Ok(attempt.run())).await;
            outcome.and_then(|outcome| record.with(|j| j.finish_unlock(outcome, now())))
        }
        Err(e) => Err(e),
    };
    match unlocked {
        Ok(rewrap) => {
            if let Some(rewrap) = rewrap {
                record.rewrap_in_background(rewrap);
            }
            logged("record_unlock", view(&session, &record, None).await)
        }
        Err(e @ (Error::WrongSecret { .. } | Error::LockedOut { .. })) => {
            logged("record_unlock", view(&session, &record, Some(&e)).await)
        }
        Err(e) => logged("record_unlock", Err(e)),
    }
}

/// The person is typing or tapping in the record: keep it open (the UI calls this at most
/// every few seconds while there is input).
#[tauri::command]
#[specta::specta]
pub fn record_touch(record: State<'_, RecordState>) {
    record.touch();
}

/// Where the record is (setup, locked, open), without reading it or counting as use: the
/// screen asks every few seconds so that it follows an idle lock.
#[tauri::command]
#[specta::specta]
pub fn record_stage(record: State<'_, RecordState>) -> Result<RecordStage> {
    record.with(|j| {
        let status = j.status(now())?;
        Ok(if !status.created {
            RecordStage::Setup
        } else if status.locked {
            RecordStage::Locked
        } else {
            RecordStage::Open
        })
    })
}

/// Lock now.
#[tauri::command]
#[specta::specta]
pub async fn record_lock(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
) -> Result<RecordView> {
    record.lock();
    logged("record_lock", view(&session, &record, None).await)
}

/// Add an entry (`id` none) or edit one; the view with the list, newest first. Returns only
/// once the entry is on disk (WAL, synchronous=FULL).
#[tauri::command]
#[specta::specta]
pub async fn record_save(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    id: Arg<Option<String>>,
    input: Arg<EntryInput>,
) -> Result<RecordView> {
    let (id, mut input) = (id.get()?, input.get()?);
    let saved = record.with(|j| match &id {
        None => j.add(&input, now()).map(drop),
        Some(id) => {
            check_len(id, 64)?;
            j.update(id, &input, now()).map(drop)
        }
    });
    input.fields.zeroize();
    logged("record_save", saved)?;
    logged("record_save", view(&session, &record, None).await)
}

/// Remove an entry from the record (and from the WAL).
#[tauri::command]
#[specta::specta]
pub async fn record_delete(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    id: Arg<String>,
) -> Result<RecordView> {
    let id = id.get()?;
    check_len(&id, 64)?;
    logged("record_delete", record.with(|j| j.delete(&id, now())))?;
    logged("record_delete", view(&session, &record, None).await)
}

/// Erase the record: the key file first, then the wrapped key and the WAL through the open
/// connection, then the files. No PIN needed.
#[tauri::command]
#[specta::specta]
pub async fn record_erase(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
) -> Result<RecordView> {
    let dir = record.dir()?.clone();
    record.clear_clipboard(std::time::Duration::from_millis(500));
    let erased = match record.take() {
        Some(j) => j.erase(),
        None => journal::erase(&dir),
    };
    logged("record_erase", erased.map(drop))?;
    logged("record_erase", view(&session, &record, None).await)
}

/// Erase everything Refuge keeps on this device: the record and the settings. No PIN needed.
/// Returns the new frame state (defaults, as at a first start).
#[tauri::command]
#[specta::specta]
pub async fn erase_everything(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
) -> Result<refuge_core::session::AppState> {
    let dir = record.dir()?.clone();
    record.clear_clipboard(std::time::Duration::from_millis(500));
    let open = record.take();
    let result = session
        .with(move |s| {
            // Close the settings file before its files go, then start afresh from them.
            s.forget_store();
            journal::erase_everything(&dir, open)?;
            s.reopen(&dir);
            s.app_state(clock::now())
        })
        .await;
    logged("erase_everything", result)
}

/// The two report formats.
#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum ReportFormat {
    /// Plain text (UTF-8).
    Text,
    /// PDF with its fonts embedded.
    Pdf,
}

/// Save the report where the person chooses (the system's save dialog). `false` when they
/// cancelled. The UI has warned that the file is not protected. Written 0600 through a
/// temporary file and a rename; the report's bytes are wiped after.
#[tauri::command]
#[specta::specta]
pub async fn record_export<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    format: Arg<ReportFormat>,
) -> Result<bool> {
    let format = format.get()?;
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    let (bytes, name) = logged(
        "record_export",
        record.with(|j| {
            Ok(match format {
                ReportFormat::Text => (
                    zeroize::Zeroizing::new(j.export_text(&lang, now())?.as_bytes().to_vec()),
                    "record.txt",
                ),
                ReportFormat::Pdf => (j.export_pdf(&lang, now())?, "record.pdf"),
            })
        }),
    )?;
    let Some(path) = crate::save::choose(&app, name).await else {
        return Ok(false);
    };
    logged(
        "record_export",
        refuge_core::storage::write_private(&path, &bytes),
    )?;
    Ok(true)
}

/// The report as text, for printing from the webview.
#[tauri::command]
#[specta::specta]
pub async fn record_report(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
) -> Result<String> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    logged(
        "record_report",
        record.with(|j| j.export_text(&lang, now()).map(|t| t.to_string())),
    )
}

/// The report text of `shape` (see `refuge_core::journal::report_text`): `record-locked` when
/// the record is locked, never text. The text is never logged.
async fn report_text(
    session: &State<'_, AppSession>,
    record: &RecordState,
    shape: Shape,
    include: Include,
) -> Result<ReportTextView> {
    let lang = session.with(|s| Ok(s.lang().clone())).await?;
    record.with(|j| j.report_text(&lang, shape, include, now()))
}

/// "Make a report text": the text, and what had to be cut or replaced in it.
#[tauri::command]
#[specta::specta]
pub async fn record_report_text(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    shape: Arg<Shape>,
    include: Arg<Include>,
) -> Result<ReportTextView> {
    let (shape, include) = (shape.get()?, include.get()?);
    logged(
        "record_report_text",
        report_text(&session, &record, shape, include).await,
    )
}

/// Copy the report text to the clipboard (Rust writes it: the webview has no clipboard
/// permission). It is taken back after two minutes if the clipboard still holds exactly it (a
/// new copy restarts the wait), and on lock, erase and Quick exit. A refused write is
/// `clipboard`. Returns the seconds until it is taken back.
#[tauri::command]
#[specta::specta]
pub async fn record_report_copy(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    shape: Arg<Shape>,
    include: Arg<Include>,
) -> Result<u32> {
    let (shape, include) = (shape.get()?, include.get()?);
    let mut view = logged(
        "record_report_copy",
        report_text(&session, &record, shape, include).await,
    )?;
    let copied = record.board().and_then(|board| {
        record
            .clipboard
            .copy(board.as_ref(), &view.text)
            .map(|n| (board, n))
    });
    view.text.zeroize();
    let (board, copy) = logged("record_report_copy", copied)?;
    let guard = Arc::clone(&record.clipboard);
    let after = clear_after();
    let _ = std::thread::Builder::new()
        .name("refuge-clipboard-timer".into())
        .spawn(move || {
            std::thread::sleep(after);
            guard.clear_if_ours(board.as_ref(), Some(copy));
        });
    Ok(u32::try_from(after.as_secs()).unwrap_or(u32::MAX))
}

/// Save the report text where the person chooses, like the report (`false`: cancelled). The
/// screen has said the file is not protected. Written 0600; the text is wiped after.
#[tauri::command]
#[specta::specta]
pub async fn record_report_save<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
    shape: Arg<Shape>,
    include: Arg<Include>,
) -> Result<bool> {
    let (shape, include) = (shape.get()?, include.get()?);
    let view = logged(
        "record_report_save",
        report_text(&session, &record, shape, include).await,
    )?;
    let bytes = zeroize::Zeroizing::new(view.text.clone().into_bytes());
    let mut view = view;
    view.text.zeroize();
    let name = match shape {
        Shape::Platform => "report-platform.txt",
        Shape::Police => "report-police.txt",
        Shape::School => "report-school.txt",
        Shape::Helpline => "report-helpline.txt",
    };
    let Some(path) = crate::save::choose(&app, name).await else {
        return Ok(false);
    };
    logged(
        "record_report_save",
        refuge_core::storage::write_private(&path, &bytes),
    )?;
    Ok(true)
}
