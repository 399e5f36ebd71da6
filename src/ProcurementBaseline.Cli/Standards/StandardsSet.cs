using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Selections;

namespace ProcurementBaseline.Cli.Standards;

/// <summary>What a load of standards files produced: the catalogs, the selections, and every diagnostic.</summary>
public sealed record StandardsSet(
    CatalogLibrary Catalogs,
    ImmutableArray<ControlSelection> Selections,
    ImmutableArray<Crosswalk> Crosswalks,
    int FileCount,
    int CatalogFileCount,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
