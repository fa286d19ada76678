//! My record: thin commands over `refuge_core::journal`. The journal lives in the app data
//! folder (`journal.sqlite3`, created only at setup); its key exists only while unlocked and
//! is dropped on lock, on quick exit, after two minutes without use and when the window is
//! hidden or minimised (see `lib.rs`). PINs and passphrases are moved into a `SecretString`
//! the moment they arrive and are never logged.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, FixedOffset, Local};
use refuge_core::error::check_len;
use refuge_core::journal::view::{record_view as render, RecordStage, RecordView, SetupInput};
use refuge_core::journal::{self, EntryInput, Journal};
use refuge_core::{Error, Result};
use secrecy::SecretString;
use serde::Deserialize;
use tauri::{AppHandle, Runtime, State};

use super::{logged, Arg};
use crate::{clock, AppSession};

/// The record of this app: opened on first use, locked until unlocked.
pub struct RecordState {
    dir: Option<PathBuf>,
    journal: Mutex<Option<Journal>>,
    idle_after: chrono::TimeDelta,
}

impl RecordState {
    /// The record in `dir` (none: the app has no data folder, and the record says so).
    pub fn new(dir: Option<PathBuf>) -> RecordState {
        RecordState {
            dir,
            journal: Mutex::new(None),
            idle_after: idle_after(),
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
        journal.lock_if_idle_after(now(), self.idle_after);
        f(journal)
    }

    /// Drop the key (quick exit, hidden window, idle). Does nothing if never opened.
    pub fn lock(&self) {
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
            j.lock_if_idle_after(now(), self.idle_after);
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

    /// Forget the open journal (before an erase removes its files).
    fn close(&self) {
        *self.journal.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
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
    logged(
        "record_setup",
        record.with(|j| j.create(secret, input.kind, input.audience, now())),
    )?;
    logged("record_setup", view(&session, &record, None).await)
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
    match record.with(|j| j.unlock(secret, now())) {
        Ok(()) => logged("record_unlock", view(&session, &record, None).await),
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
    let (id, input) = (id.get()?, input.get()?);
    let saved = record.with(|j| match &id {
        None => j.add(&input, now()).map(drop),
        Some(id) => {
            check_len(id, 64)?;
            j.update(id, &input, now()).map(drop)
        }
    });
    logged("record_save", saved)?;
    logged("record_save", view(&session, &record, None).await)
}

/// Delete an entry for good.
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

/// Erase the record: the wrapped key first, then the files. No PIN needed.
#[tauri::command]
#[specta::specta]
pub async fn record_erase(
    session: State<'_, AppSession>,
    record: State<'_, RecordState>,
) -> Result<RecordView> {
    record.close();
    logged("record_erase", journal::erase(record.dir()?).map(drop))?;
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
    record.close();
    let dir = record.dir()?.clone();
    let result = session
        .with(|s| {
            // Close the settings file before its files go, then start afresh from them.
            s.forget_store();
            journal::erase_everything(&dir)?;
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
/// cancelled. The UI has warned that the file is not protected.
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
                ReportFormat::Text => (j.export_text(&lang, now())?.into_bytes(), "record.txt"),
                ReportFormat::Pdf => (j.export_pdf(&lang, now())?, "record.pdf"),
            })
        }),
    )?;
    let Some(path) = crate::save::choose(&app, name).await else {
        return Ok(false);
    };
    logged(
        "record_export",
        std::fs::write(&path, bytes).map_err(|e| Error::Storage(e.kind().to_string())),
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
        record.with(|j| j.export_text(&lang, now())),
    )
}
