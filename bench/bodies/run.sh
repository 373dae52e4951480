#!/usr/bin/env bash
# ADR 0011: valijson against the contract vs http::JsonReader on a job-create body, per request.
# Usage: bench/bodies/run.sh   (REQUESTS=20000 RUNS=5 BUILD_DIR=build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR="${BUILD_DIR:-build/release}"
[ -f /usr/include/valijson/validator.hpp ] || { echo "bench-bodies: run make setup (libvalijson-dev)"; exit 1; }
if [ ! -f "$BUILD_DIR/build.ninja" ]; then cmake --preset release >/dev/null; fi
# A tree configured before valijson was installed has not looked for it yet.
grep -q kefu_bodies_bench "$BUILD_DIR/build.ninja" || cmake "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target kefu_bodies_bench >/dev/null
WORK=$(mktemp -d /tmp/kefu-bodies-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
web/node_modules/.bin/redocly bundle docs/api/openapi.yaml --ext json -o "$WORK/openapi.json" \
    >/dev/null 2>&1
"$BUILD_DIR/bench/bodies/kefu_bodies_bench" --contract "$WORK/openapi.json" \
    --requests "${REQUESTS:-20000}" --runs "${RUNS:-5}"
