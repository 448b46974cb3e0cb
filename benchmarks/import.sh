#!/usr/bin/env bash
# Import benchmark: the 279-row early years list into a fresh SQLite database, median of 7 runs.
# Usage: bash benchmarks/import.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/OneWorkforce.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet benchmarks/OneWorkforce.Benchmarks/bin/Release/net10.0/OneWorkforce.Benchmarks.dll import-eyql \
  src/OneWorkforce.Data/Qualifications/StarterData/1-ey-quals-full-2024-with-new-reference-fields.csv "${1:-7}"
