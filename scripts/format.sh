#!/usr/bin/env bash
# clang-format 14 (pinned: other versions format differently). `format.sh check` or `format.sh fix`.
set -euo pipefail
cd "$(dirname "$0")/.."
CF=$(command -v clang-format-14 || true)
if [ -z "$CF" ] || ! "$CF" --version | grep -q "version 14"; then
  echo "format.sh needs clang-format 14 (apt-get install clang-format-14)" >&2
  exit 2
fi
mapfile -t files < <(git ls-files 'server/*.cpp' 'server/*.hpp' 'bench/*.cpp' 'bench/*.hpp')
if [ "${1:-check}" = fix ]; then
  "$CF" -i "${files[@]}"
else
  "$CF" --dry-run --Werror "${files[@]}"
  echo "format: ${#files[@]} files clean"
fi
