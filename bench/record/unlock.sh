#!/usr/bin/env bash
# "My record" benchmark: the Argon2id parameters calibration picks on this machine (memory,
# passes, lanes), the unlock time they give (goal: under 1 s), and the latency of adding an
# entry, listing and making the reports. Release build, as shipped (argon2 and blake2 at
# opt-level 3). Measure on a quiet machine: calibration fits the work to the time it sees.
#
#   bench/record/unlock.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
uptime
cargo run --release --locked -q -p refuge-core --example bench_record
