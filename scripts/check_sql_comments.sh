#!/usr/bin/env bash
# The embedded queries (server/src/*/sql/queries) run through SOCI, whose PostgreSQL backend
# scans the whole text for ":name" parameters and quotes, comments included: a colon in a
# comment becomes a parameter PostgreSQL cannot type, an apostrophe hides the real parameters
# after it. SQLite does not mind, so only the PostgreSQL tests would fail, and only at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files 'server/src/*/sql/queries/*.sql' 'server/src/*/sql/queries/*/*.sql')
if bad=$(grep -nE "^[^']*--.*[:']" "${files[@]}"); then
  echo "$bad"
  echo "sql comments: no colon or apostrophe in a comment of an embedded query (SOCI reads them)"
  exit 1
fi
echo "sql comments: ${#files[@]} queries clean"
