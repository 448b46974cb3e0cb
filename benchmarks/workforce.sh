#!/usr/bin/env bash
# Workforce benchmark, on SQLite or PostgreSQL:
#  1. upload: a generated workers file of 100,000 and of 1,000,000 rows (5,000 organisations), timed beside the
#     database's own raw import of the same file into a table without constraints (sqlite3 .import; psql \copy),
#     with the importing process's peak memory (maximum resident set size);
#  2. reports: every area report on the 1,000,000 workers and their training records, in process (median of 5).
# Usage: bash benchmarks/workforce.sh [sqlite|postgres]
# PostgreSQL: a throwaway server is started on a free loopback port (as scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}
WORK=$(mktemp -d)
PG_STOP=""
cleanup() { [ -n "$PG_STOP" ] && eval "$PG_STOP"; rm -rf "$WORK"; }
trap cleanup EXIT
for project in src/OneWorkforce.Cli benchmarks/OneWorkforce.Benchmarks; do dotnet build "$project" -c Release -v quiet -nologo >/dev/null; done
CLI="dotnet src/OneWorkforce.Cli/bin/Release/net10.0/oneworkforce.dll"
DISTRICTS=(--district Northbridge --district Southfield --district Eastwick --district Westmoor --district "Central Demoshire")
seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.1f", e - s }'; }
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $PROVIDER; Release build."
$CLI workforce generate --organisations 5000 --workers 1000000 --training --out "$WORK/m" >/dev/null
$CLI workforce generate --organisations 500 --workers 100000 --out "$WORK/k" >/dev/null
if [ "$PROVIDER" = postgres ]; then
  source scripts/throwaway-postgres.sh
  start_throwaway_postgres 56433 "-c shared_buffers=512MB"
  PG_STOP=stop_throwaway_postgres
  PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -v ON_ERROR_STOP=1"
fi
fresh() { # a fresh database with one area: sets the connection for the CLI
  if [ "$PROVIDER" = postgres ]; then
    $PSQL -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench" >/dev/null
    export Database__Provider=Postgres ConnectionStrings__OneWorkforce="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=bench;Command Timeout=0"
  else
    rm -f "$WORK/bench.db"*
    export Database__Provider=Sqlite ConnectionStrings__OneWorkforce="Data Source=$WORK/bench.db"
  fi
  $CLI areas create --name Benchshire --code E06000019 "${DISTRICTS[@]}" >/dev/null
  $CLI workforce import --area E06000019 "$1/organisations.csv" >/dev/null 2>&1
}
raw() { # the database's own import of the workers file into a table without constraints
  local file=$1 start end
  if [ "$PROVIDER" = postgres ]; then
    $PSQL -d bench -c "DROP TABLE IF EXISTS raw_workers" -c "CREATE TABLE raw_workers (organisation_reference text, staff_reference text, role text, contract text, contracted_hours text, start_date text, leaving_date text, leaving_reason text, year_of_birth text, gender text, ethnicity text, disability text, highest_qualification_level text, apprenticeship text, induction_completed text, action text)" >/dev/null
    start=$(date +%s.%N); $PSQL -d bench -c "\\copy raw_workers FROM '$file' WITH (FORMAT csv, HEADER true)"; end=$(date +%s.%N)
  else
    rm -f "$WORK/raw.db"
    start=$(date +%s.%N); sqlite3 "$WORK/raw.db" ".import --csv $file raw_workers"; end=$(date +%s.%N)
  fi
  seconds "$start" "$end"
}
echo
echo "| rows | raw import (s) | OneWorkforce validate and commit (s) | ratio | peak memory of the import (MB) |"
echo "|---:|---:|---:|---:|---:|"
for size in k m; do
  fresh "$WORK/$size"
  rawtime=$(raw "$WORK/$size/workers.csv")
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" $CLI workforce import --area E06000019 "$WORK/$size/workers.csv" >"$WORK/import.out" 2>"$WORK/import.err" || { cat "$WORK/import.err" | tail -5; exit 1; }
  end=$(date +%s.%N)
  ours=$(seconds "$start" "$end")
  rows=$(grep -o 'workers: [0-9,]* rows' "$WORK/import.out" | grep -o '[0-9,]*' | head -1)
  echo "| $rows | $rawtime | $ours | $(awk -v a="$ours" -v b="$rawtime" 'BEGIN { printf "%.1f", a / b }') | $(( $(cat "$WORK/rss") / 1024 )) |"
