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
//!
//! The first screen is also in the page as plain HTML, painted before the UI's script is read.
//!
//! Why: with the data in the page, what still stood between the page and Call for help was
//! the UI's script: WebKit runs a page's module script before its first paint, and reading it
//! and drawing Home with Svelte took ~25 ms of the WebProcess's one thread (marks in the page,
//! fr_BE, 2 cores). Measured with bench/coldstart.sh: Call for help is painted at ×1.09–1.11
//! of the hello-world (×1.18–1.24 before); the UI takes over ~25 ms later than it used to be
//! ready (its script is read after that paint: `refuge-ui` in the bench), long before a
//! finger can land.
//!
//! How: [`first_screen_html`] draws the bar, Home's title and line and the call block with the
//! UI's own classes, so the webview paints them as soon as the HTML and the CSS are in. The
//! UI's module script is held (`type="refuge/module"`, which no browser runs); the page's
//! inline script (`ui/index.html`, allowed by the hash Tauri adds to the CSP) reports the
//! paint, then loads it. The UI mounts and removes this HTML in the same task: the next frame
//! shows the same screen, drawn by Svelte.
//!
//! What must stay true:
//! - The HTML is the UI's first frame, in the same elements and classes (the end-to-end test
//!   `the_first_screen_is_painted_from_the_page_and_a_tap_on_it_is_kept` checks the UI then
//!   draws each part at the same place with the same text).
//! - A tap is never lost: a call button tapped before the UI runs is kept and done once it
//!   does; Quick exit (button or Escape) works at once.
//! - Anything unusual (no line yet: the country picker; a start-up notice; a page whose
//!   script is not where expected) is served as before, with no HTML screen. A call button
//!   with a second line under it (a child line whose hours are unknown) is not unusual: both
//!   are drawn, as `RouteButton.svelte` draws them (the end-to-end test
//!   `in_senegal_the_page_draws_the_second_line_as_the_ui_does` holds the two in step).

use std::borrow::Cow;
use std::sync::OnceLock;

use refuge_core::helplines::RouteView;
use refuge_core::session::FirstView;
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{App, AppHandle, Assets, Context, Manager, Runtime};

use crate::AppSession;

/// The data block's id, which the UI reads.
pub const ELEMENT_ID: &str = "refuge-first";

/// The HTML first screen's id, which the page's inline script and the UI read.
pub const SCREEN_ID: &str = "refuge-first-screen";

/// The UI's module script as Vite writes it, and as it is held until the first paint.
const MODULE_SCRIPT: &str = r#"<script type="module""#;
const HELD_SCRIPT: &str = r#"<script type="refuge/module""#;

/// Where the UI mounts, in the built page.
const MOUNT_POINT: &str = r#"<div id="app"></div>"#;

/// The first screen, prepared by the start-up thread: its data as JSON, and as HTML when it
/// can be drawn without the UI.
#[derive(Debug, Clone)]
pub struct FirstPage {
    pub json: String,
    pub html: Option<String>,
}

