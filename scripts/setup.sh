#!/usr/bin/env bash
# Installs everything a fresh machine lacks to build, run and test Seimbang.
# Idempotent: each step checks first and does nothing when already done.
# Network: only package registries (crates.io, npm, Debian) are used; no tool
# downloads binaries from anywhere else (see shared/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CHROMIUM=/usr/bin/chromium

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

source scripts/env.sh

# 1. Rust target for the browser build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

# 2. Trunk, pinned: 0.22 needs a newer rustc than this machine has.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes 5–7 minutes on 2 cores)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli: exactly the version Cargo.lock pins (Trunk and the
#    test runner refuse a mismatch). Without --locked: its own lock file pins
#    a crate version the registry no longer serves.
WBG_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;q}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  echo "cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (takes 2–3 minutes)"
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback \
    cargo install wasm-bindgen-cli --version "=$WBG_VERSION" --force
fi

# 4. Debian Chromium and ChromeDriver for browser tests (never a downloaded
#    browser build).
if [ ! -x "$CHROMIUM" ] || ! command -v chromedriver >/dev/null 2>&1; then
  say "installing Debian chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

# 5. npm packages: playwright-core (drives Debian's Chromium) and binaryen 132
#    (wasm-opt for Trunk; Debian's binaryen miscompiles wasm-bindgen output).
if ! command -v node >/dev/null 2>&1; then
  say "installing nodejs and npm"
  apt_install nodejs npm
fi
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ ! -d tests/e2e/node_modules/playwright-core ] \
   || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, binaryen)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

say "ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(tests/e2e/node_modules/.bin/wasm-opt --version), $($CHROMIUM --version 2>/dev/null)"
