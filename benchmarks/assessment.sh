#!/usr/bin/env bash
# Self-assessment analysis benchmark: 100,000 responses × 64 items in a fresh database, the analysis timed
# cold and warm. Usage: bash benchmarks/assessment.sh [sqlite|postgres] [responses] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}
RESPONSES=${2:-100000}
RUNS=${3:-10}
WORK=$(mktemp -d)
PG_STOP=""
trap '[ -n "$PG_STOP" ] && eval "$PG_STOP"; rm -rf "$WORK"' EXIT
dotnet build benchmarks/OneWorkforce.Benchmarks -c Release -v quiet -nologo >/dev/null
if [ "$PROVIDER" = postgres ]; then
  source scripts/throwaway-postgres.sh
  start_throwaway_postgres 56433 ""
  PG_STOP=stop_throwaway_postgres
  export Database__Provider=Postgres ConnectionStrings__OneWorkforce="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
else
  export ConnectionStrings__OneWorkforce="Data Source=$WORK/assessment.db"
fi
export Mail__PickupDirectory="$WORK/mail"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $PROVIDER; Release build; $RESPONSES responses × 64 items; $RUNS warm runs."
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll assessment-analysis "$RESPONSES" "$RUNS"