impl FirstPage {
    pub fn new(view: &FirstView) -> serde_json::Result<FirstPage> {
        Ok(FirstPage {
            json: serde_json::to_string(view)?,
            html: first_screen_html(view),
        })
    }
}

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
        let first = self
            .app
            .get()
            .and_then(|app| app.try_state::<AppSession>()?.take_first_view());
        Some(match first {
            Some(first) => Cow::Owned(with_first_page(&asset, &first)),
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

/// `html` with `first`'s data in a data block just before `</head>` (the UI's module script
/// runs after the whole document is parsed, so it finds it wherever it is), and, when there
/// is one, its HTML screen in front of the UI's mount point, with the UI's script held until
/// that screen is painted. A page without `</head>` is returned as it was; a page without
/// the mount point or with other than one module script gets the data only.
pub fn with_first_page(html: &[u8], first: &FirstPage) -> Vec<u8> {
    let Ok(page) = std::str::from_utf8(html) else {
        log::warn!("index.html is not UTF-8: the first screen will ask by command");
        return html.to_vec();
    };
    let Some(head_end) = page.find("</head>") else {
        log::warn!("index.html has no </head>: the first screen will ask by command");
        return html.to_vec();
    };
    // `<` appears in JSON only inside strings, where `\u003c` means the same: no `</script>`
    // or `<!--` in a string can end or change the block.
    let block = format!(
        r#"<script type="application/json" id="{ELEMENT_ID}">{}</script>"#,
        first.json.replace('<', "\\u003c")
    );
    let mut out = String::with_capacity(page.len() + block.len() + 4096);
    out.push_str(&page[..head_end]);
    out.push_str(&block);
    out.push_str(&page[head_end..]);
    if let Some(screen) = &first.html {
        if let Some(with_screen) = with_screen(&out, screen) {
            return with_screen.into_bytes();
        }
        log::warn!("index.html is not as built: the first screen is drawn by the UI alone");
    }
    out.into_bytes()
}

/// `page` with `screen` before the mount point and the UI's one module script held, or none
/// if the page is not as Vite builds it.
fn with_screen(page: &str, screen: &str) -> Option<String> {
    if page.matches(MODULE_SCRIPT).count() != 1 || page.matches(MOUNT_POINT).count() != 1 {
        return None;
    }
    let held = page.replacen(MODULE_SCRIPT, HELD_SCRIPT, 1);
    let at = held.find(MOUNT_POINT)?;
    let mut out = String::with_capacity(held.len() + screen.len());
    out.push_str(&held[..at]);
    out.push_str(screen);
    out.push_str(&held[at..]);
    Some(out)
}

/// The UI's first frame of Home as HTML: the bar (the app's name, Quick exit), the title, the
/// line under it and the call block, in the elements and classes `Frame.svelte`, `Home.svelte`
/// and `RouteButton.svelte` draw. None where that frame is not just those (no country yet: the
/// picker; a start-up notice), so the UI draws it as before.
pub fn first_screen_html(view: &FirstView) -> Option<String> {
    let (state, home) = (&view.state, &view.home);
    if state.notice.is_some() {
        return None;
    }
    let call = home.call_for_help.as_ref()?;
    let t = |id: &'static str| state.strings.get(id).map(String::as_str).unwrap_or(id);
    let hold = if held_by_test() { " data-hold" } else { "" };
    let mut html = format!(
        r#"<div id="{SCREEN_ID}"{hold}><header class="bar"><span class="brand">{}</span> <button class="quick-exit" data-first-tap="quick-exit" title="{}">{}</button></header><main class="page" tabindex="-1"><div class="async"><h1 class="home-title" tabindex="-1">{}</h1> "#,
        escape(&state.title),
        escape(t("ui-quick-exit-hint")),
        escape(t("ui-quick-exit")),
        escape(&home.title),
    );
    if !home.discreet {
        html += &format!(r#"<p class="tagline">{}</p> "#, escape(&home.tagline));
    }
    html += &format!(
        r#"<section class="call-block" aria-label="{}">"#,
        escape(&home.call_label)
    );
    html += &route_button(call, "call", true);
    if let Some(crisis) = &home.crisis {
        html.push(' ');
        html += &route_button(crisis, "crisis", false);
    }
    html += "</section></div></main></div>";
    Some(html)
}

/// A call button as `RouteButton.svelte` draws it (not compact), and the lines offered beside
/// it (a child line whose hours are unknown), each its own button. `tap` names each for the
/// page's script, which keeps a tap until the UI can act on it (`call`, `call-also-0`…).
fn route_button(route: &RouteView, tap: &str, big: bool) -> String {
    let mut class = String::from("route");
    if big {
        class += " big";
    }
    if route.fallback {
        class += " fallback";
    }
    let languages = route
        .languages_text
        .as_deref()
        .map(|l| format!(" · {}", escape(l)))
        .unwrap_or_default();
    let mut html = format!(
        r#"<button class="{class}" data-first-tap="{tap}"><span class="route-title">{}</span> <span class="route-line">{}</span> <span class="route-reason">{}</span> <span class="route-facts">{}{languages}</span></button>"#,
        escape(&route.title),
        escape(&route.label),
        escape(&route.reason_text),
        escape(&route.facts_text),
    );
    for (i, also) in route.also.iter().enumerate() {
        let reason = if also.reason_text.is_empty() {
            String::new()
        } else {
            format!(
                r#" <span class="route-reason">{}</span>"#,
                escape(&also.reason_text)
            )
        };
        html += &format!(
            r#" <button class="route also" data-first-tap="{tap}-also-{i}"><span class="route-title">{}</span> <span class="route-line">{}</span>{reason}</button>"#,
            escape(&also.title),
            escape(&also.label),
        );
    }
    html
}

/// Text or an attribute's value, as HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Tests only: `REFUGE_TEST_HOLD_UI` keeps the UI's script from loading until the page calls
/// `refugeFirstScreen.release()`, so a test can look at, and tap, the HTML first screen.
fn held_by_test() -> bool {
    #[cfg(feature = "test-hooks")]
    if std::env::var_os("REFUGE_TEST_HOLD_UI").is_some() {
        return true;
    }
    false
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
    use refuge_core::session::Session;

    use super::*;

    const PAGE: &[u8] = b"<html><head><title>x</title></head><body></body></html>";

    /// A page as Vite builds it (the module script in the head, the mount point in the body).
    const BUILT: &str = r#"<html><head><script type="module" crossorigin src="./assets/index.js"></script></head><body><div id="app"></div><script>inline()</script></body></html>"#;

    /// Home's first screen in Belgium, in French, as the start-up thread prepares it.
    fn belgium() -> FirstView {
        Session::start(None, Some("fr_BE.UTF-8"))
            .first_view(crate::clock::now())
            .expect("the first screen")
    }

    fn data_only(json: &str) -> FirstPage {
        FirstPage {
            json: json.to_owned(),
            html: None,
        }
    }

    #[test]
    fn nothing_in_the_data_can_end_its_block() {
        let hostile = serde_json::json!({
            "title": "</script><script>alert(1)</script><!-- </SCRIPT",
        })
        .to_string();
        let page = String::from_utf8(with_first_page(PAGE, &data_only(&hostile))).unwrap();
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
        let first = FirstPage::new(&belgium()).unwrap();
        assert_eq!(with_first_page(page, &first), page.to_vec());
    }

    #[test]
    fn the_html_screen_goes_before_the_mount_point_and_holds_the_script() {
        let first = FirstPage::new(&belgium()).unwrap();
        let screen = first
            .html
            .clone()
            .expect("Belgium has a line: an HTML screen");
        let page = String::from_utf8(with_first_page(BUILT.as_bytes(), &first)).unwrap();
        assert!(
            page.contains(&format!("{screen}{MOUNT_POINT}")),
            "the screen comes just before the mount point"
        );
        assert!(
            page.contains(r#"<script type="refuge/module" crossorigin src="./assets/index.js">"#)
                && !page.contains(MODULE_SCRIPT),
            "the UI's script is held until the page's inline script loads it: {page}"
        );
        assert!(
            page.contains("<script>inline()</script>"),
            "the inline script is untouched (its hash is in the CSP)"
        );
        assert!(
            page.find(ELEMENT_ID).unwrap() < page.find("</head>").unwrap(),
            "the data is in the head, as before"
        );
    }

    #[test]
    fn the_html_screen_shows_the_line_the_data_names() {
        let view = belgium();
        let call = view.home.call_for_help.clone().unwrap();
        let html = first_screen_html(&view).unwrap();
        for text in [
            &view.state.title,
            &view.home.title,
            &view.home.tagline,
            &call.title,
            &call.reason_text,
        ] {
            assert!(html.contains(&escape(text)), "{text:?} in {html}");
        }
        assert!(
            html.contains(&escape(&call.label)) && call.label.contains("116"),
            "the call button names its line and number: {}",
            call.label
        );
        assert!(html.contains(r#"class="route big" data-first-tap="call""#));
        assert!(html.contains(r#"data-first-tap="quick-exit""#));
        assert_eq!(
            html.matches("<button").count(),
            2 + usize::from(view.home.crisis.is_some()),
            "Quick exit, Call for help and the crisis line: nothing else to tap before the UI"
        );
        assert!(
            !html.contains("data-testid"),
            "tests find the UI's elements, never these"
        );
        assert!(!html.contains("data-hold"), "no test hook outside tests");
    }

    #[test]
    fn the_html_screen_escapes_what_it_shows() {
        let mut view = belgium();
        view.home.title = r#"<img src=x onerror="alert(1)">'&"#.into();
        if let Some(call) = view.home.call_for_help.as_mut() {
            call.facts_text = "</button><script>alert(2)</script>".into();
        }
        let html = first_screen_html(&view).unwrap();
        assert!(
            !html.contains("<img") && !html.contains("<script"),
            "{html}"
        );
        assert!(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;"));
        assert_eq!(
            html.matches("</button>").count(),
            html.matches("<button").count()
        );
    }

    #[test]
    fn discreet_mode_has_no_line_under_the_title() {
        let mut view = belgium();
        view.home.discreet = true;
        let html = first_screen_html(&view).unwrap();
        assert!(!html.contains("tagline"), "{html}");
        assert!(html.contains("call-block"));
    }

    #[test]
    fn a_second_line_is_drawn_under_its_button_as_the_ui_draws_it() {
        let mut view = belgium();
        let call = view.home.call_for_help.as_mut().unwrap();
        call.also.push(refuge_core::helplines::SecondLine {
            helpline_id: "be-103-ecoute-enfants".into(),
            channel: refuge_core::vocab::Channel::Call,
            title: "Aussi : la ligne pour les enfants, <horaires> inconnus".into(),
            label: "Écoute-Enfants · 103".into(),
            reason_text: "Ses horaires ne sont pas connus.".into(),
        });
        let html = first_screen_html(&view).expect("a second line is no reason to wait for the UI");
        let also = r#"<button class="route also" data-first-tap="call-also-0"><span class="route-title">Aussi : la ligne pour les enfants, &lt;horaires&gt; inconnus</span> <span class="route-line">Écoute-Enfants · 103</span> <span class="route-reason">Ses horaires ne sont pas connus.</span></button>"#;
        let (call_at, also_at) = (
            html.find(r#"data-first-tap="call""#).unwrap(),
            html.find(also)
                .unwrap_or_else(|| panic!("{also} in {html}")),
        );
        assert!(call_at < also_at, "under its button");
        if let Some(crisis_at) = html.find(r#"data-first-tap="crisis""#) {
            assert!(
                also_at < crisis_at,
                "and before the crisis line, as in the UI"
            );
        }

        let call = view.home.call_for_help.as_mut().unwrap();
        call.also[0].reason_text.clear();
        let html = first_screen_html(&view).unwrap();
        assert!(
            html.contains(r#"<span class="route-line">Écoute-Enfants · 103</span></button>"#),
            "no empty reason, as the UI draws none: {html}"
        );
    }

    #[test]
    fn what_the_html_screen_cannot_show_is_left_to_the_ui() {
        let mut no_line = belgium();
        no_line.home.call_for_help = None;
        assert_eq!(
            first_screen_html(&no_line),
            None,
            "no country yet: the picker"
        );
        let mut notice = belgium();
        notice.state.notice = Some("Your settings were kept aside".into());
        assert_eq!(first_screen_html(&notice), None, "a start-up notice");

        let first = FirstPage::new(&belgium()).unwrap();
        for page in [
            BUILT.replace(MOUNT_POINT, r#"<main id="app"></main>"#),
            BUILT.replace(
                "</head>",
                r#"<script type="module" src="b.js"></script></head>"#,
            ),
        ] {
            let served = String::from_utf8(with_first_page(page.as_bytes(), &first)).unwrap();
            assert!(
                served.contains(ELEMENT_ID) && !served.contains(SCREEN_ID),
                "a page not as built gets the data only"
            );
            assert!(
                !served.contains("refuge/module"),
                "and its script is not held"
            );
        }
    }
}
