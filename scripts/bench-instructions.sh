#!/usr/bin/env bash
# Deterministic engine measure: runs `seimbang-cli plan DIR` under Valgrind's
# cachegrind and prints the instructions and an estimate of the cycles of
# the whole run and of the engine alone (scripts/bench/cachegrind_sum.py).
# The figures do not vary between runs, so they compare two builds where
# the wall clock (±20–40 % on a shared machine) cannot; they are a model,
# not a time: check a change in wall time too (README "Performance").
#
# Usage: scripts/bench-instructions.sh DIR [PLAN OPTIONS...]
#   e.g. scripts/bench-instructions.sh target/bench-data/n100000
# (make the data with `seimbang-cli demo --employees N --seed 1 --out DIR`).
# Needs valgrind (Debian package `valgrind`; installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ $# -ge 1 ] || { echo "usage: $0 DIR [PLAN OPTIONS...]" >&2; exit 2; }
dir=$1
shift
command -v valgrind >/dev/null || apt_install valgrind >/dev/null
cargo build --profile bench-native --bin seimbang-cli --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file="$out/cg.out" \
  target/bench-native/seimbang-cli plan "$dir" "$@" --out "$out/rencana.csv" \
  --summary "$out/summary.json" >"$out/plan.log" 2>&1 || { cat "$out/plan.log" >&2; exit 1; }
grep '^after' "$out/plan.log"
python3 scripts/bench/cachegrind_sum.py "$out/cg.out"
