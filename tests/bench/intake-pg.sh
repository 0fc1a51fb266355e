#!/usr/bin/env bash
# PostgreSQL order intake through docket-gateway, from nothing (issue 16's
# target: 500 orders/s for 60 s, p99 < 50 ms). Run by hand; installed nowhere.
#
#   bash tests/bench/intake-pg.sh PORT [BUILD_DIR]
#
# PORT: the first port tried for the throwaway PostgreSQL cluster (loopback
# only; scripts/pg-cluster.sh takes the first free one from there). BUILD_DIR
# defaults to build/ of this checkout; docketctl, docket-gateway and
# docket-loadgen are built there first if they are missing or stale.
#
# What it does, unattended:
#  1. starts its own cluster in a fresh /tmp/docket-intake-pg-XXXXXX (durability
#     off, as every test cluster; track_functions = pl for the breakdown),
#  2. makes the database: schema, an administrator, 20,000 stocked products in
#     3 warehouses (docketctl stock seed --products 20000 --no-extras), the
#     gateway's service account and an API key with room for the load,
#  3. starts docket-gateway as that service account on a free loopback port,
#  4. runs docket-loadgen --scenario intake --rate 500 --duration 60
#     --connections 64 --lines 3 --skus 20000 (each line a SKU of the 20,000),
#  5. prints the achieved rate, p50/p99, the server's CPU per order (every
#     process of the cluster, from /proc: the postmaster's own and reaped
#     children's time plus its live children's), the part of it spent by the
#     gateway's own connections (its intake writers named apart) and by the
#     desk's, the gateway process's, the machine's load before and after, and
#     where the server's time went (pg_stat_user_functions),
#  6. checks the stock invariants (docketctl stock verify),
#  7. stops the gateway and the cluster and removes the directory, also when
#     interrupted or when a step fails (KEEP=1 keeps the directory's logs).
#
# Environment (defaults in brackets): RATE [500], DURATION [60], CONNECTIONS
# [64], LINES [3], SKUS [20000], PRODUCTS [20000], THREADS [4] (the gateway's
# --threads), INTAKE_WRITERS [the gateway's default] (its --intake-writers),
# STATEMENTS=1 also loads pg_stat_statements (track = all) and prints its top
# statements (it costs the server some CPU itself), DESK=1 opens a Docket
# desk on the same database during the load (the issue's target is "with a
# desktop open"): build/app/docket, offscreen, signed in as the
# administrator, on the order list with its live updates (LISTEN), its CPU
# and its connections' CPU printed apart.
set -euo pipefail

[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || { echo "usage: $0 PORT [BUILD_DIR]" >&2; exit 2; }
PG_FIRST_PORT=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$(cd "${2:-$ROOT/build}" 2>/dev/null && pwd) || BUILD=${2:-$ROOT/build}
RATE=${RATE:-500}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
LINES=${LINES:-3}
SKUS=${SKUS:-20000}
PRODUCTS=${PRODUCTS:-20000}
THREADS=${THREADS:-4}
STATEMENTS=${STATEMENTS:-0}
INTAKE_WRITERS=${INTAKE_WRITERS:-}
DESK=${DESK:-0}

say() { echo "intake-pg: $*" >&2; }
die() { say "$*"; exit 1; }

# ---- binaries
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  say "configuring $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >&2
fi
TARGETS=(docketctl docket-gateway docket-loadgen)
[[ $DESK == 1 ]] && TARGETS+=(docket)
say "building ${TARGETS[*]} in $BUILD"
cmake --build "$BUILD" --target "${TARGETS[@]}" -j2 >&2
CTL=$BUILD/app/docketctl
GATEWAY=$BUILD/app/docket-gateway
LOADGEN=$BUILD/tests/bench/docket-loadgen
DESK_BIN=$BUILD/app/docket
for b in "$CTL" "$GATEWAY" "$LOADGEN"; do [[ -x $b ]] || die "$b was not built"; done
[[ $DESK != 1 || -x $DESK_BIN ]] || die "$DESK_BIN was not built"

# ---- clean up whatever happens
WORK=$(mktemp -d /tmp/docket-intake-pg-XXXXXX)
chmod 0755 "$WORK"
GW_PID=
DESK_PID=
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $DESK_PID ]] && kill -0 "$DESK_PID" 2>/dev/null; then
    kill -TERM "$DESK_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$DESK_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$DESK_PID" 2>/dev/null || true
    wait "$DESK_PID" 2>/dev/null || true
  fi
  if [[ -n $GW_PID ]] && kill -0 "$GW_PID" 2>/dev/null; then
    kill -TERM "$GW_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$GW_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$GW_PID" 2>/dev/null || true
    wait "$GW_PID" 2>/dev/null || true
  fi
  if [[ -f $WORK/pg/.docket-pg-cluster ]]; then
    bash "$ROOT/scripts/pg-cluster.sh" stop "$WORK/pg" >/dev/null 2>&1 || say "could not stop the cluster in $WORK/pg"
  fi
  if [[ ${KEEP:-0} == 1 ]]; then
    say "logs kept in $WORK"
  else
    rm -rf -- "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the cluster
