#!/usr/bin/env bash
# Build the app. The UI is compiled first: the binary embeds it.
#
#   scripts/build.sh [--no-ui]               the release binary that ships: <target>/release/refuge
#   scripts/build.sh --test-hooks [--no-ui]  what the tests run, in the dev profile: every test
#                                            binary, and the app with the `test-hooks` feature,
#                                            copied to <target>/debug/refuge-test-hooks
#   scripts/build.sh --ui                    the UI alone
#
# The two are separate cargo invocations, so cargo's feature unification can never put the test
# hooks in the shipped binary. The test build selects the same packages, targets and features as
# the test runs (cargo nextest, TEST_FEATURES), so they compile nothing afterwards. Only the
# shipped binary pays for the release profile (LTO).
#
# Each build leaves `<binary>.fresh`, naming the binary it found up to date: cargo does not relink
# a binary whose inputs did not change (say, a comment edited in ui/src), and the end-to-end
# harness, which refuses a binary older than its sources, reads that stamp.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh

started=$(date +%s.%N)

# Compile the UI into a scratch folder, then copy into ui/dist only the files that changed:
# cargo embeds ui/dist and watches its files' times, so rewriting identical files would rebuild
# the app (and relink the release binary) on every run.
build_ui() {
  local out
  out=$(mktemp -d)
  (cd ui && npm run --silent build -- --outDir "$out" --emptyOutDir --logLevel warn)
  mkdir -p ui/dist
  (cd "$out" && find . -type f) | while read -r f; do
    if ! cmp -s "$out/$f" "ui/dist/$f"; then
      mkdir -p "ui/dist/$(dirname "$f")"
      cp "$out/$f" "ui/dist/$f"
    fi
  done
  (cd ui/dist && find . -type f) | while read -r f; do
    [ -e "$out/$f" ] || rm "ui/dist/$f"
  done
  rm -r "$out"
}

# Vouch that `$1` matched its sources when this build started (see the harness's `built_at`).
stamp() {
  printf '%s %s\n' "$(stat -c %s "$1")" "$(date -r "$1" +%s.%N)" >"$1.fresh"
  touch -d "@$started" "$1.fresh"
}

what=release ui=1
for arg in "$@"; do
  case "$arg" in
    --test-hooks) what=test-hooks ;;
    --ui) what=ui-only ;;
    --no-ui) ui=0 ;;
    *) echo "usage: scripts/build.sh [--test-hooks | --ui] [--no-ui]" >&2; exit 2 ;;
  esac
done

((ui == 0)) || build_ui
case "$what" in
  test-hooks)
    cargo build --workspace --all-targets --locked --features "$TEST_FEATURES"
    cp -p "$TARGET_DIR/debug/refuge" "$TARGET_DIR/debug/refuge-test-hooks"
    stamp "$TARGET_DIR/debug/refuge-test-hooks"
    ;;
  release)
    # custom-protocol makes the binary serve the embedded UI instead of a dev server URL.
    cargo build --release --locked -p refuge --features custom-protocol
    stamp "$TARGET_DIR/release/refuge"
    ;;
esac
