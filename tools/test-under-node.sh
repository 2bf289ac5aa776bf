#!/usr/bin/env bash
# Proves the JS tests describe Node's behaviour: runs the whole tests/ suite under real
# `node` (or the runtime given as $1) with the same harness `cargo test` uses for rode.
set -euo pipefail
cd "$(dirname "$0")/.."
RODE_TEST_RUNTIME="${1:-node}" cargo test --release -p rode --test js_suite -- --nocapture
