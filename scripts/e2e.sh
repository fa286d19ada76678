#!/usr/bin/env bash
# The end-to-end tests alone. Builds what they drive first (a no-op when up to date): the
# test-hooks build, and the shipped release binary that one test checks. Then runs them with
# cargo-nextest, with no network, in namespaces that end every process they start
# (scripts/offline.sh); each test starts its own Xvfb (tests/src/xserver.rs).
#
#   scripts/e2e.sh [--no-build] [--keep-screenshots] [--test e2e|hooks]… [test name filter…]
#   scripts/e2e.sh --clear-screenshots    only empty the screenshot folder
#
# `--test e2e` is every test of the test-hooks build (tests/tests/e2e/), `--test hooks` the test
# of the shipped binary (tests/tests/hooks.rs); both by default. A filter is passed to nextest
# (a test name's part).
# Screenshots land in screenshots/ (or REFUGE_SCREENSHOTS), emptied first unless
# --keep-screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh

build=1 keep=0 clear_only=0 targets=()
while (($#)); do
  case "$1" in
    --no-build) build=0; shift ;;
    --keep-screenshots) keep=1; shift ;;
    --clear-screenshots) clear_only=1; shift ;;
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
((clear_only == 0)) || exit 0
export REFUGE_SCREENSHOTS="$shots"

if ((build)); then
  scripts/build.sh --test-hooks
  scripts/build.sh --no-ui
fi
export REFUGE_TEST_HOOKS_APP="$TARGET_DIR/debug/refuge-test-hooks"
export REFUGE_APP="$TARGET_DIR/release/refuge"

# The tests run under cargo-nextest (.config/nextest.toml, profile e2e): each in its own
# process, three at a time (each app has its own X server, drivers, ports and data folder, and a
# test spends about half its time waiting for WebKit), ended with its process group if it hangs.
# Inside the namespace cargo has no network, and needs none: everything is built above.
filter=""
for name in "${targets[@]}"; do
  filter+="${filter:+ | }binary($name)"
done
echo
status=0
scripts/offline.sh -- env CARGO_NET_OFFLINE=true WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1 \
  cargo nextest run --workspace --locked --features "$TEST_FEATURES" --profile e2e \
  --run-ignored only -E "$filter" "$@" || status=$?
echo
echo "screenshots: $shots"
exit "$status"
