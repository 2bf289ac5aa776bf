#!/usr/bin/env bash
# http-cases.sh — HTTP servers under wrk for several runtimes: for each case in $CASES and each runtime (interleaved,
# REPS rounds) it starts cases/<case>.js on 127.0.0.1:$PORT under GNU time, warms it up with wrk, measures with
# `wrk -t$THREADS -c$CONNS -d$DUR --latency` and records req/s, p50/p99 latency, errors and the server's peak RSS.
# Usage: http-cases.sh RUNTIME... (1st = baseline; names as run.sh takes them: node20, ./target/release/rode, L=CMD)
# Prints a markdown table (medians, ratio to the first runtime) and writes it to $OUT_DIR/http.md.
set -uo pipefail
export LC_ALL=C

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
CASES_DIR=${CASES_DIR:-$HERE/cases}
PEERS_DIR=${PEERS_DIR:-$HOME/.cache/rode-peers}
OUT_DIR=${OUT_DIR:-$PWD/bench-results/$(date +%Y%m%d-%H%M%S)}
CASES=${CASES:-http-hello http-json express-hello}
REPS=${REPS:-1}                       # rounds; each round runs every case on every runtime
CONNS=${CONNS:-50}
DUR=${DUR:-5s}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-2s}                  # unrecorded wrk run before each measured one; 0 to skip
PORT=${PORT:-18080}
TIME_BIN=${TIME_BIN:-/usr/bin/time}   # GNU time (needs -v)
WRK=${WRK:-wrk}
SERVER_CPUS=${SERVER_CPUS:-}          # optional taskset CPU list for the server, e.g. 0
WRK_CPUS=${WRK_CPUS:-}                # optional taskset CPU list for wrk, e.g. 1
BENCH_KEEP_ENV=${BENCH_KEEP_ENV:-0}   # 1 keeps NODE_OPTIONS / NODE_EXTRA_CA_CERTS

# shellcheck source=lib.sh
. "$HERE/lib.sh"

case_path() { # CASE -> the URL path wrk loads
  case $1 in
    http-json) echo /api/users/42 ;;
    *) echo / ;;
  esac
}

