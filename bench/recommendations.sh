#!/usr/bin/env bash
# Recommendations over 100,000 opportunities, quiet and while partners edit, in one run:
#
# - cold start: from `mitra serve` on a seeded database to the first recommendation answered
#   (the catalogue built whole);
# - quiet phase: latency (p50/p90/p99) of GET /api/v1/organizations/{id}/recommendations from
#   wrk at a paced rate, beside a plain read of the same organisations as the peer baseline,
#   and the server's CPU time;
# - write phase: the same load while bench/recommendations_writer.py makes --changes-per-second
#   changes (publish an opportunity for a probe firm, archive it, each followed by the probe's
#   next request), with the share of next requests that saw the change, and the server's CPU
#   time beside the quiet phase's at the same request rate.
#
# Needs wrk (apt-get install -y wrk), python3, curl and bc. On PostgreSQL (--postgres URL, a
# database the script creates and drops) a second server shares the database and the probe
# asks it, so the freshness figure is the other process's.
#
# usage: bench/recommendations.sh [--opportunities N] [--duration SECONDS] [--connections C]
#                                 [--pause-ms MS] [--changes-per-second W] [--postgres URL]
#                                 [--binary PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
opportunities=100000
duration=20
connections=4
pause_ms=10
changes=10
postgres=""
binary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --opportunities) opportunities=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --pause-ms) pause_ms=$2; shift 2 ;;
    --changes-per-second) changes=$2; shift 2 ;;
    --postgres) postgres=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk python3 curl bc; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install -y $tool)" >&2; exit 1; }
done
if [ -z "$binary" ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/mitra-target}"
  cargo build --release --quiet -p mitra
  binary="$CARGO_TARGET_DIR/release/mitra"
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$postgres" ]; then psql -q "$postgres" -c "DROP DATABASE IF EXISTS mitra_bench_recommendations" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export MITRA_TODAY=2027-09-15 MITRA_LOG=warn,mitra_app=info

if [ -n "$postgres" ]; then
  psql -q "$postgres" -c "DROP DATABASE IF EXISTS mitra_bench_recommendations" -c "CREATE DATABASE mitra_bench_recommendations"
  database=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/mitra_bench_recommendations")))' "$postgres")
  backend=PostgreSQL
else
  database="$work/bench.db"
  backend=SQLite
fi
"$binary" seed --database-url "$database" --synthetic-opportunities "$opportunities" --admin-token-file "$work/token" \
  | grep "seeded with"
# Every request goes as the demo's administrator, who may see every firm and its recommendations.
auth="Authorization: Bearer $(cat "$work/token")"

# Cold start: a server on the seeded database, up to its first recommendation.
start_server() {  # $1: a name for the log; prints the server's base URL
  local port=$((20000 + RANDOM % 20000))
  "$binary" serve --database-url "$database" --bind "127.0.0.1:$port" >"$work/$1.log" 2>&1 &
  pids+=($!)
  echo "$! http://127.0.0.1:$port"
}
started=$(date +%s.%N)
read -r server base < <(start_server server)
until curl -sf "$base/healthz" >/dev/null; do sleep 0.02; done
probe_firm() {
  curl -sf -X POST "$base/api/v1/organizations" -H "$auth" -H 'content-type: application/json' -d '{
    "kind": "msme", "name": "Zqv Probe Traders", "country": "GH", "region": "Ashanti", "languages": ["en"],
    "msme": {"legal_form": "sole_proprietorship", "industry_code": "4721", "employees": 3,
             "operating_status": "operating",
             "needs": [{"channel": "resources", "description": "zqvprobe working capital"}]}}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}
ids=$(curl -sf -H "$auth" "$base/api/v1/organizations?kind=msme&limit=200" "$base/api/v1/organizations?kind=msme&country=IN&limit=150" \
  "$base/api/v1/organizations?kind=msme&country=MX&limit=150" | python3 -c '
import json, sys
for document in sys.stdin.read().replace("}{", "}\n{").splitlines():
    for item in json.loads(document)["items"]:
        if item["msme"]["operating_status"] != "permanently_closed":
            print(item["id"])')
first=$(echo "$ids" | head -n 1)
curl -sf -H "$auth" "$base/api/v1/organizations/$first/recommendations" >/dev/null
cold=$(echo "$(date +%s.%N) - $started" | bc)
probe=$(probe_firm)
partner=$(curl -sf -H "$auth" "$base/api/v1/organizations?kind=nonprofit&country=GH&limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')
reader_base=$base
if [ -n "$postgres" ]; then
  read -r _ reader_base < <(start_server reader)
  until curl -sf "$reader_base/healthz" >/dev/null; do sleep 0.02; done
  curl -sf -H "$auth" "$reader_base/api/v1/organizations/$first/recommendations" >/dev/null
fi
echo "$backend, $((opportunities + 35)) opportunities: cold start to the first recommendation $(printf %.2f "$cold") s"

script() {  # a wrk script that walks the ids, with $1 after each id, pausing between requests
  { echo "ids = {"; for id in $ids; do echo "\"$id\","; done; echo "}"
    echo "i = 0"
    echo "wrk.headers[\"Authorization\"] = \"${auth#Authorization: }\""
    echo "request = function() i = i % #ids + 1; return wrk.format(\"GET\", \"/api/v1/organizations/\" .. ids[i] .. \"$1\") end"
    echo "delay = function() return $pause_ms end"
  } >"$work/walk$2.lua"
  echo "$work/walk$2.lua"
}
cpu_seconds() {  # user + system CPU seconds of a process
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$1/stat"
}
row() {  # label, wrk output, CPU seconds, extra
  awk -v label="$1" -v cpu="$3" -v extra="$4" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $NF }
    END { printf "%-36s %9s %9s %9s %9s %7s %8s  %s\n", label, p50, p90, p99, rps, errors + 0, cpu, extra }' "$2"
}
run() {  # path suffix, tag; leaves wrk's output in $work/wrk<tag>.txt and the CPU in $cpu
  local before; before=$(cpu_seconds "$server")
  wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$(script "$1" "$2")" "$base" >"$work/wrk$2.txt"
  cpu=$(echo "$(cpu_seconds "$server") - $before" | bc)
}
printf "%-36s %9s %9s %9s %9s %7s %8s\n" "($connections connections, ${pause_ms} ms pause, ${duration}s)" p50 p90 p99 req/s non-2xx "CPU s"
run "/recommendations" quiet
quiet_cpu=$cpu
row "recommendations (top 10), quiet" "$work/wrkquiet.txt" "$cpu" ""
run "" peer
row "organisation by id (peer baseline)" "$work/wrkpeer.txt" "$cpu" ""
MITRA_TOKEN="${auth#Authorization: Bearer }" python3 bench/recommendations_writer.py "$base" --read-base "$reader_base" --partner "$partner" --probe "$probe" \
  --duration "$duration" --changes-per-second "$changes" >"$work/writer.txt" &
pids+=($!)
writer=$!
run "/recommendations" writes
wait "$writer"
row "recommendations, $changes changes/s" "$work/wrkwrites.txt" "$cpu" ""
echo "write phase: $(cat "$work/writer.txt")"
echo "CPU, write phase / quiet phase: $(echo "scale=2; $cpu / $quiet_cpu" | bc)"
grep -h "catalogue built" "$work"/*.log | tail -n 3 || true
