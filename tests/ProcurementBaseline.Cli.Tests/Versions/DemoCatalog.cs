using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Versions;

/// <summary>Hand-made versions of one small catalog, "demo", for the version tests.</summary>
internal static class DemoCatalog
{
    public static Catalog Version(string version, params Control[] controls) => new()
    {
        Id = "demo",
        Title = LocalizedText.Of("Demo"),
        Publisher = "Tests",
        Jurisdiction = Jurisdiction.AU,
        Version = CatalogVersion.Parse(version),
        Status = CatalogStatus.Final,
        Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        Groups = [new ControlGroup { Id = "g", Title = LocalizedText.Of("g"), Controls = [.. controls] }],
    };

    public static Control C(string id, string statement, string? title = null, ImmutableArray<string> tags = default, Fidelity? fidelity = null) => new()
    {
        Id = id,
        Title = LocalizedText.Of(title ?? id),
        Statement = LocalizedText.Of(statement),
        Tags = tags.IsDefault ? [] : tags,
        Fidelity = fidelity,
    };
}
