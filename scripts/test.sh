#!/usr/bin/env bash
# Run every test: formatting, the UI's checks, lints, unit and data tests, then the app end to
# end under Xvfb with no network. Prints a table of the stages (wall and CPU time, result) and,
# last, how many tests passed, failed and were skipped, across Rust, UI and end to end.
# Fails if any stage fails, or if any process it started is still alive at the end.
# Screenshots land in screenshots/ (override with REFUGE_SCREENSHOTS).
#
# Where the time goes, and why the stages are in this order: the two compilations of the whole
# dependency graph dominate, the dev one that tests and lints use and the release one that ships.
# They run side by side (cargo locks target/debug and target/release separately), so each fills
# the other's idle moments (single-threaded crates, the final link) and the end-to-end tests of
# the test-hooks build, which mostly wait on WebKit, overlap the release build too. Only the test
# that checks the shipped binary waits for it.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/config.sh
export CARGO_TERM_COLOR=never

# Every process this run starts inherits this mark; at the end none of them may be alive.
export REFUGE_TEST_RUN="$$.$(date +%s%N)"

logs=$(mktemp -d)
trap 'rm -r "$logs"' EXIT
tick=$(getconf CLK_TCK)
ids=()
declare -A label status wall cpu counts background
passed=0 failed=0 ignored=0 e2e_ran=0

