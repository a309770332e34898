#!/usr/bin/env bash
# The registry at the scale of a national programme: 1,000,000 MSMEs (five countries of the demo)
# on SQLite and on PostgreSQL. Prints the seeding time, the server's RSS after seeding and after
# the load, and for every list request a person makes (the MSME list, first and deep pages, each
# filter of GET /api/v1/organizations alone and combined, text queries, the opportunities' filters,
# the HTML directory) p50 and p99 over sequential requests on one kept-alive connection, side by
# side with the same SELECT (the same WHERE, ORDER BY seq, LIMIT page + 1, values bound) in the
# database's own shell as the floor: sqlite3 and psql. The helper, bench/registry_latency.py, also
# checks that the server returned the rows the shell does. A p99 over 50 ms is flagged.
#
# Needs python3, curl, sqlite3 and (for PostgreSQL) psql with a server whose user may create
# databases: apt-get install -y sqlite3 postgresql-client. The database mitra_bench is created
# and dropped on it. One request at a time (and the shell only while the server is idle), so a
# machine of two cores is enough. At the default scale the databases take about 3.5 GB (SQLite)
# and 2.5 GB (PostgreSQL) of disk, and seeding takes most of the time.
#
# usage: bench/registry.sh [--msmes-per-country K] [--backends sqlite,postgres] [--postgres URL]
#                          [--opportunities N] [--requests R] [--budget SECONDS] [--binary PATH]
#                          [--keep DIR] [--no-analyze]
#   --msmes-per-country K  MSMEs in each of the five countries (200000: 1,000,000 in all)
#   --opportunities N      synthetic opportunities on top of the demo's own (10000)
#   --requests R           timed requests per list request (200), fewer when one takes long
#   --budget SECONDS       time spent on one list request once 10 are timed, at most (20)
#   --binary PATH          the mitra binary to run; without it, cargo build --release -p mitra
#   --keep DIR             keep the results (JSON lines), the logs and the SQLite file in DIR
#   --no-analyze           on PostgreSQL, measure the tables as seeded even if they have no planner
#                          statistics (by default the script runs ANALYZE if nothing has, as
#                          autovacuum would within a minute or so on a server where it is on)
set -euo pipefail
cd "$(dirname "$0")/.."
msmes_per_country=200000
opportunities=10000
backends=sqlite,postgres
postgres=postgres://postgres@127.0.0.1:5432/
requests=200
budget=20
binary=""
keep=""
analyze=yes
today=2027-09-15
while [ $# -gt 0 ]; do
  case "$1" in
    --msmes-per-country) msmes_per_country=$2; shift 2 ;;
    --opportunities) opportunities=$2; shift 2 ;;
    --backends) backends=$2; shift 2 ;;
    --postgres) postgres=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --budget) budget=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --no-analyze) analyze=no; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for backend in ${backends//,/ }; do
  case "$backend" in
    sqlite) command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; } ;;
    postgres) command -v psql >/dev/null || { echo "psql is needed: apt-get install -y postgresql-client" >&2; exit 1; } ;;
    *) echo "unknown backend $backend (sqlite, postgres)" >&2; exit 2 ;;
  esac
done
command -v curl >/dev/null || { echo "curl is needed: apt-get install -y curl" >&2; exit 1; }
if [ -z "$binary" ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/mitra-target}"
  cargo build --release --quiet -p mitra
  binary="$CARGO_TARGET_DIR/release/mitra"
fi
helper=bench/registry_latency.py
work=$(mktemp -d)
server=""
bench_db=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "$bench_db" ]; then psql "$postgres" -X -q -c 'DROP DATABASE IF EXISTS mitra_bench WITH (FORCE)' >/dev/null 2>&1 || true; fi
  if [ -n "$keep" ]; then mkdir -p "$keep" && cp -r "$work"/. "$keep"/; fi
  rm -rf "$work"
}
trap cleanup EXIT
msmes=$((msmes_per_country * 5))
echo "Registry benchmark: $msmes MSMEs ($msmes_per_country in each of 5 countries), $opportunities synthetic opportunities, today $today"
echo "binary: $binary; $(nproc) cores; $requests requests per list request (at most ${budget}s each once 10 are timed)"

rss() {  # the resident and peak memory of process $1
  awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 } END { printf "%.0f MiB (peak so far %.0f MiB)", rss / 1024, hwm / 1024 }' "/proc/$1/status"
}
mib() { awk -v kib="$1" 'BEGIN { printf "%.0f MiB", kib / 1024 }'; }
since() { awk -v from="$1" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }'; }

