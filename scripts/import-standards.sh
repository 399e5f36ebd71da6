#!/usr/bin/env bash
# Regenerates every shipped catalog and selection under standards/ from the official data in
# ../shared/sources (override with SOURCES=...). Running it twice gives byte-identical files;
# tests/ProcurementBaseline.Cli.Tests checks that the shipped files match a fresh import.
set -euo pipefail
cd "$(dirname "$0")/.."
S="${SOURCES:-../shared/sources}"
dotnet build src/ProcurementBaseline.Cli -c Release -v quiet -nologo >/dev/null
dotnet build tools/ProcurementBaseline.SourceImport -c Release -v quiet -nologo >/dev/null
procbase() { dotnet src/ProcurementBaseline.Cli/bin/Release/net10.0/procbase.dll "$@"; }
source_import() { dotnet tools/ProcurementBaseline.SourceImport/bin/Release/net10.0/ProcurementBaseline.SourceImport.dll "$@"; }

# --- Australia: ASD Information Security Manual, December 2025, and its profiles ---------------
ISM_ATTRIBUTION="Information Security Manual (December 2025) © Commonwealth of Australia (Australian Signals Directorate), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The Coat of Arms and the ASD logo are excluded. Converted to ProcurementBaseline's format; the text is unchanged."
ISM_OBTAINED="ASD ISM OSCAL, github.com/AustralianCyberSecurityCentre/ism-oscal (mirror of https://www.cyber.gov.au/ism/oscal) commit d14dcbb0d448c3e0ba99bdecc7de5c713bcb080f, imported with procbase catalog import-oscal"
ism_source=(--source-url "https://www.cyber.gov.au/ism/oscal" --licence "CC BY 4.0" --attribution "$ISM_ATTRIBUTION" --obtained "$ISM_OBTAINED"
  --document "Information Security Manual (ISM), December 2025|https://www.cyber.gov.au/business-government/asds-cyber-security-frameworks/ism|2025-12-09|2025.12.9")
procbase catalog import-oscal "$S/au-asd-ism/ISM_catalog.json" --id asd-ism --version 2025.12.9 --jurisdiction AU \
  --title "Information Security Manual (ISM)" --publisher "Australian Signals Directorate (ASD)" "${ism_source[@]}" \
  --completeness "All 1,073 controls and the 34 cyber security principles of the December 2025 ISM. ISM controls have no titles of their own: each shows the title of its topic. Topic overviews are kept as group descriptions; chapters with no controls (Using the ISM, the glossary) are left out." \
  --out standards/catalogs/au/asd-ism/2025.12.9.yaml
for p in NON_CLASSIFIED:non-classified OFFICIAL_SENSITIVE:official-sensitive PROTECTED:protected SECRET:secret TOP_SECRET:top-secret E8_ML1:e8-ml1 E8_ML2:e8-ml2 E8_ML3:e8-ml3; do
  procbase catalog import-oscal-profile "$S/au-asd-ism/ISM_${p%%:*}-baseline_profile.json" --oscal-catalog "$S/au-asd-ism/ISM_catalog.json" \
    --catalog asd-ism@2025.12.9 --id "asd-ism-${p#*:}" "${ism_source[@]}" --out "standards/baselines/au/selections/asd-ism-${p#*:}.yaml"
done

# --- United States: NIST SSDF 1.1 -----------------------------------------------------------------
procbase catalog import-oscal "$S/us-nist-ssdf-1.1/NIST_SP800-218_ver1_catalog.json" --id nist-ssdf --version 1.1 --jurisdiction US \
  --title "Secure Software Development Framework (SSDF) Version 1.1 (NIST SP 800-218)" --publisher "National Institute of Standards and Technology (NIST)" \
  --released 2022-02-03 --reference-catalog SP80053=nist-sp800-53 \
  --source-url "https://doi.org/10.6028/NIST.SP.800-218" --licence "Public domain in the United States (US Government work); CC0 1.0 elsewhere" \
  --attribution "NIST Special Publication 800-218, Secure Software Development Framework (SSDF) Version 1.1, National Institute of Standards and Technology." \
  --obtained "NIST OSCAL catalog nist.gov/SP800-218/ver1/json/NIST_SP800-218_ver1_catalog.json (usnistgov/oscal-content; snapshot github.com/theowood/oscal-content commit bc8a528770033611df899b3d52703fb3dc91a20d), imported with procbase catalog import-oscal" \
  --document "NIST SP 800-218, Secure Software Development Framework (SSDF) Version 1.1|https://doi.org/10.6028/NIST.SP.800-218|2022-02-03|1.1" \
  --completeness "All 4 groups, 19 practices and 42 tasks with their notional implementation examples and the 528 informative references. SSDF tasks have no titles of their own: each shows its practice's title. References to SP 800-53 are linked to nist-sp800-53 control ids." \
  --out standards/catalogs/us/nist-ssdf/1.1.yaml

# --- United States: NIST SP 800-53 rev 5.0.1 and the SP 800-53B 5.2.0 baselines ----------------------
N="$S/us-nist-sp800-53r5"
nist_source=(--source-url "https://doi.org/10.6028/NIST.SP.800-53r5" --licence "Public domain in the United States (US Government work); CC0 1.0 elsewhere"
  --attribution "NIST Special Publication 800-53 Revision 5, Security and Privacy Controls for Information Systems and Organizations, National Institute of Standards and Technology.")
