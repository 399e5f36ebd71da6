#!/usr/bin/env bash
# The registry end to end with a built procbase (the installed Native AOT tool in CI): serve on the embedded database,
# set up an agency, a vendor with a key and a procurement over the API, bundle, sign and submit the acme sample with
# procbase submit, fetch a report and the OpenAPI document, and verify the audit log.
# Usage: scripts/serve-smoke.sh <procbase> <work-folder>
set -euo pipefail
procbase=$1 work=$2 repo=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "serve smoke test failed: $*" >&2; exit 1; }
command -v curl >/dev/null || fail "curl is needed"
rm -rf "$work" && mkdir -p "$work"
port=$((20000 + RANDOM % 20000)) url="http://127.0.0.1:$port"
"$procbase" serve --data "$work/data" --urls "$url" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do grep -q "  API:" "$work/serve.log" && break; sleep 0.5; done
grep -q "  API:" "$work/serve.log" || fail "procbase serve did not start: $(cat "$work/serve.log")"
password=$(sed -n "s/^First start: .* password //p" "$work/serve.log")
[ -n "$password" ] || fail "the first start printed no admin password"

field() { grep -o "\"$1\": \"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }
post() { # token path json -> body; fails unless 201
  local body status
  body=$(curl -s -w '\n%{http_code}' -X POST -H 'Content-Type: application/json' ${1:+-H "Authorization: Bearer $1"} -d "$3" "$url$2")
  status=${body##*$'\n'}; body=${body%$'\n'*}
  [ "$status" = 201 ] || fail "POST $2 answered $status: $body"
  printf '%s' "$body"
}
signin() { post "" /api/sessions "{\"name\":\"$1\",\"password\":\"$2\"}" | field token; }
admin=$(signin admin "$password")
agency=$(post "$admin" /api/organisations '{"name":"Smoke agency","kind":"agency"}' | field id)
vendor=$(post "$admin" /api/organisations '{"name":"Acme Software Pty Ltd","kind":"vendor"}' | field id)
post "$admin" /api/users "{\"name\":\"smoke-admin\",\"role\":\"agency-admin\",\"organisation\":\"$agency\",\"password\":\"correct horse battery\"}" >/dev/null
post "$admin" /api/users "{\"name\":\"smoke-vendor\",\"role\":\"vendor\",\"organisation\":\"$vendor\",\"password\":\"correct horse battery\"}" >/dev/null
procurement=$(post "$(signin smoke-admin 'correct horse battery')" /api/procurements '{"title":"Smoke","baselines":["au-software-supplier"],"closes":"2099-12-31"}' | field id)
vendor_token=$(signin smoke-vendor 'correct horse battery')
"$procbase" key new --out "$work/acme" >/dev/null
key=$(sed -z 's/\n/\\n/g' "$work/acme.pub.pem")
post "$vendor_token" "/api/organisations/$vendor/keys" "{\"public-key\":\"$key\"}" >/dev/null
"$procbase" attest bundle "$repo/samples/acme-ssdf-mapped/attestation.yaml" --out "$work/acme.zip" >/dev/null
"$procbase" attest sign "$work/acme.zip" --key "$work/acme.key.pem" >/dev/null
PROCBASE_TOKEN=$vendor_token "$procbase" submit "$work/acme.zip" --to "$url" --procurement "$procurement" | tee "$work/submit.txt" \
  || fail "procbase submit did not exit 0 (pass) for the acme sample"
submission=$(sed -n 's/^Submitted as \([^,]*\),.*/\1/p' "$work/submit.txt")
# Each report is saved before it is read: grep -q or head stopping early would end curl with SIGPIPE, which pipefail counts as failing.
curl -sf -H "Authorization: Bearer $vendor_token" -o "$work/report.html" "$url/api/submissions/$submission/reports/html" && grep -q "<html" "$work/report.html" || fail "no HTML report"
curl -sf -H "Authorization: Bearer $vendor_token" -o "$work/report.pdf" "$url/api/submissions/$submission/reports/pdf" && [ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "no PDF report"
# The portal takes a registry token as its session cookie: the submission's page, with every finding, under its CSP.
page="$work/submission.html"
curl -sf -D "$work/headers.txt" -b "procbase-session=$vendor_token" -o "$page" "$url/portal/submissions/$submission" || fail "the portal did not show the submission"
grep -q "au-software-supplier" "$page" || fail "the portal's submission page has no verdict"
grep -qi "^content-security-policy: default-src 'none'" "$work/headers.txt" || fail "the portal's page has no Content Security Policy"
for _ in 1 2 3 4 5 6 7 8 9 10; do
  curl -s -o /dev/null -b "procbase-session=$vendor_token" -w '%{time_total}\n' "$url/portal/submissions/$submission"
done | sort -n | awk -v size="$(wc -c < "$page")" -v rows="$(grep -c '<tr><td>au-software' "$page")" \
  '{t[NR]=$1} END {printf "portal: the submission page, %d findings, %d KiB of HTML, median %.1f ms over 10 requests\n", rows, size/1024, t[int((NR+1)/2)]*1000}'
curl -sf -o "$work/openapi.json" "$url/openapi/v1.json" && grep -q '"openapi"' "$work/openapi.json" || fail "no OpenAPI document"
"$procbase" db verify --data "$work/data" || fail "db verify"
echo "procbase serve: set up, submitted, assessed (pass), reported and verified through the API."
