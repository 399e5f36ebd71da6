#!/usr/bin/env bash
# Packs the procbase tool, installs it into a temporary tool path, and runs the README's main job with the installed
# command from outside the repository, so it uses the standards shipped in the package. Checks the package sizes
# (each platform's package <= 60 MB, installed <= 200 MB) and that the installed tool writes the same outputs, in
# every format, as the checkout does. On linux-x64 the linux-x64 package is remade with Native AOT, which compiles
# only for the platform it runs on and needs clang and zlib (Debian: clang zlib1g-dev); the other platforms' packages
# are ReadyToRun. Usage: scripts/package-check.sh [output-folder]   (default: artifacts/package)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/package}
fail() { echo "package check failed: $*" >&2; exit 1; }
mib() { echo $(( ($1 + 1048575) / 1048576 )); }

rm -rf "$out" && mkdir -p "$out"
out=$(cd "$out" && pwd)
cli=src/ProcurementBaseline.Cli
timeout 1200 dotnet pack $cli -c Release -o "$out/nupkg" -v quiet -nologo || fail "dotnet pack"
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  command -v clang >/dev/null || fail "Native AOT needs clang (Debian: apt-get install clang zlib1g-dev)"
  rm -rf "$out"/nupkg/ProcurementBaseline.Tool.linux-x64.*.nupkg $cli/bin/Release/net10.0/linux-x64/publish
  timeout 1200 dotnet pack $cli -c Release -r linux-x64 -p:RuntimeIdentifiers=linux-x64 -p:ProcbaseNativeAot=true \
    -o "$out/nupkg" -v quiet -nologo || fail "dotnet pack of the linux-x64 package with Native AOT"
fi
for package in "$out"/nupkg/*.nupkg; do
  size=$(stat -c %s "$package")
  echo "$(basename "$package"): $(mib "$size") MiB, $(unzip -l "$package" | tail -n 1 | awk '{printf "%d", ($1 + 1048575) / 1048576}') MiB unpacked"
  [ "$size" -le $((60 * 1024 * 1024)) ] || fail "$(basename "$package") is over 60 MB"
  # The listing is read whole first: grep -q stopping early would end unzip with SIGPIPE, and pipefail would hide the match.
  listing=$(unzip -l "$package")
  if grep -qE '(libSkiaSharp|libHarfBuzzSharp)\.pdb' <<<"$listing"; then fail "$(basename "$package") carries native .pdb files"; fi
done

tools="$out/tools"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
timeout 600 dotnet tool install ProcurementBaseline.Tool --version "$version" --tool-path "$tools" --add-source "$out/nupkg" \
  || fail "dotnet tool install from $out/nupkg"
installed=$(du -sb "$tools" | cut -f1)
echo "installed: $(mib "$installed") MiB in $tools"
[ "$installed" -le $((200 * 1024 * 1024)) ] || fail "the installed tool takes over 200 MB"

# The README's main job, run by the installed command from a folder outside the checkout.
repo=$(pwd)
run="$out/run" && mkdir -p "$run"
(cd "$run" && "$tools/procbase" assess "$repo/samples/delta-all-four/attestation.yaml" \
  --baseline au-software-supplier,us-federal-software,jp-government-software,in-government-software --as-of 2026-11-26 --out installed) \
  || fail "the installed procbase did not pass the README's main job"
for f in json pdf html md txt; do [ -s "$run/installed/delta-all-four.$f" ] || fail "the installed procbase did not write delta-all-four.$f"; done

dotnet run -c Release --project $cli -- assess samples/delta-all-four/attestation.yaml \
  --baseline au-software-supplier,us-federal-software,jp-government-software,in-government-software --as-of 2026-11-26 \
  --out "$run/checkout" --quiet || fail "the checkout's procbase did not pass the README's main job"
for f in json pdf html md txt; do
  cmp "$run/installed/delta-all-four.$f" "$run/checkout/delta-all-four.$f" || fail "the installed tool's .$f differs from the checkout's"
done
echo "The installed procbase passes the README's main job and writes the checkout's outputs byte for byte."

# The registry, with the installed command: procbase serve on its embedded database, used end to end over HTTP.
bash scripts/serve-smoke.sh "$tools/procbase" "$out/serve" || fail "the installed procbase serve (scripts/serve-smoke.sh)"
