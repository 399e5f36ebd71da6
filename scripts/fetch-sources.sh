#!/usr/bin/env bash
# Downloads the official source files listed in eng/sources.tsv into a sources folder (default ../shared/sources,
# the place the importers and tests read them from) and checks each against the sha256 the manifest records.
# Files with no download address (transcriptions, derived tables, research notes) are listed at the end: they come
# with the shared sources folder, not from the web. Usage: scripts/fetch-sources.sh [target-folder]
set -uo pipefail
cd "$(dirname "$0")/.."
target="${1:-../shared/sources}"
manifest=eng/sources.tsv
fetched=0; present=0; failed=0; manual=()
while IFS=$'\t' read -r path sha bytes url note; do
  case "$path" in ''|'#'*|path) continue ;; esac
  file="$target/$path"
  if [ -f "$file" ] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sha" ]; then
    present=$((present + 1)); continue
  fi
  if [ "$url" = "-" ]; then
    manual+=("$path ($note)"); continue
  fi
  mkdir -p "$(dirname "$file")"
  tmp="$file.download"
  if ! curl -fsSL --retry 3 --max-time 300 -o "$tmp" "$url"; then
    echo "FAILED to download $path from $url" >&2; rm -f "$tmp"; failed=$((failed + 1)); continue
  fi
  actual=$(sha256sum "$tmp" | cut -d' ' -f1)
  if [ "$actual" != "$sha" ]; then
    echo "MISMATCH $path: $url gave sha256 $actual, the manifest records $sha (the upstream file changed?)" >&2
    rm -f "$tmp"; failed=$((failed + 1)); continue
  fi
  mv "$tmp" "$file"; fetched=$((fetched + 1))
done < "$manifest"
echo "sources in $target: $present already present and verified, $fetched downloaded and verified, $failed failed."
if [ ${#manual[@]} -gt 0 ]; then
  echo "${#manual[@]} files have no download address and must come with the shared sources folder:"
  printf '  %s\n' "${manual[@]}"
fi
[ "$failed" -eq 0 ] && [ ${#manual[@]} -eq 0 ]
