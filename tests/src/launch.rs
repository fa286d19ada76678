//! How to start the app: which build, the system locale, the data folder, the clock, the
//! window's size, and where what it opens is logged.

use std::path::{Path, PathBuf};

use crate::fresh::Build;
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
    /// Environment the app does not get, although the tests have it (`WEBKIT_…`, to start
    /// it as on a person's desktop).
    pub env_removed: Vec<String>,
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
            env_removed: Vec::new(),
        }
    }

    /// The same launch without an environment variable the tests have.
    pub fn without_env(mut self, key: &str) -> Launch {
        self.env_removed.push(key.to_owned());
        self
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
