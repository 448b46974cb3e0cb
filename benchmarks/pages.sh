#!/usr/bin/env bash
# Page latency benchmark. Starts the web app (Release) on 127.0.0.1:5099 with a fresh SQLite
# database and the demo data, measures pages with OneWorkforce.Benchmarks, and stops it.
# Usage: bash benchmarks/pages.sh [requests-per-path]
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-1000}
APP=""
WORK=$(mktemp -d)
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for project in src/OneWorkforce.Web src/OneWorkforce.Cli benchmarks/OneWorkforce.Benchmarks; do dotnet build "$project" -c Release -v quiet -nologo >/dev/null; done
export ConnectionStrings__OneWorkforce="Data Source=$WORK/bench.db" Mail__PickupDirectory="$WORK/mail"
dotnet src/OneWorkforce.Cli/bin/Release/net10.0/oneworkforce.dll demo load >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/OneWorkforce.Web/bin/Release/net10.0/OneWorkforce.Web.dll --urls http://127.0.0.1:5099 --contentRoot "$PWD/src/OneWorkforce.Web" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5099/health >/dev/null && break; sleep 1; done
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; SQLite; Release build; one client on loopback; $REQUESTS requests per path after 100 warm-up requests."
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll pages http://127.0.0.1:5099 "$REQUESTS"
