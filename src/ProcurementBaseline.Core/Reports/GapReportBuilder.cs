using System.Globalization;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Reports;

/// <summary>Builds a <see cref="GapReport"/> from one submission's evaluations.</summary>
public static class GapReportBuilder
{
    public sealed record Inputs(string AttestationFile, string AttestationSha256, string ToolVersion, IReadOnlyList<InputRow> Files)
    {
        /// <summary>What reading SBOM and VEX evidence found, by path, shown in the evidence register.</summary>
        public IReadOnlyDictionary<string, string> EvidenceSummaries { get; init; } = new Dictionary<string, string>();
    }

    public static GapReport Build(Attestation attestation, IReadOnlyList<BaselineEvaluation> evaluations, CatalogLibrary catalogs, DateOnly asOf, Inputs inputs)
    {
        var used = evaluations.SelectMany(e => e.Findings).SelectMany(f => f.Derivation?.Nodes.Select(n => n.Control.Catalog) ?? [f.Control.Catalog])
            .Concat(evaluations.SelectMany(e => e.Baseline.Controls.Select(c => c.Key.Catalog)))
            .Distinct().OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList();
        return new GapReport(
            attestation.Vendor.Name,
            attestation.Vendor.Id,
            attestation.Product.Name,
            attestation.Product.Version,
            Date(attestation.Date),
            attestation.Signatory.Role is { } role ? $"{attestation.Signatory.Name}, {role}" : attestation.Signatory.Name,
            Date(asOf),
            inputs.ToolVersion,
            inputs.AttestationFile,
            inputs.AttestationSha256,
            [.. evaluations.Select(Section)],
            [.. Poam(attestation, asOf)],
            [.. Evidence(attestation, asOf, inputs.EvidenceSummaries)],
            [.. used.Select(catalogs.Find).OfType<Catalog>().Select(Catalog)],
            inputs.Files);
    }

    private static BaselineSection Section(BaselineEvaluation evaluation)
    {
        var baseline = evaluation.Baseline.Baseline;
        return new BaselineSection(
            baseline.Id,
            baseline.Title,
            baseline.Owner,
            evaluation.Verdict.ToString().ToLowerInvariant(),
            evaluation.Reasons,
            evaluation.Overall.Share,
            [.. Enum.GetValues<FindingKind>().Select(k => new CountRow(Verdicts.Word(k), evaluation.Count(k)))],
            [.. evaluation.ByNation.Select(Score)],
            [.. evaluation.ByCatalog.Select(Score)],
            [.. evaluation.ByGroup.Select(Score)],
            [.. evaluation.Findings.Where(f => !f.IsMet && f.Kind != FindingKind.NotApplicable)
                .OrderBy(f => f.Priority).ThenBy(f => f.Kind).Select(Gap)],
            [.. evaluation.Findings.Where(f => f.Derivation is not null).Select(Inferred)]);
    }

    private static ScoreRow Score(Score score) => new(score.Scope, score.Met, score.Required, score.Share);

    private static GapRow Gap(Finding f)
    {
        var control = f.Required.Control.Control;
        var local = control.Title.Translations.FirstOrDefault(t => t.Key != LocalizedText.English);
        return new GapRow(
            f.Control.ControlId,
            f.Control.Catalog.ToString(),
            control.Title.Default,
            local.Value,
            local.Key,
            f.Priority.ToString().ToLowerInvariant(),
            Verdicts.Word(f.Kind),
            f.Reason,
            control.Statement?.Default,
            f.Claim?.Evidence is { IsEmpty: false } evidence ? string.Join("; ", evidence.Select(e => e.Path ?? e.Uri ?? e.Title)) : null,
            f.Residual ?? control.Guidance?.Default,
            Due(f) is { } due ? Date(due) : null,
            f.Derivation is { } derivation ? DerivationText(derivation) : null);
    }

