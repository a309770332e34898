#!/usr/bin/env bash
# Population top-k (100,000 MSMEs x 10,000 opportunities, 32 features, top 10): Mitra's engine on
# both cores, side by side with NumPy (blocked matrix product and argpartition) on one OpenBLAS
# thread, in the same run. NumPy comes from PyPI into a virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/mitra-target}"
venv="${MITRA_BENCH_VENV:-/var/tmp/mitra-bench/venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet numpy
fi
reps="${REPS:-5}"
cargo build --release --quiet -p mitra-matcher --example topk_bench
mitra=$("$CARGO_TARGET_DIR/release/examples/topk_bench" --reps "$reps" --threads 2 --check 200 --queries 0 | tail -n 1)
numpy=$(OPENBLAS_NUM_THREADS=1 "$venv/bin/python" bench/topk_numpy.py --reps 3 | tail -n 1)
python3 - "$mitra" "$numpy" <<'PY'
import json, sys
mitra, numpy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
m = mitra["topk_median_s"]
n = numpy["median_s"]
print(f"{'solver':<28} {'median':>9}")
print(f"{'mitra (2 threads)':<28} {m:>8.3f}s")
print(f"{'numpy (1 OpenBLAS thread)':<28} {n:>8.3f}s")
print(f"mitra / numpy: {m / n:.3f}  (numpy is {n / m:.1f} times slower)")
PY
