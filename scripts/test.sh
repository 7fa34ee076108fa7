#!/usr/bin/env bash
# Sets up (once) and runs every check and test of Seimbang; exits non-zero on
# the first failure. This is what CI runs (.ci/run).
#
#   formatting → clippy (host and wasm32) → rustdoc → native tests →
#   wasm-bindgen-test in headless Chromium → release build (Trunk) →
#   bundle size → Playwright journeys against the built dist/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host, all targets, -D warnings)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32, -D warnings)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings

step "rustdoc (-D warnings)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked --quiet

step "native tests"
cargo test --locked

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser --locked

step "release build (trunk)"
rm -rf dist
trunk build --release

step "bundle size"
scripts/bundle-size.sh

step "end-to-end journeys (Playwright, Debian Chromium)"
(cd tests/e2e && SEIMBANG_DIST="$PWD/../../dist" node --test --test-concurrency=1 journeys/)

step "all checks passed"
