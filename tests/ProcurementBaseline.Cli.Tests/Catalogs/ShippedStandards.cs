using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

/// <summary>The shipped standards, loaded once for the tests that read them.</summary>
internal static class ShippedStandards
{
    private static readonly Lazy<StandardsSet> Set = new(() =>
        new StandardsLoader(RepositoryPaths.Root).Load([RepositoryPaths.Standards]));

    public static StandardsSet Load() => Set.Value;

    public static Catalog Catalog(string reference) =>
        Load().Catalogs.Find(CatalogRef.Parse(reference)) ?? throw new AssertFailedException($"{reference} is not shipped.");
}
