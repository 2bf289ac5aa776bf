#!/usr/bin/env bash
# Fuzzes rode's parsers of outside input with cargo-fuzz (libFuzzer); see docs/testing.md.
#
#   tools/fuzz.sh [TARGET|all|list|build] [SECONDS]
#
# TARGET is one of the fuzz/fuzz_targets/*.rs names (default: all of them, one after the
# other); SECONDS is the time per target (default 60). Installs cargo-fuzz if it is
# missing, builds the targets, and runs each with its seeds (fuzz/seeds/TARGET, kept in
# git) and a working corpus (fuzz/corpus/TARGET, not kept). A crash, a failed check, a
# timeout or an over-allocation stops that target, leaves the input in
# fuzz/artifacts/TARGET/ and makes the script exit 1 after the others have run; replay one
# with `tools/fuzz.sh TARGET` after putting it in fuzz/seeds/TARGET, or directly:
#   fuzz/target/x86_64-unknown-linux-gnu/release/TARGET fuzz/artifacts/TARGET/crash-…
#
# Environment:
#   FUZZ_SANITIZER  address (default) or none. AddressSanitizer needs a nightly flag
#                   (-Zsanitizer=address): on the stable toolchain this script sets
#                   RUSTC_BOOTSTRAP=1 for it. "none" uses only stable flags and runs ~2x
#                   faster, but catches no out-of-bounds access in unsafe code.
#   FUZZ_JOBS       parallel fuzzing processes per target (default 1).
#   FUZZ_ARGS       more libFuzzer options (e.g. "-max_len=20000 -seed=1").
#   FUZZ_NICE       niceness of the build and the runs (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(buffer_strings url_parse http_parser zlib_decompress crypto_keys crypto_jwk)
what=${1:-all}
secs=${2:-60}
san=${FUZZ_SANITIZER:-address}
jobs=${FUZZ_JOBS:-1}
nice=${FUZZ_NICE:-10}

case "$what" in
  list) printf '%s\n' "${TARGETS[@]}"; exit 0 ;;
  all|build) run=("${TARGETS[@]}") ;;
  *)
    if [[ ! -f fuzz/fuzz_targets/$what.rs ]]; then
      echo "fuzz.sh: no target '$what' (try: tools/fuzz.sh list)" >&2
      exit 2
    fi
    run=("$what") ;;
esac

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz" >&2
  nice -n "$nice" cargo install cargo-fuzz --locked --version 0.13.2
fi
# cargo-fuzz passes -Zsanitizer=… unless the sanitizer is "none"; RUSTC_BOOTSTRAP lets the
# stable compiler take it. Every other flag it uses (-Cpasses=sancov-module, the
# -Cllvm-args=-sanitizer-coverage-* options, --cfg fuzzing) is stable.
if [[ $san != none ]]; then export RUSTC_BOOTSTRAP=1; fi

# One build for all targets. The runs below start the built binaries directly: `cargo fuzz
# run` would rebuild first whenever a source file changed meanwhile.
nice -n "$nice" cargo fuzz build -s "$san"
[[ $what == build ]] && exit 0
bin=fuzz/target/$(rustc -vV | sed -n 's/^host: //p')/release

mkdir -p fuzz/logs
failed=()
for t in "${run[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log="fuzz/logs/$t.log"
  echo "== $t: ${secs}s" >&2
  par=()
  if ((jobs > 1)); then par=(-jobs="$jobs" -workers="$jobs"); fi
  # -timeout: an input taking longer than that is a hang; -rss_limit_mb/-malloc_limit_mb:
  # a parser allocating far more than its input warrants is a bug too.
  # shellcheck disable=SC2086
  if ASAN_OPTIONS=${ASAN_OPTIONS:-detect_odr_violation=0} nice -n "$nice" "$bin/$t" \
      -artifact_prefix="fuzz/artifacts/$t/" -max_total_time="$secs" -timeout=10 \
      -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 "${par[@]}" ${FUZZ_ARGS:-} \
      "fuzz/corpus/$t" "fuzz/seeds/$t" >"$log" 2>&1; then
    echo "   $t: $(grep -h -E '^stat::number_of_executed_units' "$log" fuzz-*.log 2>/dev/null \
      | awk '{n += $2} END {print n + 0}') executions, no failure" >&2
  else
    failed+=("$t")
    echo "   $t FAILED: see $log and fuzz/artifacts/$t/" >&2
    grep -E 'panicked at|ERROR: libFuzzer|ERROR: AddressSanitizer|^SUMMARY' "$log" | head -n 5 >&2 || true
  fi
  rm -f fuzz-*.log
done
if ((${#failed[@]})); then
  echo "fuzz.sh: failures in: ${failed[*]}" >&2
  exit 1
fi
