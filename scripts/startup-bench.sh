#!/usr/bin/env bash
# Whole-process start-up benchmark (issue 15): publishes procbase as the linux-x64 tool ships (Native AOT; needs clang
# and zlib1g-dev) and as the other platforms ship (ReadyToRun), then runs each workload RUNS times (default 10) with
# each build, interleaved so that machine noise falls on all alike, and prints each median beside the floor of
# `procbase --version` and the reference figures for compliance-trestle 4.0.1 taken on this 2-core machine (issue 15).
# Needs ../shared/sources (override with SOURCES=...).
# Usage: scripts/startup-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
S="${SOURCES:-../shared/sources}"
[ -d "$S" ] || { echo "startup-bench: $S is missing (see scripts/fetch-sources.sh)" >&2; exit 1; }
out=artifacts/startup
rm -rf "$out" && mkdir -p "$out/work"
cli=src/ProcurementBaseline.Cli
dotnet publish $cli -c Release -r linux-x64 -p:RuntimeIdentifiers=linux-x64 -o "$out/r2r" -v quiet -nologo >/dev/null
rm -rf $cli/bin/Release/net10.0/linux-x64/publish
dotnet publish $cli -c Release -r linux-x64 -p:RuntimeIdentifiers=linux-x64 -p:ProcbaseNativeAot=true -o "$out/aot" -v quiet -nologo >/dev/null
builds=(aot r2r)
pb='$PB'
work="$(pwd)/$out/work"
src=(--source-url https://example.invalid --licence x --attribution x --obtained x)
N="$S/us-nist-sp800-53r5"

declare -A command reference
names=(version import-sp800-53 import-ism resolve-high assess-json assess-all-formats)
command[version]="$pb --version"
command[import-sp800-53]="$pb catalog import-oscal $N/NIST_SP-800-53_rev5.0.1_catalog.json --id nist-sp800-53 --version 5.0.1 --jurisdiction US --ids label ${src[*]} --out $work/sp800-53.yaml"
command[import-ism]="$pb catalog import-oscal $S/au-asd-ism/ISM_catalog.json --id asd-ism --version 2025.12.9 --jurisdiction AU ${src[*]} --out $work/ism.yaml"
command[resolve-high]="$pb catalog import-oscal-profile $N/NIST_SP-800-53_rev5_HIGH-baseline_profile.json --oscal-catalog $N/NIST_SP-800-53_rev5.0.1_catalog.json --catalog nist-sp800-53@5.0.1 --id nist-sp800-53-high --ids label ${src[*]} --out $work/high.yaml"
assess="$pb assess samples/delta-all-four/attestation.yaml --baseline au-software-supplier,us-federal-software,jp-government-software,in-government-software --as-of 2026-11-26 --quiet"
command[assess-json]="$assess --format json --out $work/assess-json"
command[assess-all-formats]="$assess --out $work/assess-all"
reference[version]="0.193 (trestle's bare import)"
reference[import-sp800-53]=0.366
reference[import-ism]=0.405
reference[resolve-high]=0.680
reference[assess-json]="-"
reference[assess-all-formats]="-"

# The commands name the executable $PB, set here to the build under test.
run() { PB="$(pwd)/$out/$1/procbase"; eval "${command[$2]}"; }
for build in "${builds[@]}"; do
  for name in "${names[@]}"; do
    run "$build" "$name" >/dev/null 2>&1 || { echo "startup-bench: '$name' failed with the $build build" >&2; exit 1; }
  done
done
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    for build in "${builds[@]}"; do
      start=$(date +%s%N)
      run "$build" "$name" >/dev/null 2>&1
      end=$(date +%s%N)
      echo "$build $name $(( (end - start) / 1000 ))" >> "$work/times"
    done
  done
done

median() { grep "^$1 $2 " "$work/times" | cut -d' ' -f3 | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.3f", m / 1e6}'; }
printf '%-20s %12s %12s %12s %24s\n' workload "AOT s" "AOT - floor" "R2R s" "trestle 4.0.1 s"
floor=$(median aot version)
for name in "${names[@]}"; do
  m=$(median aot "$name")
  printf '%-20s %12s %12s %12s %24s\n' "$name" "$m" "$(awk -v m="$m" -v f="$floor" 'BEGIN {printf "%.3f", m - f}')" "$(median r2r "$name")" "${reference[$name]}"
done
echo "(medians of $runs interleaved runs each, whole process, $(nproc) cores; floor: procbase --version, Native AOT)"