done
# Two floors, each into an empty copy of the workers table with its primary key and its unique key (organisation, staff
# reference) but no foreign key: (1) the database's own import of the 1,000,000 people from a CSV file that already holds
# their ids; (2) copying the 1,000,000 rows already held, with nothing to read or check. No upload that keeps those keys
# can write its rows quicker than (2).
keyed_copy() {
  if [ "$PROVIDER" = postgres ]; then
    $PSQL -d bench -c "DROP TABLE IF EXISTS keyed_workers" -c "CREATE TABLE keyed_workers (LIKE workers INCLUDING ALL)" >/dev/null
  else
    sqlite3 "$WORK/bench.db" "DROP TABLE IF EXISTS keyed_workers;
      $(sqlite3 "$WORK/bench.db" "SELECT sql FROM sqlite_master WHERE name = 'workers'" | sed 's/CREATE TABLE "workers"/CREATE TABLE "keyed_workers"/');
      CREATE UNIQUE INDEX ix_keyed_workers ON keyed_workers (organisation_id, staff_reference);"
  fi
}
ratio() { awk -v a="$1" -v b="$rawtime" 'BEGIN { printf "%.1f", a / b }'; }
keyed_copy
if [ "$PROVIDER" = postgres ]; then
  $PSQL -d bench -c "\\copy (SELECT * FROM workers) TO '$WORK/keyed.csv' WITH (FORMAT csv)" >/dev/null
  start=$(date +%s.%N); $PSQL -d bench -c "\\copy keyed_workers FROM '$WORK/keyed.csv' WITH (FORMAT csv)"; end=$(date +%s.%N)
else
  sqlite3 "$WORK/bench.db" ".mode csv" ".output $WORK/keyed.csv" "SELECT * FROM workers"
  start=$(date +%s.%N); sqlite3 "$WORK/bench.db" ".import --csv $WORK/keyed.csv keyed_workers"; end=$(date +%s.%N)
fi
floor1=$(seconds "$start" "$end")
keyed_copy
if [ "$PROVIDER" = postgres ]; then
  start=$(date +%s.%N); $PSQL -d bench -c "INSERT INTO keyed_workers SELECT * FROM workers"; end=$(date +%s.%N)
  $PSQL -d bench -c "DROP TABLE keyed_workers" >/dev/null
else
  # WHERE 1: row by row, as an upload writes (without it SQLite copies the whole table and index pages at once).
  start=$(date +%s.%N); sqlite3 "$WORK/bench.db" "INSERT INTO keyed_workers SELECT * FROM workers WHERE 1"; end=$(date +%s.%N)
  sqlite3 "$WORK/bench.db" "DROP TABLE keyed_workers"
fi
floor2=$(seconds "$start" "$end")
echo
echo "Floors, into a copy of the workers table with its keys (1,000,000 people; raw import $rawtime s):"
echo "    the database's own import of the people as CSV: $floor1 s ($(ratio "$floor1") times the raw import);"
echo "    copying the rows already held, nothing to read or check: $floor2 s ($(ratio "$floor2") times the raw import)."
echo
echo "Stages of the 1,000,000-row import (seconds since the command started):"
grep '^\[' "$WORK/import.err" | sed 's/^/    /'
echo
start=$(date +%s.%N)
$CLI workforce import --area E06000019 "$WORK/m/training.csv" >/dev/null
end=$(date +%s.%N)
echo "Training records file for the reports ($(($(wc -l <"$WORK/m/training.csv") - 1)) rows) uploaded in $(seconds "$start" "$end") s."
echo
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll workforce-reports E06000019 5
