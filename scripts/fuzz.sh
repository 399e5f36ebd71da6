#!/usr/bin/env bash
# Fuzzes procbase's readers with afl-fuzz (Debian's afl++) through SharpFuzz 2.3.0.
#   scripts/fuzz.sh [seconds] [target...]
# seconds is the whole budget (default 60), split evenly over the targets (default: all of them: attestation,
# catalog, crosswalk, baseline, selection, oscal-catalog, oscal-profile, oscal-mapping-collection, oscal-validate, evidence-path, sbom, vex). The harness is published,
# the code under test (ProcurementBaseline.Core, .Yaml, .Oscal, .Application and YamlDotNet) instrumented in the
# published copy, and afl-fuzz run on each target from its seed corpus in tests/ProcurementBaseline.Fuzz/corpus.
# Crashes and hangs are copied to tests/ProcurementBaseline.Fuzz/regressions/<target>/, which the tests replay.
# Exits 1 when any target crashed or hung, or when fuzzing could not run; prints the executions done.
set -uo pipefail
cd "$(dirname "$0")/.."
budget="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(attestation catalog crosswalk baseline selection oscal-catalog oscal-profile oscal-mapping-collection oscal-validate evidence-path sbom vex)
work=.fuzz
harness=tests/ProcurementBaseline.Fuzz

fail() { echo "fuzz: $*" >&2; exit 1; }
command -v afl-fuzz >/dev/null || fail "afl-fuzz is not installed (Debian: apt-get install afl++)"
if [ ! -x "$work/tools/sharpfuzz" ]; then
  timeout 300 dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null \
    || fail "could not install the SharpFuzz.CommandLine tool"
fi
rm -rf "$work/bin"
timeout 600 dotnet publish "$harness" -c Release -o "$work/bin" -v quiet -nologo >/dev/null || fail "could not publish the harness"
for dll in ProcurementBaseline.Core ProcurementBaseline.Yaml ProcurementBaseline.Oscal ProcurementBaseline.Sbom ProcurementBaseline.Application YamlDotNet; do
  "$work/tools/sharpfuzz" "$work/bin/$dll.dll" >/dev/null || fail "could not instrument $dll.dll"
done

per=$(( budget / ${#targets[@]} )); [ "$per" -lt 5 ] && per=5
total_execs=0; total_crashes=0; total_hangs=0
for target in "${targets[@]}"; do
  findings="$work/findings/$target"
  rm -rf "$findings"; mkdir -p "$work/findings"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
  AFL_FORKSRV_INIT_TMOUT=120000 \
    timeout $(( per + 180 )) afl-fuzz -V "$per" -i "$harness/corpus/$target" -o "$findings" -t 10000 -m none \
      -- dotnet "$work/bin/ProcurementBaseline.Fuzz.dll" "$target" > "$work/findings/$target.log" 2>&1
  stats="$findings/default/fuzzer_stats"
  [ -f "$stats" ] || fail "afl-fuzz did not run on $target; see $work/findings/$target.log"
  execs=$(awk -F: '/^execs_done/ {gsub(/ /, "", $2); print $2}' "$stats")
  crashes=$(awk -F: '/^saved_crashes/ {gsub(/ /, "", $2); print $2}' "$stats")
  hangs=$(awk -F: '/^saved_hangs/ {gsub(/ /, "", $2); print $2}' "$stats")
  echo "fuzz: $target: ${execs:-0} executions in ${per} s, ${crashes:-0} crashes, ${hangs:-0} hangs"
  for kind in crashes hangs; do
    for found in "$findings"/default/$kind/id:*; do
      [ -f "$found" ] || continue
      mkdir -p "$harness/regressions/$target"
      cp "$found" "$harness/regressions/$target/$kind-$(sha256sum "$found" | cut -c1-16)"
    done
  done
  total_execs=$(( total_execs + ${execs:-0} )); total_crashes=$(( total_crashes + ${crashes:-0} )); total_hangs=$(( total_hangs + ${hangs:-0} ))
done
echo "fuzz: $total_execs executions over ${#targets[@]} targets, $total_crashes crashes, $total_hangs hangs"
[ "$total_crashes" -eq 0 ] && [ "$total_hangs" -eq 0 ]
