# Sourced by the scripts (from the repository root): what they share.

# Where cargo builds, as an absolute path.
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$PWD/$TARGET_DIR" ;; esac

# The features of every test build. The lints, the test build and `cargo test` select the same
# packages (--workspace), targets and features, so they share one dependency graph and none of
# them recompiles what another compiled. The shipped binary is built apart (scripts/build.sh).
# refuge-core/test-support builds the record's test-only constructors, which the kill -9
# writer (core/examples/record_writer.rs) needs; the shipped binary never has them.
TEST_FEATURES="refuge/custom-protocol,refuge/test-hooks,refuge-core/test-support"

# Cargo for the test builds (the dev profile), two ways cheaper than plain `cargo` and still
# checking everything:
# - clippy-driver compiles the workspace's own crates, as `cargo clippy` makes it do, but in a
#   real build: the lints (all targets, -D warnings) run while the test binaries are compiled,
#   so the dependencies are compiled once, instead of checked for clippy and compiled again.
# - line tables only: backtraces keep their files and lines; the full debug info a debugger
#   would need is most of the compile and link time of a debug build of this dependency graph.
test_cargo() {
  local driver
  driver="$(rustc --print sysroot)/bin/clippy-driver"
  [ -x "$driver" ] || { echo "clippy is required: rustup component add clippy" >&2; return 1; }
  RUSTC_WORKSPACE_WRAPPER="$driver" \
    CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
    CARGO_PROFILE_DEV_DEBUG=line-tables-only \
    cargo "$@"
}
