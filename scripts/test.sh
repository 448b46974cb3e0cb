#!/usr/bin/env bash
# Runs every test suite: unit and integration against SQLite and PostgreSQL, browser on SQLite (and its provider-specific part on PostgreSQL).
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

# 4. Every suite, one after another (on two cores they only slow each other down side by side). The unit and
#    integration suites run on both databases; the browser suite runs whole on SQLite, and its tests whose pages
#    read provider-specific SQL (trait Databases=both: the workforce reports, upload and self-assessment journeys)
#    run again on PostgreSQL.
passed=0; failed=0; broken=()
run_tests() { # name project provider [filter]
  local filter=()
  [ -z "${4:-}" ] || filter=(--filter "$4")
  ONEWORKFORCE_TEST_PROVIDER=$3 dotnet test "$2" -c "$CONFIG" --no-build --nologo "${filter[@]}" --blame-hang-timeout 5m --blame-hang-dump-type none \
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
  # each failure with its message, the browser's call log and the test's own lines of the stack trace
  [ "$f" -eq 0 ] || grep -E "^\s+Failed |Error Message:|^\s+- |Call log|at OneWorkforce\." "$log" | head -n 120
}
suite() { # name project provider [filter]
  local began=$(date +%s)
  run_tests "$@" || true
  summarise "$1"
  echo "   ($(( $(date +%s) - began )) s)"
}
suite unit tests/OneWorkforce.UnitTests Sqlite
suite integration-sqlite tests/OneWorkforce.IntegrationTests Sqlite
suite integration-postgres tests/OneWorkforce.IntegrationTests Postgres
suite browser-sqlite tests/OneWorkforce.BrowserTests Sqlite
suite browser-postgres tests/OneWorkforce.BrowserTests Postgres "Databases=both"

echo "Test command took $(( $(date +%s) - start )) s after set-up. Logs and TRX files: .test-output/"
[ ${#broken[@]} -eq 0 ] || echo "Suites that did not report a result: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
