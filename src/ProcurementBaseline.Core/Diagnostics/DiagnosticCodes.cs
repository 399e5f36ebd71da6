using System.Collections.Immutable;
using System.Reflection;

namespace ProcurementBaseline.Diagnostics;

/// <summary>
/// Every diagnostic the tool can report. Codes are stable: never reuse or renumber one.
/// PB0xxx: command line and files; PB1xxx: catalog and selection files; PB12xx: OSCAL import;
/// PB13xx: crosswalk files; PB14xx: consistency of the mapping graph (map check); PB15xx: baselines; PB16xx: attestations; PB17xx: report templates; PB18xx: submission bundles and signatures; PB19xx: SBOM and VEX evidence and SBOM profiles; PB20xx: the submission registry (procbase serve, submit, db).
/// docs/diagnostics.md is generated from this list and a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    public static readonly DiagnosticDescriptor PathNotFound =
        new("PB0001", Error, "Path not found", "path '{0}' does not exist");

    public static readonly DiagnosticDescriptor NoInputFiles =
        new("PB0002", Warning, "No input files", "no YAML files found under '{0}'");

    public static readonly DiagnosticDescriptor FileUnreadable =
        new("PB0003", Error, "File cannot be read", "cannot read the file: {0}");

    public static readonly DiagnosticDescriptor NotAnInputFile =
        new("PB0004", Error, "Not a file that can be read", "'{0}' is {1}, not a file that can be read");

    public static readonly DiagnosticDescriptor LinkNotFollowed =
        new("PB0005", Info, "Symbolic link not followed", "'{0}' is a symbolic link; links are not followed when searching a folder");

    public static readonly DiagnosticDescriptor OutputNameClash =
        new("PB0006", Warning, "Output name taken", "'{0}' would write its outputs as '{1}', which '{2}' already uses; they are written as '{3}'");

    public static readonly DiagnosticDescriptor FolderUnreadable =
        new("PB0007", Warning, "Folder cannot be read", "cannot search folder '{0}': {1}");

    public static readonly DiagnosticDescriptor FolderTooDeep =
        new("PB0008", Warning, "Folder nested too deep", "folder '{0}' is more than {1} levels below '{2}'; it is not searched");

    public static readonly DiagnosticDescriptor OutputUnwritable =
        new("PB0009", Error, "Output cannot be written", "cannot write '{0}': {1}");

    public static readonly DiagnosticDescriptor InvalidUtf8 =
        new("PB1001", Error, "Invalid UTF-8", "the file is not valid UTF-8: byte 0x{0:X2} cannot start or continue a character");

    public static readonly DiagnosticDescriptor YamlSyntax =
        new("PB1002", Error, "YAML syntax error", "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor UnknownKey =
        new("PB1003", Error, "Unknown key", "unknown key '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor DuplicateKey =
        new("PB1004", Error, "Duplicate key", "duplicate key '{0}' (first given at line {1}); the first value is kept");

    public static readonly DiagnosticDescriptor MissingField =
        new("PB1005", Error, "Missing required field", "{0} is missing required field '{1}'");

    public static readonly DiagnosticDescriptor WrongType =
        new("PB1006", Error, "Wrong type", "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor InvalidValue =
        new("PB1007", Error, "Value not allowed", "'{0}' is not an allowed value for '{1}'; allowed: {2}");

    public static readonly DiagnosticDescriptor BadVersion =
        new("PB1008", Error, "Bad version string", "'{0}' is not a valid version: use dot-separated numbers with an optional -label, such as 2025.12.9, 1.1 or 1.2-ipd");

    public static readonly DiagnosticDescriptor DuplicateControlId =
        new("PB1009", Error, "Duplicate control id", "control id '{0}' is already used at line {1}");

    public static readonly DiagnosticDescriptor DanglingReference =
        new("PB1010", Error, "Dangling reference", "'{0}' refers to control '{1}', which this catalog does not define");

    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion =
        new("PB1011", Error, "Unsupported schema version", "schema version '{0}' is not supported; this tool reads '{1}'");

    public static readonly DiagnosticDescriptor BadDate =
        new("PB1012", Error, "Bad date", "'{0}' is not a date in the form YYYY-MM-DD");

    public static readonly DiagnosticDescriptor FileNameMismatch =
        new("PB1013", Warning, "File name does not match contents", "the file declares {0}, so it should be at '{1}'");

    public static readonly DiagnosticDescriptor DuplicateCatalogVersion =
        new("PB1014", Error, "Duplicate catalog version", "{0} is also defined in '{1}'");

    public static readonly DiagnosticDescriptor EmptyValue =
        new("PB1015", Error, "Empty value", "'{0}' must not be empty or null");

    public static readonly DiagnosticDescriptor DuplicateGroupId =
        new("PB1016", Error, "Duplicate group id", "group id '{0}' is already used at line {1}");

    public static readonly DiagnosticDescriptor WithdrawnWithoutSuccessorKind =
        new("PB1017", Error, "Successor on an active control", "control '{0}' lists successors but its status is active; set status: withdrawn");

    public static readonly DiagnosticDescriptor UnknownDocumentKind =
        new("PB1018", Error, "Unknown document kind", "'{0}' is not a known document kind; expected '{1}'");

    public static readonly DiagnosticDescriptor NestingTooDeep =
        new("PB1019", Error, "Nesting too deep", "the YAML is nested more than {0} levels deep here; no file of these formats needs that, so the file is not read");

    public static readonly DiagnosticDescriptor AliasExpansionTooLarge =
        new("PB1020", Error, "Aliases expand too far", "the aliases in this file would expand it to more than {0:N0} nodes (it has {1:N0}); the file is not read");

    public static readonly DiagnosticDescriptor ForbiddenCharacter =
        new("PB1021", Error, "Character not allowed in YAML", "the file contains {0}, which YAML does not allow in a file; in a double-quoted string write it as an escape ({1}) if it is meant");

    public static readonly DiagnosticDescriptor WrongEncoding =
        new("PB1022", Error, "Not UTF-8", "the file is encoded as {0}; save it as UTF-8");

    public static readonly DiagnosticDescriptor SelectionUnknownCatalog =
        new("PB1101", Error, "Selection refers to an unknown catalog", "selection '{0}' draws on {1}, which is not loaded");

    public static readonly DiagnosticDescriptor SelectionUnknownControl =
        new("PB1102", Error, "Selection refers to an unknown control", "selection '{0}' includes '{1}', which {2} does not define");

    public static readonly DiagnosticDescriptor DuplicateSelectionEntry =
        new("PB1103", Warning, "Duplicate selection entry", "'{0}' is selected more than once");

    public static readonly DiagnosticDescriptor InvalidJson =
        new("PB1201", Error, "Invalid JSON", "the file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor NotOscalDocument =
        new("PB1202", Error, "Not an OSCAL document", "expected an OSCAL {0} (a top-level '{0}' object)");

    public static readonly DiagnosticDescriptor UnresolvedParameter =
        new("PB1203", Warning, "Unresolved parameter", "control '{0}' inserts parameter '{1}', which is not defined; it is rendered as [{1}]");

    public static readonly DiagnosticDescriptor ProfileControlNotInCatalog =
        new("PB1205", Warning, "Profile control not in catalog", "the profile selects '{0}', which this catalog version does not define; it is recorded under not-in-catalog");

    public static readonly DiagnosticDescriptor OscalMissingField =
        new("PB1206", Error, "OSCAL field missing", "{0} has no '{1}'");

    public static readonly DiagnosticDescriptor OscalCatalogNeedsIdentity =
        new("PB1207", Error, "OSCAL catalog needs our identity", "this catalog was not exported by procbase, so its id, version and jurisdiction must be given to import it");

    public static readonly DiagnosticDescriptor UnsupportedOscalVersion =
        new("PB1208", Error, "Unsupported OSCAL version", "oscal-version '{0}' is not 1.x; procbase reads OSCAL 1.0 to 1.2");

    public static readonly DiagnosticDescriptor OscalConstructNotImported =
        new("PB1209", Warning, "OSCAL construct not imported", "{0} has no place in the {1} format and is not imported (at {2})");

    public static readonly DiagnosticDescriptor MapReadPerTarget =
        new("PB1210", Warning, "Map read per target", "the map relates {0} source(s) to {1} targets as a set ('{2}'); a crosswalk states each target on its own, so it is read as '{3}' for each (at {4})");

    public static readonly DiagnosticDescriptor ProfileImportCycle =
        new("PB1211", Error, "Profile imports itself", "the profile import chain returns to '{0}' ({1}); it is not resolved");

    public static readonly DiagnosticDescriptor ProfileImportNotFound =
        new("PB1212", Error, "Profile import not found", "the profile imports '{0}', which is not among the documents given");

    public static readonly DiagnosticDescriptor ProfileChainTooDeep =
        new("PB1219", Error, "Profile chain too deep", "the profile imports profiles more than {0} deep; the rest of the chain is not followed");

    public static readonly DiagnosticDescriptor MappingResourceUnknown =
        new("PB1213", Error, "Mapping resource not named", "the {0} resource '{1}' is not a catalog procbase knows; name it with --catalog '{1}=id@version' (at {2})");

    public static readonly DiagnosticDescriptor OscalSchemaViolation =
        new("PB1214", Error, "Not valid against the OSCAL schema", "{0} (at {1})");

    public static readonly DiagnosticDescriptor OscalReferenceUnresolved =
        new("PB1215", Error, "OSCAL reference does not resolve", "{0} refers to '{1}', which this document does not define (at {2})");

    public static readonly DiagnosticDescriptor OscalValueNotAllowed =
        new("PB1216", Error, "OSCAL value not allowed", "{0} is '{1}', which is not one of {2} (at {3})");

    public static readonly DiagnosticDescriptor MapStrengthAssumed =
        new("PB1218", Warning, "Map strength assumed", "{0} map(s) give no confidence score; each is given strength {1} of 10 (at {2})");

    public static readonly DiagnosticDescriptor OscalDuplicateId =
        new("PB1217", Error, "OSCAL id defined twice", "'{0}' is defined more than once in this document (at {1})");

    public static readonly DiagnosticDescriptor CrosswalkUnknownCatalog =
        new("PB1301", Error, "Crosswalk refers to a catalog version that is not shipped", "the crosswalk maps {0} {1}, which is not loaded");

    public static readonly DiagnosticDescriptor CrosswalkUnknownControl =
        new("PB1302", Error, "Crosswalk refers to an unknown control", "{0} does not define '{1}'{2}");

    public static readonly DiagnosticDescriptor SelfMapping =
        new("PB1303", Error, "Self-mapping", "'{0}' is mapped to itself");

    public static readonly DiagnosticDescriptor ContradictoryMappings =
        new("PB1304", Error, "Contradictory mappings", "{0} is mapped {1} {2} here and {3} at {4}");

    public static readonly DiagnosticDescriptor MappingToWithdrawnControl =
        new("PB1305", Warning, "Mapping to a withdrawn control", "'{0}' is withdrawn in {1}{2}");

    public static readonly DiagnosticDescriptor DuplicateMapping =
        new("PB1306", Warning, "Duplicate mapping", "{0} is mapped {1} {2} again (first at {3})");

    public static readonly DiagnosticDescriptor CrosswalkFileNameMismatch =
        new("PB1307", Warning, "Crosswalk file name does not match contents", "the crosswalk maps {0} to {1}, so it should be named '{2}'");

    public static readonly DiagnosticDescriptor CombinedTooFew =
        new("PB1308", Error, "Combined source with fewer than two controls", "a combined source ('all-of') needs two or more different controls; write a single source for one");

    public static readonly DiagnosticDescriptor CombinedNoRelationship =
        new("PB1309", Error, "Combined no-relationship", "no-relationship is not stated of controls taken together; record it for each control on its own");

    public static readonly DiagnosticDescriptor CombinedMemberOtherCatalog =
        new("PB1310", Error, "Combined member from another catalog", "'{0}' is a control of {1}, not of {2}; the members of a combined source are controls of the crosswalk's source catalog");

    public static readonly DiagnosticDescriptor CombinedMemberRepeated =
        new("PB1311", Warning, "Combined source names a control twice", "'{0}' appears more than once in the combined source");

    public static readonly DiagnosticDescriptor EqualToJoinsSameCatalog =
        new("PB1401", Warning, "Equal-to chain joins two controls of one catalog", "{0} and {1} are joined by equivalences ({2}), so the catalog would hold the same control twice");

    public static readonly DiagnosticDescriptor MutualSubsets =
        new("PB1402", Warning, "Each a subset of the other", "{0} is a subset of {1} and {1} of {0}, which makes them equal; say equal-to or equivalent-to instead");

    public static readonly DiagnosticDescriptor SubsetCycle =
        new("PB1403", Warning, "Subset cycle", "subset-of mappings run in a cycle ({0}), which makes every control on it equal");

    public static readonly DiagnosticDescriptor DanglingAfterVersionChange =
        new("PB1404", Warning, "Mapping left dangling by a version change", "'{0}' is mapped in {1}, but the latest shipped version {2} {3}");

    public static readonly DiagnosticDescriptor CombinedCycle =
        new("PB1405", Warning, "Combined mappings in a cycle", "combined mappings run in a cycle ({0}): each control on it helps cover the next and so, in the end, itself; check that the mappings say what the texts do");

    public static readonly DiagnosticDescriptor BaselineUnknownCatalog =
        new("PB1501", Error, "Baseline refers to a catalog version that is not loaded", "baseline '{0}' selects from {1}, which is not loaded");

    public static readonly DiagnosticDescriptor BaselineUnknownSelection =
        new("PB1502", Error, "Baseline refers to an unknown selection", "no selection '{0}' of {1} is loaded");

    public static readonly DiagnosticDescriptor BaselineUnknownControl =
        new("PB1503", Error, "Baseline refers to an unknown control", "'{0}' is not a control of {1}{2}");

    public static readonly DiagnosticDescriptor EmptySelector =
        new("PB1504", Warning, "Selector picks nothing", "this selector picks no active control of {0}");

    public static readonly DiagnosticDescriptor DuplicateBaseline =
        new("PB1505", Error, "Duplicate baseline id", "baseline '{0}' is also defined in '{1}'");

    public static readonly DiagnosticDescriptor EvidenceRequirementNotRequired =
        new("PB1506", Error, "Evidence requirement on a control not required", "the evidence requirement names {0}, which baseline '{1}' does not require, so it would never apply");

    public static readonly DiagnosticDescriptor AttestationUnknownControl =
        new("PB1601", Error, "Claim on an unknown control", "{0}");

    public static readonly DiagnosticDescriptor ClaimOutsideBaseline =
        new("PB1602", Info, "Claim outside the baseline", "{0} is not required by {1}; the claim is kept but only counts through mappings");

    public static readonly DiagnosticDescriptor DuplicateClaim =
        new("PB1603", Error, "Duplicate claim", "{0} is claimed more than once (first at {1})");

    public static readonly DiagnosticDescriptor EvidencePathEscapes =
        new("PB1604", Error, "Evidence path escapes the attestation's folder", "evidence path '{0}' {1}; evidence must be a relative path inside the attestation's folder, or a URI");

    public static readonly DiagnosticDescriptor EvidenceMissing =
        new("PB1605", Warning, "Evidence file missing", "evidence file '{0}' does not exist");

    public static readonly DiagnosticDescriptor EvidenceHashMismatch =
        new("PB1606", Warning, "Evidence hash mismatch", "evidence file '{0}' has sha256 {1}, not the {2} the attestation gives");

    public static readonly DiagnosticDescriptor ClaimMissingDetail =
        new("PB1607", Warning, "Claim lacks what its status needs", "{0}");

    public static readonly DiagnosticDescriptor AttestationUnknownBaseline =
        new("PB1608", Error, "Attestation refers to an unknown baseline or catalog", "'{0}' is neither a loaded baseline nor a loaded catalog version");

    public static readonly DiagnosticDescriptor BadEvidenceHash =
        new("PB1609", Error, "Bad sha256", "'{0}' is not a sha256 digest (64 hexadecimal digits)");

    public static readonly DiagnosticDescriptor ImplementedWithoutEvidence =
        new("PB1610", Warning, "Implemented claim without evidence", "{0} is claimed implemented but gives no evidence, so it counts as an evidence problem");

    public static readonly DiagnosticDescriptor EvidenceUnpinned =
        new("PB1611", Warning, "Evidence file without sha256", "evidence file '{0}' is given without its sha256, so what it holds cannot be checked");

    public static readonly DiagnosticDescriptor EvidenceExpired =
        new("PB1612", Warning, "Evidence expired", "evidence '{0}' expired on {1}, before the as-of date {2}");

    public static readonly DiagnosticDescriptor EvidenceIssuedAfterAsOf =
        new("PB1613", Warning, "Evidence dated after the as-of date", "evidence '{0}' is dated {1}, after the as-of date {2}");

    public static readonly DiagnosticDescriptor EvidenceTooOld =
        new("PB1614", Warning, "Evidence too old", "evidence '{0}' was issued {1}, more than the {2} days {3} allows before the as-of date");

    public static readonly DiagnosticDescriptor EvidenceIssuedAfterExpiry =
        new("PB1615", Warning, "Evidence issued after it expires", "evidence '{0}' is issued {1}, after it expires on {2}");

    public static readonly DiagnosticDescriptor EvidenceNotRegularFile =
        new("PB1616", Warning, "Evidence is not a regular file", "evidence path '{0}' is {1}, not a regular file; it is not read");

    public static readonly DiagnosticDescriptor EvidenceTooLarge =
        new("PB1617", Warning, "Evidence file too large", "evidence file '{0}' is {1}; it is not read (raise the limit with --max-evidence-size)");

    public static readonly DiagnosticDescriptor EvidenceUnreadable =
        new("PB1618", Warning, "Evidence file cannot be read", "evidence file '{0}' cannot be read: {1}");

    public static readonly DiagnosticDescriptor EvidenceHardLinked =
        new("PB1619", Warning, "Evidence file has other names", "evidence file '{0}' has {1} hard links, so the same file may also be reached from outside the folder");

    public static readonly DiagnosticDescriptor AttestationDatedAfterAsOf =
        new("PB1620", Error, "Attestation dated after the as-of date", "the attestation is dated {0}, after the as-of date {1}: it cannot be assessed at a date before it was made");

    public static readonly DiagnosticDescriptor NotApplicableRejected =
        new("PB1621", Warning, "Not applicable not accepted", "{0} is claimed not applicable, which {1} does not accept for it, so it counts as not met");

    public static readonly DiagnosticDescriptor PoamOverdue =
        new("PB1622", Warning, "Plan of action overdue", "{0}: milestone '{1}' was due {2}, before the as-of date {3}, so it counts as not met");

    public static readonly DiagnosticDescriptor PoamBeyondWindow =
        new("PB1623", Warning, "Plan of action beyond the window", "{0}: the plan of action runs to {1}, beyond the {2}-day window of {3} ({4}), so it counts as not met");

    public static readonly DiagnosticDescriptor ClaimMarkedForReview =
        new("PB1624", Warning, "Claim marked for review", "{0} is marked for review ({1}), so it counts for nothing until a person re-attests it");

    public static readonly DiagnosticDescriptor ClaimsOutsideBaselineMore =
        new("PB1625", Info, "Claims outside the baseline, counted", "{0:N0} claims in all are not required by {2} (the first {1} are listed one by one); they are kept but only count through mappings");

    public static readonly DiagnosticDescriptor TemplateSyntax =
        new("PB1701", Error, "Template syntax error", "{0}");

    public static readonly DiagnosticDescriptor TemplateRuntime =
        new("PB1702", Error, "Template failed while rendering", "{0}");

    public static readonly DiagnosticDescriptor TemplateMissing =
        new("PB1703", Error, "Template missing", "no template '{0}' in '{1}'");

    public static readonly DiagnosticDescriptor BundleUnsafeEntry =
        new("PB1801", Error, "Unsafe path in a bundle", "bundle entry '{0}' {1}; a bundle's paths are relative and stay inside it");

    public static readonly DiagnosticDescriptor BundleLinkEntry =
        new("PB1802", Error, "Link in a bundle", "bundle entry '{0}' is a symbolic link; a bundle holds regular files only");

    public static readonly DiagnosticDescriptor BundleTooLarge =
        new("PB1803", Error, "Bundle too large", "{0}");

    public static readonly DiagnosticDescriptor BundleDuplicateEntry =
        new("PB1804", Error, "Duplicate entry in a bundle", "bundle entry '{0}' appears more than once (names differing only in case count as the same)");

    public static readonly DiagnosticDescriptor BundleNoManifest =
        new("PB1805", Error, "Bundle without a manifest", "the bundle has no manifest.json, so nothing in it is pinned");

    public static readonly DiagnosticDescriptor BundleBadManifest =
        new("PB1806", Error, "Malformed bundle manifest", "manifest.json {0}");

    public static readonly DiagnosticDescriptor BundleFileMissing =
        new("PB1807", Error, "File missing from a bundle", "the manifest lists '{0}', which the bundle does not hold");

    public static readonly DiagnosticDescriptor BundleDigestMismatch =
        new("PB1808", Error, "File altered in a bundle", "'{0}' has sha256 {1}, but the manifest pins {2}");

    public static readonly DiagnosticDescriptor BundleUnlistedFile =
        new("PB1809", Error, "File not in the manifest", "the bundle holds '{0}', which the manifest does not list");

    public static readonly DiagnosticDescriptor BundleUnsigned =
        new("PB1810", Error, "Bundle not signed", "the bundle has no signature.dsse.json; sign it with procbase attest sign");

    public static readonly DiagnosticDescriptor BundleBadEnvelope =
        new("PB1811", Error, "Malformed signature envelope", "signature.dsse.json {0}");

    public static readonly DiagnosticDescriptor BundleWrongPayloadType =
        new("PB1812", Error, "Not an in-toto statement", "the envelope's payload type is '{0}', not application/vnd.in-toto+json");

    public static readonly DiagnosticDescriptor BundleUntrustedSigner =
        new("PB1813", Warning, "Signature by an untrusted key", "signature {0} is by key {1}, which is not among the keys given with --key, so it is not checked and does not count");

    public static readonly DiagnosticDescriptor BundleBadSignature =
        new("PB1814", Error, "Signature does not verify", "signature {0} (key {1}) does not verify: the envelope or its payload was altered, or it was made with another key");

    public static readonly DiagnosticDescriptor BundleStatementMismatch =
        new("PB1815", Error, "Signed statement does not match the bundle", "{0}");

    public static readonly DiagnosticDescriptor BundleUnknownStandards =
        new("PB1816", Error, "Bundle pinned to standards not loaded", "the bundle was written against {0} {1}, which these standards do not hold; load the standards it pins (--standards) or ask the vendor to rebuild it");

    public static readonly DiagnosticDescriptor BundleStandardsChanged =
        new("PB1817", Warning, "Pinned standards file differs", "the bundle pins {0} {1} with sha256 {2}, but the loaded file has {3}: the same id and version with different content");

    public static readonly DiagnosticDescriptor BundleNoTrustedSignature =
        new("PB1819", Error, "No trusted signature", "none of the bundle's {0} signatures is by a key given with --key");

    public static readonly DiagnosticDescriptor BundleCertificateUntrusted =
        new("PB1820", Error, "Certificate chain not trusted", "signature {0} {1}");

    public static readonly DiagnosticDescriptor BundleTimestampInvalid =
        new("PB1821", Error, "Timestamp does not hold", "signature {0}: its RFC 3161 timestamp {1}");

    public static readonly DiagnosticDescriptor BundleTimestampUnchecked =
        new("PB1822", Warning, "Timestamp not checked", "signature {0}: its RFC 3161 timestamp {1}; the signer's certificates are judged at the as-of date");

    public static readonly DiagnosticDescriptor BundleTimestampUnmatched =
        new("PB1823", Error, "Timestamp for no signature", "the time-stamp token {0} is not over any signature in the bundle: {1}");

    public static readonly DiagnosticDescriptor BundleEvidenceUnusable =
        new("PB1818", Error, "Evidence cannot be bundled", "evidence '{0}' {1}");

    public static readonly DiagnosticDescriptor SbomUnreadable =
        new("PB1901", Error, "SBOM cannot be read", "{0}");

    public static readonly DiagnosticDescriptor NotAnSbom =
        new("PB1902", Error, "Not an SBOM", "the file is not a CycloneDX (JSON or XML) or SPDX (2.x JSON, 3.x JSON-LD) document: {0}");

    public static readonly DiagnosticDescriptor SbomExtensionMismatch =
        new("PB1903", Warning, "SBOM named for another format", "the file is named '{0}' but holds {1}; it is read as what it holds");

    public static readonly DiagnosticDescriptor SbomUnsupportedVersion =
        new("PB1904", Error, "SBOM version not supported", "{0} version '{1}' is not read; supported: {2}");

    public static readonly DiagnosticDescriptor SbomDtd =
        new("PB1905", Error, "Document type declaration in XML", "the XML declares a document type (DTD); DTDs are never processed, so no entity is expanded or fetched, and the file is not read");

    public static readonly DiagnosticDescriptor SbomDuplicateRef =
        new("PB1906", Error, "Duplicate component reference", "reference '{0}' is given to more than one component (first: {1}); dependencies and VEX statements on it are ambiguous");

    public static readonly DiagnosticDescriptor SbomDependencyCycle =
        new("PB1907", Warning, "Dependency cycle", "the dependencies form a cycle: {0}");

    public static readonly DiagnosticDescriptor SbomTooDeep =
        new("PB1908", Error, "SBOM nested too deeply", "components are nested deeper than {0} levels; the rest of the file is not read");

    public static readonly DiagnosticDescriptor SbomSchemaInvalid =
        new("PB1909", Error, "SBOM not valid against its schema", "{0}");

    public static readonly DiagnosticDescriptor SbomIncomplete =
        new("PB1910", Warning, "SBOM evidence incomplete under its profile", "evidence '{0}' does not meet {1}: {2}");

    public static readonly DiagnosticDescriptor EvidenceKindMissing =
        new("PB1911", Warning, "Required evidence kind not given", "{0} needs {1} evidence under {2}; the claim names none with kind: {1}");

    public static readonly DiagnosticDescriptor SbomSubjectMismatch =
        new("PB1912", Warning, "SBOM describes another product", "evidence '{0}' is an SBOM of {1}, but the attestation is for {2}");

    public static readonly DiagnosticDescriptor VexOpenVulnerability =
        new("PB1913", Warning, "Affected vulnerability without a plan", "evidence '{0}': {1} is {2} for {3} with no milestone naming it in the claim's plan of action");

    public static readonly DiagnosticDescriptor VexUnmatched =
        new("PB1914", Warning, "VEX statement on no SBOM component", "{0} names {1}, which is not a component of the SBOM it is joined to");

    public static readonly DiagnosticDescriptor NotAVex =
        new("PB1915", Error, "Not a VEX document", "the file is not a CycloneDX VEX, OpenVEX or CSAF 2.0 VEX document: {0}");

    public static readonly DiagnosticDescriptor SbomEvidenceUnusable =
        new("PB1916", Warning, "SBOM or VEX evidence cannot be checked", "evidence '{0}' {1}");

    public static readonly DiagnosticDescriptor UnknownSbomProfile =
        new("PB1917", Error, "Unknown SBOM profile", "'{0}' is not a loaded SBOM profile; loaded: {1}");

    public static readonly DiagnosticDescriptor SbomProfileBadSource =
        new("PB1918", Error, "Unknown place to read an SBOM field from", "'{0}' is not a place a field can be read from; use property:NAME or one of: {1}");

    public static readonly DiagnosticDescriptor SbomTooManyComponents =
        new("PB1919", Error, "Too many components", "the SBOM lists more than {0:N0} components; the rest are not read");

    public static readonly DiagnosticDescriptor VexWithoutSbom =
        new("PB1920", Warning, "VEX evidence with no SBOM to join", "evidence '{0}' is a VEX document, but the claim names no SBOM (kind: sbom) whose components it could be joined to");

    public static readonly DiagnosticDescriptor SbomWithoutComponents =
        new("PB1921", Warning, "SBOM lists no components", "the SBOM lists no components, so it cannot show what the software is made of");

    public static readonly DiagnosticDescriptor RegistryNotFound =
        new("PB2001", Error, "Not found", "{0} '{1}' does not exist or is not visible to you");

    public static readonly DiagnosticDescriptor RegistryUploadTooLarge =
        new("PB2002", Error, "Upload too large", "the upload is larger than {0:N0} bytes, the most this registry accepts");

    public static readonly DiagnosticDescriptor RegistryBundleRejected =
        new("PB2003", Error, "Bundle rejected", "the bundle was not accepted: {0}");

    public static readonly DiagnosticDescriptor RegistryOtherVendor =
        new("PB2004", Error, "Bundle of another vendor", "the attestation is by '{0}', but you submit for '{1}'");

    public static readonly DiagnosticDescriptor RegistryReplay =
        new("PB2005", Error, "Bundle already submitted", "this bundle (sha256 {0}) is already version {1} of a submission to this procurement; a new version needs a new bundle");

    public static readonly DiagnosticDescriptor RegistryClosed =
        new("PB2006", Error, "Procurement closed", "procurement '{0}' closed on {1}");

    public static readonly DiagnosticDescriptor RegistryStaleDecision =
        new("PB2007", Error, "Decision on a stale revision", "the submission's decision is at revision {0}, not {1}: another reviewer decided first; read it and decide again");

    public static readonly DiagnosticDescriptor RegistryForbidden =
        new("PB2008", Error, "Not allowed", "{0}");

    public static readonly DiagnosticDescriptor RegistryUnauthenticated =
        new("PB2009", Error, "Not signed in", "{0}");

    public static readonly DiagnosticDescriptor RegistryInvalidRequest =
        new("PB2010", Error, "Invalid request", "'{0}' {1}");

    public static readonly DiagnosticDescriptor AuditRowAltered =
        new("PB2011", Error, "Audit entry altered", "audit entry {0} does not hash to what the log recorded ({1}): it was changed after it was written");

    public static readonly DiagnosticDescriptor AuditRowMissing =
        new("PB2012", Error, "Audit entry missing", "{0}");

    public static readonly DiagnosticDescriptor RegistryNotAssessed =
        new("PB2013", Error, "Submission not assessable", "the bundle verified, but its attestation cannot be assessed: {0}");

    public static readonly DiagnosticDescriptor RegistrySchemaMismatch =
        new("PB2014", Error, "Database schema not current", "{0}");

    public static readonly DiagnosticDescriptor RegistryNameTaken =
        new("PB2015", Error, "Name taken", "{0} '{1}' already exists");

    public static readonly DiagnosticDescriptor RegistryInternalError =
        new("PB2016", Error, "Internal error", "the server failed on this request ({0}); nothing was changed, and the error is in the server's log");

    public static readonly DiagnosticDescriptor DraftStale =
        new("PB2017", Error, "Draft saved elsewhere", "the draft is at revision {0}, not {1}: it was saved from another page since this one was opened; open it again and redo the change");

    public static readonly DiagnosticDescriptor DraftSignatureInvalid =
        new("PB2018", Error, "Signature does not verify", "the signature does not verify over this draft's statement with any key registered for '{0}' ({1} registered): sign the statement shown on the page, with a registered key, after the last save");

    public static readonly DiagnosticDescriptor RegistryTooManyAttempts =
        new("PB2019", Error, "Too many attempts", "too many sign-ins or sign-ups from this address ({0} a minute at most): wait a minute and try again");

    public static readonly DiagnosticDescriptor RegistryExternalSignInRefused =
        new("PB2020", Error, "Identity provider sign-in refused", "the sign-in through the identity provider is refused: {0}");

    public static readonly DiagnosticDescriptor RegistryProviderUnavailable =
        new("PB2021", Error, "Identity provider unavailable", "the identity provider at {0} does not answer with its configuration and keys: try again later, or sign in with a local account; the site's admin checks --oidc-authority");

    // Last: static fields are initialised in order, so every descriptor above exists when this reads them.
    /// <summary>All descriptors, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)];
}
