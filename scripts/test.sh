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

step "release build"
scripts/build.sh

# Unit and data tests in the release profile with the same features as the app, so they reuse
# the release build instead of compiling the whole Tauri stack a second time.
step "unit and data tests"
cargo test --workspace --release --locked --features refuge/custom-protocol


step "end to end, offline"
scripts/e2e.sh