if [[ $BENCH_KEEP_ENV != 1 ]]; then unset NODE_OPTIONS NODE_EXTRA_CA_CERTS; fi
(($# > 0)) || die "usage: $0 RUNTIME... (e.g. $0 ./target/release/rode node20 node24 bun deno)"
[[ -x $TIME_BIN ]] && "$TIME_BIN" -v true >/dev/null 2>&1 || die "GNU time with -v needed at TIME_BIN=$TIME_BIN"
command -v "$WRK" >/dev/null || die "wrk not found (set WRK)"
parse_runtimes "$@"
NRT=${#LABELS[@]}
for c in $CASES; do [[ -f $CASES_DIR/$c.js ]] || die "no such case: $CASES_DIR/$c.js"; done
if [[ " $CASES " == *" express-hello "* && ! -f $HERE/../tests/ecosystem/node_modules/express/package.json ]]; then
  die "express-hello needs tests/ecosystem's packages: (cd tests/ecosystem && npm ci)"
fi
port_open && die "port $PORT is already in use; set PORT"

mkdir -p "$OUT_DIR" || die "cannot create $OUT_DIR"
OUT_DIR=$(cd -- "$OUT_DIR" && pwd)
RAW=$OUT_DIR/http-raw.tsv
: >"$RAW"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rode-http-cases.XXXXXX")
SERVER_PID=''
trap 'stop_server; rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM
server_pin=(env) wrk_pin=(env)
[[ -z $SERVER_CPUS ]] || server_pin=(taskset -c "$SERVER_CPUS")
[[ -z $WRK_CPUS ]] || wrk_pin=(taskset -c "$WRK_CPUS")

rec() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$RAW"; } # LABEL METRIC UNIT VALUE|FAIL
ok_response() { [[ $(http_get "$1") == 'HTTP/1.1 200 '* ]]; }

{
  echo "# HTTP cases"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); host: $(uname -srm); $(nproc) cpus:" \
    "$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)"
  echo "- loadavg at start: $(loadavg)"
  echo "- settings: CASES='$CASES' REPS=$REPS $("$WRK" --version 2>&1 | head -n1 | cut -d' ' -f1-2)" \
    "-t$THREADS -c$CONNS -d$DUR --latency (warm-up $WARMUP) SERVER_CPUS='$SERVER_CPUS' WRK_CPUS='$WRK_CPUS'"
  for i in "${!LABELS[@]}"; do
    read -r -a RT <<<"${CMDS[$i]}"
    echo "- ${LABELS[$i]}: ${CMDS[$i]} ($(timeout 10 "${RT[0]}" --version </dev/null 2>&1 | head -n1))"
  done
} >"$TMP/head.md"
cat "$TMP/head.md" >&2

run_one() { # IDX CASE
  local label=${LABELS[$1]} c=$2 w ready=0 p url rps errs
  p=$(case_path "$c")
  url="http://127.0.0.1:$PORT$p"
  read -r -a RT <<<"${CMDS[$1]}"
  if port_open; then log "FAIL $c $label: port $PORT already in use"; rec "$label" "$c req/s" req/s FAIL; return; fi
  PORT=$PORT "${server_pin[@]}" "$TIME_BIN" -v -o "$TMP/time.txt" "${RT[@]}" "$CASES_DIR/$c.js" \
    </dev/null >"$TMP/out.txt" 2>"$TMP/err.txt" &
  SERVER_PID=$!
  for ((w = 0; w < 150; w++)); do
    ok_response "$p" && { ready=1; break; }
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if ((!ready)); then
    log "FAIL $c $label: no 200 from $url: $(tail -c 400 "$TMP/err.txt" | tr '\n' ' ')"
    stop_server; rec "$label" "$c req/s" req/s FAIL; return
  fi
  [[ $WARMUP == 0 ]] || "${wrk_pin[@]}" "$WRK" -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$url" >/dev/null 2>&1
  "${wrk_pin[@]}" "$WRK" -t"$THREADS" -c"$CONNS" -d"$DUR" --latency "$url" >"$TMP/wrk.txt" 2>&1
  ok_response "$p" || { log "FAIL $c $label: server gone after load"; ready=0; }
  stop_server
  { echo "== $c $label"; cat "$TMP/wrk.txt"; } >>"$OUT_DIR/http-wrk.log"
  rps=$(awk '$1 == "Requests/sec:" {print $2}' "$TMP/wrk.txt")
  if ((!ready)) || [[ -z $rps ]]; then rec "$label" "$c req/s" req/s FAIL; return; fi
  errs=$(awk '/Socket errors:/ {gsub(/,/, ""); s = $4 + $6 + $8 + $10} /Non-2xx or 3xx/ {n = $5} END {print s + n}' "$TMP/wrk.txt")
  rec "$label" "$c req/s" req/s "$rps"
  rec "$label" "$c p50" ms "$(to_ms "$(awk '$1 == "50%" {print $2}' "$TMP/wrk.txt")")"
  rec "$label" "$c p99" ms "$(to_ms "$(awk '$1 == "99%" {print $2}' "$TMP/wrk.txt")")"
  rec "$label" "$c errors" count "$errs"
  rec "$label" "$c rss" MiB "$(maxrss_mib "$TMP/time.txt")"
  log "$c $label: $rps req/s"
}

for ((rep = 1; rep <= REPS; rep++)); do
  for c in $CASES; do
    for ((k = 0; k < NRT; k++)); do
      i=$(((k + rep - 1) % NRT))
      log "round $rep/$REPS $c ${LABELS[$i]}"
      run_one "$i" "$c"
    done
  done
done

# with one round the min-max table repeats the medians: keep only the first table then
summarize "$RAW" "$OUT_DIR/http-summary.tsv" "${LABELS[@]}" | awk -v one=$((REPS == 1)) 'one && /^Min-max/ {exit} {print}' >"$TMP/tables.md"
{ cat "$TMP/head.md"; echo "- loadavg at end: $(loadavg)"; cat "$TMP/tables.md"; } >"$OUT_DIR/http.md"
cat "$TMP/tables.md"
awk -v l="$(loadavg)" -v n="$(nproc)" 'BEGIN {split(l, a, " "); if (a[1] > n / 2)
  printf "warning: load average %s on %d cpus: other processes were competing; figures are noisy\n", a[1], n}' >&2
log "results in $OUT_DIR (http.md, http-raw.tsv, http-summary.tsv, http-wrk.log)"
