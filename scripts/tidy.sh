#!/usr/bin/env bash
# clang-tidy 14 (.clang-tidy) on every tracked C++ source, using the dev build's compile database.
# Usage: scripts/tidy.sh [BUILD_DIR] — run by ctest (checks.tidy) after the dev build.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/dev}
[ -f "$BUILD/compile_commands.json" ] || { echo "tidy: no $BUILD/compile_commands.json"; exit 1; }
mapfile -t files < <(git ls-files 'server/src/*.cpp' 'bench/*.cpp' 2>/dev/null || \
                     find server/src bench -name '*.cpp')
# The compile database has g++-only warning flags; clang must not stop on them.
out=$(run-clang-tidy -quiet -p "$BUILD" -j "${TIDY_JOBS:-2}" \
        -extra-arg=-Wno-unknown-warning-option "${files[@]/#/$PWD/}" 2>&1) || {
  echo "$out" | grep -E "warning:|error:" -A3 | head -200
  echo "tidy: clang-tidy found problems (see above)"
  exit 1
}
echo "tidy: ${#files[@]} files clean"
