#!/usr/bin/env bash
# Run Refuge: install what is missing, build the release app, start it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
target_dir="${CARGO_TARGET_DIR:-target}"
exec "$target_dir/release/refuge" "$@"
