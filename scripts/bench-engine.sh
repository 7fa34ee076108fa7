#!/usr/bin/env bash
# Engine benchmark: generated data sets of 1,000, 10,000 and 100,000
# employees; time and peak memory of `seimbang-cli plan` natively, on one
# thread and on every processor (the same plan, checked), beside
# Google OR-Tools' SimpleMinCostFlow solving the same problem in the generic
# formulation (one arc per employee group and legal target cell, convex cell
# costs as unit arcs; see src/bin/seimbang_cli/flow_export.rs). OR-Tools is
# used only here (pip package `ortools`), never by the app.
#
# Usage: scripts/bench-engine.sh [SIZES...]   (default: 1000 10000 100000)
# Prints a Markdown table; the optimal scores of both must agree.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
out=bench/out
mkdir -p "$out"
python3 -c "import ortools" 2>/dev/null || python3 -m pip install --quiet ortools numpy
cargo build --profile bench-native --bin seimbang-cli --quiet
cli=target/bench-native/seimbang-cli
threads=$(nproc)
printf '| employees | units | cells | moves | Seimbang plan, 1 thread (s) | peak MB | Seimbang plan, %s threads (s) | peak MB | OR-Tools arcs | OR-Tools solve (s) | OR-Tools peak MB | scores agree |\n' "$threads"
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|\n'
for n in "${sizes[@]}"; do
  dir="$out/n$n"
  [ -f "$dir/pegawai.csv" ] || "$cli" demo --employees "$n" --seed 1 --out "$dir" >/dev/null
  rm -f "$dir/data.xlsx"
  # The engine is single-threaded; the CLI deals the jabatan between
  # threads as the app deals them between its worker and helpers.
  /usr/bin/time -f '%e %M' -o "$dir/time.txt" "$cli" plan "$dir" --threads 1 --summary "$dir/summary.json" >/dev/null 2>"$dir/plan.err"
  planned=$(grep -o 'planned [0-9.]*' "$dir/plan.err" | awk '{print $2}')
  peak=$(awk '{printf "%.0f", $2/1024}' "$dir/time.txt")
  /usr/bin/time -f '%e %M' -o "$dir/time.txt" "$cli" plan "$dir" --threads "$threads" --summary "$dir/summary-threads.json" >/dev/null 2>"$dir/plan.err"
  planned_threads=$(grep -o 'planned [0-9.]*' "$dir/plan.err" | awk '{print $2}')
  peak_threads=$(awk '{printf "%.0f", $2/1024}' "$dir/time.txt")
  cmp -s "$dir/summary.json" "$dir/summary-threads.json" || { echo "the plans on 1 and $threads threads differ" >&2; exit 1; }
  score=$(python3 -c "import json;print(json.load(open('$dir/summary.json'))['score'])")
  read -r units cells moves < <(python3 -c "import json;s=json.load(open('$dir/summary.json'));print(s['units'],s['cells'],s['moves'])")
  meta=$("$cli" export-flow "$dir" --out "$dir/flow.bin")
  constant=$(python3 -c "import json,sys;print(json.loads(sys.argv[1])['constant'])" "$meta")
  ort=$(python3 scripts/bench/ortools_mcf.py "$dir/flow.bin")
  rm -f "$dir/flow.bin"
  read -r arcs solve opeak ocost < <(python3 -c "import json,sys;o=json.loads(sys.argv[1]);print(o['arcs'],o['solve_s'],o['peak_mb'],o['cost'])" "$ort")
  agree=$(python3 -c "
s=$score; o=$constant+$ocost/1e6
print('yes (%.6f vs %.6f)'%(s,o) if abs(s-o)<=max(1,abs(o))*1e-6 else 'NO (%.6f vs %.6f)'%(s,o))")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$units" "$cells" "$moves" "$planned" "$peak" "$planned_threads" "$peak_threads" "$arcs" "$solve" "$opeak" "$agree"
done
