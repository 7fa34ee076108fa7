"""Sums a cachegrind output file: the whole run and the engine's functions.

Prints instructions (Ir) and a cycle estimate, Ir + 10 x first-level misses
+ 100 x last-level misses (instruction and data, reads and writes), for the
whole run and for the functions whose name contains `seimbang::engine`.
Valgrind simulates the caches, so the figures are the same on every run of
the same binary and data: they compare two builds on a machine whose wall
clock varies by 20-40 % between runs. Usage: cachegrind_sum.py FILE.
"""

import sys

MISS_WEIGHTS = {"I1mr": 10, "D1mr": 10, "D1mw": 10, "ILmr": 100, "DLmr": 100, "DLmw": 100}


def estimate(events, values):
    counts = dict(zip(events, values))
    return counts.get("Ir", 0) + sum(w * counts.get(e, 0) for e, w in MISS_WEIGHTS.items())


def main(path):
    events, total, engine, function = [], [], None, ""
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("events:"):
                events = line.split()[1:]
                engine = [0] * len(events)
            elif line.startswith("fn="):
                function = line[3:]
            elif line.startswith("summary:"):
                total = [int(v) for v in line.split()[1:]]
            elif line[:1].isdigit() and "seimbang::engine" in function:
                for i, v in enumerate(line.split()[1:]):
                    engine[i] += int(v)
    if not events or not total:
        sys.exit(f"{path}: not a cachegrind output file")
    for name, values in (("whole run", total), ("engine", engine)):
        print(
            f"{name}: {values[0] / 1e9:.3f} G instructions, "
            f"estimated {estimate(events, values) / 1e9:.3f} G cycles"
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: cachegrind_sum.py FILE")
    main(sys.argv[1])
