//! The end-to-end harness: starts the app through tauri-driver (which drives WebKitWebDriver)
//! with a chosen system locale and a private data directory, and gives tests a small
//! vocabulary: click, read, wait, screenshot, run axe-core.
//!
//! It expects to run where `scripts/e2e.sh` puts it: under Xvfb, inside network and PID
//! namespaces with only loopback (`scripts/offline.sh`). Environment:
//! - `REFUGE_TEST_HOOKS_APP`: the build the tests drive, with the `test-hooks` feature
//!   (default: `<target>/debug/refuge-test-hooks`, which `scripts/e2e.sh` builds).
//! - `REFUGE_APP`: the binary that ships (default: `<target>/release/refuge`).
//! - `REFUGE_SCREENSHOTS`: where screenshots go (default: `screenshots/` at the repo root).
//! - `TAURI_DRIVER`, `WEBKIT_DRIVER`: the two drivers (default: `tauri-driver` on `PATH`,
//!   `/usr/bin/WebKitWebDriver`).
//!
//! What it guarantees:
//! - Every process a test starts is ended, whether the test passes, fails or panics:
//!   tauri-driver runs in a process group of its own, which WebKitWebDriver and the app join,
//!   and dropping an [`App`] ends that whole group. (`scripts/offline.sh` also runs the tests
//!   in a PID namespace, which the kernel empties when they end, for what escapes the group.)
//! - The app is the one this test started: its processes are found in the test's own process
//!   group, never by name or path across the machine.
//! - Nothing is taken on trust: closing the session, quitting, and axe-core's answer are all
//!   checked, and a binary older than its sources is refused, not tested.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use fantoccini::error::CmdError;
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

/// How long to wait for anything on screen before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The URI core's one routing rule opens for `need` in `country` at `now`, for `audience`
/// reading `languages`: what a button on screen must dial.
pub fn route_uri(
    country: &str,
    need: refuge_core::helplines::Need,
    audience: refuge_core::vocab::Audience,
    languages: &[&str],
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    use refuge_core::helplines::{contact_uri, route, Caller};
    let c = refuge_core::helplines::country(country)
        .unwrap_or_else(|e| panic!("{country} has a country file: {e}"));
    let r = route(
        c,
        need,
        &Caller {
            audience,
            languages,
        },
        now,
    );
    contact_uri(&r.line.id, r.channel).expect("the route can be reached")
}

/// The repository root (this crate lives in `tests/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// Cargo's target directory: `CARGO_TARGET_DIR` (relative to the repo root, where the scripts
/// run cargo) or `target/`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(|d| repo_root().join(d))
        .unwrap_or_else(|| repo_root().join("target"))
}

/// Which build of the app a test drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// Built with the `test-hooks` feature: `REFUGE_NOW` sets the clock and
    /// `REFUGE_OPENER_LOG` receives the URIs the app would open. Every test but one drives it.
    TestHooks,
    /// The binary that ships (`scripts/build.sh`), built without the hooks.
    Shipped,
}

impl Build {
    /// The binary, from the environment or where `scripts/e2e.sh` builds it.
    pub fn binary(self) -> PathBuf {
        let (var, default) = match self {
            Build::TestHooks => ("REFUGE_TEST_HOOKS_APP", "debug/refuge-test-hooks"),
            Build::Shipped => ("REFUGE_APP", "release/refuge"),
        };
        std::env::var_os(var)
            .map(PathBuf::from)
            .unwrap_or_else(|| target_dir().join(default))
    }
}

/// What the app is built from: a binary older than any of these is stale.
pub const SOURCES: &[&str] = &[
    "Cargo.lock",
    "core/Cargo.toml",
    "core/build.rs",
    "core/src",
    "locales",
    "src-tauri/Cargo.toml",
    "src-tauri/build.rs",
    "src-tauri/capabilities",
    "src-tauri/src",
    "src-tauri/tauri.conf.json",
    "ui/index.html",
    "ui/src",
];

/// The newest file among [`SOURCES`] under `root`, with its modification time.
pub fn newest_source(root: &Path) -> Option<(PathBuf, SystemTime)> {
    fn walk(path: &Path, newest: &mut Option<(PathBuf, SystemTime)>) {
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        if meta.is_dir() {
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                walk(&entry.path(), newest);
            }
        } else if let Ok(t) = meta.modified() {
            if newest.as_ref().is_none_or(|(_, n)| t > *n) {
                *newest = Some((path.to_owned(), t));
            }
        }
    }
    let mut newest = None;
    for s in SOURCES {
        walk(&root.join(s), &mut newest);
    }
    newest
}

