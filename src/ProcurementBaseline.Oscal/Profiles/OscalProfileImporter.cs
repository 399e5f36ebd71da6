using System.Text.RegularExpressions;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Selections;

namespace ProcurementBaseline.Oscal.Profiles;

/// <summary>
/// Imports an OSCAL profile as a <see cref="ControlSelection"/>, resolved through its chain of imports to the
/// catalog it ends in. Ids the profile selects that this catalog version lacks are kept under
/// <see cref="ControlSelection.NotInCatalog"/>; what a selection cannot hold (parameter settings, alterations,
/// merge directives) is reported (PB1209).
/// </summary>
public static partial class OscalProfileImporter
{
    private static readonly string[] Tailoring = ["modify", "merge"];

    /// <summary>Imports a profile that imports <paramref name="catalogJson"/> (every import href is read as that catalog).</summary>
    public static LoadResult<ControlSelection> Import(
        ReadOnlyMemory<byte> profileJson, string profileFile, ReadOnlyMemory<byte> catalogJson, string catalogFile, OscalProfileImportOptions options) =>
        Import(profileJson, profileFile, new GivenOscalDocuments([], new OscalInput(catalogJson, catalogFile)), options);

    public static LoadResult<ControlSelection> Import(ReadOnlyMemory<byte> profileJson, string profileFile, IOscalDocuments documents, OscalProfileImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        using var profileDocument = OscalDocument.Open(profileJson, profileFile, "profile", diagnostics);
        if (profileDocument is null)
        {
            return new LoadResult<ControlSelection>(null, diagnostics.ToImmutableSorted());
        }

        var profile = profileDocument.RootElement.GetProperty("profile");
        var tailoring = new PointedDiagnostics(profileJson, profileFile);
        foreach (var member in Tailoring.Where(m => profile.TryGetProperty(m, out _)))
        {
            tailoring.Add(DiagnosticCodes.OscalConstructNotImported, $"/profile/{member}", $"the profile's '{member}'", "selection");
        }

        tailoring.CopyTo(diagnostics);

        if (OscalProfileResolver.Resolve(profile, profileFile, documents, options.IdStyle, diagnostics) is not { } resolution)
        {
            return new LoadResult<ControlSelection>(null, diagnostics.ToImmutableSorted());
        }

        foreach (var missing in resolution.NotInCatalog)
        {
            diagnostics.Add(DiagnosticCodes.ProfileControlNotInCatalog, SourceLocation.WholeFile(profileFile), missing);
        }

        var metadata = profile.Object("metadata") ?? default;
        var selection = new ControlSelection
        {
            Id = options.Id,
            Title = options.Title ?? metadata.String("title") ?? options.Id,
            Catalog = options.Catalog,
            ProfileVersion = metadata.String("version"),
            Source = options.Source,
            Controls = [.. resolution.Selected.Select(id => resolution.Catalog.Resolve(id)!)],
            NotInCatalog = [.. resolution.NotInCatalog.Select(id => options.IdStyle == OscalIdStyle.Label ? NistLabel(id) : id)],
        };
        return new LoadResult<ControlSelection>(diagnostics.HasErrors ? null : selection, diagnostics.ToImmutableSorted());
    }

    /// <summary>
    /// The OSCAL ids a profile selects, as applicability on the catalog (<c>baseline: MODERATE</c>).
    /// Ids the catalog lacks are left out here; importing the profile as a selection reports them.
    /// </summary>
    public static ProfileApplicability? ResolveApplicability(
        string dimension, string value, ReadOnlyMemory<byte> profileJson, string profileFile, ReadOnlyMemory<byte> catalogJson, string catalogFile, DiagnosticBag diagnostics)
    {
        using var profileDocument = OscalDocument.Open(profileJson, profileFile, "profile", diagnostics);
        if (profileDocument is null)
        {
            return null;
        }

        var documents = new GivenOscalDocuments([], new OscalInput(catalogJson, catalogFile));
        var resolution = OscalProfileResolver.Resolve(profileDocument.RootElement.GetProperty("profile"), profileFile, documents, OscalIdStyle.Oscal, diagnostics);
        return resolution is null ? null : new ProfileApplicability(dimension, value, [.. resolution.Selected]);
    }

    /// <summary>NIST's printed form of an id the catalog cannot label for us: <c>si-2.7</c> → <c>SI-2(7)</c>.</summary>
    internal static string NistLabel(string oscalId)
    {
        var match = NistId().Match(oscalId);
        return match.Success
            ? $"{match.Groups[1].Value.ToUpperInvariant()}-{match.Groups[2].Value}{(match.Groups[3].Success ? $"({match.Groups[3].Value})" : string.Empty)}"
            : oscalId;
    }

    [GeneratedRegex(@"^([a-z]{2})-(\d+)(?:\.(\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NistId();
}
