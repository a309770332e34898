#!/usr/bin/env bash
# Bulk eligibility: CEBA's rule set judged by Mitra on 100,000 and 1,000,000 Canadian firms, side
# by side with the same criteria as one SQL WHERE over the same rows in SQLite and PostgreSQL
# (the way other platforms filter). The counts of eligible firms must agree. Medians of 5 runs.
#
# usage: bench/eligibility.sh [--postgres URL] [FIRMS ...]
#   --postgres URL   a PostgreSQL server to compare with (default postgres://postgres@127.0.0.1:5432/postgres;
#                    "none" to leave it out); the table ceba_firms is created and dropped there
set -euo pipefail
cd "$(dirname "$0")/.."
postgres=postgres://postgres@127.0.0.1:5432/postgres
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) postgres="$2"; shift 2 ;;
        *) sizes+=("$1"); shift ;;
    esac
done
if [ "$postgres" != none ]; then export MITRA_BENCH_POSTGRES_URL="$postgres"; fi
exec cargo bench -p mitra-app --bench eligibility -- "${sizes[@]}"
