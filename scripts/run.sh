#!/usr/bin/env bash
# `make run`: create or upgrade the database, load the demo department (once), print the demo
# logins and serve the web UI. Usage: run.sh KEFU_BINARY DB_PATH PORT
set -euo pipefail
cd "$(dirname "$0")/.."
KEFU=${1:?kefu binary}
DB=${2:-data/kefu.db}
PORT=${3:-8080}
mkdir -p "$(dirname "$DB")"
"$KEFU" migrate --db "$DB"
"$KEFU" demo --db "$DB"
echo
echo "kefu: open http://127.0.0.1:$PORT (Ctrl-C stops the server)"
exec "$KEFU" serve --db "$DB" --port "$PORT" --www web/dist --data-dir "$(dirname "$DB")"
