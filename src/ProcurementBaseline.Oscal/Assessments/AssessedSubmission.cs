using System.Text.Json.Nodes;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Writing;
using static ProcurementBaseline.Oscal.Writing.OscalNodes;

namespace ProcurementBaseline.Oscal.Assessments;

/// <summary>
/// One assessed submission as the OSCAL exports see it: the attestation (named by its file), its evaluation against
/// each baseline, the catalogs the controls come from, and the as-of date every document is dated by.
/// </summary>
public sealed class AssessedSubmission(Attestation attestation, string attestationFile, IReadOnlyList<BaselineEvaluation> evaluations, CatalogLibrary catalogs, DateOnly asOf)
{
    private readonly Dictionary<CatalogRef, OscalTokens> _tokens = [];
    private Dictionary<ControlKey, Claim>? _claims;

    public Attestation Attestation { get; } = attestation;

    public string AttestationFile { get; } = attestationFile;

    public IReadOnlyList<BaselineEvaluation> Evaluations { get; } = evaluations;

    public DateOnly AsOf { get; } = asOf;

    /// <summary>Names the submission in every UUID, so another vendor, product version or date gives other UUIDs.</summary>
    public string Identity => string.Join('\u001f', Attestation.Vendor.Name, Attestation.Product.Name, Attestation.Product.Version, Date(Attestation.Date), Date(AsOf));

    /// <summary>The control's OSCAL id in an export of its catalog.</summary>
    public string Token(ControlKey control)
    {
        if (!_tokens.TryGetValue(control.Catalog, out var tokens))
        {
            tokens = catalogs.Find(control.Catalog) is { } catalog ? OscalTokens.ForCatalog(catalog) : new OscalTokens();
            _tokens[control.Catalog] = tokens;
        }

        return tokens[control.ControlId];
    }

    /// <summary>The title of a control, for finding and POA&amp;M item titles.</summary>
    public string Title(ControlKey control) => catalogs.Find(control.Catalog)?.Find(control.ControlId)?.Control.Title.Default ?? control.ControlId;

    /// <summary>The claims a finding rests on: its own, the one it came through, and those its derivation combines.</summary>
    public IEnumerable<Claim> ClaimsOf(Finding finding)
    {
        var keys = new HashSet<ControlKey>();
        foreach (var claim in new[] { finding.Claim, finding.ViaClaim }.OfType<Claim>())
        {
            if (keys.Add(claim.Control))
            {
                yield return claim;
            }
        }

        foreach (var key in finding.Derivation?.Claims ?? [])
        {
            // The first claim on a control wins, as evaluation reads it; a claim is looked up once per derivation leaf.
            _claims ??= Attestation.Claims.GroupBy(c => c.Control).ToDictionary(g => g.Key, g => g.First());
            if (keys.Add(key) && _claims.GetValueOrDefault(key) is { } claim)
            {
                yield return claim;
            }
        }
    }

    /// <summary>The metadata both documents share: title, as-of date, the attestation's date as version, vendor and signatory as parties.</summary>
    public JsonObject Metadata(string title)
    {
        var vendor = StableUuid.Of("party", Attestation.Vendor.Name);
        var signatory = StableUuid.Of("party", Attestation.Vendor.Name, Attestation.Signatory.Name);
        return OscalNodes.Metadata(title, AsOf, Date(Attestation.Date))
            .With("props", Array([
                Prop("vendor", Attestation.Vendor.Name),
                Prop("vendor-id", Attestation.Vendor.Id),
                Prop("product", Attestation.Product.Name),
                Prop("product-version", Attestation.Product.Version),
                Prop("attestation-date", Date(Attestation.Date)),
                Prop("as-of", Date(AsOf)),
            ]))
            .With("roles", new JsonArray(new JsonObject().With("id", "vendor").With("title", "Vendor"), new JsonObject().With("id", "signatory").With("title", "Signatory")))
            .With("parties", new JsonArray(
                new JsonObject().With("uuid", vendor).With("type", "organization").With("name", Attestation.Vendor.Name),
                new JsonObject().With("uuid", signatory).With("type", "person").With("name", Attestation.Signatory.Name)
                    .With("props", Array([Prop("role", Attestation.Signatory.Role)]))
                    .With("member-of-organizations", new JsonArray(vendor))))
            .With("responsible-parties", new JsonArray(
                new JsonObject().With("role-id", "vendor").With("party-uuids", new JsonArray(vendor)),
                new JsonObject().With("role-id", "signatory").With("party-uuids", new JsonArray(signatory))));
    }

    public static bool IsGap(Finding finding) => finding.Kind is not (FindingKind.Met or FindingKind.MetViaMapping or FindingKind.NotApplicable);
}
