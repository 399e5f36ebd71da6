using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Attestations;

/// <summary>Checks an attestation against the loaded catalogs and the baselines it is read against.</summary>
public static class AttestationChecks
{
    public static void Check(Attestation attestation, CatalogLibrary catalogs, IReadOnlyList<ResolvedBaseline> baselines, DiagnosticBag diagnostics, string file)
    {
        var required = baselines.SelectMany(b => b.Controls.Select(c => c.Key)).ToHashSet();
        foreach (var claim in attestation.Claims)
        {
            var at = claim.Origin ?? SourceLocation.WholeFile(file);
            if (catalogs.Find(claim.Control.Catalog) is not { } catalog)
            {
                diagnostics.Add(DiagnosticCodes.AttestationUnknownControl, at, $"{claim.Control.Catalog} is not a loaded catalog version");
            }
            else if (catalog.Find(claim.Control.ControlId) is null)
            {
                diagnostics.Add(DiagnosticCodes.AttestationUnknownControl, at, $"{catalog.Ref} does not define '{claim.Control.ControlId}'");
            }
            else if (baselines.Count > 0 && !required.Contains(claim.Control))
            {
                diagnostics.Add(DiagnosticCodes.ClaimOutsideBaseline, at, claim.Control, string.Join(", ", baselines.Select(b => b.Baseline.Id)));
            }
        }
    }
}
