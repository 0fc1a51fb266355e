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
  if ! { build/app/docketctl --database "$DEMO_DB" db init &&
         build/app/docketctl --database "$DEMO_DB" seed --orders 200000 --seed 42 --fulfilment 5000 &&
         build/app/docketctl --database "$DEMO_DB" stock seed --products 2000 --seed 42; }; then
    rm -f -- "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm" "$DEMO_DB-journal"
    echo "demo.sh: seeding failed; removed the partial $DEMO_DB" >&2
    exit 1
  fi
fi

# One account per built-in role, so each can be tried at the sign-in dialog
# (the clerk sees only the web shop's orders). Only on a database without users.
ctl() { env DOCKET_USER=admin DOCKET_PASSWORD=docket-demo build/app/docketctl --lang en --database "$DEMO_DB" "$@"; }
users=$(ctl user list 2>&1 || true)
if [[ "$users" == *"has no users yet"* ]]; then
  demo_user() { DOCKET_NEW_PASSWORD=docket-demo ctl user add "$@" >/dev/null; }
  demo_user admin --admin
  demo_user clerk --role clerk --scope channels:web --display-name "Clara Clerk"
  demo_user supervisor --role supervisor --display-name "Sam Supervisor"
  demo_user manager --role manager --display-name "Mia Manager"
fi
if ctl user list >/dev/null 2>&1; then
  echo "demo.sh: sign in as admin, clerk, supervisor or manager; the password is docket-demo"
fi

exec build/app/docket --database "$DEMO_DB" "$@"
