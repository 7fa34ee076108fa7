#!/usr/bin/env bash
# Browser benchmarks of the app in headless Debian Chromium, on a generated
# data set (default 100,000 employees, seed 1):
#   - import: the XLSX chosen → review → "Terapkan data" → analysis on screen,
#     main-thread long tasks, peak renderer memory (tests/e2e/perf/import-100k.mjs);
#   - plan: plan-run → done in the worker, long tasks, step-next → chart redrawn,
#     beside the native `seimbang-cli plan` time (tests/e2e/perf/plan.mjs).
#
# Usage: scripts/bench-browser.sh [EMPLOYEES]   (data kept in target/bench-data/)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
n="${1:-100000}"
dir="$PWD/target/bench-data/n$n"
cargo build --profile bench-native --bin seimbang-cli --quiet
cli="$PWD/target/bench-native/seimbang-cli"
[ -f "$dir/data.xlsx" ] || "$cli" demo --employees "$n" --seed 1 --out "$dir" >/dev/null
trunk build --release >/dev/null 2>&1
cd tests/e2e
if [ "$n" = 100000 ]; then node perf/import-100k.mjs "$dir"; fi
SEIMBANG_CLI="$cli" node perf/plan.mjs "$dir"
