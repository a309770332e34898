#!/usr/bin/env bash
# Builds Mitra in release mode, installs the peer solvers from PyPI into a virtual environment
# and runs the side-by-side assignment benchmark. Options are passed to bench/assignment.py
# (for example --sizes small for a quick run, --repeat 5).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/mitra-target}"
venv="${MITRA_BENCH_VENV:-/var/tmp/mitra-bench/venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet numpy scipy ortools lap
fi
cargo build --release --quiet -p mitra
"$venv/bin/python" bench/assignment.py --mitra "$CARGO_TARGET_DIR/release/mitra" "$@"
