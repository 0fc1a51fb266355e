#!/usr/bin/env bash
# Failover and read replicas for real (issue 18): a primary and a synchronous
# streaming standby on loopback, and the test program: test_pg_failover writes
# orders through one Docket connection (a multi-host URL) while this script's
# helper stops the primary as a crash would and promotes the standby;
# test_pg_replica reads lists from the standby, pauses its replay and finally
# stops it (DOCKET_REPLICA_KILL_STANDBY).
#
#   tests/pg_failover_test.sh TEST_PROGRAM [TEST_FUNCTION...]
#
# test_pg_failover's lostCommitIsNotReportedSaved runs tests/pg_lost_commit.sh
# (DOCKET_LOST_COMMIT_COMMAND) instead: the standby cut off, the primary killed
# under a waiting COMMIT, the lost transaction's id given again on the promoted
# standby. Each scenario needs a fresh pair: one test function per run.
#
# Both clusters are made here (scripts/pg-cluster.sh, as the postgres user when
# run as root) and removed on every exit; nothing but 127.0.0.1 is touched.
set -euo pipefail

PROGRAM=${1:?usage: pg_failover_test.sh TEST_PROGRAM}
HERE=$(cd "$(dirname "$0")" && pwd)
CS="$HERE/../scripts/pg-cluster.sh"

PRIMARY_DIR=""
STANDBY_DIR=""
cleanup() {
  [[ -n "$STANDBY_DIR" ]] && bash "$CS" stop "$STANDBY_DIR" || true
  [[ -n "$PRIMARY_DIR" ]] && bash "$CS" stop "$PRIMARY_DIR" || true
}
trap cleanup EXIT

# Ports away from the shared test cluster's (55432 and up).
eval "$(DOCKET_PG_PORT=${DOCKET_FAILOVER_PORT:-57432} bash "$CS" start)"
PRIMARY_DIR=$DOCKET_PG_DIR
PRIMARY_PORT=$DOCKET_PG_PORT
eval "$(bash "$CS" standby "$PRIMARY_DIR")"
STANDBY_DIR=$DOCKET_PG_STANDBY_DIR
# Synchronous unless told (the replica test stops its standby at the end,
# which would hold up every commit of a synchronous primary).
[[ "${DOCKET_FAILOVER_SYNC:-1}" == 0 ]] || bash "$CS" sync "$PRIMARY_DIR"

export DOCKET_FAILOVER_URL="postgresql://postgres@127.0.0.1:$PRIMARY_PORT,127.0.0.1:$DOCKET_PG_STANDBY_PORT/docket_test"
export DOCKET_FAILOVER_STANDBY_URL="postgresql://postgres@127.0.0.1:$DOCKET_PG_STANDBY_PORT/docket_test"
export DOCKET_REPLICA_KILL_STANDBY="bash '$CS' kill '$STANDBY_DIR'"
export DOCKET_LOST_COMMIT_COMMAND="bash '$HERE/pg_lost_commit.sh' '$CS' '$PRIMARY_DIR' '$STANDBY_DIR'"
export DOCKET_KEPT_COMMIT_COMMAND="bash '$HERE/pg_lost_commit.sh' '$CS' '$PRIMARY_DIR' '$STANDBY_DIR' kept"
export DOCKET_FAILOVER_COMMAND="bash '$CS' kill '$PRIMARY_DIR' && sleep 1 && bash '$CS' promote '$STANDBY_DIR'"
unset DOCKET_TEST_PG DOCKET_PG_DIR DOCKET_PG_PORT
"$PROGRAM" "${@:2}"
