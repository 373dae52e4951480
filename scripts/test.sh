#!/usr/bin/env bash
# Runs every test of kefu (called by `make test`, after the dev build and the web build):
#   C++ unit, db (SQLite and a throwaway PostgreSQL), api, multi-node, format and layering checks
#   through ctest; clang-tidy on the sources not recorded clean (.tidy-clean); web unit tests,
#   lint and the OpenAPI lint; the browser test against a real server.
# The closing line `kefu: N passed, N failed` counts tests, not stages: every ctest test, every
# vitest test, the OpenAPI lint (one check) and every browser check. A runner that fails without
# printing its own count (it crashed, or did not start) counts as one failed test.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
KEFU=$ROOT/build/dev/server/kefu
LOGS=$ROOT/build/test-logs
mkdir -p "$LOGS"

passed=0
failed=0
# count RUNNER RC PASSED FAILED: adds a runner's counts; a failure without a count is one failure.
count() {
  local runner=$1 rc=$2 ok=$3 bad=$4
  if [ "$rc" != 0 ] && [ "$bad" = 0 ]; then
    echo "kefu: $runner failed (exit $rc) without reporting a failed test; counted as 1 failure"
    bad=1
  fi
  echo "kefu: $runner: $ok passed, $bad failed"
  passed=$((passed + ok))
  failed=$((failed + bad))
}

PG_PORT=${KEFU_TEST_PG_PORT:-55432}
if ! pg_env=$(bash scripts/pg_tmp.sh start "$PG_PORT"); then
  echo "kefu: stopped before any test: the throwaway PostgreSQL did not start (see above);" \
    "the PostgreSQL half of the suite cannot run. Free port $PG_PORT or set KEFU_TEST_PG_PORT." >&2
  exit 1
fi
eval "$pg_env"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  bash scripts/pg_tmp.sh stop "$PGTMP_DIR"
}
trap cleanup EXIT
export KEFU_TEST_PG

echo "== C++ tests (ctest: unit, db and api on SQLite and PostgreSQL, checks)"
set +e
(cd build/dev && ctest --output-on-failure --no-tests=error -j2 --timeout 600) | tee "$LOGS/ctest.log"
ctest_rc=${PIPESTATUS[0]}
set -e
# "100% tests passed, 0 tests failed out of 412"
ctest_total=$(grep -oE 'tests failed out of [0-9]+' "$LOGS/ctest.log" | tail -1 | grep -oE '[0-9]+$' || echo 0)
ctest_failed=$(grep -oE '[0-9]+ tests failed out of' "$LOGS/ctest.log" | tail -1 | grep -oE '^[0-9]+' || echo 0)
echo "ctest per engine: SQLite $(grep -cE 'Test +#[0-9]+: sqlite\.' "$LOGS/ctest.log" || true) db+api tests," \
     "PostgreSQL $(grep -cE 'Test +#[0-9]+: postgresql\.' "$LOGS/ctest.log" || true) db+api tests"
count ctest "$ctest_rc" $((ctest_total - ctest_failed)) "$ctest_failed"

