#!/usr/bin/env bash
# `make bench`: builds the benchmark driver in the release tree and runs the VRPTW benchmark.
# Usage: bench/vrptw/run.sh [KEFU_BINARY]
#   SETS="solomon homberger_200"  instance sets to run (default: solomon)
#   TIME_LIMIT=1.65               seconds per instance
#   OBJECTIVE=distance            distance|vehicles
#   SEED=1  THREADS=1  FILTER=    (FILTER: only instances whose name starts with it)
set -euo pipefail
cd "$(dirname "$0")/../.."
KEFU="${1:-build/release/server/kefu}"
BUILD_DIR="${BUILD_DIR:-build/release}"
DATA="${DATA:-$(cd .. && pwd)/shared/bench/vrptw}"
SETS="${SETS:-solomon}"
TIME_LIMIT="${TIME_LIMIT:-1.65}"
OBJECTIVE="${OBJECTIVE:-distance}"
SEED="${SEED:-1}"
THREADS="${THREADS:-1}"
FILTER="${FILTER:-}"

if [ ! -d "$DATA/solomon" ]; then
    echo "bench: benchmark data not found at $DATA (expected ../shared/bench/vrptw)" >&2
    exit 1
fi
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target kefu_vrptw_bench >/dev/null
BENCH="$BUILD_DIR/bench/vrptw/kefu_vrptw_bench"

echo "machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"
# The CLI is what users run: show that it solves and self-checks a file before the figures.
if [ ! -x "$KEFU" ]; then
    echo "kefu plan smoke test: skipped, no binary at $KEFU"
elif "$KEFU" plan "$DATA/solomon/C101.txt" --time-limit 0.2 >/dev/null; then
    echo "kefu plan smoke test: ok ($KEFU)"
else
    echo "kefu plan smoke test: FAILED ($KEFU)" >&2
    exit 1
fi
status=0
for set in $SETS; do
    echo
    echo "== $set, objective $OBJECTIVE, $TIME_LIMIT s per instance, $THREADS thread(s) =="
    "$BENCH" "$DATA/$set" --data "$DATA" --time-limit "$TIME_LIMIT" --objective "$OBJECTIVE" \
        --seed "$SEED" --threads "$THREADS" ${FILTER:+--filter "$FILTER"} || status=1
done
exit $status
