#!/usr/bin/env bash
# Runs every test suite: unit, integration and browser, against SQLite and against PostgreSQL.
# Installs what the tests need (Debian's chromium; postgresql if absent), starts a throwaway
# PostgreSQL on 127.0.0.1 on a free port as the postgres user, and stops it at the end.
# Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT="$ROOT/.test-output"
rm -rf "$OUT" && mkdir -p "$OUT"
CONFIG=${CONFIG:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else echo "test.sh: need root to run: $*" >&2; return 1; fi
}

source "$ROOT/scripts/throwaway-postgres.sh"

# 1. What the tests need from Debian.
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -n "$(find_pg_bin)" ] || packages+=(postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing ${packages[*]} from Debian..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
# 2. A throwaway PostgreSQL on a free loopback port. It will not run as root: run it as postgres.
trap stop_throwaway_postgres EXIT
start_throwaway_postgres 55432 "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" || exit 1
PORT=$PG_PORT
export ONEWORKFORCE_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PORT"

# 3. Build once.
start=$(date +%s)
if ! dotnet build OneWorkforce.sln -c "$CONFIG" -v quiet -nologo >"$OUT/build.log" 2>&1; then
  grep -E "error|Error" "$OUT/build.log" | sort -u | head -40
  echo "0 passed, 1 failed"
  exit 1
fi

# 4. Every suite; the integration and browser suites on both databases. The SQLite and PostgreSQL runs of a
#    suite go side by side (much of their time is spent waiting on the database, processes and the browser).
passed=0; failed=0; broken=()
run_tests() { # name project provider
  ONEWORKFORCE_TEST_PROVIDER=$3 dotnet test "$2" -c "$CONFIG" --no-build --nologo \
    --logger "trx;LogFileName=$1.trx" --results-directory "$OUT" >"$OUT/$1.log" 2>&1
}
summarise() { # name
  local name=$1 log="$OUT/$1.log"
  echo "== $name"
  local summary
  summary=$(grep -E "^(Passed|Failed)!" "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    broken+=("$name"); failed=$((failed + 1))
    tail -n 40 "$log"
    return
  fi
  local p f
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$summary")
  passed=$((passed + p)); failed=$((failed + f))
  echo "   $summary"
  [ "$f" -eq 0 ] || grep -E "^\s+Failed |Error Message:" -A2 "$log" | head -n 60
}
run_pair() { # suite project: the SQLite and PostgreSQL runs at once
  run_tests "$1-sqlite" "$2" Sqlite & local a=$!
  run_tests "$1-postgres" "$2" Postgres & local b=$!
  wait $a $b || true
  summarise "$1-sqlite"
  summarise "$1-postgres"
}
run_tests unit tests/OneWorkforce.UnitTests Sqlite || true
summarise unit
run_pair integration tests/OneWorkforce.IntegrationTests
run_pair browser tests/OneWorkforce.BrowserTests

echo "Test command took $(( $(date +%s) - start )) s after set-up. Logs and TRX files: .test-output/"
[ ${#broken[@]} -eq 0 ] || echo "Suites that did not report a result: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
