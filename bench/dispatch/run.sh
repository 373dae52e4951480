#!/usr/bin/env bash
# Issue 11: the planning assistant on a generated Jinan-like day (200 jobs, 30 crews) with the
# product's time limit and with a long one, then a week of such days planned one after another.
# Usage: bench/dispatch/run.sh [--seed 1] [--long-seconds 60] [--days 5] [--threads 2]
#        bench/dispatch/run.sh --planner-seeds 16 --long-runs 4   (the gap as means over seeds)
#        bench/dispatch/run.sh --planner-seeds 8 --iterations 160000  (load-independent means)
# (BUILD_DIR=build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${BUILD_DIR:-build/release}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then cmake --preset release >/dev/null; fi
# A tree configured before this benchmark existed has not got its target yet.
grep -q kefu_dispatch_bench "$BUILD_DIR/build.ninja" || cmake "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target kefu_dispatch_bench >/dev/null
echo "machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
"$BUILD_DIR/bench/dispatch/kefu_dispatch_bench" "$@"
