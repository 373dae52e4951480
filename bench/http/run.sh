#!/usr/bin/env bash
# HTTP transport comparison (ADR 0009): for each candidate transport behind the same hello-world
# answer, then for `kefu serve` itself (GET /api/v1/health, which reads the database):
#   1. throughput: 50 keep-alive connections as fast as they are answered;
#   2. slow clients: SLOW connections each sending one header byte every 3 s (re-opened when the
#      server closes them) while probes (20/s, each on a new connection) measure what a normal
#      user sees before, under and after the attack;
#   3. idle clients: IDLE keep-alive connections, each re-opened as soon as the server closes it.
# Usage: bench/http/run.sh [transport ...]   (default: httplib httplib-deadline httplib-1024 event kefu)
#   SLOW=500 IDLE=500 ATTACK=20 LOAD_SECONDS=10 BUILD_DIR=build/release PORT=18090
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${BUILD_DIR:-build/release}"
SLOW="${SLOW:-500}"
IDLE="${IDLE:-500}"
ATTACK="${ATTACK:-20}"
LOAD_SECONDS="${LOAD_SECONDS:-10}"  # not SECONDS: bash counts the script's age in it
PORT="${PORT:-18090}"
TRANSPORTS=("$@")
[ ${#TRANSPORTS[@]} -gt 0 ] || TRANSPORTS=(httplib httplib-deadline httplib-1024 event kefu)

if [ ! -f "$BUILD_DIR/build.ninja" ]; then cmake --preset release >/dev/null; fi
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target kefu kefu_http_hello kefu_http_load >/dev/null
LOAD="$BUILD_DIR/bench/http/kefu_http_load"
HELLO="$BUILD_DIR/bench/http/kefu_http_hello"
KEFU="$BUILD_DIR/server/kefu"

WORK=$(mktemp -d /tmp/kefu-http-bench.XXXXXX)
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

wait_ready() {
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "http://127.0.0.1:$PORT$1" && return 0
        sleep 0.1
    done
    echo "bench: the server did not answer on port $PORT" >&2
    return 1
}

stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    # A server stuck behind slow clients may need the keep-alive timeout to let go.
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

echo "machine: $(nproc) cores, $(uname -srm), load average $(cut -d' ' -f1-3 /proc/loadavg)," \
     "$(date -u +%Y-%m-%dT%H:%MZ)"
for transport in "${TRANSPORTS[@]}"; do
    path=/hello
    case "$transport" in
        httplib) "$HELLO" --transport httplib --port "$PORT" >"$WORK/server.log" 2>&1 & ;;
        httplib-deadline)
            "$HELLO" --transport httplib-deadline --threads 64 --cap 64 --port "$PORT" \
                >"$WORK/server.log" 2>&1 & ;;
        httplib-1024)
            "$HELLO" --transport httplib-deadline --threads 1024 --cap 1024 --port "$PORT" \
                >"$WORK/server.log" 2>&1 & ;;
        event) "$HELLO" --transport event --port "$PORT" >"$WORK/server.log" 2>&1 & ;;
        kefu)
            path=/api/v1/health
            "$KEFU" migrate --db "$WORK/kefu.db" >/dev/null
            "$KEFU" demo --db "$WORK/kefu.db" --fast-hashes >/dev/null
            "$KEFU" serve --db "$WORK/kefu.db" --port "$PORT" --www "$WORK/none" \
                --data-dir "$WORK" >"$WORK/server.log" 2>&1 & ;;
        *) echo "bench: unknown transport $transport" >&2; exit 2 ;;
    esac
    SERVER_PID=$!
    wait_ready "$path"
    echo
    echo "== $transport ($(head -1 "$WORK/server.log" | cut -c1-110))"
    "$LOAD" throughput --port "$PORT" --path "$path" --connections 50 --seconds "$LOAD_SECONDS"
    "$LOAD" slow --port "$PORT" --path "$path" --slow "$SLOW" --idle 0 --interval 3 \
        --baseline 5 --ramp 5 --attack "$ATTACK" --recovery 10
    "$LOAD" slow --port "$PORT" --path "$path" --slow 0 --idle "$IDLE" \
        --baseline 5 --ramp 5 --attack "$ATTACK" --recovery 10
    stop_server
done
