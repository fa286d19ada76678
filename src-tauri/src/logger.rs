//! Errors and unexpected states go to stderr, one line each, with the `log` crate.
//!
//! What is logged is a command's name, an error code and its developer message. **No user
//! content is ever logged**: not what a person searches for, not a word of My record, not a
//! PIN. Core's error messages are built so (they echo at most a clipped id; record errors carry
//! no text), and commands never log their arguments.

use log::{LevelFilter, Log, Metadata, Record};

struct Stderr;

impl Log for Stderr {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &Record<'_>) {
        if self.enabled(record.metadata()) {
            eprintln!("refuge {} {}", record.level(), record.args());
        }
    }

    fn flush(&self) {}
}

static LOGGER: Stderr = Stderr;

/// Install the logger: warnings and errors, or more with `REFUGE_LOG=debug`.
pub fn init() {
    let level = match std::env::var("REFUGE_LOG").as_deref() {
        Ok("debug") => LevelFilter::Debug,
        Ok("info") => LevelFilter::Info,
        _ => LevelFilter::Warn,
    };
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(level);
    }
}
