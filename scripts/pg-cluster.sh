#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for Docket's tests.
#
#   eval "$(scripts/pg-cluster.sh start [DIR])"   # create + start; prints export lines
#   scripts/pg-cluster.sh env  [DIR]              # print the export lines again
#   scripts/pg-cluster.sh stop [DIR]              # stop the server and remove DIR
#
# Replication (tests/pg_failover_test.sh):
#   eval "$(scripts/pg-cluster.sh standby PRIMARY_DIR [DIR])"
#                        # a streaming hot standby of PRIMARY_DIR (pg_basebackup -R);
#                        # prints DOCKET_PG_STANDBY_DIR and DOCKET_PG_STANDBY_PORT
#   scripts/pg-cluster.sh sync DIR     # the primary waits for a standby at every
#                                      # commit (synchronous_standby_names = '*')
#   scripts/pg-cluster.sh kill DIR     # stop at once, as a crash would (keeps DIR)
#   scripts/pg-cluster.sh promote DIR  # the standby becomes a primary
#
# DIR defaults to $DOCKET_PG_DIR (for env/stop) or a fresh /tmp/docket-pg-XXXXXX
# (for start). The server listens on 127.0.0.1 only, on the first free port from
# $DOCKET_PG_PORT (default 55432), with its Unix socket inside DIR. The bootstrap
# superuser is "postgres" with trust authentication over the socket and loopback.
# Database docket_test is created with the pg_trgm extension.
#
# PostgreSQL refuses to run as root: as root the server and initdb run as the
# "postgres" system user (runuser); otherwise as the current user.
# Durability is switched off (fsync, synchronous_commit, full_page_writes):
# never point this at data you want to keep.
set -euo pipefail

MARKER=".docket-pg-cluster"
DB_NAME="docket_test"
SUPERUSER="postgres"

log() { echo "pg-cluster: $*" >&2; }
die() { log "$*"; exit 1; }

find_bindir() {
  if [[ -n "${PG_BINDIR:-}" ]]; then echo "$PG_BINDIR"; return; fi
  if [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]]; then echo /usr/lib/postgresql/15/bin; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$newest" && -x "$newest/pg_ctl" ]]; then echo "$newest"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/pg_ctl" ]]; then
    pg_config --bindir; return
  fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  die "no PostgreSQL server binaries found (install postgresql, or set PG_BINDIR)"
}

BINDIR=$(find_bindir)

# Run a server-side command as the cluster owner, from inside the cluster dir
# (the caller's cwd may not be readable by the postgres user).
as_owner() {
  if (( EUID == 0 )); then
    (cd "$CLUSTER_DIR" && runuser -u "$OWNER" -- "$@")
  else
    (cd "$CLUSTER_DIR" && "$@")
  fi
}

port_in_use() {
  # Something accepts connections there, or a socket lock file claims it.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  [[ -e "/tmp/.s.PGSQL.$1.lock" || -e "/var/run/postgresql/.s.PGSQL.$1.lock" ]] && return 0
  if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; then
    return 0
  fi
  return 1
}

free_port_from() {
  local p=$1
  while (( p < 65535 )); do
    if ! port_in_use "$p"; then echo "$p"; return; fi
    p=$((p + 1))
  done
  die "no free TCP port found from $1"
}

print_env() {
  local port
  port=$(cat "$CLUSTER_DIR/port")
  printf 'export DOCKET_TEST_PG=%q\n' "postgresql://$SUPERUSER@127.0.0.1:$port/$DB_NAME"
  printf 'export DOCKET_PG_DIR=%q\n' "$CLUSTER_DIR"
  printf 'export DOCKET_PG_PORT=%q\n' "$port"
}

resolve_dir() {
  local d="${1:-${DOCKET_PG_DIR:-}}"
  [[ -n "$d" ]] || die "no cluster directory given and DOCKET_PG_DIR is not set"
  CLUSTER_DIR=$(cd "$d" 2>/dev/null && pwd) || die "$d: no such directory"
  [[ -f "$CLUSTER_DIR/$MARKER" ]] || die "$CLUSTER_DIR is not a cluster made by this script"
}

is_running() {
  [[ -f "$CLUSTER_DIR/data/postmaster.pid" ]] && as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" status >/dev/null 2>&1
}

