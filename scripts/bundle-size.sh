#!/usr/bin/env bash
# Prints the size of the release bundle in dist/: the wasm raw and gzipped
# (what a static host sends), and the whole bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm=$(ls dist/*_bg.wasm)
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
total=$(du -sb dist | cut -f1)
printf 'wasm: %s bytes raw, %s bytes gzip (%s KiB); whole dist/: %s bytes\n' \
  "$raw" "$gz" "$((gz / 1024))" "$total"
