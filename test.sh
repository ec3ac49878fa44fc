#!/usr/bin/env bash
# Runs Dyad's whole test suite on a fresh machine: installs what is missing (PostgreSQL, Chromium, aiosmtpd,
# poppler-utils, pandas, node), starts a throw-away PostgreSQL server on loopback for the run, and stops it afterwards.
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Accounts".
set -euo pipefail
cd "$(dirname "$0")"

source tools/throwaway-postgres.sh

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Debian's aiosmtpd is the real SMTP server the e-mail tests send to.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
# poppler-utils' pdftoppm and pdftotext read back the PDFs Dyad writes.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
# The benchmarks' small runs check Dyad against pandas and against vader-sentiment on node (installed by npm on first use).
/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || missing+=(python3-pandas)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
install_missing "${missing[@]}"

start_throwaway_postgres
export DYAD_TEST_POSTGRES="$THROWAWAY_POSTGRES"

log=$(mktemp)
status=0
dotnet test Dyad.slnx "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all test assemblies, e.g. "212 passed, 0 failed, 0 skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
