#!/usr/bin/env bash
# The end-to-end tests alone. Builds what they drive first (a no-op when up to date): the
# test-hooks build, and the shipped release binary that one test checks. Then runs them under
# Xvfb, with no network, in namespaces that end every process they start (scripts/offline.sh).
#
#   scripts/e2e.sh [--no-build] [--keep-screenshots] [--test e2e|hooks]… [test name filter…]
#
# `--test e2e` is every test of the test-hooks build (tests/tests/e2e/), `--test hooks` the test
# of the shipped binary (tests/tests/hooks.rs); both by default. The tests of one binary run
# three at a time: each has its own drivers, ports, process group and data folder, and most of
# their time is spent waiting for WebKit.
# Screenshots land in screenshots/ (or REFUGE_SCREENSHOTS), emptied first unless
# --keep-screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh

build=1 keep=0 targets=()
while (($#)); do
  case "$1" in
    --no-build) build=0; shift ;;
    --keep-screenshots) keep=1; shift ;;
    --test) targets+=("$2"); shift 2 ;;
    *) break ;;
  esac
done
((${#targets[@]})) || targets=(e2e hooks)

# Screenshots: old ones are removed only from screenshots/ in the checkout or from a folder this
# script made (it holds a marker), and nothing else is ever deleted.
shots=$(realpath -m "${REFUGE_SCREENSHOTS:-$PWD/screenshots}")
if [ "$shots" = "$PWD/screenshots" ] || [ -f "$shots/.refuge-screenshots" ]; then
  ((keep)) || [ ! -d "$shots" ] || find "$shots" -maxdepth 1 -type f -name '*.png' -delete
elif [ -d "$shots" ] && [ -n "$(ls -A "$shots")" ]; then
  echo "e2e: $shots is not empty and was not made by this script; set REFUGE_SCREENSHOTS to a new or empty folder" >&2
  exit 2
fi
mkdir -p "$shots"
touch "$shots/.refuge-screenshots"
export REFUGE_SCREENSHOTS="$shots"

if ((build)); then
  scripts/build.sh --test-hooks
  scripts/build.sh --no-ui
fi
export REFUGE_TEST_HOOKS_APP="$TARGET_DIR/debug/refuge-test-hooks"
export REFUGE_APP="$TARGET_DIR/release/refuge"

# The test binaries, as built for `cargo test` (selecting them with -p or --test instead would
# resolve other features and rebuild half the graph).
json=$(test_cargo test --workspace --locked --features "$TEST_FEATURES" --no-run --message-format=json)
binaries=()
for name in "${targets[@]}"; do
  bin=$(grep -F "\"name\":\"$name\",\"src_path\"" <<<"$json" | grep -o '"executable":"[^"]*"' | cut -d'"' -f4)
  [ -x "$bin" ] || { echo "e2e: no test binary named $name" >&2; exit 2; }
  binaries+=("$bin")
done

# Run from tests/, as cargo would; stop at the first binary that fails, as cargo would.
# Tests run side by side (REFUGE_E2E_THREADS, default 3): each app has its own X server, where
# its window is alone at the top-left and its screenshots are read (XServer and x_screenshot in
# tests/src/lib.rs), and a test spends about half its time waiting for WebKit or the drivers.
threads="${REFUGE_E2E_THREADS:-3}"
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || { echo "e2e: REFUGE_E2E_THREADS must be a whole number ≥ 1, not '$threads'" >&2; exit 2; }
status=0
for bin in "${binaries[@]}"; do
  echo "     Running $bin"
  (cd tests && ../scripts/offline.sh --xvfb -- "$bin" --ignored --test-threads="$threads" "$@") || { status=$?; break; }
done
echo
echo "screenshots: $shots"
exit "$status"