    /// <summary>When the gap is to close: the finding's own date, else the end of the plan of action on its claim.</summary>
    private static DateOnly? Due(Finding f) => f.Due ?? (f.Claim is { Poam.IsEmpty: false } claim ? claim.Poam.Max(m => m.Due) : null);

    private static InferredRow Inferred(Finding f) => new(
        f.Control.ToString(), f.Required.Control.Control.Title.Default, Verdicts.Word(f.Kind), string.Join(", ", f.Derivation!.Claims), DerivationText(f.Derivation), f.Residual);

    /// <summary>
    /// "through nist-ssdf@1.1 PW.7.2, equal-to ism-1234, reviewed, strength 8", each step of a longer path after "then"; a
    /// combined mapping as "nist-ssdf@1.1 PO.1.1 + PO.1.3 together, superset-of ism-2033, …", after its members' own paths.
    /// </summary>
    public static string DerivationText(Derivation derivation) => "through " + string.Join("; then ", Clauses(derivation));

    private static IEnumerable<string> Clauses(Derivation node)
    {
        if (node.Edge is { } e)
        {
            return Clauses(node.From[0]).Append(
                $"{e.From.Catalog} {e.From.ControlId}, {RelationshipWords.Word(e.Relationship)} {e.To.ControlId}, {Provenance(e.Mapping)}, strength {e.Strength}");
        }

        if (node.Combined is { } c)
        {
            var missing = node.From.Where(f => !f.Covered).Select(f => f.Control.ControlId).ToList();
            var gap = missing.Count == 0 ? "" : $" (not covered: {string.Join(", ", missing)})";
            return node.From.Where(f => !f.From.IsEmpty).Select(f => $"[{f.Control.ControlId} {DerivationText(f)}]").Append(
                $"{c.Members[0].Catalog} {string.Join(" + ", c.Members.Select(m => m.ControlId))} together, {RelationshipWords.Word(c.Relationship)} {c.To.ControlId}, {Provenance(c.Mapping)}, strength {c.Strength}{gap}");
        }

        return [];
    }

    private static string Provenance(Mapping mapping) => mapping.Provenance.ToString().ToLowerInvariant();

    private static IEnumerable<PoamRow> Poam(Attestation attestation, DateOnly asOf) =>
        attestation.Claims.SelectMany(c => c.Poam.Select(m => (c.Control, m)))
            .OrderBy(p => p.m.Due).ThenBy(p => p.Control)
            .Select(p => new PoamRow(p.Control.ToString(), p.m.Description, Date(p.m.Due), p.m.Due < asOf));

    private static IEnumerable<EvidenceRow> Evidence(Attestation attestation, DateOnly asOf, IReadOnlyDictionary<string, string> summaries) =>
        attestation.Claims.SelectMany(c => c.Evidence)
            .GroupBy(e => (e.Title, Location: e.Path ?? e.Uri ?? "", e.Sha256, e.Issued, e.Expires))
            .OrderBy(g => g.Key.Expires ?? DateOnly.MaxValue).ThenBy(g => g.Key.Location, StringComparer.Ordinal)
            .Select(g => new EvidenceRow(g.Key.Title, g.Key.Location, g.Key.Sha256, g.Key.Issued is { } i ? Date(i) : null, g.Key.Expires is { } x ? Date(x) : null,
                DateState(g.Key.Expires, asOf) + (summaries.TryGetValue(g.Key.Location, out var summary) ? $"; {summary}" : ""),
                g.Count()));

    private static string DateState(DateOnly? expires, DateOnly asOf) =>
        expires is { } e && e < asOf ? "expired" : expires is { } soon && soon < asOf.AddDays(90) ? "expires within 90 days" : "in date";

    private static CatalogRow Catalog(Catalog catalog) => new(
        catalog.Ref.ToString(), catalog.Title.Default, catalog.Publisher, catalog.Source.Fidelity.ToString().ToLowerInvariant(),
        catalog.Source.Licence, catalog.Source.Attribution, catalog.Source.Url, catalog.Source.Completeness);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
