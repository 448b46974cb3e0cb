#!/usr/bin/env bash
# National-size benchmark for the qualifications framework, on SQLite or PostgreSQL.
# Makes a fresh database with the demo data, adds the generated national catalogue (50,000
# qualifications, 500,000 units, about 2,000,000 unit links, every unit mapped to the Common Core,
# 1,000 roles), starts the web app (Release, Production) on 127.0.0.1:5099, times the first
# (cold) request of the coverage report and of a progression query, then measures each path.
# Usage: bash benchmarks/national.sh [sqlite|postgres] [requests-per-path]
# PostgreSQL: a throwaway server is started on a free loopback port (as scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}
REQUESTS=${2:-200}
APP=""
WORK=$(mktemp -d)
PG_STOP=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null
  [ -n "$PG_STOP" ] && eval "$PG_STOP"
  rm -rf "$WORK"
}
trap cleanup EXIT
for project in src/OneWorkforce.Web src/OneWorkforce.Cli benchmarks/OneWorkforce.Benchmarks; do dotnet build "$project" -c Release -v quiet -nologo >/dev/null; done
export Mail__PickupDirectory="$WORK/mail"
if [ "$PROVIDER" = postgres ]; then
  source scripts/throwaway-postgres.sh
  start_throwaway_postgres 56432 "-c shared_buffers=512MB"
  PORT=$PG_PORT
  PG_STOP=stop_throwaway_postgres
  export Database__Provider=Postgres ConnectionStrings__OneWorkforce="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
else
  export Database__Provider=Sqlite ConnectionStrings__OneWorkforce="Data Source=$WORK/national.db"
fi
dotnet src/OneWorkforce.Cli/bin/Release/net10.0/oneworkforce.dll demo load >/dev/null
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll national-catalogue
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/OneWorkforce.Web/bin/Release/net10.0/OneWorkforce.Web.dll --urls http://127.0.0.1:5099 --contentRoot "$PWD/src/OneWorkforce.Web" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 90); do curl -sf http://127.0.0.1:5099/health >/dev/null && break; sleep 1; done
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $PROVIDER; Release build; one client on loopback."
for path in "/qualifications/coverage" "/api/v1/progression?from=EYQ-248&to=EYQ-247"; do
  curl -s -o /dev/null -H "X-Forwarded-Proto: https" -w "First request after start (builds the snapshot): %{time_total} s  $path\n" "http://127.0.0.1:5099$path"
done
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll pages http://127.0.0.1:5099 "$REQUESTS" \
  "/qualifications?Q=early+years+educator&Level=3" "/qualifications?Q=child" "/qualifications?Q=diploma&Status=current" \
  "/api/v1/qualifications?q=playwork&level=3" "/api/v1/qualifications/suggest?q=play" "/qualifications?Sector=health" \
  "/qualifications/GEN-100" "/qualifications/EYQ-247" "/roles/generated-role-5" \
  "/api/v1/progression?from=EYQ-248&to=EYQ-247" "/api/v1/progression?from=GEN-100&to=GEN-2000" "/api/v1/progression?from=GEN-100&role=generated-role-5" \
  "/qualifications/coverage" "/api/v1/qualifications/coverage"
echo "Import of the 279-row early years list into the national database:"
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll import-eyql-into \
  src/OneWorkforce.Data/Qualifications/StarterData/2-ey-quals-updates-09-08-24.csv