# The last "N passed, N failed" line of a log, as "N N" ("0 0" when there is none).
summary_of() {
  local line
  line=$(grep -oE '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 || true)
  if [ -z "$line" ]; then echo "0 0"; return; fi
  echo "$line" | sed -E 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/'
}

echo "== clang-tidy (.clang-tidy) on the sources not recorded clean in .tidy-clean"
set +e
bash scripts/tidy.sh build/dev --cached 2>&1 | tee "$LOGS/tidy.log"
tidy_rc=${PIPESTATUS[0]}
set -e
if [ "$tidy_rc" = 0 ]; then count "clang-tidy" 0 1 0; else count "clang-tidy" "$tidy_rc" 0 1; fi

if [ -f web/package.json ]; then
  echo "== OpenAPI lint (redocly)"
  set +e
  (cd web && npm run --silent lint:api 2>&1) | tee "$LOGS/lint-api.log"
  lint_rc=${PIPESTATUS[0]}
  set -e
  if [ "$lint_rc" = 0 ]; then count "OpenAPI lint" 0 1 0; else count "OpenAPI lint" "$lint_rc" 0 1; fi

  echo "== Web lint (ESLint, Prettier)"
  set +e
  (cd web && npm run --silent lint 2>&1) | tee "$LOGS/lint-web.log"
  lint_rc=${PIPESTATUS[0]}
  set -e
  if [ "$lint_rc" = 0 ]; then count "web lint" 0 1 0; else count "web lint" "$lint_rc" 0 1; fi

  echo "== Web unit tests (vitest)"
  set +e
  (cd web && npm test 2>&1) | tee "$LOGS/vitest.log"
  vitest_rc=${PIPESTATUS[0]}
  set -e
  read -r vitest_passed vitest_failed < <(summary_of "$LOGS/vitest.log")
  count vitest "$vitest_rc" "$vitest_passed" "$vitest_failed"

  echo "== Browser test (playwright-core + Debian chromium) against a real kefu server"
  E2E_DIR=$(mktemp -d /tmp/kefu-e2e.XXXXXX)
  if "$KEFU" migrate --db "$E2E_DIR/kefu.db" >/dev/null &&
    "$KEFU" demo --db "$E2E_DIR/kefu.db" --fast-hashes >/dev/null; then
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
    # The jobs scenario (issue 9) on the same server: sales → head → clash → leadership → crew.
    (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
      node e2e/jobs.mjs 2>&1) | tee "$LOGS/e2e-jobs.log"
    jobs_rc=${PIPESTATUS[0]}
    # The fleet scenario (issue 12): a driver logs a trip on a phone screen; the head sees the flags.
    (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
      node e2e/fleet.mjs 2>&1) | tee "$LOGS/e2e-fleet.log"
    fleet_rc=${PIPESTATUS[0]}
    # The travel claims scenario (issue 12) on the same server: technician → head → finance.
    (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
      node e2e/expenses.mjs 2>&1) | tee "$LOGS/e2e-expenses.log"
    expenses_rc=${PIPESTATUS[0]}
    # The planning assistant (issue 11): the head forms crews for tomorrow and reads a proposal.
    (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
      node e2e/dispatch.mjs 2>&1) | tee "$LOGS/e2e-dispatch.log"
    dispatch_rc=${PIPESTATUS[0]}
    # The crew's phone offline (issue 10): steps recorded without a network, a reload offline, a
    # lost answer resent, one record per step on the server.
    (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
      node e2e/field.mjs 2>&1) | tee "$LOGS/e2e-field.log"
    field_rc=${PIPESTATUS[0]}
    # Quality returns (R-FLD-9): the keeper's check with a photo on a phone, the head's charge,
    # finance's list.
    (cd web && BASE_URL="http://127.0.0.1:$E2E_PORT" SCREENSHOT_DIR="$ROOT/build/e2e" \
      node e2e/returns.mjs 2>&1) | tee "$LOGS/e2e-returns.log"
    returns_rc=${PIPESTATUS[0]}
    set -e
    kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e.log")
    count "browser test" "$e2e_rc" "$e2e_passed" "$e2e_failed"
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e-jobs.log")
    count "jobs browser test" "$jobs_rc" "$e2e_passed" "$e2e_failed"
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e-fleet.log")
    count "fleet browser test" "$fleet_rc" "$e2e_passed" "$e2e_failed"
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e-expenses.log")
    count "expenses browser test" "$expenses_rc" "$e2e_passed" "$e2e_failed"
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e-dispatch.log")
    count "dispatch browser test" "$dispatch_rc" "$e2e_passed" "$e2e_failed"
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e-field.log")
    count "field browser test" "$field_rc" "$e2e_passed" "$e2e_failed"
    read -r e2e_passed e2e_failed < <(summary_of "$LOGS/e2e-returns.log")
    count "returns browser test" "$returns_rc" "$e2e_passed" "$e2e_failed"
  else
    echo "kefu: could not prepare the browser test's database (kefu migrate / kefu demo)"
    count "browser test" 1 0 0
  fi
  rm -rf "$E2E_DIR"
fi

echo "kefu: $passed passed, $failed failed"
[ "$ctest_rc" = 0 ] && [ "$failed" = 0 ]