procbase catalog import-oscal "$N/NIST_SP-800-53_rev5.0.1_catalog.json" --id nist-sp800-53 --version 5.0.1 --jurisdiction US --ids label \
  --title "Security and Privacy Controls for Information Systems and Organizations (NIST SP 800-53 Rev. 5)" --publisher "National Institute of Standards and Technology (NIST)" \
  --profile-applicability "baseline:LOW=$N/NIST_SP-800-53_rev5_LOW-baseline_profile.json" \
  --profile-applicability "baseline:MODERATE=$N/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json" \
  --profile-applicability "baseline:HIGH=$N/NIST_SP-800-53_rev5_HIGH-baseline_profile.json" \
  --profile-applicability "baseline:PRIVACY=$N/NIST_SP-800-53_rev5_PRIVACY-baseline_profile.json" \
  "${nist_source[@]}" --obtained "NIST OSCAL catalog nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json at usnistgov/oscal-content commit a849dbca4649e0cc626fefdd46cf5232c8308f4c (release 5.0.1); baseline applicability from the SP 800-53B release 5.2.0 profiles; imported with procbase catalog import-oscal" \
  --document "NIST SP 800-53 Rev. 5 (release 5.0.1)|https://doi.org/10.6028/NIST.SP.800-53r5|2021-06-08|5.0.1" \
  --document "NIST SP 800-53B, Control Baselines (profiles release 5.2.0)|https://doi.org/10.6028/NIST.SP.800-53B|2025-08-27|5.2.0" \
  --completeness "All 1,189 controls and enhancements of release 5.0.1 (182 withdrawn, with their successors). The 5.1 and 5.2 additions (such as SA-15(13), SA-24, SI-2(7)) are absent: the current catalog was not available. Baseline applicability comes from the 5.2.0 profiles; the ids those profiles select beyond 5.0.1 are listed in each baseline selection's not-in-catalog." \
  --out standards/catalogs/us/nist-sp800-53/5.0.1.yaml
for b in LOW MODERATE HIGH PRIVACY; do
  lower=$(echo "$b" | tr '[:upper:]' '[:lower:]')
  procbase catalog import-oscal-profile "$N/NIST_SP-800-53_rev5_${b}-baseline_profile.json" --oscal-catalog "$N/NIST_SP-800-53_rev5.0.1_catalog.json" \
    --catalog nist-sp800-53@5.0.1 --id "nist-sp800-53-$lower" --ids label "${nist_source[@]}" \
    --obtained "NIST OSCAL profile NIST_SP-800-53_rev5_${b}-baseline_profile.json, release 5.2.0 (github.com/theowood/oscal-content commit bc8a528770033611df899b3d52703fb3dc91a20d), resolved against the 5.0.1 catalog" \
    --out "standards/baselines/us/selections/nist-sp800-53-$lower.yaml"
done

# --- United States: sources NIST and CISA publish only as documents -------------------------------
source_import ssdf-draft "$S/us-nist-ssdf-1.2-ipd/ssdf_v1.2_ipd.json" --out standards/catalogs/us/nist-ssdf/1.2-ipd.yaml
source_import cisa-form "$S/us-cisa-attestation-form/cisa_ssdaf_v1.0_2024-03_section3_to_ssdf.json" --out standards/catalogs/us/cisa-ssdaf/1.0.yaml

# --- Japan: ISMAP control criteria, from the English text tabulated by the Secure Controls Framework --
source_import ismap "$S/jp-ismap/ismap_control_criteria_en_from_scf_strm.csv" --iso-titles "$S/crosswalks/nist-sp800-53r5-to-iso27001-2013/derived_table2_iso27001_to_sp800-53r5.csv" \
  --out standards/catalogs/jp/ismap/1.0-scf.yaml

# --- Crosswalks the publishers give as references (relationship intersects-with, provenance official) ---
source_import ssdf-sp800-53 "$S/crosswalks/ssdf_v1.1_to_sp800-53_and_800-161.csv" --out "standards/crosswalks/nist-ssdf@1.1--nist-sp800-53@5.0.1.yaml"
source_import cisa-ssdf "$S/crosswalks/cisa_ssdaf_to_ssdf_v1.1.csv" --out "standards/crosswalks/cisa-ssdaf@1.0--nist-ssdf@1.1.yaml"

# --- Derived: SP 800-53 -> ISMAP through NIST's SP 800-53 Rev. 5 <-> ISO/IEC 27001:2013 table (intersects-with at most) ---
source_import sp800-53-ismap "$S/crosswalks/nist-sp800-53r5-to-iso27001-2013/derived_table1_sp800-53r5_to_iso27001.csv" --out "standards/crosswalks/nist-sp800-53@5.0.1--ismap@1.0-scf.yaml"

# --- Version crosswalk SSDF 1.1 -> 1.2 draft, written from the catalog diff (equal-to where unchanged, drafts elsewhere) ---
procbase catalog diff nist-ssdf@1.1 nist-ssdf@1.2-ipd --date 2026-11-26 --emit-crosswalk "standards/crosswalks/nist-ssdf@1.1--nist-ssdf@1.2-ipd.yaml" >/dev/null
procbase catalog changelog nist-ssdf@1.1 nist-ssdf@1.2-ipd --out "docs/changelogs/nist-ssdf@1.1--nist-ssdf@1.2-ipd.md"

# --- The Quad common baseline, harmonised from the four nations' shipped baselines and the crosswalks ---
procbase harmonise --nations AU,US,IN,JP --prefer nist-ssdf@1.1 --id quad-common --version 1 --out standards/baselines/quad/quad-common.yaml >/dev/null

# The other Japanese, Indian and Quad catalogs, and the reviewed crosswalks, are authored by hand (see each file's header).

echo "Regenerated the catalogs, selections, generated crosswalks and the common baseline under standards/."