/// When `binary` was last known to match its sources: its own modification time, or the time
/// in `<binary>.fresh` if that stamp describes this very file. The scripts write the stamp
/// after a build that cargo found up to date (its time is when that build started), because
/// cargo does not relink a binary whose inputs did not change, e.g. after a source edit that
/// leaves the compiled UI identical.
pub fn built_at(binary: &Path) -> std::io::Result<SystemTime> {
    let meta = std::fs::metadata(binary)?;
    let own = meta.modified()?;
    let stamp = stamp_path(binary);
    let vouched = std::fs::read_to_string(&stamp)
        .ok()
        .filter(|s| s.trim() == identity(&meta))
        .and_then(|_| std::fs::metadata(&stamp).ok()?.modified().ok());
    Ok(vouched.map_or(own, |t| t.max(own)))
}

fn stamp_path(binary: &Path) -> PathBuf {
    let mut name = binary.as_os_str().to_owned();
    name.push(".fresh");
    PathBuf::from(name)
}

/// A binary's identity for its stamp: size and modification time, to the nanosecond.
pub fn identity(meta: &std::fs::Metadata) -> String {
    let t = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .unwrap_or_default();
    format!("{} {}.{:09}", meta.len(), t.as_secs(), t.subsec_nanos())
}

/// Panic, saying what to do, unless `binary` exists and is newer than every source.
pub fn assert_fresh(binary: &Path) {
    let built = built_at(binary).unwrap_or_else(|e| {
        panic!(
            "{} must be built first (scripts/e2e.sh builds it): {e}",
            binary.display()
        )
    });
    if let Some((source, changed)) = newest_source(&repo_root()) {
        assert!(
            changed <= built,
            "{} is older than {}: it would test old code. Run scripts/e2e.sh, which builds \
             first, or scripts/build.sh for the shipped binary.",
            binary.display(),
            source.display()
        );
    }
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
    /// Which build to start.
    pub build: Build,
    /// The system locale the app sees (`LANG`, `LC_ALL`).
    pub lang: String,
    /// The app's private data directory root (`XDG_DATA_HOME`); kept across restarts when
    /// the same path is passed again.
    pub data_home: PathBuf,
    /// Where the opener seam logs URIs instead of opening them (`REFUGE_OPENER_LOG`).
    pub opener_log: Option<PathBuf>,
    /// A fixed clock for opening hours (RFC 3339, `REFUGE_NOW`).
    pub now: Option<String>,
    /// Window size in CSS pixels.
    pub size: (u32, u32),
    /// More environment for the app (`REFUGE_SAVE_TO`, `REFUGE_IDLE_LOCK_MS`,
    /// `XDG_RUNTIME_DIR`…).
    pub env: Vec<(String, String)>,
}

impl Launch {
    /// A phone-sized launch of the test-hooks build with `lang` and a data directory under
    /// `data_home`; URIs the app opens are logged to `<data_home>/opened.log` instead of being
    /// opened.
    pub fn new(lang: &str, data_home: &Path) -> Launch {
        Launch {
            build: Build::TestHooks,
            lang: lang.to_owned(),
            data_home: data_home.to_owned(),
            opener_log: Some(data_home.join("opened.log")),
            now: None,
            size: (360, 740),
            env: Vec::new(),
        }
    }

    /// The same launch with one more environment variable for the app.
    pub fn with_env(mut self, key: &str, value: &str) -> Launch {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// The same launch with a fixed clock (RFC 3339).
    pub fn at(mut self, now: &str) -> Launch {
        self.now = Some(now.to_owned());
        self
    }

    /// The same launch of another build.
    pub fn of(mut self, build: Build) -> Launch {
        self.build = build;
        self
    }

    /// Where the stand-in for the system's opener (`xdg-open`, first on the app's `PATH`)
    /// writes what it was asked to open: what would have reached the phone or the browser.
    pub fn system_opener_log(&self) -> PathBuf {
        self.data_home.join("system-opened.log")
    }
}

/// Two ports nobody listens on, each chosen by the kernel (bound to port 0, then released).
fn free_ports() -> [u16; 2] {
    let bind = || TcpListener::bind(("127.0.0.1", 0)).expect("a loopback port can be bound");
    // Both held at once, so the kernel cannot hand out the same port twice.
    let (a, b) = (bind(), bind());
    let port = |l: &TcpListener| l.local_addr().expect("a bound port").port();
    [port(&a), port(&b)]
}

/// A process read from `/proc`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proc {
    /// Its id.
    pub pid: u32,
    /// Its short name (`/proc/<pid>/comm`).
    pub name: String,
    /// Its executable, when readable.
    pub exe: Option<PathBuf>,
}

