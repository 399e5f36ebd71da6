using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Attestations;

/// <summary>Checks an attestation against the loaded catalogs and the baselines it is read against.</summary>
public static class AttestationChecks
{
    /// <summary>Unknown ids that get a "did you mean"; past these, a hostile file of typos costs no more than a list of them.</summary>
    private const int MaxSuggestions = 100;

    /// <summary>Claims outside the baselines listed one by one; the rest are counted in one line (an attestation made for four nations read against one).</summary>
    private const int MaxOutsideListed = 20;

    public static void Check(Attestation attestation, CatalogLibrary catalogs, IReadOnlyList<ResolvedBaseline> baselines, DiagnosticBag diagnostics, string file)
    {
        var required = baselines.SelectMany(b => b.Controls.Select(c => c.Key)).ToHashSet();
        var suggestionsLeft = MaxSuggestions;
        var outside = 0;
        string? names = null;
        foreach (var claim in attestation.Claims)
        {
            var at = claim.Origin ?? SourceLocation.WholeFile(file);
            if (catalogs.Find(claim.Control.Catalog) is not { } catalog)
            {
                var hint = suggestionsLeft-- > 0 ? Suggestions.DidYouMean(claim.Control.Catalog.ToString(), catalogs.Catalogs.Select(c => c.Ref.ToString())) : "";
                diagnostics.Add(DiagnosticCodes.AttestationUnknownControl, at, $"{claim.Control.Catalog} is not a loaded catalog version{hint}");
            }
            else if (catalog.Find(claim.Control.ControlId) is null)
            {
                var hint = suggestionsLeft-- > 0 ? catalog.DidYouMean(claim.Control.ControlId) : "";
                diagnostics.Add(DiagnosticCodes.AttestationUnknownControl, at, $"{catalog.Ref} does not define '{claim.Control.ControlId}'{hint}");
            }
            else if (baselines.Count > 0 && !required.Contains(claim.Control) && ++outside <= MaxOutsideListed)
            {
                diagnostics.Add(DiagnosticCodes.ClaimOutsideBaseline, at, claim.Control, names ??= string.Join(", ", baselines.Select(b => b.Baseline.Id)));
            }
        }

        if (outside > MaxOutsideListed)
        {
            diagnostics.Add(DiagnosticCodes.ClaimsOutsideBaselineMore, SourceLocation.WholeFile(file), outside, MaxOutsideListed, names);
        }
    }
}
