using ProcurementBaseline.Sboms;
using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Selections;

namespace ProcurementBaseline.Application.Standards;

/// <summary>What a load of standards files produced: the catalogs, the selections, and every diagnostic.</summary>
public sealed record StandardsSet(
    CatalogLibrary Catalogs,
    ImmutableArray<ControlSelection> Selections,
    ImmutableArray<Crosswalk> Crosswalks,
    ImmutableArray<ResolvedBaseline> Baselines,
    int FileCount,
    int CatalogFileCount,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Every file loaded, with its sha256, for reproducibility records.</summary>
    public ImmutableArray<StandardsInput> Inputs { get; init; } = [];

    /// <summary>Every catalog, crosswalk and baseline loaded, by what it is and the file it came from, for bundles to pin.</summary>
    public ImmutableArray<StandardsPin> Pins { get; init; } = [];

    /// <summary>The SBOM profiles loaded (standards/sbom-profiles), by key order.</summary>
    public ImmutableArray<SbomProfile> SbomProfiles { get; init; } = [];

    public ResolvedBaseline? FindBaseline(string id) => Baselines.FirstOrDefault(b => b.Baseline.Id == id);
}

/// <summary>
/// A loaded standards file: its path below the standards folder (what records and reports show, the same on every
/// machine), its path as diagnostics show it, and the sha256 of its bytes.
/// </summary>
public sealed record StandardsInput(string File, string Shown, string Sha256);

/// <summary>
/// A standards file as a submission bundle pins it: kind (<c>catalog</c>, <c>crosswalk</c>, <c>baseline</c>), what it
/// is (<c>asd-ism@2025.12.9</c>, a crosswalk's name, <c>au-software-supplier@1</c>), its path below the standards folder
/// and the sha256 of its bytes.
/// </summary>
public sealed record StandardsPin(string Kind, string Id, string File, string Sha256)
{
    public const string Catalog = "catalog";
    public const string Crosswalk = "crosswalk";
    public const string Baseline = "baseline";
}
