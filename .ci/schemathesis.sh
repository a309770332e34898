#!/usr/bin/env bash
# The OpenAPI document is exactly the server: schemathesis generates requests from it (examples,
# boundary values, fuzzing, and the stateful phase that follows the document's links) against a
# demo server, and fails on any response the document does not allow. A short run, pinned
# version, fixed seed (one worker for the first run: hypothesis can trip over its own threads there); .ci/schemathesis_hooks.py names the few rules no schema can state.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/mitra-target}"
venv=/var/tmp/mitra-schemathesis-venv
version=4.32.5
if [ "$("$venv/bin/st" --version 2>/dev/null | grep -o '[0-9.]*$' || true)" != "$version" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis==$version"
fi
cargo build --quiet -p mitra
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
"$CARGO_TARGET_DIR/debug/mitra" demo --database "$work/demo.db" --bind "127.0.0.1:$port" --today 2027-09-15 \
  --admin-token-file "$work/token" \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
# Changes need a personal API token: the demo's administrator's.
token=$(cat "$work/token")
# A token the server refuses would leave every change untested behind a 401: make sure it works.
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/organizations?limit=1" >/dev/null
export SCHEMATHESIS_HOOKS=.ci/schemathesis_hooks.py
# Examples, boundary values and fuzzing of every operation but the impact estimate, which runs a
# 299-sample bootstrap over the demo's 2,500 firms (about 17 s a call in this debug build): its
# filters are read as the dashboard's are, and the integration tests check its answers.
"$venv/bin/st" run "http://127.0.0.1:$port/api/openapi.json" --phases examples,coverage,fuzzing \
  --exclude-operation-id impact \
  --checks all --exclude-checks positive_data_acceptance -H "Authorization: Bearer $token" \
  --max-examples 30 --workers 1 --seed 1 --generation-database none --no-color | tee "$work/st.log"
if grep -q "Authentication failed" "$work/st.log"; then echo "schemathesis could not authenticate" >&2; exit 1; fi
# Sequences that follow the document's links (create, then read, change, archive, publish).
"$venv/bin/st" --config-file .ci/schemathesis.toml run "http://127.0.0.1:$port/api/openapi.json" --phases stateful \
  --exclude-operation-id impact \
  --checks all --exclude-checks positive_data_acceptance -H "Authorization: Bearer $token" \
  --max-examples 100 --workers 2 --seed 1 --generation-database none --no-color
