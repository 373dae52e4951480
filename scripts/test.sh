#!/usr/bin/env bash
# Runs every test of kefu (called by `make test`, after the dev build and the web build):
#   C++ unit, db (SQLite and a throwaway PostgreSQL), api, multi-node, format and layering checks
#   through ctest; web unit tests and the OpenAPI lint; the browser test against a real server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
KEFU=$ROOT/build/dev/server/kefu
LOGS=$ROOT/build/test-logs
mkdir -p "$LOGS"

PG_PORT=${KEFU_TEST_PG_PORT:-55432}
eval "$(bash scripts/pg_tmp.sh start "$PG_PORT")"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  bash scripts/pg_tmp.sh stop "$PGTMP_DIR"
}
trap cleanup EXIT
export KEFU_TEST_PG

echo "== C++ tests (ctest: unit, db and api on SQLite and PostgreSQL, checks)"
set +e
(cd build/dev && ctest --output-on-failure -j2 --timeout 600) | tee "$LOGS/ctest.log"
ctest_rc=${PIPESTATUS[0]}
set -e
ctest_total=$(grep -oE 'tests failed out of [0-9]+' "$LOGS/ctest.log" | grep -oE '[0-9]+$' || echo 0)
ctest_failed=$(grep -oE '[0-9]+ tests failed out of' "$LOGS/ctest.log" | grep -oE '^[0-9]+' || echo 0)
echo "ctest per engine: SQLite $(grep -cE 'Test +#[0-9]+: sqlite\.' "$LOGS/ctest.log" || true) db+api tests," \
     "PostgreSQL $(grep -cE 'Test +#[0-9]+: postgresql\.' "$LOGS/ctest.log" || true) db+api tests"

web_passed=0
web_failed=0
if [ -f web/package.json ]; then
  echo "== Web lint (ESLint, Prettier), OpenAPI lint (redocly) and unit tests (vitest)"
  (cd web && npm run --silent lint:api && npm run --silent lint)
  set +e
  (cd web && npm test 2>&1) | tee "$LOGS/vitest.log"
  vitest_rc=${PIPESTATUS[0]}
  set -e
  web_passed=$(grep -oE '^[0-9]+ passed, [0-9]+ failed' "$LOGS/vitest.log" | tail -1 | grep -oE '^[0-9]+' || echo 0)
  [ "$vitest_rc" = 0 ] || web_failed=$((web_failed + 1))

  echo "== Browser test (playwright-core + Debian chromium) against a real kefu server"
  E2E_DIR=$(mktemp -d /tmp/kefu-e2e.XXXXXX)
  "$KEFU" migrate --db "$E2E_DIR/kefu.db" >/dev/null
  "$KEFU" demo --db "$E2E_DIR/kefu.db" --fast-hashes >/dev/null
  E2E_PORT=${KEFU_E2E_PORT:-18080}
  "$KEFU" serve --db "$E2E_DIR/kefu.db" --port "$E2E_PORT" --www web/dist \
    --data-dir "$E2E_DIR" >"$LOGS/e2e-server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 50); do
    curl -sf "http://127.0.0.1:$E2E_PORT/api/v1/health" >/dev/null && break
    sleep 0.2
  done
  set +e
  (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
    node e2e/smoke.mjs 2>&1) | tee "$LOGS/e2e.log"
  e2e_rc=${PIPESTATUS[0]}
  set -e
  kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  rm -rf "$E2E_DIR"
  e2e_passed=$(grep -oE '^[0-9]+ passed' "$LOGS/e2e.log" | tail -1 | grep -oE '^[0-9]+' || echo 0)
  web_passed=$((web_passed + e2e_passed))
  [ "$e2e_rc" = 0 ] || web_failed=$((web_failed + 1))
fi

passed=$((ctest_total - ctest_failed + web_passed))
failed=$((ctest_failed + web_failed))
echo "kefu: $passed passed, $failed failed"
[ "$ctest_rc" = 0 ] && [ "$failed" = 0 ]
