//! The vocabulary tests speak to a running app: start it, click, read, wait, type, take
//! screenshots, and end it, each step checked.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::error::CmdError;
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use crate::fresh::{assert_fresh, Build};
use crate::launch::Launch;
use crate::process::{group_members, list, start_driver, DriverGroup};
use crate::xserver::{x_clipboard_text, x_screenshot, x_screenshot_changed, XServer};
use crate::{screenshot_dir, PATIENCE};
/// A stand-in for `xdg-open`, first on the app's `PATH`: it records what it is asked to open,
/// so no test ever dials or browses for real, and a test can see what reached the system.
fn install_system_opener(launch: &Launch) -> PathBuf {
    let bin = launch.data_home.join("bin");
    std::fs::create_dir_all(&bin).expect("a bin folder in the data home");
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{}'\n",
            launch.system_opener_log().display()
        ),
    )
    .expect("the xdg-open stand-in can be written");
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("the xdg-open stand-in can be made executable");
    bin
}

/// A running app under test.
pub struct App {
    /// The WebDriver client.
    pub client: Client,
    /// The launch options used.
    pub launch: Launch,
    binary: PathBuf,
    // After the client: ends every process the test started.
    driver: DriverGroup,
    // Last: the app's X server outlives the app and its drivers.
    x: XServer,
}

impl App {
    /// Start tauri-driver and the app, and wait until the home screen is shown.
    pub async fn start(launch: Launch) -> App {
        let app = App::open(launch).await;
        app.wait("home-title").await;
        app
    }