write_conf() {
  cat >"$CLUSTER_DIR/data/docket.conf" <<CONF
# Written by scripts/pg-cluster.sh: a throwaway test cluster.
listen_addresses = '127.0.0.1'
port = $1
unix_socket_directories = '$CLUSTER_DIR'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
CONF
  if (( EUID == 0 )); then chown "$OWNER:" "$CLUSTER_DIR/data/docket.conf"; fi
  echo "$1" >"$CLUSTER_DIR/port"
}

# Starts the server of CLUSTER_DIR on the first free port from $1 (conf rewritten).
start_server() {
  local port
  port=$(free_port_from "$1")
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    write_conf "$port"
    : >"$CLUSTER_DIR/server.log"
    if (( EUID == 0 )); then chown "$OWNER:" "$CLUSTER_DIR/server.log"; fi
    if as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" \
         -w -t 60 start >/dev/null; then
      return 0
    fi
    if grep -qiE 'could not (bind|create lock file)|address already in use' "$CLUSTER_DIR/server.log"; then
      port=$(free_port_from $((port + 1)))
      continue
    fi
    cat "$CLUSTER_DIR/server.log" >&2
    die "server failed to start (cluster left in $CLUSTER_DIR)"
  done
  die "server failed to start after 10 attempts (cluster left in $CLUSTER_DIR)"
}

