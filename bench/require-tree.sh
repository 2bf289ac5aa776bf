#!/usr/bin/env bash
# require() of a package tree of 200 small CommonJS files (20 packages in node_modules,
# 10 files each, requiring siblings by relative path and other packages by name, with
# package.json "main" and "exports"). Prints the median in-process load time per runtime
# (process.hrtime around the require) and its ratio to the first runtime.
# Usage: bench/require-tree.sh ./target/release/rode node [more runtimes]   (REPS=15)
set -euo pipefail
REPS=${REPS:-15}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for p in $(seq 0 19); do
  pkg="$dir/node_modules/pkg$p"
  mkdir -p "$pkg/lib"
  if (( p % 2 == 0 )); then
    printf '{ "name": "pkg%d", "main": "lib/index.js" }\n' "$p" > "$pkg/package.json"
  else
    printf '{ "name": "pkg%d", "exports": { ".": "./lib/index.js", "./package.json": "./package.json" } }\n' "$p" > "$pkg/package.json"
  fi
  {
    echo "'use strict';"
    for f in $(seq 1 9); do echo "exports.m$f = require('./m$f');"; done
    (( p > 0 )) && echo "exports.dep = require('pkg$((p - 1))').total;"
    echo "exports.total = Object.keys(exports).length + (exports.dep || 0);"
  } > "$pkg/lib/index.js"
  for f in $(seq 1 9); do
    {
      echo "'use strict';"
      (( f > 1 )) && echo "const prev = require('./m$((f - 1)).js');"
      echo "const values = [];"
      echo "for (let i = 0; i < 20; i++) values.push({ id: i, name: 'item' + i, tag: '$p-$f' });"
      echo "module.exports = { values, size: values.length, prev: typeof prev === 'undefined' ? null : prev.size };"
    } > "$pkg/lib/m$f.js"
  done
done
cat > "$dir/main.js" <<'JS'
const t0 = process.hrtime.bigint();
const top = require('pkg19');
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (top.total !== 199) { console.error('wrong total', top.total); process.exit(1); }
console.log(ms.toFixed(3));
JS
base=""
for rt in "$@"; do
  samples=()
  for _ in $(seq "$REPS"); do samples+=("$($rt "$dir/main.js")"); done
  med=$(printf '%s\n' "${samples[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  [[ -z $base ]] && base=$med
  printf '%-28s require 200 files: median %8.3f ms  (x%.2f of %s)\n' "$rt" "$med" "$(awk -v a="$med" -v b="$base" 'BEGIN{print a/b}')" "$1"
done
