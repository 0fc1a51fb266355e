#!/usr/bin/env bash
# A team database survives pg_dump and a restore into a FRESH cluster
# (docs/scaling.md, "Backup and recovery"): the steps the guide gives, run for
# real on loopback.
#
#   tests/pg_restore_test.sh DOCKETCTL
#
# Needs DOCKET_TEST_PG (the source server, e.g. from scripts/pg-cluster.sh);
# exits 77 (skipped) without it. It
#   1. creates a database on the source server, seeds it with docketctl, and
#      invalidates and deletes orders through the server's own batch functions
#      (audit events, archive rows, summaries all moving);
#   2. takes the backup as the guide says: pg_dumpall --roles-only (Docket's
#      group roles and logins belong to the server, not to the database) and
#      pg_dump --format=custom;
#   3. starts a second, empty cluster on loopback (scripts/pg-cluster.sh, as the
#      postgres user when run as root), restores the roles and the dump there;
#   4. checks orders, lines, audit trail, archive and the three summary tables
#      are the same row for row, the summaries still add up from the orders,
#      and docketctl opens the restored database (db status).
# The second cluster and the source database are removed on every exit.
set -euo pipefail
umask 077 # the roles file holds password hashes

DOCKETCTL=${1:?usage: pg_restore_test.sh DOCKETCTL}
HERE=$(cd "$(dirname "$0")" && pwd)
CLUSTER_SCRIPT="$HERE/../scripts/pg-cluster.sh"
ORDERS=${DOCKET_RESTORE_TEST_ORDERS:-3000}

if [[ -z "${DOCKET_TEST_PG:-}" ]]; then
  echo "SKIP: DOCKET_TEST_PG is not set (start a server with scripts/pg-cluster.sh)"
  exit 77
fi

