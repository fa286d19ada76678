#!/usr/bin/env bash
# The end-to-end tests alone (the release app must be built: scripts/build.sh). They run under
# Xvfb inside a network namespace where only loopback exists, so "works with no network" is
# proven, not assumed. Extra arguments go to the test harness (e.g. a test name filter).
# Screenshots land in screenshots/ (override with REFUGE_SCREENSHOTS).
set -euo pipefail
cd "$(dirname "$0")/.."
export REFUGE_SCREENSHOTS="${REFUGE_SCREENSHOTS:-$PWD/screenshots}"
rm -rf "$REFUGE_SCREENSHOTS"
mkdir -p "$REFUGE_SCREENSHOTS"
cargo test -p refuge-e2e --release --locked --no-run
unshare_flags=(-n)
[ "$(id -u)" -eq 0 ] || unshare_flags=(-r -n)
unshare "${unshare_flags[@]}" -- bash -c '
  set -euo pipefail
  ip link set lo up
  export WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
  xvfb-run -a -s "-screen 0 1280x8000x24" \
    cargo test -p refuge-e2e --release --locked --offline -- --include-ignored --test-threads=1 "$@"
' e2e "$@"
echo
echo "screenshots: $REFUGE_SCREENSHOTS"
