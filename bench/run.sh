#!/usr/bin/env bash
# Runs one of Dyad's benchmarks and prints its table: Dyad against the reference, measured in the same run.
#   bench/run.sh import    [--size 20000]  [--providers sqlite,postgres]   CSV import vs COPY / prepared INSERT loop
#   bench/run.sh analytics [--size 100000] [--providers sqlite,postgres]   NPS, SERVQUAL gaps, recurrence, keywords, health vs pandas
#   bench/run.sh sentiment [--size 200000]                                 VADER vs vader-sentiment on node
#   bench/run.sh api [--seconds 20] [--connections 16] [--providers postgres]  wrk POSTing survey responses vs GET /health
# Installs what it needs (PostgreSQL, pandas, node, wrk) and, when PostgreSQL is used, starts a throw-away server for the run.
# Everything runs under nice, so a shared machine stays usable; results are for comparing ratios, not absolute speed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n 2,8p "$0"; exit 2; }

source tools/throwaway-postgres.sh
missing=()
/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || missing+=(python3-pandas)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
install_missing "${missing[@]}"

dotnet build -c Release bench/Dyad.Bench -v quiet -nologo >/dev/null
[ "$1" != api ] || dotnet build -c Release src/Dyad.Web -v quiet -nologo >/dev/null
if [[ "$*" != *"--providers sqlite"* && "$1" != sentiment ]]; then
  start_throwaway_postgres
  export DYAD_BENCH_POSTGRES="$THROWAWAY_POSTGRES"
fi
nice -n 10 dotnet bench/Dyad.Bench/bin/Release/net10.0/Dyad.Bench.dll "$@"
