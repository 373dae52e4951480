#!/usr/bin/env bash
# Two kefu server processes on one PostgreSQL: a login on the first is accepted by the second
# (sessions live in the database, nodes keep no state). Needs KEFU_TEST_PG (an admin URL).
set -euo pipefail
KEFU=${1:?usage: test_multinode.sh path/to/kefu}
: "${KEFU_TEST_PG:?KEFU_TEST_PG is not set (scripts/pg_tmp.sh start)}"
DB=kefu_multinode_$$
ADMIN_CONN=${KEFU_TEST_PG#postgresql://}
HOSTPORT=${ADMIN_CONN#*@}; HOSTPORT=${HOSTPORT%%/*}
psql -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U postgres -qAt -c "CREATE DATABASE $DB" postgres
URL=${KEFU_TEST_PG%/*}/$DB
WORK=$(mktemp -d /tmp/kefu-multinode.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U postgres -qAt \
    -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$KEFU" migrate --db "$URL" >/dev/null
"$KEFU" user add --db "$URL" --username nodeuser --password 'node-pass-1' --name 节点 --role head >/dev/null
PORT_A=${KEFU_NODE_A_PORT:-18181}
PORT_B=${KEFU_NODE_B_PORT:-18182}
"$KEFU" serve --db "$URL" --port "$PORT_A" --data-dir "$WORK/a" --www "$WORK" >"$WORK/a.log" 2>&1 &
PIDS+=($!)
"$KEFU" serve --db "$URL" --port "$PORT_B" --data-dir "$WORK/b" --www "$WORK" >"$WORK/b.log" 2>&1 &
PIDS+=($!)
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
done

curl -sf -c "$WORK/cookies" -H 'Content-Type: application/json' \
  -d '{"username":"nodeuser","password":"node-pass-1"}' "http://127.0.0.1:$PORT_A/api/v1/auth/login" \
  >"$WORK/login.json"
csrf=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrfToken"])' "$WORK/login.json")
me=$(curl -s -o "$WORK/me.json" -w '%{http_code}' -b "$WORK/cookies" "http://127.0.0.1:$PORT_B/api/v1/auth/me")
[ "$me" = 200 ] || { echo "node B refused node A's session: HTTP $me"; cat "$WORK/me.json"; exit 1; }
grep -q '"username":"nodeuser"' "$WORK/me.json" || { echo "wrong user on node B"; exit 1; }
# A write on node B with the session and CSRF token from node A succeeds too.
code=$(curl -s -o "$WORK/staff.json" -w '%{http_code}' -b "$WORK/cookies" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' -d '{"name":"跨节点","phone":"13912345678","hireDate":"2026-01-05","experienceStart":"2026-01-05","grade":"intern"}' \
  "http://127.0.0.1:$PORT_B/api/v1/staff")
[ "$code" = 201 ] || { echo "write on node B failed: HTTP $code"; cat "$WORK/staff.json"; exit 1; }
# Logging out on node B ends the session on node A.
curl -sf -o /dev/null -b "$WORK/cookies" -H "X-CSRF-Token: $csrf" --data "" "http://127.0.0.1:$PORT_B/api/v1/auth/logout"
after=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/cookies" "http://127.0.0.1:$PORT_A/api/v1/auth/me")
[ "$after" = 401 ] || { echo "node A still accepts a session ended on node B: HTTP $after"; exit 1; }
echo "multinode: login on node A accepted by node B; logout on B honoured by A"
