#!/usr/bin/env bash
# Cold start to the ready marker: Refuge against a bare Tauri hello-world built alongside, both
# release builds, both reporting the same way (REFUGE_EXIT_WHEN_READY). Refuge's marker is the
# Call for help button painted with its line's name and number (from the HTML Rust puts in the
# page); the hello-world's, its one line of text. "refuge-ui" is the moment the UI has taken over
# from that first screen and painted its own (REFUGE_READY_BY=ui). Prints each app's median over N runs (the app's own ms-since-process-start figure
# and the wall time from spawn to exit), then each app's memory at rest and binary size, and
# ends with three summary lines: `binary: …`, `idle-rss: …`, `coldstart: … ratio …`.
# Measures; asserts nothing.
#   bench/coldstart.sh [runs]      (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
target_dir="${CARGO_TARGET_DIR:-target}"

scripts/setup.sh
scripts/build.sh
cargo build --release --locked -p refuge-bench-hello --features custom-protocol

export REFUGE_APP="$PWD/$target_dir/release/refuge"
[ -x "$REFUGE_APP" ] || REFUGE_APP="$target_dir/release/refuge"
export HELLO_APP="$PWD/$target_dir/release/refuge-bench-hello"
[ -x "$HELLO_APP" ] || HELLO_APP="$target_dir/release/refuge-bench-hello"
export RUNS="$runs"

scripts/offline.sh --xvfb -- \
  env REFUGE_EXIT_WHEN_READY=1 LANG=fr_BE.UTF-8 python3 bench/coldstart.py
