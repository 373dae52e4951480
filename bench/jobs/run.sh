#!/usr/bin/env bash
# The jobs benchmark of issue 9: a million jobs on SQLite, then 8 clients for 60 s of the mix
# (list 50 %, detail 30 %, create 10 %, transition 10 %) against `kefu serve`, compared with the
# same server's /api/v1/health; then the server's peak RSS.
# Usage: bench/jobs/run.sh   (JOBS_COUNT=1000000 CLIENTS=8 SECONDS_MIX=60 PORT=18100 BUILD_DIR=build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${BUILD_DIR:-build/release}"
COUNT="${JOBS_COUNT:-1000000}"
CLIENTS="${CLIENTS:-8}"
SECONDS_MIX="${SECONDS_MIX:-60}"
PORT="${PORT:-18100}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then cmake --preset release >/dev/null; fi
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target kefu kefu_jobs_bench >/dev/null
KEFU="$BUILD_DIR/server/kefu"
WORK=$(mktemp -d /tmp/kefu-jobs-bench.XXXXXX)
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/kefu.db"

"$KEFU" migrate --db "$DB" >/dev/null
"$KEFU" demo --db "$DB" >/dev/null
start=$(date +%s)
sed "s/@COUNT@/$COUNT/" bench/jobs/generate.sql | sqlite3 "$DB" >/dev/null
echo "generated $COUNT jobs in $(( $(date +%s) - start )) s; $(sqlite3 "$DB" 'SELECT COUNT(*) FROM jobs') jobs in all"

"$KEFU" serve --db "$DB" --port "$PORT" --data-dir "$WORK" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/health" && break
    sleep 0.1
done
MAX_ID=$(sqlite3 "$DB" 'SELECT MAX(id) FROM jobs')
"$BUILD_DIR/bench/jobs/kefu_jobs_bench" --port "$PORT" --clients "$CLIENTS" \
    --seconds "$SECONDS_MIX" --max-id "$MAX_ID"
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$SERVER_PID/status)"
