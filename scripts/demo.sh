#!/usr/bin/env bash
# Install what is needed, build, and open Docket on a SQLite database with demo
# data (created once, at ${XDG_DATA_HOME:-~/.local/share}/Docket/demo.db).
# Extra arguments are passed to docket.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh

DEMO_DB="${XDG_DATA_HOME:-$HOME/.local/share}/Docket/demo.db"
if [[ ! -e "$DEMO_DB" ]]; then
  mkdir -p "$(dirname "$DEMO_DB")"
  echo "demo.sh: seeding $DEMO_DB with 200000 demo orders (once)"
  if ! build/app/docketctl --database "$DEMO_DB" seed --orders 200000 --seed 42; then
    rm -f -- "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm" "$DEMO_DB-journal"
    echo "demo.sh: seeding failed; removed the partial $DEMO_DB" >&2
    exit 1
  fi
fi

exec build/app/docket --database "$DEMO_DB" "$@"
