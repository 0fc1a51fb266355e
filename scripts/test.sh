#!/usr/bin/env bash
# Install dependencies, build, and run Docket's whole test suite:
#   ctest (against SQLite and a throwaway PostgreSQL cluster), a docket-bench
#   smoke run when the benchmark is built, and the package + .deb check when
#   CPack is configured. Extra arguments are passed to ctest (e.g. -R Money).
# Exits non-zero if any step fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

export QT_QPA_PLATFORM=offscreen
BUILD_DIR=build
failed=()

step() { printf '\n==> %s\n' "$*"; }

step "Installing dependencies and building"
bash scripts/build.sh || { echo "test.sh: build failed" >&2; exit 1; }

step "Starting a throwaway PostgreSQL cluster"
PG_DIR=$(mktemp -d /tmp/docket-pg-XXXXXX) || exit 1
cleanup() {
  if [[ -f "$PG_DIR/.docket-pg-cluster" ]]; then
    bash scripts/pg-cluster.sh stop "$PG_DIR" || true
  else
    rm -rf -- "$PG_DIR"
  fi
}
trap cleanup EXIT
pg_env=$(bash scripts/pg-cluster.sh start "$PG_DIR") || { echo "test.sh: PostgreSQL cluster failed to start" >&2; exit 1; }
eval "$pg_env"
echo "DOCKET_TEST_PG=$DOCKET_TEST_PG"

step "Running the test suite (ctest --preset default)"
ctest --preset default "$@" || failed+=("ctest")

BENCH="$BUILD_DIR/tests/bench/docket-bench"
if [[ -x "$BENCH" ]]; then
  step "Benchmark smoke run ($BENCH --orders 2000 --repeat 2)"
  "$BENCH" --orders 2000 --repeat 2 || failed+=("docket-bench")
fi

if [[ -f "$BUILD_DIR/CPackConfig.cmake" ]]; then
  step "Packaging (cmake --build $BUILD_DIR --target package)"
  if cmake --build "$BUILD_DIR" --target package; then
    if command -v dpkg-deb >/dev/null 2>&1; then
      step "Checking the .deb (installer/check-deb.sh)"
      bash installer/check-deb.sh "$BUILD_DIR" || failed+=("check-deb")
    fi
  else
    failed+=("package")
  fi
fi

echo
if (( ${#failed[@]} )); then
  echo "test.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all steps passed."
