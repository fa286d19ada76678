//! The end-to-end tests of the test-hooks build, one binary so they can run side by side: each
//! test starts its own drivers and app on its own ports, in its own process group and data
//! folder, so `--test-threads` above 1 keeps them apart while the waits (the app starting, the
//! page settling) overlap. `scripts/e2e.sh` runs them under Xvfb with no network.
//!
//! They are `#[ignore]`d so a plain `cargo test` skips them.

mod a11y;
mod fallbacks;
mod first_minute;
mod frame;
mod guides;
mod helplines;
mod keyboard;
mod large_text;
mod offline;
mod privacy;
mod record;
mod rendering;
mod reporting;
mod triage;
