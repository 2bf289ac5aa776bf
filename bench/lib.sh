# lib.sh — shell functions shared by run.sh and http-cases.sh (sourced, not run). The caller sets PEERS_DIR, PORT,
# TIME_BIN and SERVER_PID (the PID of "$TIME_BIN -v ... RUNTIME server.js", or empty) before using them.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

# parse_runtimes RUNTIME... -> LABELS[i], CMDS[i] (space-separated words)
# RUNTIME is a command or LABEL=COMMAND. A bare name that is not on PATH is looked up in $PEERS_DIR/bin;
# a lone `deno` becomes `deno run -A`; labels are made unique with #2, #3, ...
parse_runtimes() {
  local spec label cmd exe base n words
  LABELS=() CMDS=()
  for spec in "$@"; do
    label='' cmd=$spec
    if [[ $spec =~ ^([A-Za-z0-9_.+-]+)=(.+)$ ]]; then label=${BASH_REMATCH[1]} cmd=${BASH_REMATCH[2]}; fi
    read -r -a words <<<"$cmd"
    exe=${words[0]}
    if [[ $exe != */* ]] && ! command -v "$exe" >/dev/null 2>&1 && [[ -x $PEERS_DIR/bin/$exe ]]; then exe=$PEERS_DIR/bin/$exe; fi
    if [[ $exe == */* ]]; then [[ -x $exe ]] || die "not executable: $exe"; exe=$(cd -- "$(dirname -- "$exe")" && pwd)/$(basename -- "$exe")
    else command -v "$exe" >/dev/null 2>&1 || die "runtime not found on PATH or in $PEERS_DIR/bin: $exe"; fi
    words[0]=$exe
    [[ -n $label ]] || label=$(basename -- "$exe")
    if ((${#words[@]} == 1)); then
      case $(basename -- "$exe") in deno*) words+=(run -A) ;; esac
    fi
    base=$label n=2
    while [[ " ${LABELS[*]-} " == *" $label "* ]]; do label=$base#$n; n=$((n + 1)); done
    LABELS+=("$label") CMDS+=("${words[*]}")
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
http_get() { # [PATH] -> the raw response of GET PATH (default /) on 127.0.0.1:$PORT
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "${1:-/}" >&3 &&
    timeout 2 cat <&3) 2>/dev/null
}
descendants() { local p; for p in $(pgrep -P "$1" 2>/dev/null); do descendants "$p"; echo "$p"; done; }
stop_server() { # ends the runtime under $TIME_BIN (and anything it spawned), by PID; $TIME_BIN then writes its report
  [[ -n $SERVER_PID ]] || return 0
  local w p kids leaves
  # TERM the leaf processes first (so a wrapper script can reap its child and pass on its rusage),
  # after 2 s TERM whatever is left, after 5 s KILL it.
  for ((w = 0; w < 60; w++)); do
    kids=$(descendants "$SERVER_PID")
    [[ -n $kids ]] || break
    if ((w == 0)); then
      leaves=''
      for p in $kids; do pgrep -P "$p" >/dev/null || leaves+=" $p"; done
      kill -TERM $leaves 2>/dev/null
    elif ((w == 20)); then kill -TERM $kids 2>/dev/null
    elif ((w == 50)); then kill -KILL $kids 2>/dev/null
    fi
    sleep 0.1
  done
  # wait for $TIME_BIN itself to finish (it becomes a zombie until we reap it)
  for ((w = 0; w < 50; w++)); do [[ -d /proc/$SERVER_PID && $(awk '{print $3}' "/proc/$SERVER_PID/stat" 2>/dev/null) != Z ]] || break; sleep 0.1; done
  kill -KILL "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=''
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0;
  else if (v ~ /m$/) printf "%.3f", v * 60000; else if (v ~ /s$/) printf "%.3f", v * 1000; else print "FAIL" }'; }
maxrss_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$1"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null; }

# summary: medians with ratio to the first runtime, then min-max
summarize() { # RAW_TSV SUMMARY_TSV LABEL... -> markdown tables on stdout
  local raw=$1 tsv=$2
  shift 2
  awk -F'\t' -v labels="$*" -v tsv="$tsv" '
    function rank(m) {
      if (m == "startup" || m == "rss:hello") return 1
      if (m ~ /^http:/) return 2
      if (m ~ /^wall:/) return 4
      if (m ~ /^cpu:/) return 5
      if (m ~ /^rss:/) return 6
      return 3
    }
    function fmt(v, u) { return u == "count" ? sprintf("%d", v) : v >= 100 ? sprintf("%.0f", v) : v >= 10 ? sprintf("%.1f", v) : sprintf("%.2f", v) }
    function stats(k,   n, i, j, t, a) { # sets MED MIN MAX N for key k
      n = cnt[k] + 0; N = n
      for (i = 1; i <= n; i++) a[i] = val[k, i] + 0
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      if (n == 0) return
      MIN = a[1]; MAX = a[n]; MED = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { if (!($2 in seen)) { seen[$2] = 1; order[++nm] = $2; unit[$2] = $3 }
      k = $2 SUBSEP $1
      if ($4 ~ /^[0-9.eE+-]+$/) val[k, ++cnt[k]] = $4; else fail[k]++ }
    END {
      nl = split(labels, L, " ")
      printf "metric\tunit\truntime\tn\tmedian\tmin\tmax\tratio\tfails\n" > tsv
      for (pass = 1; pass <= 2; pass++) {
        if (pass == 1) print "\nMedians (ratio vs " L[1] "; lower is better except req/s):\n"
        else print "\nMin-max over runs (n = samples per runtime):\n"
        hdr = "| metric | unit |"; sep = "|---|---|"
        for (l = 1; l <= nl; l++) { hdr = hdr " " L[l] " |"; sep = sep "---|" }
        print hdr; print sep
        for (r = 1; r <= 6; r++) for (o = 1; o <= nm; o++) {
          m = order[o]; if (rank(m) != r) continue
          line = "| " m " | " unit[m] " |"; base = ""
          for (l = 1; l <= nl; l++) {
            k = m SUBSEP L[l]; stats(k); f = fail[k] + 0
            if (N == 0) { cell = f ? "FAIL" : "-" }
            else if (pass == 1) {
              cell = fmt(MED, unit[m])
              if (l == 1) base = MED
              else if (base != "" && base > 0) cell = cell sprintf(" (%.2fx)", MED / base)
              if (f) cell = cell " !" f "fail"
              printf "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%d\n", m, unit[m], L[l], N, MED, MIN, MAX,
                (base != "" && base > 0) ? sprintf("%.3f", MED / base) : "", f > tsv
            } else cell = fmt(MIN, unit[m]) "-" fmt(MAX, unit[m]) " (n=" N ")"
            if (pass == 1 && l == 1 && N == 0) base = ""
            line = line " " cell " |"
          }
          print line
        }
      }
    }' "$raw"
}
