//! tauri-driver and everything it starts, in a process group of its own that is ended on
//! drop, with a watchdog that prints the stacks of a hung test before ending it.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::launch::Launch;
use crate::PATIENCE;
/// Two ports nobody listens on, each chosen by the kernel (bound to port 0, then released).
pub(crate) fn free_ports() -> [u16; 2] {
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

pub(crate) fn list(procs: &[Proc]) -> String {
    procs
        .iter()
        .map(Proc::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// tauri-driver, and everything it starts (WebKitWebDriver, the app, WebKit's helpers), in a
/// process group of its own. Dropping it ends the whole group, so a failing or panicking test
/// leaves nothing behind.
pub(crate) struct DriverGroup {
    child: Child,
    pub(crate) pgid: u32,
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
    pub(crate) fn spawn(cmd: &mut Command) -> std::io::Result<DriverGroup> {
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
    pub(crate) fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
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
    pub(crate) fn end(&mut self) -> Vec<Proc> {
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

/// Start tauri-driver on kernel-chosen ports, with the launch's environment, and wait until it
/// listens. Returns the driver's process group and its port.
pub(crate) fn start_driver(launch: &Launch, bin: &Path, display: &str) -> (DriverGroup, u16) {
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
        for k in &launch.env_removed {
            cmd.env_remove(k);
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