cmd_start() {
  if (( EUID == 0 )); then
    OWNER=postgres
    id -u "$OWNER" >/dev/null 2>&1 || die "running as root but there is no 'postgres' system user"
  else
    OWNER=$(id -un)
  fi

  if [[ -n "${1:-}" ]]; then
    mkdir -p "$1"
    CLUSTER_DIR=$(cd "$1" && pwd)
    if [[ ! -f "$CLUSTER_DIR/$MARKER" ]] && [[ -n "$(ls -A "$CLUSTER_DIR")" ]]; then
      die "$CLUSTER_DIR exists, is not empty and is not a cluster made by this script"
    fi
  else
    local base=/tmp
    (( EUID != 0 )) && base="${TMPDIR:-/tmp}"
    CLUSTER_DIR=$(mktemp -d "$base/docket-pg-XXXXXX")
  fi
  touch "$CLUSTER_DIR/$MARKER"
  if (( EUID == 0 )); then chown -R "$OWNER:" "$CLUSTER_DIR"; fi
  chmod 0700 "$CLUSTER_DIR"

  if [[ ! -f "$CLUSTER_DIR/data/PG_VERSION" ]]; then
    log "initdb in $CLUSTER_DIR/data ($("$BINDIR/postgres" --version))"
    as_owner "$BINDIR/initdb" -D "$CLUSTER_DIR/data" -U "$SUPERUSER" \
      --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$CLUSTER_DIR/initdb.log" 2>&1 \
      || { cat "$CLUSTER_DIR/initdb.log" >&2; die "initdb failed"; }
    echo "include 'docket.conf'" >>"$CLUSTER_DIR/data/postgresql.conf"
    cat >"$CLUSTER_DIR/data/pg_hba.conf" <<HBA
# Written by scripts/pg-cluster.sh.
# TYPE  DATABASE  USER        ADDRESS        METHOD
local   all       $SUPERUSER                 trust
host    all       $SUPERUSER  127.0.0.1/32   trust
host    all       $SUPERUSER  ::1/128        trust
local   replication $SUPERUSER               trust
host    replication $SUPERUSER  127.0.0.1/32 trust
local   all       all                        scram-sha-256
host    all       all         127.0.0.1/32   scram-sha-256
host    all       all         ::1/128        scram-sha-256
HBA
    if (( EUID == 0 )); then chown "$OWNER:" "$CLUSTER_DIR/data/pg_hba.conf"; fi
  fi

  if ! is_running; then
    start_server "${DOCKET_PG_PORT:-55432}"
  fi

  local port psql
  port=$(cat "$CLUSTER_DIR/port")
  psql=("$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$SUPERUSER")
  if [[ -z "$("${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]]; then
    "${psql[@]}" -d postgres -c "CREATE DATABASE $DB_NAME" >&2
  fi
  "${psql[@]}" -d "$DB_NAME" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >&2
  log "running on 127.0.0.1:$port, data in $CLUSTER_DIR"
  print_env
}

cmd_stop() {
  resolve_dir "${1:-}"
  OWNER=$(stat -c %U "$CLUSTER_DIR/data" 2>/dev/null || id -un)
  if is_running; then
    as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w -t 60 stop >/dev/null \
      || die "pg_ctl stop failed (cluster left in $CLUSTER_DIR)"
  fi
  rm -rf -- "$CLUSTER_DIR"
  log "stopped and removed $CLUSTER_DIR"
}

cmd_standby() {
  resolve_dir "${1:-}"
  local primary_port
  primary_port=$(cat "$CLUSTER_DIR/port")
  OWNER=$(stat -c %U "$CLUSTER_DIR/data")
  is_running || die "the primary in $CLUSTER_DIR is not running"
  local base=/tmp
  (( EUID != 0 )) && base="${TMPDIR:-/tmp}"
  if [[ -n "${2:-}" ]]; then mkdir -p "$2"; CLUSTER_DIR=$(cd "$2" && pwd); else
    CLUSTER_DIR=$(mktemp -d "$base/docket-pg-standby-XXXXXX"); fi
  touch "$CLUSTER_DIR/$MARKER"
  if (( EUID == 0 )); then chown -R "$OWNER:" "$CLUSTER_DIR"; fi
  chmod 0700 "$CLUSTER_DIR"
  as_owner "$BINDIR/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U "$SUPERUSER" \
    -D "$CLUSTER_DIR/data" -R -X stream -c fast >"$CLUSTER_DIR/basebackup.log" 2>&1 \
    || { cat "$CLUSTER_DIR/basebackup.log" >&2; die "pg_basebackup failed"; }
  start_server $((primary_port + 1))
  log "standby of 127.0.0.1:$primary_port running on 127.0.0.1:$(cat "$CLUSTER_DIR/port"), data in $CLUSTER_DIR"
  printf 'export DOCKET_PG_STANDBY_DIR=%q\n' "$CLUSTER_DIR"
  printf 'export DOCKET_PG_STANDBY_PORT=%q\n' "$(cat "$CLUSTER_DIR/port")"
}

psql_at() {
  "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cat "$CLUSTER_DIR/port")" \
    -U "$SUPERUSER" -d postgres "$@"
}

cmd_sync() {
  resolve_dir "${1:-}"
  psql_at -c "ALTER SYSTEM SET synchronous_commit = 'on'" \
    -c "ALTER SYSTEM SET synchronous_standby_names = '*'" -c "SELECT pg_reload_conf()" >/dev/null
  for _ in $(seq 1 120); do
    if [[ "$(psql_at -tAc "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync' AND state = 'streaming'")" -ge 1 ]]; then
      log "127.0.0.1:$(cat "$CLUSTER_DIR/port") commits wait for its standby"
      return 0
    fi
    sleep 0.25
  done
  die "no synchronous standby is streaming from $CLUSTER_DIR after 30 s"
}

cmd_kill() {
  resolve_dir "${1:-}"
  OWNER=$(stat -c %U "$CLUSTER_DIR/data")
  as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate -w -t 60 stop >/dev/null \
    || die "pg_ctl stop -m immediate failed in $CLUSTER_DIR"
  log "killed the server of $CLUSTER_DIR"
}

cmd_promote() {
  resolve_dir "${1:-}"
  OWNER=$(stat -c %U "$CLUSTER_DIR/data")
  as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -w -t 60 promote >/dev/null \
    || die "pg_ctl promote failed in $CLUSTER_DIR"
  log "promoted $CLUSTER_DIR to primary"
}

cmd_env() {
  resolve_dir "${1:-}"
  [[ -f "$CLUSTER_DIR/port" ]] || die "$CLUSTER_DIR has no port file"
  print_env
}

case "${1:-}" in
  start) shift; cmd_start "${1:-}" ;;
  stop)  shift; cmd_stop "${1:-}" ;;
  env)   shift; cmd_env "${1:-}" ;;
  standby) shift; cmd_standby "${1:-}" "${2:-}" ;;
  sync)    shift; cmd_sync "${1:-}" ;;
  kill)    shift; cmd_kill "${1:-}" ;;
  promote) shift; cmd_promote "${1:-}" ;;
  *) echo "usage: $0 start|stop|env|standby|sync|kill|promote [DIR]" >&2; exit 2 ;;
esac