impl std::fmt::Display for Proc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.pid, self.name)
    }
}

/// The live (not zombie) processes of process group `pgid`.
pub fn group_members(pgid: u32) -> Vec<Proc> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
            let (head, rest) = stat.rsplit_once(')')?;
            let mut fields = rest.split_whitespace();
            let state = fields.next()?;
            let pgrp: u32 = fields.nth(1)?.parse().ok()?;
            (pgrp == pgid && state != "Z" && state != "X").then(|| Proc {
                pid,
                name: head.split_once('(').map_or("", |(_, n)| n).to_owned(),
                exe: std::fs::read_link(format!("/proc/{pid}/exe")).ok(),
            })
        })
        .collect()
}

fn list(procs: &[Proc]) -> String {
    procs
        .iter()
        .map(Proc::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// tauri-driver, and everything it starts (WebKitWebDriver, the app, WebKit's helpers), in a
/// process group of its own. Dropping it ends the whole group, so a failing or panicking test
/// leaves nothing behind.
struct DriverGroup {
    child: Child,
    pgid: u32,
    ended: bool,
    /// Set when the group is ended: the watchdog then has nothing to do.
    over: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// How long one test may keep an app running (`REFUGE_E2E_WATCHDOG_S` to change it). The
/// longest test (every screen at two text sizes, with axe) takes about two minutes; a WebDriver
/// command that never answers would otherwise hold the whole run until CI's limit.
const WATCHDOG: Duration = Duration::from_secs(420);

/// After `WATCHDOG`, if the group still runs: write every thread's stack of its processes (with
/// gdb, when installed) to stderr, so the hang can be diagnosed, then kill the group. The test's
/// pending WebDriver call then fails, naming the step that hung.
fn watch(pgid: u32, over: std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::Ordering;
    let limit = std::env::var("REFUGE_E2E_WATCHDOG_S")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(WATCHDOG, Duration::from_secs);
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if over.load(Ordering::Relaxed) {
            return;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    if over.load(Ordering::Relaxed) {
        return;
    }
    eprintln!(
        "watchdog: the test's app and drivers ran for {} s; their stacks, then the kill:",
        limit.as_secs()
    );
    for p in group_members(pgid) {
        eprintln!("watchdog: {p}");
        if let Ok(out) = Command::new("gdb")
            .args(["-p", &p.pid.to_string(), "-batch", "-nx"])
            .args(["-ex", "thread apply all bt 12"])
            .stdin(Stdio::null())
            .output()
        {
            eprintln!("{}", String::from_utf8_lossy(&out.stdout));
        }
    }
    if let Some(pid) = rustix::process::Pid::from_raw(pgid as i32) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

impl DriverGroup {
    fn spawn(cmd: &mut Command) -> std::io::Result<DriverGroup> {
        let child = cmd.process_group(0).spawn()?;
        let pgid = child.id();
        let over = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let watched = over.clone();
        std::thread::spawn(move || watch(pgid, watched));
        Ok(DriverGroup {
            child,
            pgid,
            ended: false,
            over,
        })
    }

    fn signal(&self, signal: rustix::process::Signal) {
        if let Some(pid) = rustix::process::Pid::from_raw(self.pgid as i32) {
            // ESRCH means the group is already empty, which is what we want.
            let _ = rustix::process::kill_process_group(pid, signal);
        }
    }

    /// Wait until `done` holds, up to `limit`.
    fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if done() {
                return true;
            }
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// End every process of the group: ask (SIGTERM, which tauri-driver passes on to
    /// WebKitWebDriver), then insist (SIGKILL). Returns what is still alive after that, which
    /// should be nothing.
    fn end(&mut self) -> Vec<Proc> {
        if self.ended {
            return Vec::new();
        }
        self.ended = true;
        self.over.store(true, std::sync::atomic::Ordering::Relaxed);
        self.signal(rustix::process::Signal::TERM);
        let pgid = self.pgid;
        if !Self::wait_until(Duration::from_secs(3), || group_members(pgid).is_empty()) {
            self.signal(rustix::process::Signal::KILL);
        }
        // Reap tauri-driver, our child; the group's other members are reaped by their parents
        // or, orphaned, by PID 1.
        let _ = self.child.wait();
        Self::wait_until(Duration::from_secs(5), || group_members(pgid).is_empty());
        group_members(pgid)
    }
}

impl Drop for DriverGroup {
    fn drop(&mut self) {
        let left = self.end();
        if !left.is_empty() && !std::thread::panicking() {
            panic!("processes outlived their test: {}", list(&left));
        }
    }
}

/// A private X server (Xvfb) for one app: its window is alone on the screen, at (0,0), where
/// [`x_screenshot`] reads it, so tests can run side by side. Ended on drop, after the drivers
/// and the app (see the field order of [`App`]).
struct XServer {
    child: Child,
    /// `:N`, as Xvfb chose it (`-displayfd`: the first free display, no race between tests).
    display: String,
}

impl XServer {
    fn start() -> XServer {
        let mut child = Command::new("Xvfb")
            // Wider and taller than any window a test opens.
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0"])
            .arg("1280x2000x24")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("Xvfb must be installed (scripts/setup.sh): {e}"));
        // Xvfb writes its display number once it accepts connections.
        let mut number = String::new();
        let stdout = child.stdout.take().expect("Xvfb's stdout is piped");
        let read = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut number);
        let number = number.trim();
        if read.is_err() || number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            let _ = child.kill();
            let status = child.wait();
            panic!("Xvfb should say which display it serves; it said {number:?} ({status:?})");
        }
        XServer {
            display: format!(":{number}"),
            child,
        }
    }
}

impl Drop for XServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

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

/// The top-left `w`×`h` pixels of `display`, as a PNG: the app's window, which the harness
/// places at (0,0) on its own X server, with no window manager.
///
/// Why not WebDriver's Take Screenshot: under Xvfb, WebKitGTK sometimes never answers it, with
/// every process idle, and the whole WebDriver session then stops answering (seen in CI, and
/// every time in the discreet-mode test here). Reading the framebuffer cannot hang that way.
fn x_screenshot(display: &str, w: u32, h: u32) -> Vec<u8> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};
    // The last frame reaches the X server a moment after the page's requestAnimationFrame.
    std::thread::sleep(Duration::from_millis(80));
    let (conn, screen) = x11rb::connect(Some(display))
        .unwrap_or_else(|e| panic!("the app's X server {display} answers: {e}"));
    let root = conn.setup().roots[screen].root;
    let (w16, h16) = (
        u16::try_from(w).expect("width fits"),
        u16::try_from(h).expect("height fits"),
    );
    let image = conn
        .get_image(ImageFormat::Z_PIXMAP, root, 0, 0, w16, h16, !0)
        .expect("GetImage is sent")
        .reply()
        .expect("the X server returns the window's pixels");
    // Depth 24 in 32 bits per pixel, little-endian: B, G, R, unused.
    // A plain loop: this crate is built unoptimised, where an iterator chain over every pixel
    // costs seconds per screen.
    let mut rgb = Vec::with_capacity(image.data.len() / 4 * 3);
    for p in image.data.chunks_exact(4) {
        rgb.extend_from_slice(&[p[2], p[1], p[0]]);
    }
    assert_eq!(
        rgb.len(),
        (w * h * 3) as usize,
        "a 24-bit screen (XServer::start)"
    );
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // Read by people and by nothing else: size matters less than the time to write them.
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().expect("a PNG header");
        writer.write_image_data(&rgb).expect("the PNG's pixels");
    }
    out
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

    /// The page's `<html lang>`.
    pub async fn html_lang(&self) -> String {
        let lang = self.js("return document.documentElement.lang").await;
        lang.as_str()
            .unwrap_or_else(|| panic!("<html lang> is a string: {lang}"))
            .to_owned()
    }

    /// Wait until the page shows what it holds now: fonts loaded, then two animation frames
    /// (the next paint has happened), rather than sleeping a guessed time.
    pub async fn settle(&self) {
        let answer = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 document.fonts.ready.then(() => \
                   requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("the page should settle: {e}"));
        assert_eq!(answer, json!(true), "the page settles");
    }

    /// Save a screenshot as `<dir>/<name>.png` and return its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.settle().await;
        let dir = screenshot_dir();
        let (w, h) = self.launch.size;
        let png = x_screenshot(&self.x.display, w, h);
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, &png).expect("screenshot written");
        path
    }

    /// Run axe-core (WCAG 2.0–2.2 A/AA rules and best practices) on the current page and return its
    /// violations as `"rule: help — target …"` lines. Anything but a list of violations from
    /// axe-core (an error, a missing answer) fails the test: an accessibility check that did
    /// not run must not pass.
    pub async fn axe(&self) -> Vec<String> {
        // Injected once per page: the app is a single page, so it stays across screens.
        let loaded = self
            .js("return typeof axe === 'object' && typeof axe.run === 'function'")
            .await;
        if loaded != json!(true) {
            let axe_src =
                std::fs::read_to_string(repo_root().join("ui/node_modules/axe-core/axe.min.js"))
                    .expect("axe-core is installed in ui/node_modules (npm ci)");
            let injected = self
                .client
                .execute(&format!("{axe_src}\n;return typeof axe.run;"), vec![])
                .await
                .expect("axe-core can be injected");
            assert_eq!(
                injected,
                json!("function"),
                "axe-core should be loaded in the page"
            );
        }
        let answer = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                     .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
                     .catch(e => done({ error: String(e) }));"#,
                vec![],
            )
            .await
            .expect("axe-core runs");
        axe_violations(&answer).unwrap_or_else(|e| panic!("{e}"))
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

