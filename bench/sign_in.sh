#!/usr/bin/env bash
# What a sign-in costs: the argon2id hash (19 MiB, 2 passes, 1 lane, OWASP's first choice) is
# most of it. Starts the release demo, signs in through the form N times as its administrator
# (a fresh cookie jar each time, so each is a whole sign-in: the form's CSRF token, the POST,
# the password check, the new session), and prints the median and p90 of the POST alone, side by
# side with a GET of the sign-in page on the same server as the floor of a request.
#
# Needs curl. usage: bench/sign_in.sh [--times N] [--binary PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
times=30
binary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --times) times="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$binary" ]; then
  cargo build --release -q -p mitra
  binary="${CARGO_TARGET_DIR:-target}/release/mitra"
fi
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" demo --database "$work/demo.db" --bind 127.0.0.1:0 --today 2027-09-15 --msmes-per-country 20 \
  >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 1 600); do grep -q 'running at' "$work/out" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*/' "$work/out" | tail -n 1)
read -r email password < <(awk '$1 == "administrator" { print $2, $3 }' "$work/out")
[ -n "$url" ] && [ -n "$email" ] || { cat "$work/out" "$work/err"; exit 1; }

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f ms median, %.1f ms p90", a[int((NR + 1) / 2)] * 1000, a[int(NR * 0.9 + 0.5)] * 1000 }'; }
: >"$work/post"; : >"$work/get"
for _ in $(seq 1 "$times"); do
  jar="$work/jar"; rm -f "$jar"
  csrf=$(curl -s -c "$jar" -w '' "${url}sign-in" -o "$work/page" && grep -o 'name="csrf" value="[^"]*"' "$work/page" | head -n 1 | cut -d'"' -f4)
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "${url}sign-in" >>"$work/get"
  curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{http_code} %{time_total}\n' \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=$email" --data-urlencode "password=$password" \
    --data-urlencode "next=/" "${url}sign-in" >>"$work/post.raw"
done
if grep -qv '^303 ' "$work/post.raw"; then echo "a sign-in failed:"; sort "$work/post.raw" | uniq -c; exit 1; fi
cut -d' ' -f2 "$work/post.raw" >"$work/post"
echo "sign-in (POST /sign-in, argon2id m=19456 KiB t=2 p=1), $times times: $(median <"$work/post")"
echo "the sign-in page (GET /sign-in) on the same server:          $(median <"$work/get")"
echo "cores: $(nproc)"
