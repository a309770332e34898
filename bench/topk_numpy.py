#!/usr/bin/env python3
"""The NumPy side of the population top-k benchmark: for each of N MSMEs, the K best of M
opportunities by the dot product of D-float feature vectors (standard normal float32, seeded),
computed as a blocked matrix product with argpartition, on the threads OpenBLAS is given.
Prints one JSON line: the median time of R runs.

usage: topk_numpy.py [--n 100000] [--m 10000] [--d 32] [--k 10] [--reps 3] [--block 512]
"""
import argparse
import json
import statistics
import time

import numpy as np


def top_k(msmes, opportunities, k, block):
    n = msmes.shape[0]
    indices = np.empty((n, k), dtype=np.int64)
    scores = np.empty((n, k), dtype=np.float32)
    transposed = np.ascontiguousarray(opportunities.T)
    for start in range(0, n, block):
        stop = min(n, start + block)
        block_scores = msmes[start:stop] @ transposed
        best = np.argpartition(-block_scores, k - 1, axis=1)[:, :k]
        best_scores = np.take_along_axis(block_scores, best, axis=1)
        order = np.argsort(-best_scores, axis=1, kind="stable")
        indices[start:stop] = np.take_along_axis(best, order, axis=1)
        scores[start:stop] = np.take_along_axis(best_scores, order, axis=1)
    return indices, scores


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--m", type=int, default=10_000)
    parser.add_argument("--d", type=int, default=32)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--block", type=int, default=512)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    msmes = rng.standard_normal((args.n, args.d), dtype=np.float32)
    opportunities = rng.standard_normal((args.m, args.d), dtype=np.float32)
    times = []
    for _ in range(args.reps):
        started = time.perf_counter()
        top_k(msmes, opportunities, args.k, args.block)
        times.append(time.perf_counter() - started)
    print(json.dumps({"solver": "numpy", "median_s": statistics.median(times), "times_s": times}))


if __name__ == "__main__":
    main()