/// Read axe-core's answer: `{ violations: [string…] }`, or the reason it is not one.
pub fn axe_violations(answer: &Value) -> Result<Vec<String>, String> {
    if let Some(error) = answer.get("error") {
        return Err(format!("axe-core failed: {error}"));
    }
    let list = answer
        .get("violations")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("axe-core should answer a list of violations, got {answer}"))?;
    list.iter()
        .map(|v| {
            v.as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("each violation should be a line of text, got {v}"))
        })
        .collect()
}

fn read_lines(path: &Path) -> Vec<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => s.lines().map(str::to_owned).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => panic!("{} should be readable: {e}", path.display()),
    }
}

/// Start tauri-driver on kernel-chosen ports, with the launch's environment, and wait until it
/// listens. Returns the driver's process group and its port.
fn start_driver(launch: &Launch, bin: &Path, display: &str) -> (DriverGroup, u16) {
    let tauri_driver = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into());
    // tauri-driver wants a path, not a name to look up.
    let webkit_driver =
        std::env::var("WEBKIT_DRIVER").unwrap_or_else(|_| "/usr/bin/WebKitWebDriver".into());
    let log = launch.data_home.join("driver.log");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut search = vec![bin.to_owned()];
    search.extend(std::env::split_paths(&path));
    let path = std::env::join_paths(search).expect("PATH entries join");
    let mut last_error = String::new();
    // A port the kernel just handed out can still be taken before tauri-driver binds it: try
    // again with new ones.
    for _ in 0..3 {
        let [port, native_port] = free_ports();
        let log_file = std::fs::File::create(&log).expect("driver log can be created");
        let mut cmd = Command::new(&tauri_driver);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
            "--native-driver",
            &webkit_driver,
        ])
        .env("PATH", &path)
        .env("DISPLAY", display)
        .env("LANG", &launch.lang)
        .env("LC_ALL", &launch.lang)
        .env("LANGUAGE", "")
        .env("XDG_DATA_HOME", &launch.data_home)
        .env("XDG_CONFIG_HOME", launch.data_home.join("config"))
        .env("XDG_CACHE_HOME", launch.data_home.join("cache"))
        .env_remove("REFUGE_EXIT_WHEN_READY")
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().expect("driver log handle"))
        .stderr(log_file);
        match &launch.opener_log {
            Some(p) => cmd.env("REFUGE_OPENER_LOG", p),
            None => cmd.env_remove("REFUGE_OPENER_LOG"),
        };
        match &launch.now {
            Some(n) => cmd.env("REFUGE_NOW", n),
            None => cmd.env_remove("REFUGE_NOW"),
        };
        for (k, v) in &launch.env {
            cmd.env(k, v);
        }
        let mut driver = DriverGroup::spawn(&mut cmd)
            .unwrap_or_else(|e| panic!("{tauri_driver} must be installed and runnable: {e}"));
        let deadline = Instant::now() + PATIENCE;
        loop {
            // Both must listen: tauri-driver answers a new session by forwarding it to
            // WebKitWebDriver, which it starts but does not wait for.
            let listening = |p: u16| TcpStream::connect(("127.0.0.1", p)).is_ok();
            if listening(port) && listening(native_port) {
                return (driver, port);
            }
            let mut said = String::new();
            let _ = std::fs::File::open(&log).and_then(|mut f| f.read_to_string(&mut said));
            let exited = driver.child.try_wait().ok().flatten();
            if said.contains("can not listen") || exited.is_some() || Instant::now() > deadline {
                last_error = format!(
                    "tauri-driver should listen on 127.0.0.1:{port} and WebKitWebDriver on \
                     {native_port} (exit: {exited:?}); they said: {said}"
                );
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let left = driver.end();
        assert!(left.is_empty(), "a failed driver leaves {}", list(&left));
    }
    panic!("{last_error}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_axe_answer_that_is_not_a_list_of_violations_fails() {
        assert_eq!(
            axe_violations(&json!({ "violations": [] })),
            Ok(vec![]),
            "an empty list is a pass"
        );
        assert_eq!(
            axe_violations(
                &json!({ "violations": ["label: Form elements must have labels — #x"] })
            ),
            Ok(vec!["label: Form elements must have labels — #x".to_owned()]),
            "violations are read as lines"
        );
        for bad in [
            json!(null),
            json!(true),
            json!([]),
            json!({}),
            json!({ "violations": "none" }),
            json!({ "violations": [42] }),
            json!({ "error": "axe is not defined" }),
            json!({ "error": "x", "violations": [] }),
        ] {
            assert!(
                axe_violations(&bad).is_err(),
                "{bad} is not a list of violations, so it must fail"
            );
        }
    }

    #[test]
    fn ports_come_from_the_kernel_and_differ() {
        let [a, b] = free_ports();
        assert_ne!(a, b, "two ports, not one twice");
        assert!(
            TcpListener::bind(("127.0.0.1", a)).is_ok(),
            "the port is released for the driver to bind"
        );
    }

    #[test]
    fn a_binary_older_than_a_source_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let binary = dir.path().join("app");
        std::fs::write(&binary, b"old").unwrap();
        let past = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&binary)
            .unwrap()
            .set_modified(past)
            .unwrap();
        let newest = newest_source(&repo_root()).expect("the sources exist").1;
        assert!(
            built_at(&binary).unwrap() < newest,
            "an hour-old binary predates the sources (test setup)"
        );
        // A stamp vouches for this very binary: fresh as of the stamp's time.
        let meta = std::fs::metadata(&binary).unwrap();
        std::fs::write(stamp_path(&binary), identity(&meta)).unwrap();
        assert!(
            built_at(&binary).unwrap() >= newest,
            "a build that found the binary up to date vouches for it"
        );
        // The binary changed after the stamp: the stamp no longer speaks for it.
        std::fs::write(&binary, b"other").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&binary)
            .unwrap()
            .set_modified(past)
            .unwrap();
        assert!(
            built_at(&binary).unwrap() < newest,
            "a stamp for another binary is ignored"
        );
        let refused = std::panic::catch_unwind(|| assert_fresh(&binary));
        assert!(refused.is_err(), "a stale binary is refused");
    }

    #[test]
    fn a_process_group_ends_with_everything_in_it() {
        // A shell that starts a grandchild which ignores SIGTERM: ending the group must still
        // end both, as with tauri-driver → WebKitWebDriver → the app.
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "sh -c 'trap \"\" TERM; sleep 300' & wait"]);
        let mut group = DriverGroup::spawn(&mut cmd).expect("sh runs");
        let pgid = group.pgid;
        assert!(
            DriverGroup::wait_until(Duration::from_secs(5), || group_members(pgid).len() >= 3),
            "the shell, its child and sleep run in the group: {:?}",
            group_members(pgid)
        );
        let left = group.end();
        assert!(left.is_empty(), "nothing survives: {}", list(&left));
        assert!(group_members(pgid).is_empty(), "the group is empty");
    }
}