    /// Start the app with its UI's script held (`REFUGE_TEST_HOLD_UI`): only the first screen
    /// Rust drew into the page shows, until the test runs `refugeFirstScreen.release()`.
    /// Returns once that screen is painted, checking none of the UI's elements is there.
    pub async fn start_held(launch: Launch) -> App {
        let app = App::open(launch.with_env("REFUGE_TEST_HOLD_UI", "1")).await;
        app.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css("html[data-first-paint]"))
            .await
            .unwrap_or_else(|e| panic!("the page's first screen should be painted: {e}"));
        assert_eq!(
            app.js("return document.querySelectorAll('[data-testid]').length")
                .await,
            0,
            "only Rust's HTML is on screen: the UI's script has not even been read"
        );
        app
    }

    /// Start tauri-driver and the app, with its window at the launch's size.
    async fn open(launch: Launch) -> App {
        let binary = launch.build.binary();
        assert_fresh(&binary);
        std::fs::create_dir_all(&launch.data_home).expect("data home can be created");
        let bin = install_system_opener(&launch);
        let x = XServer::start();
        let (driver, port) = start_driver(&launch, &bin, &x.display);
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": binary.display().to_string() }),
        );
        caps.insert("browserName".into(), json!("wry"));
        // Plain HTTP to a driver on loopback: no TLS stack to build or trust.
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "a WebDriver session should start {} (see {}): {e}",
                    binary.display(),
                    launch.data_home.join("driver.log").display()
                )
            });
        let app = App {
            client,
            launch,
            binary,
            driver,
            x,
        };
        assert!(
            !app.pids().is_empty(),
            "the session runs {} in this test's process group",
            app.binary.display()
        );
        let (w, h) = app.launch.size;
        // Top-left once and for all, where x_screenshot reads its pixels (moving it again to
        // where it already is makes WebKitWebDriver wait forever).
        app.client
            .set_window_rect(0, 0, w, h)
            .await
            .expect("the window can be resized to phone size");
        app
    }

    /// Process ids of the app this test started (its processes in the test's process group
    /// running the binary under test).
    pub fn pids(&self) -> Vec<u32> {
        let binary = std::fs::canonicalize(&self.binary).unwrap_or_else(|_| self.binary.clone());
        group_members(self.driver.pgid)
            .into_iter()
            .filter(|p| p.exe.as_ref() == Some(&binary))
            .map(|p| p.pid)
            .collect()
    }

    /// Wait until the app this test started has no process left; true if so within `limit`.
    pub fn wait_until_gone(&self, limit: Duration) -> bool {
        DriverGroup::wait_until(limit, || self.pids().is_empty())
    }

    /// The element with `data-testid`, waiting for it to appear.
    pub async fn wait(&self, testid: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(&format!("[data-testid='{testid}']")))
            .await
            .unwrap_or_else(|e| panic!("element [data-testid={testid}] should appear: {e}"))
    }

    /// Every element matching a CSS selector (no waiting).
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("looking for {css} should work: {e}"))
    }

    /// Scroll `el` to the middle of the screen, clear of the sticky bar.
    async fn scroll_to_middle(&self, el: &Element) {
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' }); return true;",
                vec![serde_json::to_value(el).expect("an element is JSON")],
            )
            .await
            .expect("the element can be scrolled to");
    }

    /// Click the element with `data-testid`, scrolled to the middle of the screen first as a
    /// thumb would (WebKitWebDriver's own scrolling can leave it under the sticky bar).
    pub async fn click(&self, testid: &str) {
        let el = self.wait(testid).await;
        self.scroll_to_middle(&el).await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("[data-testid={testid}] should be clickable: {e}"));
    }

    /// Click the element with `data-testid`, which must end the app (quick exit); then check
    /// that it did and end the drivers.
    pub async fn quit_by_clicking(self, testid: &str) {
        let el = self.wait(testid).await;
        let answer = el.click().await;
        self.expect_quit(&format!("clicking [data-testid={testid}]"), answer)
    }

    /// Press Escape on the page, which must end the app; then check that it did and end the
    /// drivers.
    pub async fn quit_by_pressing_escape(self) {
        let body = self
            .client
            .find(Locator::Css("body"))
            .await
            .expect("the page has a body");
        let answer = body.send_keys("\u{E00C}").await;
        self.expect_quit("pressing Escape", answer)
    }

    /// After an action meant to end the app: the driver may answer it, or lose the app while
    /// answering; any other error means the action never happened.
    fn expect_quit(mut self, action: &str, answer: Result<(), CmdError>) {
        if let Err(e) = &answer {
            let app_went_away = e.is_no_such_window()
                || e.is_invalid_session_id()
                || e.is_unknown_error()
                || matches!(
                    e,
                    CmdError::Lost(_) | CmdError::Failed(_) | CmdError::FailedC(_)
                );
            assert!(
                app_went_away,
                "{action} should reach the app (an error other than the app going away): {e}"
            );
        }
        self.assert_ended(action, Duration::from_secs(5));
    }

    /// After `action`: the app's processes are gone within `limit`, then the drivers end with
    /// nothing left behind.
    fn assert_ended(&mut self, action: &str, limit: Duration) {
        assert!(
            self.wait_until_gone(limit),
            "{action} must end the app; still running: {:?}",
            self.pids()
        );
        let left = self.driver.end();
        assert!(
            left.is_empty(),
            "the drivers should end with the app after {action}: {}",
            list(&left)
        );
    }

    /// Press `keys` (WebDriver key codes: `\u{E004}` Tab, `\u{E007}` Enter…) on whatever has
    /// the focus, as a keyboard would.
    pub async fn press(&self, keys: &str) {
        let target = match self.client.active_element().await {
            Ok(el) => el,
            Err(_) => self
                .client
                .find(Locator::Css("body"))
                .await
                .expect("the page has a body"),
        };
        target
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("keys {keys:?} should reach the page: {e}"));
    }

    /// Press and release each key of `keys` in turn, as separate key presses through the
    /// WebDriver actions API (element "send keys" treats Shift as a held modifier, not as a
    /// key press of its own); they must end the app (Shift three times is quick exit). Then
    /// check that it did and end the drivers.
    pub async fn quit_by_key_presses(self, keys: &[char]) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".to_owned());
        for &value in keys {
            actions = actions
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value })
                .pause(Duration::from_millis(60));
        }
        let answer = self.client.perform_actions(actions).await;
        self.expect_quit(&format!("pressing {keys:?}"), answer)
    }

    /// The visible text of the element with `data-testid`.
    pub async fn text(&self, testid: &str) -> String {
        self.wait(testid)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of [data-testid={testid}]: {e}"))
    }

    /// Wait until the element with `data-testid` has exactly `want` as its text.
    pub async fn wait_text(&self, testid: &str, want: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let got = self.text(testid).await;
            if got == want {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "[data-testid={testid}] should read {want:?}, reads {got:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The value of attribute `name` of the element with `data-testid`.
    pub async fn attr(&self, testid: &str, name: &str) -> Option<String> {
        self.wait(testid)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("attribute {name} of [data-testid={testid}]: {e}"))
    }

    /// Wait until attribute `name` of the element with `data-testid` reads `want`.
    pub async fn wait_attr(&self, testid: &str, name: &str, want: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let got = self.attr(testid, name).await;
            if got.as_deref() == Some(want) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "[data-testid={testid}] should have {name}={want:?}, has {got:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Back to the home screen (the app name in the bar).
    pub async fn go_home(&self) {
        if self.all("[data-testid='home-title']").await.is_empty() {
            let brand = self
                .client
                .find(Locator::Css("button.brand"))
                .await
                .expect("the app name is a home button off the home screen");
            brand.click().await.expect("home button clickable");
        }
        self.wait("home-title").await;
    }

    /// Type `text` into the element with `data-testid` (after clearing it).
    pub async fn type_into(&self, testid: &str, text: &str) {
        let el = self.wait(testid).await;
        // Scroll it into view first, as a person would: WebKitWebDriver's "clear" refuses a
        // field below the fold (ElementNotInteractable) instead of scrolling to it.
        self.scroll_to_middle(&el).await;
        el.clear().await.expect("input can be cleared");
        el.send_keys(text).await.expect("input accepts text");
    }

    /// Put `text` into the input with `data-testid` the way a paste would (any Unicode,
    /// which WebDriver key events cannot always carry), firing the `input` event.
    pub async fn paste_into(&self, testid: &str, text: &str) {
        self.wait(testid).await;
        self.client
            .execute(
                "const el = document.querySelector(`[data-testid='${arguments[0]}']`); \
                 el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true })); return true;",
                vec![testid.into(), text.into()],
            )
            .await
            .expect("the input accepts pasted text");
    }

    /// Choose `value` in the `<select>` with `data-testid`.
    pub async fn select(&self, testid: &str, value: &str) {
        let el = self.wait(testid).await;
        el.select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("[data-testid={testid}] has option {value}: {e}"));
    }

    /// Save the whole page, however long, as phone-sized screenshots, scrolling one screen at a
    /// time (keeping the window's size: WebKit's snapshot hangs after a window has been grown
    /// twice). Files are `<name>-1.png`, `<name>-2.png`…; at most 15.
    pub async fn screenshot_pages(&self, name: &str) -> Vec<PathBuf> {
        let metrics = self
            .js("const bar = document.querySelector('.bar'); \
                 return [document.documentElement.scrollHeight, window.innerHeight, bar ? bar.offsetHeight : 0];")
            .await;
        let n = |i: usize| {
            metrics[i]
                .as_u64()
                .unwrap_or_else(|| panic!("page metric {i} is a number: {metrics}"))
        };
        let (height, window, bar) = (n(0), n(1).max(200), n(2));
        // Each screen overlaps the last by the sticky bar's height, so no line hides under it.
        let step = window.saturating_sub(bar + 16).max(100);
        let (w, h) = self.launch.size;
        let mut paths = Vec::new();
        let mut top = 0;
        // The frame of the page before: a scroll must change the screen, so each later page is
        // taken as soon as a new frame has been drawn whole (x_screenshot_changed).
        let mut before: Option<Vec<u8>> = None;
        while paths.len() < 15 {
            self.js(&format!("window.scrollTo(0, {top}); return true"))
                .await;
            let (png, frame) = match &before {
                Some(before) => x_screenshot_changed(&self.x.display, w, h, before),
                None => self.settled_frame().await,
            };
            paths.push(save_png(&format!("{name}-{}", paths.len() + 1), &png));
            before = Some(frame);
            if top + window >= height {
                break;
            }
            top += step;
        }
        self.js("window.scrollTo(0, 0); return true").await;
        paths
    }

    /// Lines the opener seam logged (URIs Rust asked the system to open).
    pub fn opened(&self) -> Vec<String> {
        self.launch
            .opener_log
            .as_deref()
            .map(read_lines)
            .unwrap_or_default()
    }

    /// What reached the system's opener (the `xdg-open` stand-in).
    pub fn system_opened(&self) -> Vec<String> {
        read_lines(&self.launch.system_opener_log())
    }

    /// Wait until the opener seam has logged `uri`.
    pub async fn wait_opened(&self, uri: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.opened().iter().any(|u| u == uri) {
            assert!(
                Instant::now() < deadline,
                "Rust should have opened {uri}; it opened {:?}",
                self.opened()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether the element with `data-testid` is fully inside the window, without scrolling.
    pub async fn in_first_screen(&self, testid: &str) -> bool {
        self.wait(testid).await;
        let answer = self
            .js(&format!(
                "const r = document.querySelector(\"[data-testid='{testid}']\").getBoundingClientRect(); \
                 return r.top >= 0 && r.bottom <= window.innerHeight;"
            ))
            .await;
        answer
            .as_bool()
            .unwrap_or_else(|| panic!("the position check answers true or false: {answer}"))
    }

    /// Run JavaScript in the page and return its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script should run: {e}\n{script}"))
    }

    /// The text on the clipboard of the app's X server, as another app would read it.
    pub fn clipboard_text(&self) -> Option<String> {
        x_clipboard_text(&self.x.display)
    }

    /// The page's `<html lang>`.
    pub async fn html_lang(&self) -> String {
        let lang = self.js("return document.documentElement.lang").await;
        lang.as_str()
            .unwrap_or_else(|| panic!("<html lang> is a string: {lang}"))
            .to_owned()
    }

    /// Call one of the app's commands by name from the page, as the UI does
    /// (`__TAURI_INTERNALS__.invoke`), and return its answer, or `{"error": …}` if it threw.
    pub async fn invoke(&self, command: &str) -> Value {
        self.client
            .execute_async(
                "const [command, done] = arguments; \
                 window.__TAURI_INTERNALS__.invoke(command, {}) \
                   .then(answer => done(answer), error => done({ error: String(error) }));",
                vec![json!(command)],
            )
            .await
            .unwrap_or_else(|e| panic!("the page should call {command}: {e}"))
    }

    /// Wait until the page shows what it holds now: no screen still loading (nothing marked
    /// `.loading`: a screen waiting for Rust has no heading yet, and axe would say so), fonts
    /// loaded, then two animation frames (the next paint has happened), rather than sleeping a
    /// guessed time. A screen still loading after 12 s fails the test (Async gives up at 10 s
    /// and shows its coded error, so a screen still marked loading then is stuck).
    pub async fn settle(&self) {
        let answer = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 const since = performance.now(); \
                 const painted = () => document.fonts.ready.then(() => \
                   requestAnimationFrame(() => requestAnimationFrame(() => done(true)))); \
                 const loaded = () => { \
                   if (!document.querySelector('.loading')) painted(); \
                   else if (performance.now() - since > 12000) done('still loading after 12 s'); \
                   else setTimeout(loaded, 20); \
                 }; \
                 loaded();",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("the page should settle: {e}"));
        assert_eq!(answer, json!(true), "the page settles");
    }

    /// Save a screenshot as `<dir>/<name>.png` and return its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        save_png(name, &self.settled_frame().await.0)
    }

    /// The window once the page has settled, as a PNG and as the raw frame.
    async fn settled_frame(&self) -> (Vec<u8>, Vec<u8>) {
        self.settle().await;
        let (w, h) = self.launch.size;
        x_screenshot(&self.x.display, w, h)
    }

    /// End the WebDriver session, which must close the app, then end the drivers; every step
    /// is checked. A test-hooks launch also checks that nothing reached the system's opener.
    pub async fn close(mut self) {
        self.client
            .clone()
            .close()
            .await
            .unwrap_or_else(|e| panic!("the WebDriver session should close: {e}"));
        self.assert_ended("closing the session", Duration::from_secs(10));
        if self.launch.build == Build::TestHooks && self.launch.opener_log.is_some() {
            assert_eq!(
                self.system_opened(),
                Vec::<String>::new(),
                "with REFUGE_OPENER_LOG set, the test-hooks build opens nothing for real"
            );
        }
    }
}

/// Write `png` as `<screenshot folder>/<name>.png` and return its path.
fn save_png(name: &str, png: &[u8]) -> PathBuf {
    let dir = screenshot_dir();
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).expect("screenshot written");
    path
}

fn read_lines(path: &Path) -> Vec<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => s.lines().map(str::to_owned).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => panic!("{} should be readable: {e}", path.display()),
    }
}
