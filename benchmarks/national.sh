#!/usr/bin/env bash
# National-size benchmark for the qualifications framework, on SQLite or PostgreSQL.
# Makes a fresh database with the demo data, adds the generated national catalogue (50,000
# qualifications, 500,000 units, about 2,000,000 unit links, every unit mapped to the Common Core,
# 1,000 roles), starts the web app (Release, Production) on 127.0.0.1:5099, times the first
# (cold) request of the coverage report and of a progression query, then measures each path.
# Usage: bash benchmarks/national.sh [sqlite|postgres] [requests-per-path]
# PostgreSQL: a throwaway server is started on a free loopback port (as scripts/test.sh does).
# SQLite: set NATIONAL_DB=/path/national.db to keep the generated database and reuse it next time.
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}
REQUESTS=${2:-200}
APP=""
WORK=$(mktemp -d)
PG_STOP=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null
  # Keep the app's log for a look afterwards (the last run's, beside the other temporary files).
  [ -f "$WORK/app.log" ] && cp "$WORK/app.log" "${TMPDIR:-/tmp}/national-app-$PROVIDER.log"
  [ -n "$PG_STOP" ] && eval "$PG_STOP"
  rm -rf "$WORK"
}
trap cleanup EXIT
since() { awk -v now="$(date +%s.%N)" -v then="$1" 'BEGIN { printf "%.1f", now - then }'; }
for project in src/OneWorkforce.Web src/OneWorkforce.Cli benchmarks/OneWorkforce.Benchmarks; do dotnet build "$project" -c Release -v quiet -nologo >/dev/null; done
export Mail__PickupDirectory="$WORK/mail"
if [ "$PROVIDER" = postgres ]; then
  source scripts/throwaway-postgres.sh
  start_throwaway_postgres 56432 "-c shared_buffers=512MB"
  PORT=$PG_PORT
  PG_STOP=stop_throwaway_postgres
  export Database__Provider=Postgres ConnectionStrings__OneWorkforce="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
else
  DB=${NATIONAL_DB:-$WORK/national.db}
  export Database__Provider=Sqlite ConnectionStrings__OneWorkforce="Data Source=$DB"
fi
if [ "$PROVIDER" = postgres ] || [ ! -f "$DB" ]; then
  dotnet src/OneWorkforce.Cli/bin/Release/net10.0/oneworkforce.dll demo load >/dev/null
  # No command time limit for the generator: PostgreSQL takes over 30 s to finish the COPY of 2 million links.
  GENERATOR_DB="$ConnectionStrings__OneWorkforce"
  [ "$PROVIDER" = postgres ] && GENERATOR_DB="$GENERATOR_DB;Command Timeout=0"
  ConnectionStrings__OneWorkforce="$GENERATOR_DB" dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll national-catalogue
else
  echo "Reusing $DB"
fi
STARTED=$(date +%s.%N)
env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "Logging__LogLevel__OneWorkforce.Data.Catalogue=Information" \
  dotnet src/OneWorkforce.Web/bin/Release/net10.0/OneWorkforce.Web.dll --urls http://127.0.0.1:5099 --contentRoot "$PWD/src/OneWorkforce.Web" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 90); do curl -sf http://127.0.0.1:5099/health >/dev/null && break; sleep 1; done
curl -sf http://127.0.0.1:5099/health >/dev/null || { echo "The app did not start:"; tail -20 "$WORK/app.log"; exit 1; }
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $PROVIDER; Release build; one client on loopback."
# The snapshots are built in the background from start-up (CatalogueWarmer); a request that comes
# first waits for the build it needs.
for path in "/api/v1/progression?from=EYQ-248&to=EYQ-247" "/qualifications/coverage"; do
  curl -s -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:5099$path"
  echo "Answered $(since "$STARTED") s after the app was started: $path"
done
# Measure only once the warmer has built every snapshot, so no row overlaps a build on the same cores.
for _ in $(seq 1 300); do grep -q "Built the catalogue snapshot role-summaries" "$WORK/app.log" && break; sleep 1; done
sleep 5
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll pages http://127.0.0.1:5099 "$REQUESTS" \
  "/qualifications?Q=early+years+educator&Level=3" "/qualifications?Q=child" "/qualifications?Q=diploma&Status=current" \
  "/api/v1/qualifications?q=playwork&level=3" "/api/v1/qualifications/suggest?q=play" "/qualifications?Sector=health" \
  "/qualifications/GEN-100" "/qualifications/EYQ-247" "/roles/generated-role-5" \
  "/api/v1/progression?from=EYQ-248&to=EYQ-247" "/api/v1/progression?from=GEN-100&to=GEN-2000" "/api/v1/progression?from=GEN-100&role=generated-role-5" \
  "/qualifications/coverage" "/api/v1/qualifications/coverage"
echo "Imports of the DfE early years list into the national database (the app running beside it):"
DATA=src/OneWorkforce.Data/Qualifications/StarterData
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll import-eyql-into \
  "$DATA/1-ey-quals-full-2024-with-new-reference-fields.csv" "$DATA/2-ey-quals-updates-09-08-24.csv"
CHANGED=$(date +%s.%N)
curl -s -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:5099/qualifications/coverage"
echo "Coverage report answered $(since "$CHANGED") s after the import changed the catalogue"
echo "Snapshot builds (from the app's log):"
grep -o "Built the catalogue snapshot .*" "$WORK/app.log" || true
