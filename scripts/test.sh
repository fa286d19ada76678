#!/usr/bin/env bash
# Run every test: formatting, lints, the UI's checks, unit and data tests, then the release
# app end to end under Xvfb inside a network namespace that has only loopback.
# Screenshots land in screenshots/ (override with REFUGE_SCREENSHOTS).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n=== %s\n' "$*"; }

step "setup"
scripts/setup.sh

step "format"
cargo fmt --all --check

step "UI: svelte-check (accessibility warnings are errors) and build"
(cd ui && npm run --silent check && npm run --silent build)

step "clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "unit and data tests"
cargo test --workspace --locked

step "release build"
scripts/build.sh
cargo test -p refuge-e2e --locked --no-run

step "end to end, offline"
export REFUGE_SCREENSHOTS="${REFUGE_SCREENSHOTS:-$PWD/screenshots}"
rm -rf "$REFUGE_SCREENSHOTS"
mkdir -p "$REFUGE_SCREENSHOTS"
unshare_flags=(-n)
[ "$(id -u)" -eq 0 ] || unshare_flags=(-r -n)
# Inside the namespace only loopback exists: "works with no network" is proven, not assumed.
unshare "${unshare_flags[@]}" -- bash -c '
  set -euo pipefail
  ip link set lo up
  export WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    cargo test -p refuge-e2e --locked --offline -- --include-ignored --test-threads=1
'
echo
echo "screenshots: $REFUGE_SCREENSHOTS"
