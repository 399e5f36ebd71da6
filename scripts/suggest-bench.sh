#!/usr/bin/env bash
# Whole-process benchmark of `map suggest` with the semantic add-on (issue 14): publishes procbase as the linux-x64
# tool ships (Native AOT; needs clang and zlib1g-dev) and procbase-semantic (Release), then times, each RUNS times
# (default 5), `map suggest asd-ism nist-sp800-53 --top 5` on a cold embedding cache (emptied before every run) and on
# a warm one, with peak memory from /usr/bin/time when it is installed. The floor is the add-on alone on exactly the
# texts procbase sent it on a cold run (captured by a wrapper), and BM25 alone (--semantic off).
# Usage: scripts/suggest-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=artifacts/suggest-bench
rm -rf "$out" && mkdir -p "$out/work"
work="$(pwd)/$out/work"
cli=src/ProcurementBaseline.Cli
dotnet publish $cli -c Release -r linux-x64 -p:RuntimeIdentifiers=linux-x64 -p:ProcbaseNativeAot=true -o "$out/procbase" -v quiet -nologo >/dev/null
rm -rf $cli/bin/Release/net10.0/linux-x64/publish
dotnet publish src/ProcurementBaseline.Semantic -c Release -o "$out/semantic" -v quiet -nologo >/dev/null
pb="$(pwd)/$out/procbase/procbase"
addon="$(pwd)/$out/semantic/procbase-semantic"

# A wrapper add-on that keeps what procbase sends, so the floor embeds the very same texts.
cat > "$work/capture" <<WRAP
#!/bin/sh
[ "\$1" = --describe ] && exec "$addon" --describe
tee "$work/texts.json" | "$addon"
WRAP
chmod +x "$work/capture"
"$pb" map suggest asd-ism nist-sp800-53 --top 5 --format json --semantic-add-on "$work/capture" --embedding-cache "$work/capture-cache" > /dev/null
texts=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/texts.json" 2>/dev/null || echo "?")

measure() { # name, command...
  local name=$1; shift
  local rss=""
  local start end
  if [ -x /usr/bin/time ]; then
    start=$(date +%s%N); /usr/bin/time -f "%M" -o "$work/rss" "$@" > /dev/null 2> "$work/stderr"; end=$(date +%s%N)
    rss=$(tail -n 1 "$work/rss")
  else
    start=$(date +%s%N); "$@" > /dev/null 2> "$work/stderr"; end=$(date +%s%N)
  fi
  echo "$name $(( (end - start) / 1000 )) ${rss:-0}" >> "$work/times"
}
suggest=("$pb" map suggest asd-ism nist-sp800-53 --top 5 --format json --semantic-add-on "$addon")
"${suggest[@]}" --embedding-cache "$work/warm" > /dev/null 2>&1
for ((i = 0; i < runs; i++)); do
  rm -rf "$work/cold"
  measure cold "${suggest[@]}" --embedding-cache "$work/cold"
  measure warm "${suggest[@]}" --embedding-cache "$work/warm"
  measure floor-embed sh -c "'$addon' < '$work/texts.json'"
  measure floor-bm25 "$pb" map suggest asd-ism nist-sp800-53 --top 5 --format json --semantic off
done

median() { grep "^$1 " "$work/times" | cut -d' ' -f"$2" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
printf '%-44s %10s %12s\n' workload "median s" "peak RSS MB"
for row in "cold:map suggest, cold cache (target <= 20 s)" "warm:map suggest, warm cache (target <= 2 s)" \
           "floor-embed:floor: the add-on alone on the same $texts texts" "floor-bm25:floor: map suggest with BM25 alone"; do
  name=${row%%:*}
  printf '%-44s %10.3f %12.0f\n' "${row#*:}" "$(awk -v m="$(median "$name" 2)" 'BEGIN {print m / 1e6}')" "$(awk -v m="$(median "$name" 3)" 'BEGIN {print m / 1024}')"
done
echo "(medians of $runs runs each, whole process, $(nproc) cores; procbase Native AOT, procbase-semantic Release JIT)"
