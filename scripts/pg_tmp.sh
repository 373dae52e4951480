#!/usr/bin/env bash
# A throwaway PostgreSQL for tests, in a temp dir, on 127.0.0.1 only.
#   eval "$(scripts/pg_tmp.sh start [port])"   exports PGTMP_DIR and KEFU_TEST_PG
#   scripts/pg_tmp.sh stop "$PGTMP_DIR"
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
RUN=()
[ "$(id -u)" = 0 ] && RUN=(runuser -u postgres --)
case "${1:-}" in
start)
  PORT=${2:-55432}
  DIR=$(mktemp -d /tmp/kefu-pg.XXXXXX)
  chmod 755 "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  "${RUN[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$DIR/initdb.log" 2>&1
  # fsync off: the data is thrown away; max_connections covers parallel tests' pools.
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c timezone=UTC" \
    start >/dev/null
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
