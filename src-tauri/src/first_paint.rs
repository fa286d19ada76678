//! The first screen travels with the page: Home's data is in `index.html` itself.
//!
//! Why: measured with marks inside the page (bench/coldstart.sh, fr_BE, 2 cores), the page
//! waited ~17 ms for its first command's answer before it could draw anything, although the
//! session had been ready for ~170 ms: the cost is WebKit's IPC round trip at a moment when
//! the main threads of both processes are busiest, not our command (< 1 ms).
//!
//! How: the start-up thread prepares the first screen (the frame and Home, as JSON) right
//! after the session (`AppSession::take_first_view`). This wrapper around the embedded assets
//! puts it in the page's HTML, in a `<script type="application/json">` data block: a data block
//! is never executed, so the CSP has nothing to allow. The UI reads it before it mounts and
//! draws Home at once (`ui/src/lib/app.svelte.ts`).
//!
//! What must stay true:
//! - It never waits and never computes on the main thread: if the data is not prepared when
//!   the webview asks for the page, the page is served as built and the UI asks by command.
//! - The data is served once: a later load of the page (none in normal use) asks by command,
//!   so it never shows a language or country an earlier page changed.
//! - Nothing in it can end the data block early: every `<` is escaped.

use std::borrow::Cow;
use std::sync::OnceLock;

use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{App, AppHandle, Assets, Context, Manager, Runtime};

use crate::AppSession;

/// The data block's id, which the UI reads.
pub const ELEMENT_ID: &str = "refuge-first";

/// `context` with its assets wrapped so the page carries the first screen.
pub fn install<R: Runtime>(mut context: Context<R>) -> Context<R> {
    let embedded = context.set_assets(Box::new(NoAssets));
    context.set_assets(Box::new(FirstPaint {
        embedded,
        app: OnceLock::new(),
    }));
    context
}

/// The embedded assets, with the first screen's data added to `index.html`.
struct FirstPaint<R: Runtime> {
    embedded: Box<dyn Assets<R>>,
    /// Set when the app starts: where the session (and its prepared data) lives.
    app: OnceLock<AppHandle<R>>,
}

impl<R: Runtime> Assets<R> for FirstPaint<R> {
    fn setup(&self, app: &App<R>) {
        self.embedded.setup(app);
        let _ = self.app.set(app.handle().clone());
    }

    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        let asset = self.embedded.get(key)?;
        if key.as_ref() != "/index.html" {
            return Some(asset);
        }
        let json = self
            .app
            .get()
            .and_then(|app| app.try_state::<AppSession>()?.take_first_view());
        Some(match json {
            Some(json) => Cow::Owned(with_first_view(&asset, &json)),
            None => asset,
        })
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        self.embedded.iter()
    }

    fn csp_hashes(&self, html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        self.embedded.csp_hashes(html_path)
    }
}

/// `html` with `json` in a data block just before `</head>` (the UI's module script runs
/// after the whole document is parsed, so it finds it wherever it is). A page without
/// `</head>` is returned as it was.
pub fn with_first_view(html: &[u8], json: &str) -> Vec<u8> {
    let Some(at) = html.windows(7).position(|w| w == b"</head>") else {
        log::warn!("index.html has no </head>: the first screen will ask by command");
        return html.to_vec();
    };
    // `<` appears in JSON only inside strings, where `\u003c` means the same: no `</script>`
    // or `<!--` in a string can end or change the block.
    let block = format!(
        r#"<script type="application/json" id="{ELEMENT_ID}">{}</script>"#,
        json.replace('<', "\\u003c")
    );
    let mut out = Vec::with_capacity(html.len() + block.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(block.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// A placeholder while the embedded assets move into [`FirstPaint`].
struct NoAssets;

impl<R: Runtime> Assets<R> for NoAssets {
    fn get(&self, _: &AssetKey) -> Option<Cow<'_, [u8]>> {
        None
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(std::iter::empty())
    }

    fn csp_hashes(&self, _: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &[u8] = b"<html><head><title>x</title></head><body></body></html>";

    #[test]
    fn nothing_in_the_data_can_end_its_block() {
        let hostile = serde_json::json!({
            "title": "</script><script>alert(1)</script><!-- </SCRIPT",
        })
        .to_string();
        let page = String::from_utf8(with_first_view(PAGE, &hostile)).unwrap();
        let open = format!(r#"<script type="application/json" id="{ELEMENT_ID}">"#);
        let start = page.find(&open).unwrap() + open.len();
        let end = start + page[start..].find("</").unwrap();
        assert_eq!(
            &page[end..],
            "</script></head><body></body></html>",
            "the block ends where it was put, and the page goes on as it was"
        );
        let read: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
        assert_eq!(
            read["title"], "</script><script>alert(1)</script><!-- </SCRIPT",
            "and the UI reads the same text back"
        );
    }

    #[test]
    fn a_page_without_a_head_is_served_as_it_was() {
        let page = b"<p>no head</p>";
        assert_eq!(with_first_view(page, "{}"), page.to_vec());
    }
}
