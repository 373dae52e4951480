#!/usr/bin/env bash
# Runs every test: C++ unit/db/api tests (SQLite, then PostgreSQL), format and layering checks.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd build/dev && ctest --output-on-failure -j2)
