#!/usr/bin/env bash
# Build the UI and the release app (the UI is embedded in the binary).
set -euo pipefail
cd "$(dirname "$0")/.."
(cd ui && npm run --silent build)
# custom-protocol makes the binary serve the embedded UI instead of a dev server URL.
cargo build --release --locked -p refuge --features custom-protocol
