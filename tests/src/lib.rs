//! The end-to-end harness: starts the release app through tauri-driver (which drives
//! WebKitWebDriver) with a chosen system locale and a private data directory, and gives tests
//! a small vocabulary: click, read, wait, screenshot, run axe-core.
//!
//! It expects to run where `scripts/test.sh` puts it: under Xvfb, inside a network namespace
//! with only loopback. Environment:
//! - `REFUGE_APP`: the release binary (default: `<target>/release/refuge`).
//! - `REFUGE_SCREENSHOTS`: where screenshots go (default: `screenshots/` at the repo root).
//! - `TAURI_DRIVER`, `WEBKIT_DRIVER`: the two drivers (default: found on `PATH`).

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, Instant};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long to wait for anything on screen before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The repository root (this crate lives in `tests/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The release binary under test.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("REFUGE_APP") {
        return PathBuf::from(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target"));
    target.join("release").join("refuge")
}

/// Where screenshots are written.
pub fn screenshot_dir() -> PathBuf {
    std::env::var_os("REFUGE_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("screenshots"))
}

/// How to start the app.
#[derive(Debug, Clone)]
pub struct Launch {
    /// The system locale the app sees (`LANG`, `LC_ALL`).
    pub lang: String,
    /// The app's private data directory root (`XDG_DATA_HOME`); kept across restarts when
    /// the same path is passed again.
    pub data_home: PathBuf,
    /// Where the opener seam logs URIs instead of opening them.
    pub opener_log: Option<PathBuf>,
    /// A fixed clock for opening hours (RFC 3339).
    pub now: Option<String>,
    /// Window size in CSS pixels.
    pub size: (u32, u32),
}

impl Launch {
    /// A phone-sized launch with `lang` and a data directory under `data_home`; URIs the app
    /// opens are logged to `<data_home>/opened.log` instead of being opened.
    pub fn new(lang: &str, data_home: &Path) -> Launch {
        Launch {
            lang: lang.to_owned(),
            data_home: data_home.to_owned(),
            opener_log: Some(data_home.join("opened.log")),
            now: None,
            size: (360, 740),
        }
    }

    /// The same launch with a fixed clock (RFC 3339).
    pub fn at(mut self, now: &str) -> Launch {
        self.now = Some(now.to_owned());
        self
    }
}

static NEXT_PORT: AtomicU16 = AtomicU16::new(0);

fn free_port_pair() -> (u16, u16) {
    // Tests run one at a time (--test-threads=1), but keep ports distinct per launch anyway so
    // a driver that is slow to die never collides with the next one.
    let base = 40_000 + (std::process::id() % 1000) as u16 * 10;
    let n = NEXT_PORT.fetch_add(2, Ordering::SeqCst);
    (base + n, base + n + 1)
}

/// A running app under test.
pub struct App {
    /// The WebDriver client.
    pub client: Client,
    driver: Child,
    /// The launch options used.
    pub launch: Launch,
}

impl App {
    /// Start tauri-driver and the app, and wait until the home screen is shown.
    pub async fn start(launch: Launch) -> App {
        let (port, native_port) = free_port_pair();
        let tauri_driver = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into());
        // tauri-driver wants a path, not a name to look up.
        let webkit_driver =
            std::env::var("WEBKIT_DRIVER").unwrap_or_else(|_| "/usr/bin/WebKitWebDriver".into());
        std::fs::create_dir_all(&launch.data_home).expect("data home can be created");
        let mut cmd = Command::new(&tauri_driver);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
            "--native-driver",
            &webkit_driver,
        ])
        .env("LANG", &launch.lang)
        .env("LC_ALL", &launch.lang)
        .env("LANGUAGE", "")
        .env("XDG_DATA_HOME", &launch.data_home)
        .env("XDG_CONFIG_HOME", launch.data_home.join("config"))
        .env("XDG_CACHE_HOME", launch.data_home.join("cache"))
        .env_remove("REFUGE_EXIT_WHEN_READY")
        .stdout(Stdio::null())
        .stderr(driver_log(&launch));
        match &launch.opener_log {
            Some(p) => cmd.env("REFUGE_OPENER_LOG", p),
            None => cmd.env_remove("REFUGE_OPENER_LOG"),
        };
        match &launch.now {
            Some(n) => cmd.env("REFUGE_NOW", n),
            None => cmd.env_remove("REFUGE_NOW"),
        };
        let driver = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("{tauri_driver} must be installed and runnable: {e}"));
        wait_for_port(port);

        let binary = app_binary();
        assert!(
            binary.exists(),
            "the release app must be built first: {}",
            binary.display()
        );
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": binary.display().to_string() }),
        );
        caps.insert("browserName".into(), json!("wry"));
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session starts the app");
        let app = App {
            client,
            driver,
            launch,
        };
        let (w, h) = app.launch.size;
        // Top-left once and for all: full-page screenshots then grow the window downwards
        // (moving it again to where it already is makes WebKitWebDriver wait forever).
        app.client
            .set_window_rect(0, 0, w, h)
            .await
            .expect("the window can be resized to phone size");
        app.wait("home-title").await;
        app
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
            .unwrap_or_default()
    }

    /// Click the element with `data-testid`, scrolled to the middle of the screen first as a
    /// thumb would (WebKitWebDriver's own scrolling can leave it under the sticky bar).
    pub async fn click(&self, testid: &str) {
        let el = self.wait(testid).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' }); return true;",
                vec![serde_json::to_value(&el).expect("element reference")],
            )
            .await
            .expect("the element can be scrolled to");
        el.click()
            .await
            .unwrap_or_else(|e| panic!("[data-testid={testid}] should be clickable: {e}"));
    }

    /// Click the element with `data-testid` when the click may end the app (quick exit): the
    /// driver's reply is not awaited as proof of anything.
    pub async fn click_last(&self, testid: &str) {
        let el = self.wait(testid).await;
        let _ = el.click().await;
    }

    /// Press Escape on the page, as a user would, when it may end the app.
    pub async fn press_escape_last(&self) {
        let body = self
            .client
            .find(Locator::Css("body"))
            .await
            .expect("the page has a body");
        let _ = body.send_keys("\u{E00C}").await;
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
        let n = |i: usize| metrics[i].as_u64().unwrap_or(0);
        let (height, window, bar) = (n(0), n(1).max(200), n(2));
        // Each screen overlaps the last by the sticky bar's height, so no line hides under it.
        let step = window.saturating_sub(bar + 16).max(100);
        let mut paths = Vec::new();
        let mut top = 0;
        while paths.len() < 15 {
            self.js(&format!("window.scrollTo(0, {top}); return true"))
                .await;
            paths.push(
                self.screenshot(&format!("{name}-{}", paths.len() + 1))
                    .await,
            );
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
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .map(|s| s.lines().map(str::to_owned).collect())
            .unwrap_or_default()
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
        self.js(&format!(
            "const r = document.querySelector(\"[data-testid='{testid}']\").getBoundingClientRect(); \
             return r.top >= 0 && r.bottom <= window.innerHeight;"
        ))
        .await
        .as_bool()
        .unwrap_or(false)
    }

    /// Run JavaScript in the page and return its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script should run: {e}\n{script}"))
    }

    /// The page's `<html lang>`.
    pub async fn html_lang(&self) -> String {
        self.js("return document.documentElement.lang")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Save a screenshot as `<dir>/<name>.png` and return its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // Let fonts, layout and scrolling settle.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let png = self
            .client
            .screenshot()
            .await
            .expect("a screenshot can be taken");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, &png).expect("screenshot written");
        assert!(png.starts_with(b"\x89PNG"), "screenshot {name} is a PNG");
        path
    }

    /// Run axe-core (WCAG 2 A/AA rules) on the current page and return its violations as
    /// `"rule: target …"` lines.
    pub async fn axe(&self) -> Vec<String> {
        let axe_src =
            std::fs::read_to_string(repo_root().join("ui/node_modules/axe-core/axe.min.js"))
                .expect("axe-core is installed in ui/node_modules (npm ci)");
        self.client
            .execute(&format!("{axe_src}\n;return true;"), vec![])
            .await
            .expect("axe-core can be injected");
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
                     .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                     .catch(e => done(['axe-error: ' + e]));"#,
                vec![],
            )
            .await
            .expect("axe-core runs");
        result
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Assert axe-core finds no violation on the current screen.
    pub async fn assert_accessible(&self, screen: &str) {
        let violations = self.axe().await;
        assert!(
            violations.is_empty(),
            "axe-core violations on {screen}:\n{}",
            violations.join("\n")
        );
    }

    /// End the WebDriver session (which closes the app) and stop the driver; wait until the
    /// app process is gone so a restart sees a clean slate.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        wait_until_app_gone(Duration::from_secs(10));
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }

    /// Stop the driver without asking the app to close (after quick exit).
    pub fn stop_driver(mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The driver's and the app's stderr go to `<data_home>/driver.log`, for post-mortems.
fn driver_log(launch: &Launch) -> Stdio {
    std::fs::File::create(launch.data_home.join("driver.log"))
        .map(Stdio::from)
        .unwrap_or_else(|_| Stdio::null())
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + PATIENCE;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "tauri-driver should listen on 127.0.0.1:{port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Process ids of running copies of the app under test.
pub fn app_pids() -> Vec<u32> {
    let binary = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary))
        .collect()
}

/// Wait until no copy of the app runs; true if that happened within `limit`.
pub fn wait_until_app_gone(limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while !app_pids().is_empty() {
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    true
}
