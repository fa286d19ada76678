#!/usr/bin/env bash
# Run every test: formatting, the UI's checks, lints (cargo clippy), the Rust tests (cargo
# nextest), the record's kill -9 cycles, then the app end to end with no network. Prints a table
# of the stages (wall time, result) and, last, how many tests passed, failed and were skipped,
# across Rust, UI and end to end. Fails if any stage fails. Screenshots land in screenshots/.
#
# The release build (fat LTO, the longest stage) runs alongside the others; only the test of the
# shipped binary waits for it. Everything else shares one dev build (scripts/config.sh).
# docs/testing.md says what each stage proves and how to run one alone (`just --list`).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh
export CARGO_TERM_COLOR=never NEXTEST_HIDE_PROGRESS_BAR=1

logs=$(mktemp -d)
trap 'rm -r "$logs"' EXIT
ids=()
declare -A label status wall
passed=0 failed=0 skipped=0

# The number before WORD in LINE ("223 passed" → 223), or 0.
num() { grep -oE "[0-9]+ $2" <<<"$1" | head -1 | cut -d' ' -f1 | grep . || echo 0; }

# Add stage ID's tests to the totals, from nextest's summary line
# (`Summary [ 9.1s] 223 tests run: 222 passed, 1 failed, 48 skipped`). Tests marked #[ignore]
# (end to end, kill -9) are skipped by the unit stage and run by later stages.
count() {
  local line
  line=$(grep -a 'Summary \[' "$logs/$1.log" | tail -1)
  if [ -z "$line" ]; then
    # A script's checks (scripts/test-package.sh): `test result: ok. 26 passed; 0 failed; 0 ignored`.
    line=$(grep -a '^test result: ' "$logs/$1.log" | tail -1)
    [ -n "$line" ] || return 0
    passed=$((passed + $(num "$line" passed)))
    failed=$((failed + $(num "$line" failed)))
    skipped=$((skipped + $(num "$line" ignored)))
    return 0
  fi
  passed=$((passed + $(num "$line" passed)))
  failed=$((failed + $(num "$line" failed) + $(num "$line" 'timed out')))
  if [ "$1" = unit ]; then
    skipped=$((skipped + $(num "$line" skipped)))
  else
    skipped=$((skipped - $(num "$line" 'tests? run')))
  fi
}

# stage ID LABEL "NEEDS…" COMMAND…: run COMMAND unless a stage it needs did not pass.
stage() {
  local id=$1 need t0
  label[$id]=$2
  ids+=("$id")
  for need in $3; do
    [ "${status[$need]:-}" = ok ] || { status[$id]="not run (${label[$need]}: ${status[$need]:-not run})"; return 0; }
  done
  shift 3
  printf '\n=== %s\n' "${label[$id]}"
  t0=$SECONDS
  "$@" 2>&1 | tee "$logs/$id.log"
  if ((PIPESTATUS[0] == 0)); then status[$id]=ok; else status[$id]=failed; fi
  wall[$id]=$((SECONDS - t0))
  count "$id"
}

# alongside ID LABEL "NEEDS…" COMMAND…: start COMMAND in the background, its output kept, while
# the next stages run; `joined ID` waits for it and reports it. (2 cores: only what waits on
# something else than the CPU, or must not hold the stages back, runs alongside.)
declare -A pid
alongside() {
  local id=$1 need
  label[$id]=$2
  ids+=("$id")
  for need in $3; do
    [ "${status[$need]:-}" = ok ] || { status[$id]="not run (${label[$need]}: ${status[$need]:-not run})"; return 0; }
  done
  shift 3
  printf '\n=== %s: started, alongside the next stages\n' "${label[$id]}"
  ("$@" >"$logs/$id.log" 2>&1; echo "$? $SECONDS" >"$logs/$id.rc") &
  pid[$id]=$!
  wall[$id]=$SECONDS
}
joined() {
  local id=$1 rc end
  [ -n "${pid[$id]:-}" ] || return 0
  wait "${pid[$id]}"
  printf '\n=== %s (ran alongside the stages above)\n' "${label[$id]}"
  cat "$logs/$id.log"
  read -r rc end <"$logs/$id.rc"
  wall[$id]="$((end - wall[$id]))*"
  if ((rc == 0)); then status[$id]=ok; else status[$id]=failed; fi
  count "$id"
}

stage setup setup "" scripts/setup.sh
stage fmt format "setup" cargo fmt --all --check
stage svelte svelte-check "setup" bash -c 'cd ui && npm run --silent check'
stage ui "UI build" "setup" scripts/build.sh --ui
# The shipped binary, alongside everything below, at a lower priority: the stages below wait on
# the test build and each other, the shipped binary only for the package and its own e2e, so it
# takes the CPU they leave (the e2e tests leave most of a core: they mostly wait on WebKit).
alongside release "release build" "ui" nice -n 10 scripts/build.sh --no-ui
stage build "test build" "ui" scripts/build.sh --test-hooks --no-ui
stage lint "clippy" "build" bash -c "
  cargo clippy --workspace --all-targets --locked --features '$TEST_FEATURES' -- -D warnings &&
  cargo clippy --workspace --all-targets --locked --features refuge/custom-protocol -- -D warnings"
stage unit "unit and data tests" "build" \
  cargo nextest run --workspace --locked --features "$TEST_FEATURES"
stage kill9 "record, kill -9 x50" "build" cargo nextest run --workspace --locked \
  --features "$TEST_FEATURES" --profile kill9 --run-ignored only -E 'binary(record_kill9)'
stage e2e-hooks "e2e, test-hooks build" "build" scripts/e2e.sh --no-build --test e2e
joined release
# The Debian package as a family gets it, from the release build just made: built, linted,
# installed, started from PATH offline, upgraded, removed and purged (scripts/test-package.sh;
# the install part needs root). Alongside the shipped binary's end-to-end tests.
alongside package "Debian package" "build release" scripts/test-package.sh --no-build
stage e2e-shipped "e2e, shipped binary" "build release" \
  scripts/e2e.sh --no-build --keep-screenshots --test hooks
# The helpline data's totals (lines, confirmed, unknown hours, oldest source): printed for the
# reader, from the same files the data tests checked (scripts/helplines-report for per place).
stage helplines "helpline data totals" "unit" scripts/helplines-report --built --totals
joined package

mmss() { [ -z "$1" ] && echo - || printf '%d:%02d%s' $((${1%\*} / 60)) $((${1%\*} % 60)) "${1//[0-9]/}"; }
printf '\n%-24s %7s  %s\n' stage wall result
for id in "${ids[@]}"; do
  printf '%-24s %7s  %s\n' "${label[$id]}" "$(mmss "${wall[$id]:-}")" "${status[$id]}"
done
echo "(* ran alongside other stages: its wall time overlaps theirs)"
echo
((skipped >= 0)) || skipped=0
summary="$passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
echo "$summary"
for id in "${ids[@]}"; do
  [ "${status[$id]}" = ok ] || exit 1
done
