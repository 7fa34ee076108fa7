#!/usr/bin/env python3
"""Solves a min-cost-flow instance exported by `seimbang-cli export-flow`
with Google OR-Tools' SimpleMinCostFlow, for the engine benchmark
(scripts/bench-engine.sh). Used only by the benchmark, never by the app.

Input: a little-endian binary file:
  magic b"SMBFLOW1", then u64 n_nodes, u64 n_arcs,
  i64 supplies[n_nodes], then per arc (tail u32, head u32, cap i64, cost i64)
  as four arrays: tails[n_arcs] (u32), heads (u32), caps (i64), costs (i64).
Prints one JSON line: status, optimal integer cost, seconds (solve only and
with loading), peak resident memory in MB.
"""
import json
import resource
import sys
import time

import numpy as np
from ortools.graph.python import min_cost_flow


def main(path):
    t0 = time.perf_counter()
    with open(path, "rb") as f:
        if f.read(8) != b"SMBFLOW1":
            sys.exit("not an SMBFLOW1 file")
        n_nodes, n_arcs = np.frombuffer(f.read(16), dtype="<u8")
        n_nodes, n_arcs = int(n_nodes), int(n_arcs)
        supplies = np.frombuffer(f.read(8 * n_nodes), dtype="<i8")
        tails = np.frombuffer(f.read(4 * n_arcs), dtype="<u4").astype(np.int32)
        heads = np.frombuffer(f.read(4 * n_arcs), dtype="<u4").astype(np.int32)
        caps = np.frombuffer(f.read(8 * n_arcs), dtype="<i8")
        costs = np.frombuffer(f.read(8 * n_arcs), dtype="<i8")
    smcf = min_cost_flow.SimpleMinCostFlow()
    smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    smcf.set_nodes_supplies(np.arange(n_nodes, dtype=np.int32), supplies)
    t1 = time.perf_counter()
    status = smcf.solve()
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "status": "optimal" if status == smcf.OPTIMAL else str(status),
        "cost": int(smcf.optimal_cost()) if status == smcf.OPTIMAL else None,
        "nodes": n_nodes,
        "arcs": n_arcs,
        "solve_s": round(t2 - t1, 3),
        "total_s": round(t2 - t0, 3),
        "peak_mb": round(peak_mb, 1),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
