//! The system's clipboard, what My record's report text is copied to ([`Board`]; the rules of
//! what is taken back and when are core's, `refuge_core::clipboard`).
//!
//! On a desktop it is arboard, the library Tauri's clipboard plugin wraps, used directly with
//! text only: the plugin also built arboard's image support and its Wayland data-control
//! backend (an image decoder, a colour-management library and a Wayland stack, about 40
//! crates and a minute of every build's CPU), and Refuge copies only text. On a Wayland
//! desktop the copy goes through XWayland, whose clipboard GNOME and KDE keep in step with
//! Wayland's. On phones it is Tauri's clipboard plugin (docs/mobile.md).
//!
//! The text is written with the hint that keeps it out of clipboard managers' history. A
//! `test-hooks` build with `REFUGE_CLIPBOARD_FAIL` set refuses every write, so the end-to-end
//! tests can see what the screen says then.

use refuge_core::clipboard::Board;

/// Whether a `test-hooks` build was told to refuse every write.
fn refused() -> Option<String> {
    #[cfg(feature = "test-hooks")]
    if std::env::var_os("REFUGE_CLIPBOARD_FAIL").is_some() {
        return Some("refused (REFUGE_CLIPBOARD_FAIL)".into());
    }
    None
}

/// The desktop's clipboard. The connection is made on first use (never at start-up), then
/// kept for the app's life: on X11 the text is served by the owner of the selection, so the
/// owner must outlive the copy.
#[cfg(desktop)]
pub struct SystemBoard(std::sync::Mutex<Option<arboard::Clipboard>>);

#[cfg(desktop)]
impl SystemBoard {
    pub fn new<R: tauri::Runtime>(_app: &tauri::AppHandle<R>) -> SystemBoard {
        SystemBoard(std::sync::Mutex::new(None))
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut arboard::Clipboard) -> Result<T, arboard::Error>,
    ) -> Result<T, String> {
        let mut slot = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let board = match slot.as_mut() {
            Some(board) => board,
            None => slot.insert(arboard::Clipboard::new().map_err(|e| e.to_string())?),
        };
        f(board).map_err(|e| e.to_string())
    }
}

#[cfg(desktop)]
impl Board for SystemBoard {
    fn write(&self, text: &str) -> Result<(), String> {
        if let Some(why) = refused() {
            return Err(why);
        }
        self.with(|b| secret(b.set()).text(text.to_owned()))
    }

    fn read(&self) -> Result<String, String> {
        // An empty clipboard, or one holding a picture, holds no text.
        self.with(|b| match b.get_text() {
            Err(arboard::Error::ContentNotAvailable) => Ok(String::new()),
            other => other,
        })
    }

    fn clear(&self) -> Result<(), String> {
        self.with(|b| b.clear())
    }
}

/// `set`, hinted to clipboard managers as a secret to keep out of their history (and, on
/// Windows, out of cloud sync), as Tauri's clipboard plugin does.
#[cfg(desktop)]
fn secret(set: arboard::Set<'_>) -> arboard::Set<'_> {
    #[cfg(windows)]
    return arboard::SetExtWindows::exclude_from_monitoring(set);
    #[cfg(target_os = "macos")]
    return arboard::SetExtApple::exclude_from_history(set);
    #[cfg(not(any(windows, target_os = "macos")))]
    return arboard::SetExtLinux::exclude_from_history(set);
}

/// A phone's clipboard, through Tauri's clipboard plugin (built for phones only).
#[cfg(mobile)]
pub struct SystemBoard<R: tauri::Runtime>(tauri::AppHandle<R>);

#[cfg(mobile)]
impl<R: tauri::Runtime> SystemBoard<R> {
    pub fn new(app: &tauri::AppHandle<R>) -> SystemBoard<R> {
        SystemBoard(app.clone())
    }
}

#[cfg(mobile)]
impl<R: tauri::Runtime> Board for SystemBoard<R> {
    fn write(&self, text: &str) -> Result<(), String> {
        use tauri_plugin_clipboard_manager::ClipboardExt;
        if let Some(why) = refused() {
            return Err(why);
        }
        self.0
            .clipboard()
            .write_secret(text.to_owned())
            .map_err(|e| e.to_string())
    }

    fn read(&self) -> Result<String, String> {
        use tauri_plugin_clipboard_manager::ClipboardExt;
        self.0.clipboard().read_text().map_err(|e| e.to_string())
    }

    fn clear(&self) -> Result<(), String> {
        use tauri_plugin_clipboard_manager::ClipboardExt;
        self.0.clipboard().clear().map_err(|e| e.to_string())
    }
}