mkdir "$WORK/pg"
eval "$(DOCKET_PG_PORT=$PG_FIRST_PORT bash "$ROOT/scripts/pg-cluster.sh" start "$WORK/pg")"
PORT=$DOCKET_PG_PORT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
"${PSQL[@]}" -d postgres -c "ALTER SYSTEM SET track_functions = 'pl'" >/dev/null
if [[ $STATEMENTS == 1 ]]; then
  "${PSQL[@]}" -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
  bash "$ROOT/scripts/pg-cluster.sh" kill "$WORK/pg" >/dev/null 2>&1
  eval "$(DOCKET_PG_PORT=$PORT bash "$ROOT/scripts/pg-cluster.sh" start "$WORK/pg")"
  PORT=$DOCKET_PG_PORT
  PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
  "${PSQL[@]}" -d postgres -c "ALTER SYSTEM SET pg_stat_statements.track = 'all'" \
    -c "SELECT pg_reload_conf()" >/dev/null
else
  "${PSQL[@]}" -d postgres -c "SELECT pg_reload_conf()" >/dev/null
fi
say "cluster on 127.0.0.1:$PORT in $WORK/pg"

# ---- the database
URL="postgresql://postgres@127.0.0.1:$PORT/docket_test"
export XDG_CONFIG_HOME=$WORK/config # docketctl's own settings stay in here
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
ADMIN_PASS="Intake-Admin-$RANDOM-$RANDOM"
SERVICE_PASS="Intake-Service-$RANDOM-$RANDOM"
ctl() { "$CTL" --database "$URL" "$@"; }
ctl db init >&2
DOCKET_PASSWORD=$ADMIN_PASS ctl user add boss --admin >&2
export DOCKET_USER=boss DOCKET_PASSWORD=$ADMIN_PASS
say "seeding $PRODUCTS stocked products"
ctl --user boss stock seed --products "$PRODUCTS" --no-extras >&2
DOCKET_NEW_PASSWORD=$SERVICE_PASS ctl --user boss service-account create gw_load >&2
KEY=$(ctl --user boss apikey create load --role administrator --rate 1000000 | tail -n 1 | tr -d '[:space:]')
[[ $KEY == dk_* ]] || die "no API key was made"
"${PSQL[@]}" -d docket_test -c "VACUUM ANALYZE" >/dev/null

# ---- the gateway
GW_ARGS=(--threads "$THREADS")
[[ -n $INTAKE_WRITERS ]] && GW_ARGS+=(--intake-writers "$INTAKE_WRITERS")
DOCKET_DATABASE_PASSWORD=$SERVICE_PASS \
  "$GATEWAY" --database "postgresql://gw_load@127.0.0.1:$PORT/docket_test" \
  --listen 127.0.0.1:0 "${GW_ARGS[@]}" --no-webhooks --access-log "$WORK/access.log" \
  >"$WORK/gateway.out" 2>&1 &
