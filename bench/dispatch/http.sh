#!/usr/bin/env bash
# Issue 11's target through the real server: the generated Jinan-like day of run.sh (200 jobs,
# 30 crews) loaded through the API into kefu on 127.0.0.1 with a fresh SQLite database, then
# POST /api/v1/dispatch/proposals timed as the web client sends it (server's default time limit),
# beside the planner alone on the same day; then the plan check, the accept and the day's schedule.
# Usage: bench/dispatch/http.sh [--seed 1] [--runs 5] [--date 2026-12-01]   (BUILD_DIR=build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${BUILD_DIR:-build/release}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then cmake --preset release >/dev/null; fi
# A tree configured before this benchmark existed has not got its target yet.
grep -q kefu_dispatch_http_bench "$BUILD_DIR/build.ninja" || cmake "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target kefu_dispatch_http_bench >/dev/null
echo "machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Errors and the server's warnings go to a file, shown only when the benchmark fails.
LOG=$(mktemp /tmp/kefu-dispatch-http.XXXXXX)
trap 'rm -f "$LOG"' EXIT
if ! "$BUILD_DIR/bench/dispatch/kefu_dispatch_http_bench" "$@" 2>"$LOG"; then
    cat "$LOG" >&2
    exit 1
fi
