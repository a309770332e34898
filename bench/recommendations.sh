#!/usr/bin/env bash
# Latency of GET /api/v1/organizations/{id}/recommendations (top 10 over 100,000 opportunities)
# under load from wrk on 127.0.0.1, side by side with a plain read of the same organisations
# (GET /api/v1/organizations/{id}) in the same run. Needs wrk (apt-get install -y wrk).
#
# With --writes-per-second W, a loop publishes W opportunities a second during the
# recommendations run, to show what catalogue rebuilds cost the readers.
#
# usage: bench/recommendations.sh [--opportunities N] [--duration SECONDS] [--connections C]
#                                 [--writes-per-second W]
set -euo pipefail
cd "$(dirname "$0")/.."
opportunities=100000
duration=20
connections=4
writes=0
while [ $# -gt 0 ]; do
  case "$1" in
    --opportunities) opportunities=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --writes-per-second) writes=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/mitra-target}"
cargo build --release --quiet -p mitra
work=$(mktemp -d)
writer=""
trap 'kill "$server" $writer 2>/dev/null || true; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
MITRA_LOG=warn "$CARGO_TARGET_DIR/release/mitra" demo --database "$work/bench.db" --bind "127.0.0.1:$port" \
  --synthetic-opportunities "$opportunities" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
grep -h "seeded" "$work/server.log" || true

# 500 MSMEs from all five countries; the first request also waits for the catalogue.
ids=$(curl -sf "$base/api/v1/organizations?kind=msme&limit=200" "$base/api/v1/organizations?kind=msme&country=IN&limit=150" \
  "$base/api/v1/organizations?kind=msme&country=MX&limit=150" | python3 -c '
import json, sys
for document in sys.stdin.read().replace("}{", "}\n{").splitlines():
    for item in json.loads(document)["items"]:
        print(item["id"])')
first=$(echo "$ids" | head -n 1)
started=$(date +%s.%N)
curl -sf "$base/api/v1/organizations/$first/recommendations" >/dev/null
echo "first request (catalogue of $((opportunities + 35)) opportunities ready): $(echo "$(date +%s.%N) - $started" | bc) s"

script() {  # a wrk script that walks the ids, with $1 after each id
  { echo "ids = {"; for id in $ids; do echo "\"$id\","; done; echo "}"
    echo "i = 0"
    echo "request = function() i = i % #ids + 1; return wrk.format(\"GET\", \"/api/v1/organizations/\" .. ids[i] .. \"$1\") end"
  } >"$work/walk$2.lua"
  echo "$work/walk$2.lua"
}
run() {
  wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$(script "$1" "$2")" "$base" >"$work/wrk$2.txt"
  awk -v label="$3" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $NF }
    END { printf "%-34s %10s %10s %10s %10s %8s\n", label, p50, p90, p99, rps, errors + 0 }' "$work/wrk$2.txt"
}
printf "%-34s %10s %10s %10s %10s %8s\n" "endpoint ($connections connections, ${duration}s)" p50 p90 p99 req/s non-2xx
run "/recommendations" 1 "recommendations (top 10)"
run "" 2 "organisation by id (peer baseline)"
if [ "$writes" != 0 ]; then
  partner=$(curl -sf "$base/api/v1/organizations?kind=nonprofit&country=GH&limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')
  pause=$(echo "scale=3; 1 / $writes" | bc)
  ( n=0; while true; do n=$((n + 1))
      curl -s -o /dev/null -X POST "$base/api/v1/opportunities" -H 'content-type: application/json' \
        -d "{\"partner_id\":\"$partner\",\"title\":\"Load test $n\",\"description\":\"Published during the benchmark\",\"channel\":\"training\",\"languages\":[\"en\"],\"country\":\"GH\"}"
      sleep "$pause"; done ) &
  writer=$!
  run "/recommendations" 1 "recommendations, $writes writes/s"
  kill "$writer"; writer=""
fi
