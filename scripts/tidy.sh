#!/usr/bin/env bash
# clang-tidy 16 (.clang-tidy) on the tracked C++ sources, using the dev build's compile database.
# Usage: scripts/tidy.sh [BUILD_DIR] [--changed | --cached]
#   every source of server/src and bench (`make tidy`); with --changed only the sources that
#   differ from the merge base with main (committed or not) and the sources next to changed
#   headers; with --cached (`make test`) only the sources whose content key is not yet recorded
#   in .tidy-clean (scripts/tidy_cache.py), plus those the last commit touched.
# Every source found clean has its key recorded in .tidy-clean: commit it with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=build/dev
CHANGED=0
CACHED=0
for arg in "$@"; do
  case $arg in
    --changed) CHANGED=1 ;;
    --cached) CACHED=1 ;;
    *) BUILD=$arg ;;
  esac
done
[ -f "$BUILD/compile_commands.json" ] || { echo "tidy: no $BUILD/compile_commands.json"; exit 1; }
if ((CHANGED)); then
  base=$(git merge-base HEAD "${TIDY_BASE:-main}" 2>/dev/null || git rev-parse HEAD)
  mapfile -t touched < <({ git diff --name-only "$base" -- 'server/src/*' 'bench/*'
                           git ls-files --others --exclude-standard -- 'server/src' 'bench'; } | sort -u)
  files=()
  for f in "${touched[@]+"${touched[@]}"}"; do
    case $f in
      *.cpp) [ -f "$f" ] && files+=("$f") ;;
      *.hpp) for c in "${f%.hpp}.cpp" "${f%.hpp}_test.cpp"; do [ -f "$c" ] && files+=("$c"); done ;;
    esac
  done
  mapfile -t files < <(printf '%s\n' "${files[@]+"${files[@]}"}" | sed '/^$/d' | sort -u)
  if ((${#files[@]} == 0)); then echo "tidy: no changed C++ sources since $base"; exit 0; fi
else
  mapfile -t files < <(git ls-files 'server/src/*.cpp' 'bench/*.cpp' 2>/dev/null || \
                       find server/src bench -name '*.cpp')
fi
if ((CACHED)); then
  # The last commit's sources are checked even when recorded: the record is a claim made on
  # another machine, and this keeps every CI run re-checking some of it.
  mapfile -t recent < <(git diff --name-only HEAD~1 HEAD -- 'server/src/*.cpp' 'bench/*.cpp' \
                          2>/dev/null | head -n "${TIDY_RECENT:-12}")
  mapfile -t files < <({ python3 scripts/tidy_cache.py "$BUILD" stale "${files[@]}"
                         for f in "${recent[@]+"${recent[@]}"}"; do [ -f "$f" ] && echo "$f"; done
                       } | sort -u)
  if ((${#files[@]} == 0)); then echo "tidy: every source is recorded clean in .tidy-clean"; exit 0; fi
  echo "tidy: checking ${#files[@]} sources (not recorded clean in .tidy-clean, or in the last commit)"
fi
command -v run-clang-tidy-16 >/dev/null || { echo "tidy: needs clang-tidy-16 (make setup)"; exit 1; }
# The compile database is g++'s: clang must not stop on its warning flags, and calls C++23
# c++2b. libstdc++ 12 offers std::expected only when __cpp_concepts >= 202002L, which clang 16
# supports (P0848) without announcing it; clang-tidy 14 cannot parse <expected> at all.
status=0
out=$(run-clang-tidy-16 -quiet -p "$BUILD" -j "${TIDY_JOBS:-2}" \
        -extra-arg=-Wno-unknown-warning-option -extra-arg=-std=c++2b \
        -extra-arg=-Wno-builtin-macro-redefined -extra-arg=-U__cpp_concepts \
        -extra-arg=-D__cpp_concepts=202002L "${files[@]/#/$PWD/}" 2>&1) || status=1
# run-clang-tidy prints each file's command line and then that file's findings: the files
# without any are recorded clean, so a later --cached run skips them.
mapfile -t dirty < <(echo "$out" | awk -v root="$PWD/" '
  /^clang-tidy-16 / { file = $NF; sub(root, "", file); next }
  /(warning|error):/ && file != "" { print file }' | sort -u)
mapfile -t clean < <(comm -23 <(printf '%s\n' "${files[@]}" | sort -u) \
                              <(printf '%s\n' "${dirty[@]+"${dirty[@]}"}" | sed '/^$/d'))
if ((${#clean[@]})); then python3 scripts/tidy_cache.py "$BUILD" record "${clean[@]}"; fi
if ((status)) || ((${#dirty[@]})); then
  echo "$out" | grep -E "warning:|error:" -A3 | head -200
  echo "tidy: clang-tidy found problems in ${#dirty[@]} of ${#files[@]} files (see above)"
  exit 1
fi
echo "tidy: ${#files[@]} files clean"
