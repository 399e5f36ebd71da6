using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks;

/// <summary>The shipped standards, loaded once per benchmark process.</summary>
internal static class Shipped
{
    private static readonly Lazy<StandardsSet> Set = new(() =>
    {
        var set = new StandardsLoader(RepositoryPaths.Standards).Load([RepositoryPaths.Standards]);
        return set.HasErrors ? throw new InvalidOperationException("The shipped standards have errors.") : set;
    });

    public static StandardsSet Standards => Set.Value;

    public static MappingGraph Graph() => MappingGraph.Build(Standards.Catalogs, Standards.Crosswalks);
}