# Starts the server (the arguments), waits until it answers and its work at start is done (the
# refresh of the filter columns over every record, the recommendation catalogue); sets $base.
start() {
  local log=$1; shift
  local started; started=$(date +%s.%N)
  : >"$log"
  MITRA_LOG=warn,mitra_app=debug "$binary" "$@" --bind 127.0.0.1:0 --today "$today" >"$log" 2>&1 &
  server=$!
  base=""
  while [ -z "$base" ]; do
    kill -0 "$server" 2>/dev/null || { echo "the server stopped:" >&2; tail -n 20 "$log" >&2; exit 1; }
    base=$(sed -n 's|^Mitra is running at \(http://[^/]*\)/.*|\1|p' "$log" | head -n 1)
    [ -n "$base" ] || sleep 0.2
  done
  until curl -sf "$base/healthz" >/dev/null; do sleep 0.1; done
  local serving; serving=$(date +%s.%N)
  grep -h "seeded with" "$log" | sed 's/^/  /' || true
  echo "  serving after $(since "$started") s"
  for line in "recommendation catalogue (built|could not)" "filter columns (refreshed|could not)"; do
    until grep -q -E "$line" "$log"; do
      kill -0 "$server" 2>/dev/null || { echo "the server stopped:" >&2; tail -n 20 "$log" >&2; exit 1; }
      sleep 0.5
    done
  done
  echo "  work at start done after $(since "$serving") s more:"
  grep -h -E "recommendation catalogue|filter columns" "$log" | sed -E 's/\x1b\[[0-9;]*m//g; s/^/    /'
  echo "  server RSS after seeding: $(rss "$server")"
}

stop() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

measure() {  # backend, database (file or URL)
  # As the demo's administrator, who may see every firm (a visitor sees the partners only).
  python3 "$helper" measure --base "$base" --backend "$1" --database "$2" --out "$work/results-$1.jsonl" \
    --requests "$requests" --budget "$budget" --token "$(cat "$work/token")"
  echo "  server RSS after the load: $(rss "$server")"
}

for backend in ${backends//,/ }; do
  echo
  case "$backend" in
    sqlite)
      echo "SQLite: mitra demo (seeds, then serves); the floor in sqlite3 $(sqlite3 --version | cut -d' ' -f1) (the server links its own SQLite)"
      start "$work/sqlite.log" demo --database "$work/registry.db" --msmes-per-country "$msmes_per_country" \
        --synthetic-opportunities "$opportunities" --admin-token-file "$work/token"
      echo "  database: $(du -cm "$work"/registry.db* | tail -n 1 | cut -f1) MiB (with its WAL); planner statistics (sqlite_stat1): $(sqlite3 -readonly "$work/registry.db" "SELECT CASE WHEN count(*) > 0 THEN 'yes' ELSE 'none' END FROM sqlite_master WHERE name = 'sqlite_stat1'")"
      measure sqlite "$work/registry.db"
      stop
      ;;
    postgres)
      url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/mitra_bench")))' "$postgres")
      echo "PostgreSQL: mitra seed, then mitra serve ($(psql "$postgres" -X -Atc 'SHOW server_version'))"
      psql "$postgres" -X -q -c 'DROP DATABASE IF EXISTS mitra_bench WITH (FORCE)' -c 'CREATE DATABASE mitra_bench' >/dev/null
      bench_db=mitra_bench
      MITRA_LOG=warn python3 "$helper" exec --report "$work/seed.txt" -- "$binary" seed --database-url "$url" \
        --msmes-per-country "$msmes_per_country" --synthetic-opportunities "$opportunities" --today "$today" \
        --admin-token-file "$work/token" | grep -v '^  [a-z_]* *[a-z]*@demo' | sed 's/^/  /'
      read -r seconds peak <"$work/seed.txt"
      echo "  mitra seed: ${seconds} s wall-clock, peak RSS $(mib "$peak")"
      unanalyzed=$(psql "$url" -X -Atc "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('organizations', 'opportunities') AND last_analyze IS NULL AND last_autoanalyze IS NULL")
      if [ "$unanalyzed" != 0 ]; then
        note="the seeded tables have no planner statistics (autovacuum is $(psql "$url" -X -Atc 'SHOW autovacuum') on this server)"
        if [ "$analyze" = yes ]; then
          analyzed=$(date +%s.%N)
          psql "$url" -X -q -c 'ANALYZE'
          echo "  $note: ran ANALYZE in $(since "$analyzed") s"
        else
          echo "  $note: measuring them so (--no-analyze)"
        fi
      fi
      start "$work/postgres.log" serve --database-url "$url"
      echo "  database: $(psql "$postgres" -X -Atc "SELECT pg_size_pretty(pg_database_size('mitra_bench'))")"
      measure postgres "$url"
      stop
      ;;
  esac
done

echo
results=()
for backend in ${backends//,/ }; do results+=("$work/results-$backend.jsonl"); done
python3 "$helper" table --plans "${results[@]}"
