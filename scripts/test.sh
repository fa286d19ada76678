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

# registered ID LABEL "NEEDS…": list stage ID; false (it is marked not run, and `after` sees it
# ended) unless every stage it needs passed.
registered() {
  local id=$1 need
  label[$id]=$2
  ids+=("$id")
  for need in $3; do
    [ "${status[$need]:-}" = ok ] || {
      status[$id]="not run (${label[$need]}: ${status[$need]:-not run})"
      echo "1 $SECONDS" >"$logs/$id.rc"
      return 1
    }
  done
}

# stage ID LABEL "NEEDS…" COMMAND…: run COMMAND unless a stage it needs did not pass.
stage() {
  local id=$1 t0
  registered "$@" || return 0
  shift 3
  printf '\n=== %s\n' "${label[$id]}"
  t0=$SECONDS
  "$@" 2>&1 | tee "$logs/$id.log"
  if ((PIPESTATUS[0] == 0)); then status[$id]=ok; else status[$id]=failed; fi
  [ "${status[$id]}" = ok ] && echo "0 $SECONDS" >"$logs/$id.rc" || echo "1 $SECONDS" >"$logs/$id.rc"
  wall[$id]=$((SECONDS - t0))
  count "$id"
}

# alongside ID LABEL "NEEDS…" COMMAND…: start COMMAND in the background, its output kept, while
# the next stages run; `joined ID` waits for it and reports it. (2 cores: what runs alongside
# is what must not hold the stages back, the release build and what needs only it, or what
# leaves part of the CPU, the end-to-end tests.)
declare -A pid
alongside() {
  local id=$1
  registered "$@" || return 0
  shift 3
  printf '\n=== %s: started, alongside the next stages\n' "${label[$id]}"
  # The command in a subshell of its own, so the rc file is written whatever happens in it.
  (export STAGE=$id; ("$@") >"$logs/$id.log" 2>&1; echo "$? $SECONDS" >"$logs/$id.rc") &
  pid[$id]=$!
  wall[$id]=$SECONDS
}
joined() {
  local id=$1 rc end
  [ -n "${pid[$id]:-}" ] || return 0
  wait "${pid[$id]}"
  printf '\n=== %s (ran alongside the stages above)\n' "${label[$id]}"
  cat "$logs/$id.log"
  read -r rc end <"$logs/$id.rc" || { rc=1 end=$SECONDS; }
  # From when it could start (`after`), or from when it was started.
  [ ! -s "$logs/$id.start" ] || read -r wall[$id] <"$logs/$id.start"
  wall[$id]="$((end - wall[$id]))*"
  if ((rc == 0)); then status[$id]=ok; else status[$id]=failed; fi
  count "$id"
}

# after ID… -- COMMAND…: wait until each stage ID has ended (started alongside or not), and run
# COMMAND if they all passed; an ID written `ended:ID` is waited for, whatever its result. For
# work started alongside that needs more than its start did.
after() {
  local id rc
  while [ "$1" != -- ]; do
    id=${1#ended:}
    while [ ! -s "$logs/$id.rc" ]; do sleep 1; done
    read -r rc _ <"$logs/$id.rc"
    [ "$id" != "$1" ] || ((rc == 0)) || { echo "not run: stage '$id' did not pass"; return 1; }
    shift
  done
  shift
  echo "$SECONDS" >"$logs/$STAGE.start"
  "$@"
}

stage setup setup "" scripts/setup.sh
# The end-to-end stages below run side by side and keep each other's screenshots: last run's go.
scripts/e2e.sh --clear-screenshots
stage fmt format "setup" cargo fmt --all --check
stage svelte svelte-check "setup" bash -c 'cd ui && npm run --silent check'
stage ui "UI build" "setup" scripts/build.sh --ui
# The shipped binary, alongside everything below. Its last three minutes are one thread (the
# app's crates, then whole-program LTO): started at the same priority as the stages, they run
# beside the end-to-end tests instead of alone at the end (at `nice 10`, the release build got
# only what the test build, clippy and the unit tests left, and its single-threaded tail ran
# alone for 3.5 of the 19 minutes from an empty build folder).
alongside release "release build" "ui" scripts/build.sh --no-ui
# What needs the shipped binary starts as soon as it is built, beside the stages below: the
# end-to-end tests of the shipped binary itself (which also read the test-hooks build), then the
# Debian package as a family gets it (built, linted, installed, started from PATH offline,
# upgraded, removed and purged: scripts/test-package.sh; the install part needs root).
# One after the other: the bundler writes beside the binary the tests run ("Text file busy").
alongside e2e-shipped "e2e, shipped binary" "ui" \
  after release build -- scripts/e2e.sh --no-build --keep-screenshots --test hooks
alongside package "Debian package" "ui" \
  after release ended:e2e-shipped -- scripts/test-package.sh --no-build
stage build "test build" "ui" scripts/build.sh --test-hooks --no-ui
stage lint "clippy" "build" bash -c "
  cargo clippy --workspace --all-targets --locked --features '$TEST_FEATURES' -- -D warnings &&
  cargo clippy --workspace --all-targets --locked --features '$TEST_FEATURES_NO_HOOKS' -- -D warnings"
# The end-to-end tests take longest and leave part of the CPU (they wait on WebKit): started
# now, beside the unit tests and the kill -9 cycles. (After clippy, not before: a cargo command
# holds the build folder's lock while it runs, and nextest asks cargo for the test binaries.)
alongside e2e-hooks "e2e, test-hooks build" "build" \
  scripts/e2e.sh --no-build --keep-screenshots --test e2e
stage unit "unit and data tests" "build" \
  cargo nextest run --workspace --locked --features "$TEST_FEATURES"
stage kill9 "record, kill -9 x50" "build" cargo nextest run --workspace --locked \
  --features "$TEST_FEATURES" --profile kill9 --run-ignored only -E 'binary(record_kill9)'
# The helpline data's totals (lines, confirmed, unknown hours, oldest source): printed for the
# reader, from the same files the data tests checked (scripts/helplines-report for per place).
stage helplines "helpline data totals" "unit" scripts/helplines-report --built --totals
joined e2e-hooks
joined release
joined e2e-shipped
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
