# Sourced by the scripts (from the repository root): what they share.

# Where cargo builds, as an absolute path.
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$PWD/$TARGET_DIR" ;; esac

# The features of every test build. The test build, the lints and the test runs select the same
# packages (--workspace), targets and features, so they share one dependency graph and none of
# them recompiles what another compiled. The shipped binary is built apart (scripts/build.sh).
# refuge-core/test-support builds the record's test-only constructors, which the kill -9
# writer (core/examples/record_writer.rs) needs; the shipped binary never has them.
TEST_FEATURES="refuge/custom-protocol,refuge/test-hooks,refuge-core/test-support"
# The same without the test hooks: what clippy's second pass lints, the app's code as it ships
# (code only the hooks use shows up there as dead). `test-hooks` turns on no dependency's
# feature, so this selects the same dependency graph as the test build: the second pass checks
# the app's package again and nothing else (9 s of CPU; 128 s when it was `-p refuge --lib
# --bins`, whose narrower selection left out the dev-dependencies' features, tauri's `test`
# among them, and so changed the features of 650 of the graph's crates).
TEST_FEATURES_NO_HOOKS=$(tr , '\n' <<<"$TEST_FEATURES" | grep -vx refuge/test-hooks | paste -sd,)

# Test builds keep line tables only: backtraces keep their files and lines; the full debug info
# a debugger needs was half the compile and link time of this dependency graph.
export CARGO_PROFILE_DEV_DEBUG=line-tables-only
# Build scripts and proc macros must be built with the same debug setting in the test build
# and in clippy's check, or clippy builds all of them again: left to cargo's default
# ("deferred"), the test build gave the ones it shares with the test binaries line tables and
# clippy, which shares nothing with the binaries, none, so it compiled 241 host crates again
# (170 s of CPU, 45 % of the lint stage's, from an empty build folder). Dependencies have
# `debug = false` (Cargo.toml, `[profile.dev.package."*"]`), which outranks this for them; this
# line sets the workspace's own build scripts alike.
export CARGO_PROFILE_DEV_BUILD_OVERRIDE_DEBUG=line-tables-only

# No incremental compilation caches: a test run builds once and runs; the caches were 3.6 GB of
# the build folder and made nothing a second run compiles faster (it compiles nothing).
export CARGO_INCREMENTAL=0