# CPU time (user + system, in ticks) of the finished children of shell process $1.
children_cpu() {
  local stat
  read -r stat </proc/"$1"/stat
  set -- ${stat##*) }
  echo $((${14} + ${15}))
}

# Run COMMAND… with its output in LOG (and on the terminal unless QUIET), then write its exit
# status, wall seconds and CPU seconds to LOG.time.
measure() {
  local log=$1 quiet=$2 me=$BASHPID t0 c0 rc
  shift 2
  t0=$(date +%s%N) c0=$(children_cpu "$me")
  if ((quiet)); then
    "$@" >"$log" 2>&1
    rc=$?
  else
    "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
  fi
  echo "$rc $((($(date +%s%N) - t0) / 1000000000)) $((($(children_cpu "$me") - c0) / tick))" >"$log.time"
}

# Sum libtest's "test result:" lines of stage ID's log into the totals.
count_tests() {
  local id=$1 line p=0 f=0 i=0 runs=0
  while read -r line; do
    [[ $line =~ ([0-9]+)\ passed\;\ ([0-9]+)\ failed\;\ ([0-9]+)\ ignored ]] || continue
    p=$((p + BASH_REMATCH[1])) f=$((f + BASH_REMATCH[2])) i=$((i + BASH_REMATCH[3]))
    runs=$((runs + 1))
  done < <(grep -a '^test result:' "$logs/$id.log")
  ((runs == 0)) || counts[$id]=": $p passed, $f failed, $i ignored"
  passed=$((passed + p)) failed=$((failed + f)) ignored=$((ignored + i))
  # Stages that run tests the unit stage counted as ignored (#[ignore]: end to end, kill -9).
  [[ $id != e2e* && $id != kill9 ]] || e2e_ran=$((e2e_ran + p + f))
}

# Record stage ID's outcome from its .time file.
finish() {
  local id=$1 rc w c
  read -r rc w c <"$logs/$id.log.time"
  wall[$id]=$w cpu[$id]=$c
  if ((rc == 0)); then status[$id]=ok; else status[$id]=failed; fi
  count_tests "$id"
}

# ready ID LABEL NEEDS…: true when every stage NEEDS passed; otherwise record ID as not run.
ready() {
  local id=$1 need
  label[$id]=$2
  shift 2
  ids+=("$id")
  for need in "$@"; do
    if [ "${status[$need]:-}" != ok ]; then
      status[$id]="not run (${label[$need]}: ${status[$need]:-not run})"
      return 1
    fi
  done
}

# stage ID LABEL "NEEDS…" COMMAND…: run COMMAND now, unless a stage it needs did not pass.
stage() {
  local id=$1 name=$2 needs=$3
  shift 3
  ready "$id" "$name" $needs || return 0
  printf '\n=== %s\n' "$name"
  measure "$logs/$id.log" 0 "$@"
  finish "$id"
}

# quiet_stage: the same, in this very shell with no pipe (for the check of leftovers, which
# must not see a `tee` of its own).
quiet_stage() {
  local id=$1 name=$2 needs=$3
  shift 3
  ready "$id" "$name" $needs || return 0
  printf '\n=== %s\n' "$name"
  measure "$logs/$id.log" 1 "$@"
  cat "$logs/$id.log"
  finish "$id"
}

# stage_alongside ID LABEL "NEEDS…" COMMAND…: start COMMAND in the background; `joined ID`
# waits for it.
stage_alongside() {
  local id=$1 name=$2 needs=$3
  shift 3
  ready "$id" "$name" $needs || return 0
  printf '\n=== %s: started, alongside the next stages\n' "$name"
  measure "$logs/$id.log" 1 "$@" &
  background[$id]=$!
}

joined() {
  local id=$1
  [ -n "${background[$id]:-}" ] || return 0
  wait "${background[$id]}"
  printf '\n=== %s (ran alongside the stages above)\n' "${label[$id]}"
  cat "$logs/$id.log"
  finish "$id"
  background[$id]="" wall[$id]="${wall[$id]}*"
}

# Processes of this run (they carry REFUGE_TEST_RUN) still alive: none may be.
leftovers() {
  local p pid left=()
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    [ "$pid" != $$ ] && [ "$pid" != "$BASHPID" ] || continue
    grep -qasz "^REFUGE_TEST_RUN=$REFUGE_TEST_RUN\$" "$p/environ" 2>/dev/null || continue
    grep -qs '^State:[[:space:]]*Z' "$p/status" && continue
    left+=("$pid $(cat "$p/comm" 2>/dev/null)")
  done
  if ((${#left[@]})); then
    echo "processes this run started are still alive:"
    printf '  %s\n' "${left[@]}"
    return 1
  fi
  echo "no process this run started is still alive"
}

stage setup setup "" scripts/setup.sh
stage fmt format "setup" cargo fmt --all --check
stage svelte svelte-check "setup" bash -c 'cd ui && npm run --silent check'
stage ui "UI build" "setup" scripts/build.sh --ui
stage_alongside release "release build" "ui" scripts/build.sh --no-ui
stage build "clippy and test build" "ui" scripts/build.sh --test-hooks --no-ui
stage unit "unit and data tests" "build" \
  test_cargo test --workspace --locked --features "$TEST_FEATURES"
stage kill9 "record, kill -9 x50" "build" \
  test_cargo test --workspace --locked --features "$TEST_FEATURES" --test record_kill9 -- --ignored
stage e2e-hooks "e2e, test-hooks build" "build" scripts/e2e.sh --no-build --test e2e
joined release
stage e2e-shipped "e2e, shipped binary" "build release" \
  scripts/e2e.sh --no-build --keep-screenshots --test hooks
# The helpline data's totals (lines, confirmed, unknown hours, oldest source): printed for the
# reader, from the same files the data tests checked (scripts/helplines-report for per place).
stage helplines "helpline data totals" "unit" scripts/helplines-report --totals
quiet_stage leftovers "processes left" "" leftovers

skipped=$((ignored - e2e_ran))
((skipped >= 0)) || skipped=0
mmss() { [ -z "$1" ] && echo - || printf '%d:%02d%s' $((${1%\*} / 60)) $((${1%\*} % 60)) "${1//[0-9]/}"; }
printf '\n%-24s %7s %7s  %s\n' stage wall cpu result
for id in "${ids[@]}"; do
  printf '%-24s %7s %7s  %s\n' "${label[$id]}" "$(mmss "${wall[$id]:-}")" "$(mmss "${cpu[$id]:-}")" \
    "${status[$id]}${counts[$id]:-}"
done
echo "(* ran alongside other stages: its wall time overlaps theirs)"
echo
summary="$passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
echo "$summary"
for id in "${ids[@]}"; do
  [ "${status[$id]}" = ok ] || exit 1
done
