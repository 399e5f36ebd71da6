using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

/// <summary>The real OSCAL catalogs, imported once per test run.</summary>
internal static class RealCatalogs
{
    private static readonly CatalogSource Source = new() { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim };

    public static readonly Lazy<Catalog> Ism = new(() => Import("au-asd-ism/ISM_catalog.json", "asd-ism", "2025.12.9", OscalIdStyle.Oscal));

    public static readonly Lazy<Catalog> Ssdf = new(() => Import(
        "us-nist-ssdf-1.1/NIST_SP800-218_ver1_catalog.json", "nist-ssdf", "1.1", OscalIdStyle.Oscal,
        new Dictionary<string, string> { ["SP80053"] = "nist-sp800-53" }));

    public static readonly Lazy<Catalog> Sp80053 = new(() => Import("us-nist-sp800-53r5/NIST_SP-800-53_rev5.0.1_catalog.json", "nist-sp800-53", "5.0.1", OscalIdStyle.Label));

    private static Catalog Import(string path, string id, string version, OscalIdStyle style, Dictionary<string, string>? references = null)
    {
        var result = OscalCatalogImporter.Import(File.ReadAllBytes(RepositoryPaths.Source(path.Split('/'))), path, new OscalCatalogImportOptions
        {
            Id = id,
            Version = CatalogVersion.Parse(version),
            Jurisdiction = Jurisdiction.US,
            Source = Source,
            IdStyle = style,
            ReferenceCatalogs = (references ?? []).ToImmutableDictionary(),
        });
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
