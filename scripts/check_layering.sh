#!/usr/bin/env bash
# The core of every capability stays pure: no SQL, HTTP or JSON headers outside the adapters
# (*/sql/, */http/, */io/, */cli/, */osrm/ (an HTTP client, ADR 0015), db/, http/, app/, demo/, tests
# and main.cpp).
set -euo pipefail
cd "$(dirname "$0")/.."
violations=$(grep -rnE '#include\s*[<"](soci/|httplib\.h|nlohmann/)' server/src \
  --include='*.hpp' --include='*.cpp' |
  grep -vE '^server/src/(db|http|app|demo)/' |
  grep -vE '^server/src/[a-z_]+/(sql|http|io|cli|osrm)/' |
  grep -vE '^server/src/main\.cpp:' |
  grep -vE '_(test|dbtest)\.cpp:' || true)
if [ -n "$violations" ]; then
  echo "core files must not include SQL, HTTP or JSON headers:"
  echo "$violations"
  exit 1
fi
echo "layering: core files include no SQL, HTTP or JSON headers"
