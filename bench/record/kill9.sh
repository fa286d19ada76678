#!/usr/bin/env bash
# kill -9 durability of "My record": starts a writer, kills it with SIGKILL at a random moment,
# reopens the record and checks every entry the writer said was saved. Prints
# `record-kill9: cycles N lost L`.
#
#   bench/record/kill9.sh            50 cycles, fails if anything is lost (test.sh runs this)
#   bench/record/kill9.sh 1000 --bench   1,000 cycles, reports the count without failing
set -euo pipefail
cd "$(dirname "$0")/../.."
cycles="${1:-50}"
bench=0
[[ "${2:-}" == "--bench" ]] && bench=1
cargo build --release --locked -q -p refuge-core --features test-support --example record_writer
RECORD_KILL9_CYCLES="$cycles" RECORD_KILL9_BENCH="$bench" \
    cargo test --release --locked -q -p refuge-core --test record_kill9 -- --ignored --nocapture