log() { echo "pg_restore_test: $*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# postgresql://user@host:port/db -> parts
SRC=${DOCKET_TEST_PG%/*}
SRC_HOSTPORT=${SRC#*@}
SRC_USER=${SRC#postgresql://}
SRC_USER=${SRC_USER%@*}
SRC_HOST=${SRC_HOSTPORT%:*}
SRC_PORT=${SRC_HOSTPORT##*:}
NAME="docket_restore_$$_$RANDOM"
WORK=$(mktemp -d /tmp/docket-restore-XXXXXX)
chmod 0755 "$WORK"
TARGET_DIR="$WORK/cluster"
TARGET_STARTED=0

src_psql() { psql -X -q -v ON_ERROR_STOP=1 -h "$SRC_HOST" -p "$SRC_PORT" -U "$SRC_USER" "$@"; }

cleanup() {
  local rc=$?
  if (( TARGET_STARTED )); then
    bash "$CLUSTER_SCRIPT" stop "$TARGET_DIR" >/dev/null 2>&1 || log "could not stop $TARGET_DIR"
  fi
  src_psql -d postgres -c "DROP DATABASE IF EXISTS $NAME" >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

# ---- 1. a team database with history
src_psql -d postgres -c "CREATE DATABASE $NAME"
SRC_URL="postgresql://$SRC_USER@$SRC_HOST:$SRC_PORT/$NAME"
timeout 120 "$DOCKETCTL" --database "$SRC_URL" db init >/dev/null
timeout 300 "$DOCKETCTL" --database "$SRC_URL" seed --orders "$ORDERS" >/dev/null
src_psql -d "$NAME" >/dev/null <<'SQL'
-- As a trusted session acting for a named user: the server's own batch
-- functions write the audit trail, the archive and the summaries.
BEGIN;
SELECT set_config('docket.actor', 'restore-test', true), set_config('docket.now', '1718452800', true);
SELECT docket_orders_invalidate(ARRAY(SELECT id FROM orders WHERE invalid_at IS NULL
                                      ORDER BY id LIMIT 300), 'restore test');
SELECT docket_orders_delete_invalid(ARRAY(SELECT id FROM orders WHERE invalid_at IS NOT NULL
                                          ORDER BY id LIMIT 100));
COMMIT;
SQL

# Everything a restore must bring back, row for row, as one checksum per table.
FINGERPRINT_SQL="
SELECT 'orders', count(*), md5(string_agg(md5(o::text), '' ORDER BY o.id)) FROM orders o
UNION ALL SELECT 'order_lines', count(*), md5(string_agg(md5(l::text), '' ORDER BY l.id)) FROM order_lines l
UNION ALL SELECT 'order_events', count(*), md5(string_agg(md5(e::text), '' ORDER BY e.id)) FROM order_events e
UNION ALL SELECT 'order_archive', count(*), md5(string_agg(md5(a::text), '' ORDER BY a.id)) FROM order_archive a
UNION ALL SELECT 'sales_orders', count(*), md5(string_agg(md5(s::text), '' ORDER BY s::text)) FROM sales_orders s
UNION ALL SELECT 'sales_region', count(*), md5(string_agg(md5(s::text), '' ORDER BY s::text)) FROM sales_region s
UNION ALL SELECT 'sales_product', count(*), md5(string_agg(md5(s::text), '' ORDER BY s::text)) FROM sales_product s
UNION ALL SELECT 'users', count(*), md5(string_agg(md5(u::text), '' ORDER BY u.id)) FROM users u
UNION ALL SELECT 'schema_version', max(version), '' FROM schema_version;"
# The summaries still add up from the orders (the day grain of sales_orders).
SUMMARY_CHECK_SQL="
SELECT count(*) FROM (
  (SELECT created_at - created_at % 86400, channel, status,
          CASE WHEN invalid_at IS NULL THEN 0 ELSE 1 END, count(*), sum(total_cents)
   FROM orders GROUP BY 1, 2, 3, 4
   EXCEPT SELECT bucket, channel, status, invalid, orders, total_cents
   FROM sales_orders WHERE grain = 1)
  UNION ALL
  (SELECT bucket, channel, status, invalid, orders, total_cents
   FROM sales_orders WHERE grain = 1
   EXCEPT SELECT created_at - created_at % 86400, channel, status,
          CASE WHEN invalid_at IS NULL THEN 0 ELSE 1 END, count(*), sum(total_cents)
   FROM orders GROUP BY 1, 2, 3, 4)) d;"
src_psql -d "$NAME" -tA -c "$FINGERPRINT_SQL" >"$WORK/source.txt"
grep -q '^order_archive|100|' "$WORK/source.txt" || fail "the source has no archived orders"
grep -q '^order_events|' "$WORK/source.txt" || fail "the source has no audit trail"

# ---- 2. the backup, as docs/scaling.md gives it
timeout 120 pg_dumpall -h "$SRC_HOST" -p "$SRC_PORT" -U "$SRC_USER" --roles-only \
  --file="$WORK/roles.sql"
timeout 300 pg_dump -h "$SRC_HOST" -p "$SRC_PORT" -U "$SRC_USER" --format=custom \
  --file="$WORK/docket.dump" "$NAME"
log "dump: $(du -h "$WORK/docket.dump" | cut -f1)"

# ---- 3. a fresh cluster, the roles, the dump
TARGET_STARTED=1
DOCKET_PG_PORT=$((SRC_PORT + 100)) timeout 120 bash "$CLUSTER_SCRIPT" start "$TARGET_DIR" \
  >"$WORK/target.env"
TARGET_PORT=$(cat "$TARGET_DIR/port")
[[ "$TARGET_PORT" != "$SRC_PORT" ]] || fail "the target cluster is the source"
tgt_psql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$TARGET_PORT" -U postgres "$@"; }
# The bootstrap superuser exists already: its line is the one error allowed.
tgt_psql -d postgres -v ON_ERROR_STOP=0 -f "$WORK/roles.sql" >"$WORK/roles.log" 2>&1 || true
if grep -v 'role "postgres" already exists' "$WORK/roles.log" | grep -q ERROR; then
  cat "$WORK/roles.log" >&2
  fail "restoring the roles failed"
fi
tgt_psql -d postgres -c "CREATE DATABASE $NAME"
timeout 300 pg_restore -h 127.0.0.1 -p "$TARGET_PORT" -U postgres --exit-on-error \
  --dbname="$NAME" "$WORK/docket.dump"

# ---- 4. the same data, exact summaries, and Docket opens it
tgt_psql -d "$NAME" -tA -c "$FINGERPRINT_SQL" >"$WORK/target.txt"
if ! diff -u "$WORK/source.txt" "$WORK/target.txt"; then
  fail "the restored database differs from the source"
fi
[[ "$(tgt_psql -d "$NAME" -tA -c "$SUMMARY_CHECK_SQL")" == 0 ]] \
  || fail "the restored summaries do not add up from the orders"
TARGET_URL="postgresql://postgres@127.0.0.1:$TARGET_PORT/$NAME"
timeout 60 "$DOCKETCTL" --database "$TARGET_URL" db status >"$WORK/status.txt"
grep -q "Role: primary" "$WORK/status.txt" || { cat "$WORK/status.txt" >&2; fail "db status"; }
grep -q "^  orders: " "$WORK/status.txt" || { cat "$WORK/status.txt" >&2; fail "db status"; }
log "restored $(grep '^orders|' "$WORK/target.txt" | cut -d'|' -f2) orders, \
$(grep '^order_events|' "$WORK/target.txt" | cut -d'|' -f2) audit events and \
$(grep '^order_archive|' "$WORK/target.txt" | cut -d'|' -f2) archived orders into a fresh cluster on port $TARGET_PORT: identical"
echo "PASS"
