#!/usr/bin/env bash
# Cold start to the ready marker: Refuge against a bare Tauri hello-world built alongside, both
# release builds, both reporting the same way (REFUGE_EXIT_WHEN_READY). Refuge's marker is the
# Call for help button painted with its line's name and number (from the HTML Rust puts in the
# page); the hello-world's, its one line of text. "refuge-ui" is the moment the UI has taken over
# from that first screen and painted its own (REFUGE_READY_BY=ui).
#
# Measured as people run the app: in three environments, interleaved in one run: `default` (no
# WebKit or GL variable at all: WebKit's accelerated compositing, GL in software on a machine
# without a GPU, as here), `compositing-off` (WEBKIT_DISABLE_COMPOSITING_MODE=1) and
# `no-at-bridge` (NO_AT_BRIDGE=1). The variables scripts/offline.sh --xvfb sets for the tests
# are removed first (bench/coldstart.py): the bench imposes none.
#
# Prints each app's median over N runs per environment (the app's own ms-since-process-start
# figure, its ratio to the hello-world, and the wall time from spawn to exit), then each app's
# memory at rest and binary size, and ends with the summary lines: `binary: …`, `idle-rss: …`
# (default environment) and one `coldstart: … ratio … env <environment>` per environment.
# Measures; asserts nothing. REFUGE_BEFORE=<an earlier build of refuge> times that binary too, in
# the same rounds ("before", "before-ui"), for a change's before and after side by side.
#   bench/coldstart.sh [runs] [locale]      (default 15, fr_BE.UTF-8)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
locale="${2:-fr_BE.UTF-8}"
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
  env REFUGE_EXIT_WHEN_READY=1 LANG="$locale" python3 bench/coldstart.py
