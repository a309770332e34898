#!/usr/bin/env bash
# Recovery at the scale of a national programme: 1,000,000 MSMEs with 24 months of reports each
# (24,000,000 reports) on SQLite. Seeds the firms (`mitra seed`), writes one CSV per month with
# a row for every firm and a list of which firms (5%) took part in which opportunity from which
# month (bench/recovery_rows.py), records that list (`mitra import participations`), imports the
# 24 files one by one with `mitra import reports` (each 1,000,000 rows, every row checked, stored
# whole; the time and the peak memory of each import are printed), then serves the database and
# times every dashboard page (HTML, signed in as the programme manager) and the JSON API, side
# by side with DuckDB (from PyPI, in a venv) computing the same table from the same rows, and
# checks that the counts agree (bench/recovery_compare.py).
#
# Needs python3 (with venv), sqlite3 and a network to PyPI the first time (the venv is kept in
# bench/.venv-duckdb). At the default scale the database takes about 13 GB of disk and the run
# about 40 minutes on 2 cores, most of it the imports.
#
# usage: bench/recovery.sh [--msmes-per-country K] [--months M] [--times N] [--binary PATH]
#                          [--keep DIR]
#   --msmes-per-country K  MSMEs in each of the five countries (200000: 1,000,000 in all)
#   --months M             months of reports from January 2020 (24)
#   --times N              timed requests per dashboard (10)
#   --binary PATH          the mitra binary to run; without it, cargo build --release -p mitra
#   --keep DIR             keep the database, the files and the logs in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
msmes_per_country=200000
months=24
times=10
binary=""
keep=""
today=2022-03-15
# Seeded a day before: each command's clock starts at noon of its --today, and a session must be
# newer than the password it signed in with.
seeded=2022-03-14
while [ $# -gt 0 ]; do
  case "$1" in
    --msmes-per-country) msmes_per_country=$2; shift 2 ;;
    --months) months=$2; shift 2 ;;
    --times) times=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
if [ -z "$binary" ]; then
  cargo build --release -q -p mitra
  binary="${CARGO_TARGET_DIR:-target}/release/mitra"
fi
venv=bench/.venv-duckdb
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q duckdb
fi
if [ -n "$keep" ]; then work=$keep; mkdir -p "$work"; else work=$(mktemp -d); fi
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  if [ -z "$keep" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
db="$work/recovery.db"
rm -f "$db" "$db-wal" "$db-shm"

echo "== seeding $((msmes_per_country * 5)) MSMEs"
start=$(date +%s.%N)
"$binary" seed --database-url "$db" --msmes-per-country "$msmes_per_country" --today "$seeded" >"$work/people" 2>"$work/seed.log"
echo "seeded in $(echo "$(date +%s.%N) - $start" | bc) s"
admin=$(awk '$1 == "administrator" { print $2 }' "$work/people")
read -r manager password < <(awk '$1 == "programme_manager" { print $2, $3 }' "$work/people")
[ -n "$admin" ] && [ -n "$manager" ] || { cat "$work/people" "$work/seed.log"; exit 1; }

echo "== writing $months monthly files"
python3 bench/recovery_rows.py --database "$db" --out "$work" --months "$months"

echo "== recording who took part in which opportunity (mitra import participations)"
/usr/bin/time -f '%e %M' -o "$work/time" \
  "$binary" import participations "$work/participations.csv" --database-url "$db" --as "$admin" --today "$today" \
  >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
read -r seconds kib <"$work/time"
echo "$(($(wc -l <"$work/participations.csv") - 1)) participations in $seconds s, peak RSS $((kib / 1024)) MiB"

echo "== importing each month (mitra import reports, release build)"
printf '%-8s %10s %9s %10s %12s\n' month rows seconds rows/s "peak RSS"
for file in "$work"/reports-*.csv; do
  month=$(basename "$file" .csv); month=${month#reports-}
  rows=$(($(wc -l <"$file") - 1))
  /usr/bin/time -f '%e %M' -o "$work/time" \
    "$binary" import reports "$file" --database-url "$db" --as "$admin" --today "$today" >"$work/import.log" 2>&1 \
    || { cat "$work/import.log"; exit 1; }
  read -r seconds kib <"$work/time"
  printf '%-8s %10s %9s %10s %9s MiB\n' "$month" "$rows" "$seconds" "$(echo "$rows / $seconds" | bc)" "$((kib / 1024))"
  rm -f "$file"
done
echo "database: $(du -h "$db" | cut -f1)"

echo "== the reports' columns to CSV for DuckDB"
sqlite3 -header -csv "$db" "SELECT msme_id, month, country, region_key, sector, size_class, women_led, youth_led, \
  partnered, status, index_points, paid_employees, jobs_maintained, jobs_created FROM recovery_reports" >"$work/reports.csv"
sqlite3 -header -csv "$db" "SELECT p.msme_id, p.opportunity_id, p.channel, p.since, o.partner_id, \
  COALESCE(o.programme_id, 'none') AS programme_id \
  FROM recovery_partnerships p JOIN opportunities o ON o.id = p.opportunity_id" >"$work/partnerships.csv"

token=$("$binary" token create --database-url "$db" --email "$manager" --name bench --today "$today" | tail -n 1)
"$binary" serve --database-url "$db" --bind 127.0.0.1:0 --today "$today" >"$work/out" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 600); do grep -q 'running at' "$work/out" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*/' "$work/out" | tail -n 1)
[ -n "$url" ] || { cat "$work/out" "$work/serve.log"; exit 1; }

echo "== dashboards, $times requests each ($(nproc) cores)"
"$venv/bin/python" bench/recovery_compare.py --base "$url" --email "$manager" --password "$password" \
  --token "$token" --reports "$work/reports.csv" --partnerships "$work/partnerships.csv" --times "$times"