GW_PID=$!
GW_PORT=
for _ in $(seq 1 600); do
  GW_PORT=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$WORK/gateway.out" | head -n 1)
  [[ -n $GW_PORT ]] && break
  kill -0 "$GW_PID" 2>/dev/null || { cat "$WORK/gateway.out" >&2; die "the gateway did not start"; }
  sleep 0.1
done
[[ -n $GW_PORT ]] || { cat "$WORK/gateway.out" >&2; die "the gateway did not say where it listens"; }
say "gateway (pid $GW_PID) on 127.0.0.1:$GW_PORT"

# ---- CPU in clock ticks: the whole cluster, and the gateway
HZ=$(getconf CLK_TCK)
PM_PID=$(head -n 1 "$WORK/pg/data/postmaster.pid")
ticks_of() { # utime + stime [+ cutime + cstime]
  local rest
  rest=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  # shellcheck disable=SC2086
  set -- $rest # field 3 of stat is $1 here: utime ${12}, stime ${13}, cutime ${14}, cstime ${15}
  if [[ ${WITH_CHILDREN:-0} == 1 ]]; then echo $((${12} + ${13} + ${14} + ${15})); else echo $((${12} + ${13})); fi
}
cluster_ticks() {
  local total pid
  total=$(WITH_CHILDREN=1 ticks_of "$PM_PID")
  for pid in $(pgrep -P "$PM_PID"); do total=$((total + $(ticks_of "$pid"))); done
  echo "$total"
}
orders() { "${PSQL[@]}" -d docket_test -tAc "SELECT count(*) FROM orders"; }
# "PID TICKS" for each server process of a client backend of login $1.
backend_ticks() {
  local pid
  for pid in $("${PSQL[@]}" -d docket_test -tAc "SELECT pid FROM pg_stat_activity
      WHERE usename = '$1' AND backend_type = 'client backend'"); do
    echo "$pid $(ticks_of "$pid")"
  done
}

# ---- the desk (DESK=1): signed in by the server as the administrator (a
# login role), the order list open, listening for new orders
if [[ $DESK == 1 ]]; then
  PGPASSWORD=$ADMIN_PASS QT_QPA_PLATFORM=offscreen \
    "$DESK_BIN" --database "postgresql://boss@127.0.0.1:$PORT/docket_test" \
    >"$WORK/desk.out" 2>&1 &
  DESK_PID=$!
  for _ in $(seq 1 600); do
    kill -0 "$DESK_PID" 2>/dev/null || { cat "$WORK/desk.out" >&2; die "the desk did not start"; }
    # The window's connection and its change watcher's (LISTEN) at least.
    LISTENING=$("${PSQL[@]}" -d docket_test -tAc "SELECT count(*) FROM pg_stat_activity
      WHERE usename = 'boss' AND backend_type = 'client backend'")
    [[ $LISTENING -ge 2 ]] && break
    sleep 0.1
  done
  [[ $LISTENING -ge 2 ]] || { cat "$WORK/desk.out" >&2; die "the desk did not sign in"; }
  sleep 3 # its first page loaded
  say "desk (pid $DESK_PID) signed in as boss, listening for new orders"
fi

"${PSQL[@]}" -d docket_test -c "SELECT pg_stat_reset()" >/dev/null
if [[ $STATEMENTS == 1 ]]; then
  "${PSQL[@]}" -d docket_test -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
    -c "SELECT pg_stat_statements_reset()" >/dev/null
fi
ORDERS0=$(orders)
LOAD0=$(uptime)
SERVER0=$(cluster_ticks)
GW0=$(ticks_of "$GW_PID")
backend_ticks gw_load >"$WORK/gw-backends.0"
backend_ticks boss >"$WORK/desk-backends.0"
DESK0=0
[[ -n $DESK_PID ]] && DESK0=$(ticks_of "$DESK_PID")
say "load: rate $RATE/s for $DURATION s, $CONNECTIONS connections, $LINES lines of $SKUS SKUs"
"$LOADGEN" --port "$GW_PORT" --scenario intake --rate "$RATE" --duration "$DURATION" \
  --connections "$CONNECTIONS" --lines "$LINES" --skus "$SKUS" --key "$KEY" \
  >"$WORK/loadgen.out" 2>&1 || { cat "$WORK/loadgen.out" >&2; die "docket-loadgen failed"; }
SERVER1=$(cluster_ticks)
GW1=$(ticks_of "$GW_PID")
backend_ticks gw_load >"$WORK/gw-backends.1"
backend_ticks boss >"$WORK/desk-backends.1"
DESK1=0
[[ -n $DESK_PID ]] && DESK1=$(ticks_of "$DESK_PID")
LOAD1=$(uptime)
ORDERS1=$(orders)
MADE=$((ORDERS1 - ORDERS0))

echo "== PostgreSQL intake ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'))"
echo "load before: ${LOAD0##*load average: }   after: ${LOAD1##*load average: }"
cat "$WORK/loadgen.out"
echo "orders written: $MADE"
if ((MADE > 0)); then
  awk -v s=$((SERVER1 - SERVER0)) -v g=$((GW1 - GW0)) -v n="$MADE" -v hz="$HZ" 'BEGIN {
    printf "server CPU: %.1f s, %.3f ms per order (all processes of the cluster)\n", s / hz, 1000 * s / hz / n
    printf "gateway CPU: %.1f s, %.3f ms per order\n", g / hz, 1000 * g / hz / n }'
  # A backend that came during the run counts from 0 (its whole life).
  backends() { # label FILE0 FILE1
    awk -v n="$MADE" -v hz="$HZ" -v label="$1" 'NR == FNR { t0[$1] = $2; next }
      { d = $2 - t0[$1]; if (d > 0) { all += d; top[$1] = d } }
      END {
        printf "%s: %.3f ms per order", label, 1000 * all / hz / n
        k = 0
        while (k < 3) { best = ""; for (p in top) if (best == "" || top[p] > top[best]) best = p
                        if (best == "") break
                        printf "%s %.3f", (k ? "," : "; busiest:"), 1000 * top[best] / hz / n
                        delete top[best]; ++k }
        printf "\n" }' "$2" "$3"
  }
  backends "server CPU of the gateway's connections" "$WORK/gw-backends.0" "$WORK/gw-backends.1"
  if [[ -n $DESK_PID ]]; then
    backends "server CPU of the desk's connections" "$WORK/desk-backends.0" "$WORK/desk-backends.1"
    awk -v d=$((DESK1 - DESK0)) -v n="$MADE" -v hz="$HZ" 'BEGIN {
      printf "desk CPU: %.1f s, %.3f ms per order\n", d / hz, 1000 * d / hz / n }'
    kill -0 "$DESK_PID" 2>/dev/null || say "the desk is gone (see $WORK/desk.out with KEEP=1)"
  fi
fi
echo "-- server time by function (ms: self, total; calls), top 12"
"${PSQL[@]}" -d docket_test -tAF $'\t' -c "SELECT round(self_time), round(total_time), calls, funcname
  FROM pg_stat_user_functions ORDER BY self_time DESC LIMIT 12"
if [[ $STATEMENTS == 1 ]]; then
  echo "-- statements (ms total, calls, ms mean), top 15"
  "${PSQL[@]}" -d docket_test -tAF $'\t' -c "SELECT round(total_exec_time), calls,
    round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 120)
    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15"
fi
echo "-- stock invariants"
ctl --user boss stock verify
