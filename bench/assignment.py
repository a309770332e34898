#!/usr/bin/env python3
"""Side-by-side benchmark of Mitra's exact assignment against peer solvers.

Generates seeded instances in the two binary formats Mitra reads (`.dlap` dense linear
assignment, `.bmat` capacitated sparse assignment with a penalty for the unassigned; the
formats are described in crates/mitra-matcher/src/instance.rs), runs `mitra match solve` and the
peers on the same files in one run, and prints one table: instance, solver, time, peak memory,
objective, and Mitra's time as a ratio of each peer's. Every solver runs in its own process, so
peak memory is its own; times exclude reading the file (each solver reports its own solve time).

Peers (from PyPI, installed by bench/run-assignment.sh into a virtual environment):
  ortools_mcf  OR-Tools SimpleMinCostFlow (cost scaling), dense and sparse
  ortools_lsa  OR-Tools LinearSumAssignment, dense
  scipy_lsa    scipy.optimize.linear_sum_assignment, dense
  lapjv        lap.lapjv (Jonker-Volgenant, C++), dense

Instance model (our own): firms and mentors have a sector (Zipf-like popularity, sectors grouped
in families), a position on a unit square and, for mentors, a quality. Each firm draws 8 to 22
candidate mentors, two thirds from its own sector with a skew towards the best mentors, the rest
uniformly. A cost is 1000 minus a weighted sum of sector closeness, proximity, quality and noise,
clipped to 0..1000. Mentors take 1..5 firms ("sparse", heavily oversubscribed) or 15..25
("tight", total capacity close to the number of firms). An unassigned firm costs P = 700.

usage: assignment.py --mitra PATH [--out DIR] [--sizes small|full] [--repeat R] [--seed S]
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import numpy as np

HEADER = 64
PENALTY = 700
SECTORS = 30


# ---------------------------------------------------------------- instances

def sector_closeness(rng):
    family = np.arange(SECTORS) % 6
    close = np.where(family[:, None] == family[None, :], 0.55, 0.08)
    jitter = rng.uniform(0.0, 0.2, (SECTORS, SECTORS))
    close = np.clip(close + (jitter + jitter.T) / 2, 0.0, 1.0)
    np.fill_diagonal(close, 1.0)
    return close


def draw_sectors(rng, n):
    weights = 1.0 / np.arange(1, SECTORS + 1) ** 0.9
    return rng.choice(SECTORS, size=n, p=weights / weights.sum())


def write_dlap(path, cost, seed):
    n_rows, n_cols = cost.shape
    header = bytearray(HEADER)
    header[0:8] = b"MSMEDLAP"
    header[8:12] = np.uint32(1).tobytes()
    header[12:16] = np.uint32(1).tobytes()
    header[16:24] = np.uint64(n_rows).tobytes()
    header[24:32] = np.uint64(n_cols).tobytes()
    header[32:40] = np.uint64(seed).tobytes()
    with open(path, "wb") as f:
        f.write(header)
        f.write(np.ascontiguousarray(cost, dtype="<i4").tobytes())


def write_bmat(path, inst, seed):
    header = bytearray(HEADER)
    header[0:8] = b"MSMEBMAT"
    header[8:12] = np.uint32(1).tobytes()
    header[16:24] = np.uint64(inst["N"]).tobytes()
    header[24:32] = np.uint64(inst["M"]).tobytes()
    header[32:40] = np.uint64(len(inst["mentor"])).tobytes()
    header[40:48] = np.int64(inst["P"]).tobytes()
    header[48:56] = np.uint64(seed).tobytes()
    with open(path, "wb") as f:
        f.write(header)
        for key, dtype in (("offsets", "<u8"), ("mentor", "<u4"), ("cost", "<i4"), ("cap", "<u4")):
            f.write(np.ascontiguousarray(inst[key], dtype=dtype).tobytes())


def make_dense(n, seed):
    rng = np.random.default_rng([seed, 11, n])
    close = sector_closeness(rng)
    row_sector, col_sector = draw_sectors(rng, n), draw_sectors(rng, n)
    row_pos, col_pos = rng.random((n, 2)), rng.random((n, 2))
    quality = rng.random(n)
    cost = np.empty((n, n), dtype=np.int32)
    for start in range(0, n, 512):
        stop = min(n, start + 512)
        distance = np.sqrt(((row_pos[start:stop, None, :] - col_pos[None, :, :]) ** 2).sum(-1))
        score = (420 * close[row_sector[start:stop]][:, col_sector] + 230 * np.exp(-distance / 0.3)
                 + 150 * quality[None, :] + rng.uniform(0, 200, (stop - start, n)))
        cost[start:stop] = np.clip(1000 - np.rint(score), 0, 1000)
    return cost


def make_sparse(n, seed, cap_low, cap_high):
    rng = np.random.default_rng([seed, 12, n, cap_low, cap_high])
    m = n // 20
    close = sector_closeness(rng)
    cap = rng.integers(cap_low, cap_high + 1, m)
    mentor_sector = draw_sectors(rng, m)
    mentor_quality = rng.random(m)
    order = np.lexsort((-mentor_quality, mentor_sector))  # best mentors first within a sector
    mentor_sector, mentor_quality = mentor_sector[order], mentor_quality[order]
    mentor_pos = rng.random((m, 2))
    first = np.searchsorted(mentor_sector, np.arange(SECTORS), "left")
    count = np.searchsorted(mentor_sector, np.arange(SECTORS), "right") - first
    firm_sector = draw_sectors(rng, n)
    firm_pos = rng.random((n, 2))
    wanted = rng.integers(8, 23, n)
    width = 22
    own = (rng.random((n, width)) < 2 / 3) & (count[firm_sector][:, None] > 0)
    skew = (rng.random((n, width)) ** 2.2 * count[firm_sector][:, None]).astype(np.int64)
    own_pick = first[firm_sector][:, None] + np.minimum(skew, np.maximum(count[firm_sector][:, None] - 1, 0))
    any_pick = rng.integers(0, m, (n, width))
    pick = np.where(own, own_pick, any_pick)
    pick[np.arange(width)[None, :] >= wanted[:, None]] = m
    pick.sort(axis=1)
    repeated = np.zeros_like(pick, dtype=bool)
    repeated[:, 1:] = pick[:, 1:] == pick[:, :-1]
    keep = (~repeated) & (pick < m)
    degree = keep.sum(1)
    offsets = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(degree, out=offsets[1:])
    rows = np.repeat(np.arange(n), degree)
    mentor = pick[keep]
    distance = np.sqrt(((firm_pos[rows] - mentor_pos[mentor]) ** 2).sum(-1))
    score = (430 * close[firm_sector[rows], mentor_sector[mentor]] + 210 * np.exp(-distance / 0.3)
             + 190 * mentor_quality[mentor] + rng.normal(0, 70, len(mentor)))
    cost = np.clip(1000 - np.rint(score), 0, 1000).astype(np.int32)
    return dict(N=n, M=m, P=PENALTY, offsets=offsets, mentor=mentor.astype(np.uint32), cost=cost, cap=cap)


def read_instance(path):
    with open(path, "rb") as f:
        data = f.read()
    magic = data[:8]
    if magic == b"MSMEDLAP":
        n_rows, n_cols = np.frombuffer(data, "<u8", 2, 16)
        cost = np.frombuffer(data, "<i4", int(n_rows * n_cols), HEADER).reshape(int(n_rows), int(n_cols))
        return "dense", dict(cost=cost)
    n, m, e = (int(x) for x in np.frombuffer(data, "<u8", 3, 16))
    penalty = int(np.frombuffer(data, "<i8", 1, 40)[0])
    at = HEADER
    offsets = np.frombuffer(data, "<u8", n + 1, at); at += 8 * (n + 1)
    mentor = np.frombuffer(data, "<u4", e, at); at += 4 * e
    cost = np.frombuffer(data, "<i4", e, at); at += 4 * e
    cap = np.frombuffer(data, "<u4", m, at)
    return "sparse", dict(N=n, M=m, P=penalty, offsets=offsets, mentor=mentor, cost=cost, cap=cap)


# ---------------------------------------------------------------- peers (run in a child process)

def solve_peer(solver, path):
    kind, inst = read_instance(path)
    started = time.perf_counter()
    if solver == "ortools_mcf":
        from ortools.graph.python import min_cost_flow
        flow = min_cost_flow.SimpleMinCostFlow()
        if kind == "dense":
            cost = inst["cost"]
            n = cost.shape[0]
            tails = np.repeat(np.arange(n), n)
            heads = n + np.tile(np.arange(n), n)
            flow.add_arcs_with_capacity_and_unit_cost(tails, heads, np.ones(n * n, dtype=np.int64), cost.ravel().astype(np.int64))
            flow.set_nodes_supplies(np.arange(2 * n), np.concatenate([np.ones(n, np.int64), -np.ones(n, np.int64)]))
        else:
            n, m = inst["N"], inst["M"]
            source, sink = n + m, n + m + 1
            degree = np.diff(inst["offsets"].astype(np.int64))
            tails = np.concatenate([np.full(n, source), np.repeat(np.arange(n), degree), np.arange(n), n + np.arange(m)])
            heads = np.concatenate([np.arange(n), n + inst["mentor"].astype(np.int64), np.full(n, sink), np.full(m, sink)])
            caps = np.concatenate([np.ones(n + len(inst["mentor"]) + n, np.int64), inst["cap"].astype(np.int64)])
            costs = np.concatenate([np.zeros(n, np.int64), inst["cost"].astype(np.int64), np.full(n, inst["P"], np.int64), np.zeros(m, np.int64)])
            flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
            flow.set_node_supply(source, n)
            flow.set_node_supply(sink, -n)
        status = flow.solve()
        if status != flow.OPTIMAL:
            raise SystemExit(f"OR-Tools status {status}")
        objective = flow.optimal_cost()
        if kind == "dense":
            assigned = inst["cost"].shape[0]
        else:
            flows = flow.flows(np.arange(inst["N"] + len(inst["mentor"]), 2 * inst["N"] + len(inst["mentor"])))
            assigned = inst["N"] - int(np.sum(flows))
    elif solver == "ortools_lsa":
        from ortools.graph.python import linear_sum_assignment
        cost = inst["cost"]
        n = cost.shape[0]
        assignment = linear_sum_assignment.SimpleLinearSumAssignment()
        assignment.add_arcs_with_cost(np.repeat(np.arange(n), n), np.tile(np.arange(n), n), cost.ravel().astype(np.int64))
        if assignment.solve() != assignment.OPTIMAL:
            raise SystemExit("OR-Tools assignment failed")
        objective, assigned = assignment.optimal_cost(), n
    elif solver == "scipy_lsa":
        from scipy.optimize import linear_sum_assignment
        rows, cols = linear_sum_assignment(inst["cost"])
        objective, assigned = int(inst["cost"][rows, cols].sum()), len(rows)
    elif solver == "lapjv":
        import lap
        total, _, _ = lap.lapjv(inst["cost"].astype(np.float64))
        objective, assigned = int(round(total)), inst["cost"].shape[0]
    else:
        raise SystemExit(f"unknown solver {solver}")
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(dict(objective=int(objective), assigned=int(assigned), seconds=seconds, peak_bytes=peak)))


# ---------------------------------------------------------------- the run

def run(command):
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        return dict(error=(completed.stderr or completed.stdout).strip().splitlines()[-1:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


def measure(command, repeat):
    results = [run(command) for _ in range(repeat)]
    failed = [r for r in results if "error" in r]
    if failed:
        return failed[0]
    return dict(objective=results[0]["objective"], assigned=results[0]["assigned"],
                seconds=statistics.median(r["seconds"] for r in results),
                peak_bytes=max(r["peak_bytes"] for r in results),
                same_objective=len({r["objective"] for r in results}) == 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mitra", required=True, help="path to the mitra binary (release build)")
    parser.add_argument("--out", default="/var/tmp/mitra-bench/instances")
    parser.add_argument("--sizes", choices=["small", "full"], default="full")
    parser.add_argument("--repeat", type=int, default=3, help="runs per solver and instance (medians)")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--peer", nargs=2, metavar=("SOLVER", "INSTANCE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer:
        solve_peer(*args.peer)
        return

    dense = [1000, 2000] if args.sizes == "small" else [1000, 2000, 5000]
    sparse = [10_000, 100_000] if args.sizes == "small" else [10_000, 100_000, 1_000_000]
    os.makedirs(args.out, exist_ok=True)
    instances = []
    for n in dense:
        path = os.path.join(args.out, f"dense_n{n}_s{args.seed}.dlap")
        if not os.path.exists(path):
            write_dlap(path, make_dense(n, args.seed), args.seed)
        instances.append((path, ["ortools_mcf", "ortools_lsa", "scipy_lsa", "lapjv"]))
    for label, low, high in (("sparse", 1, 5), ("sparse_tight", 15, 25)):
        for n in sparse:
            path = os.path.join(args.out, f"{label}_N{n}_s{args.seed}.bmat")
            if not os.path.exists(path):
                write_bmat(path, make_sparse(n, args.seed, low, high), args.seed)
            instances.append((path, ["ortools_mcf"]))

    rows = []
    for path, peers in instances:
        name = os.path.basename(path).rsplit("_s", 1)[0]
        print(f"running {name} ...", file=sys.stderr, flush=True)
        mitra = measure([args.mitra, "match", "solve", "--instance", path, "--json"], args.repeat)
        rows.append((name, "mitra", mitra, None))
        for peer in peers:
            # OR-Tools' min-cost flow on the largest instances takes tens of seconds: one run.
            repeat = 1 if (peer == "ortools_mcf" and ("N1000000" in name or "n5000" in name)) else args.repeat
            result = measure([sys.executable, __file__, "--mitra", args.mitra, "--peer", peer, path], repeat)
            rows.append((name, peer, result, mitra))

    print()
    print(f"{'instance':<22} {'solver':<12} {'time':>9} {'peak MiB':>9} {'objective':>12} {'assigned':>9}  mitra/peer  same objective")
    for name, solver, result, mitra in rows:
        if "error" in result:
            print(f"{name:<22} {solver:<12} failed: {result['error']}")
            continue
        ratio = same = ""
        if mitra is not None and "error" not in mitra:
            ratio = f"{mitra['seconds'] / result['seconds']:.3f}"
            same = "yes" if mitra["objective"] == result["objective"] else "NO"
        print(f"{name:<22} {solver:<12} {result['seconds']:>8.3f}s {result['peak_bytes'] / 2**20:>9.0f} "
              f"{result['objective']:>12} {result['assigned']:>9}  {ratio:>10}  {same}")


if __name__ == "__main__":
    main()
