#!/usr/bin/env bash
# Prints the size of the release bundle in dist/: each wasm raw and gzipped
# (what a static host sends), and the whole bundle. The page's own wasm is
# what an official waits for; the worker's wasm (readers, engine) loads in
# the background.
set -euo pipefail
cd "$(dirname "$0")/.."
for wasm in dist/*_bg.wasm; do
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  printf '%s: %s bytes raw, %s bytes gzip (%s KiB)\n' "$(basename "$wasm")" "$raw" "$gz" "$((gz / 1024))"
done
printf 'whole dist/: %s bytes\n' "$(du -sb dist | cut -f1)"
