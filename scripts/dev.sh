#!/usr/bin/env bash
# Sets up (once) and serves the app on http://127.0.0.1:8080 with a release
# build. Ctrl-C stops it. The demo data set is built in ("Coba data contoh").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
