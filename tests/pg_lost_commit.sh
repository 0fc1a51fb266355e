#!/usr/bin/env bash
# The failover that gives a lost transaction's id to another transaction
# (issue 18 item 3), for test_pg_failover lostCommitIsNotReportedSaved. Run by
# the test while its Docket connection (primary and standby in one URL) works:
#
#   pg_lost_commit.sh CLUSTER_SCRIPT PRIMARY_DIR STANDBY_DIR [kept]
#
# With "kept" (test_pg_failover keptCommitIsReportedOnce) the commit is not
# lost but its answer is: the primary waits at COMMIT for a synchronous
# standby that does not exist while the real standby streams and replays the
# commit; the helper prints "replayed" once the standby has the transaction's
# order ("Kept commit"), kills the primary and promotes the standby. Docket
# must find its mark there and report the order saved, once.
#
# 1. Cuts the standby off (no primary_conninfo), holds back its autovacuum and
#    makes it refuse read-write sessions, and prints "cut" when the primary
#    streams to nobody: from now on the synchronous primary's COMMITs wait.
# 2. Waits for the test's transaction to wait at COMMIT, prints its id
#    ("lost xid N"), kills the primary: none of that transaction's WAL is on
#    the standby.
# 3. Promotes the standby and commits transactions there until one has the
#    same id N; prints "reused xid N: committed".
# 4. Lets read-write sessions in, so the test's connection reaches the new
#    primary only now, and asks it about N.
# Everything on 127.0.0.1; bounded waits; exit status 0 only when the id was
# given again and committed.
set -euo pipefail

CS=${1:?cluster script}
PRIMARY_DIR=${2:?primary dir}
STANDBY_DIR=${3:?standby dir}
MODE=${4:-lost}

BINDIR=${PG_BINDIR:-}
if [[ -z "$BINDIR" ]]; then
  if [[ -x /usr/lib/postgresql/15/bin/psql ]]; then BINDIR=/usr/lib/postgresql/15/bin
  else BINDIR=$(dirname "$(command -v psql)"); fi
fi
PRIMARY_PORT=$(cat "$PRIMARY_DIR/port")
STANDBY_PORT=$(cat "$STANDBY_DIR/port")
psql_at() {
  local port=$1; shift
  "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d docket_test "$@"
}

if [[ "$MODE" == kept ]]; then
  psql_at "$PRIMARY_PORT" -c "ALTER SYSTEM SET synchronous_standby_names = 'nobody'" \
    -c "SELECT pg_reload_conf()" >/dev/null
  echo cut
  for _ in $(seq 1 240); do
    [[ -n "$(psql_at "$PRIMARY_PORT" -tAc \
      "SELECT 1 FROM pg_stat_activity WHERE wait_event = 'SyncRep' LIMIT 1")" ]] && break
    sleep 0.25
  done
  for _ in $(seq 1 240); do
    [[ "$(psql_at "$STANDBY_PORT" -tAc \
      "SELECT count(*) FROM orders WHERE customer_name = 'Kept commit'")" == 1 ]] && break
    sleep 0.25
  done
  [[ "$(psql_at "$STANDBY_PORT" -tAc \
    "SELECT count(*) FROM orders WHERE customer_name = 'Kept commit'")" == 1 ]] \
    || { echo "the standby did not replay the waiting commit in 60 s" >&2; exit 2; }
  echo replayed
  bash "$CS" kill "$PRIMARY_DIR"
  bash "$CS" promote "$STANDBY_DIR"
  exit 0
fi

# 1. Cut the standby off.
psql_at "$STANDBY_PORT" -c "ALTER SYSTEM SET primary_conninfo = ''" \
  -c "ALTER SYSTEM SET autovacuum = off" \
  -c "ALTER SYSTEM SET default_transaction_read_only = on" -c "SELECT pg_reload_conf()" >/dev/null
for _ in $(seq 1 240); do
  [[ "$(psql_at "$PRIMARY_PORT" -tAc "SELECT count(*) FROM pg_stat_replication")" == 0 ]] && break
  sleep 0.25
done
[[ "$(psql_at "$PRIMARY_PORT" -tAc "SELECT count(*) FROM pg_stat_replication")" == 0 ]] \
  || { echo "the standby still streams after 60 s" >&2; exit 2; }
echo cut

# 2. The test's COMMIT waits for the standby that will never confirm it.
xid=""
for _ in $(seq 1 240); do
  xid=$(psql_at "$PRIMARY_PORT" -tAc \
    "SELECT max(CAST(CAST(backend_xid AS text) AS bigint)) FROM pg_stat_activity WHERE wait_event = 'SyncRep'")
  [[ -n "$xid" ]] && break
  sleep 0.25
done
[[ -n "$xid" ]] || { echo "no COMMIT waits for the standby after 60 s" >&2; exit 2; }
echo "lost xid $xid"
bash "$CS" kill "$PRIMARY_DIR"

# 3. The standby takes over and hands the lost transaction's id out again.
bash "$CS" promote "$STANDBY_DIR"
got=0
for _ in $(seq 1 1000); do
  got=$(PGOPTIONS='-c default_transaction_read_only=off' psql_at "$STANDBY_PORT" -tAc \
    "SELECT CAST(CAST(pg_current_xact_id() AS text) AS bigint)")
  (( got >= xid )) && break
done
status=$(psql_at "$STANDBY_PORT" -tAc "SELECT pg_xact_status(CAST('$xid' AS xid8))")
if (( got != xid )) || [[ "$status" != committed ]]; then
  echo "the new primary did not give id $xid again (last id $got, status $status)" >&2
  exit 3
fi
echo "reused xid $xid: $status"

# 4. Read-write sessions may now reach the new primary.
PGOPTIONS='-c default_transaction_read_only=off' psql_at "$STANDBY_PORT" \
  -c "ALTER SYSTEM RESET default_transaction_read_only" \
  -c "SELECT pg_reload_conf()" >/dev/null
