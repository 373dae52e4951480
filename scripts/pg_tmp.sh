#!/usr/bin/env bash
# A throwaway PostgreSQL for tests, in a temp dir, on 127.0.0.1 only.
#   env=$(scripts/pg_tmp.sh start [port]) && eval "$env"   exports PGTMP_DIR and KEFU_TEST_PG
#   scripts/pg_tmp.sh stop "$PGTMP_DIR"
# A failed start says why on stderr (the tail of initdb's or the server's log), removes its
# directory and exits non-zero with nothing on stdout. Do not write `eval "$(pg_tmp.sh start)"`:
# that eval succeeds on empty output and hides the failure.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
RUN=()
[ "$(id -u)" = 0 ] && RUN=(runuser -u postgres --)

fail_start() {  # fail_start DIR LOG WHAT
  {
    echo "pg_tmp.sh: the throwaway PostgreSQL did not start: $3"
    if [ -f "$2" ]; then
      echo "---- last lines of $2 ----"
      tail -n 15 "$2"
      echo "----"
    fi
  } >&2
  [ -d "$1/data" ] && "${RUN[@]}" "$PGBIN/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$1"
  exit 1
}

case "${1:-}" in
start)
  PORT=${2:-55432}
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "pg_tmp.sh: the throwaway PostgreSQL did not start: no PostgreSQL server binaries in" \
      "/usr/lib/postgresql/*/bin (run make setup)" >&2
    exit 1
  fi
  DIR=$(mktemp -d /tmp/kefu-pg.XXXXXX)
  chmod 755 "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  "${RUN[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$DIR/initdb.log" 2>&1 ||
    fail_start "$DIR" "$DIR/initdb.log" "initdb failed"
  # fsync off: the data is thrown away; max_connections covers parallel tests' pools.
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c timezone=UTC" \
    start >/dev/null 2>&1 ||
    fail_start "$DIR" "$DIR/server.log" "the server did not come up on 127.0.0.1:$PORT (port in use?)"
  echo "export PGTMP_DIR=$DIR KEFU_TEST_PG=postgresql://postgres@127.0.0.1:$PORT/postgres"
  ;;
stop)
  DIR=${2:?usage: pg_tmp.sh stop DIR}
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
  ;;
*)
  echo "usage: pg_tmp.sh start [port] | stop DIR" >&2
  exit 2
  ;;
esac
