using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Profiles;

namespace ProcurementBaseline.Tests.Profiles;

/// <summary>Our profile resolution against the resolved catalogs NIST and ASD publish.</summary>
[TestClass]
public sealed class OscalProfileResolutionTests
{
    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    [DataRow("au-asd-ism", "ISM_PROTECTED", "ISM_catalog.json", 992)]
    [DataRow("au-asd-ism", "ISM_E8_ML1", "ISM_catalog.json", 46)]
    [DataRow("au-asd-ism", "ISM_E8_ML2", "ISM_catalog.json", 87)]
    [DataRow("au-asd-ism", "ISM_E8_ML3", "ISM_catalog.json", 123)]
    [DataRow("us-nist-sp800-53r5", "NIST_SP-800-53_rev5_LOW", "NIST_SP-800-53_rev5.0.1_catalog.json", 149)]
    [DataRow("us-nist-sp800-53r5", "NIST_SP-800-53_rev5_MODERATE", "NIST_SP-800-53_rev5.0.1_catalog.json", 287)]
    public void Import_Profile_MatchesThePublishersResolvedCatalog(string folder, string profile, string catalogFile, int expected)
    {
        var result = OscalProfileImporter.Import(
            File.ReadAllBytes(RepositoryPaths.Source(folder, $"{profile}-baseline_profile.json")), "profile.json",
            File.ReadAllBytes(RepositoryPaths.Source(folder, catalogFile)), "catalog.json",
            new OscalProfileImportOptions
            {
                Id = "p",
                Catalog = CatalogRef.Parse("c@1"),
                Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
            });

        var ours = result.Value!.Controls.Concat(result.Value.NotInCatalog).ToHashSet(StringComparer.Ordinal);
        var resolved = ResolvedIds(RepositoryPaths.Source(folder, $"{profile}-baseline-resolved-profile_catalog.json"));
        Assert.AreEqual(expected, ours.Count);
        Assert.IsTrue(resolved.SetEquals(ours), $"only ours: {string.Join(", ", ours.Except(resolved))}; only theirs: {string.Join(", ", resolved.Except(ours))}");
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_WithLabelIds_UsesPrintedIdsInCatalogOrder()
    {
        var result = ImportNist("LOW", OscalIdStyle.Label);

        CollectionAssert.AreEqual(new[] { "AC-1", "AC-2", "AC-3", "AC-7", "AC-8" }, result.Value!.Controls.Take(5).ToArray());
        Assert.AreEqual("5.2.0", result.Value.ProfileVersion);
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_High_MatchesTheHighColumnOfNistsBaselineTable()
    {
        var result = ImportNist("HIGH", OscalIdStyle.Oscal);

        var table = File.ReadAllLines(RepositoryPaths.Source("us-nist-sp800-53r5", "derived_sp800-53r5_controls_with_5.2.0_baselines.csv"))
            .Skip(1).Select(l => l.Split(',')).Where(c => c[^2] == "x").Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
        var ours = result.Value!.Controls.Concat(result.Value.NotInCatalog).ToHashSet(StringComparer.Ordinal);
        Assert.AreEqual(370, table.Count);
        Assert.IsTrue(table.SetEquals(ours), $"only ours: {string.Join(", ", ours.Except(table))}; only the table's: {string.Join(", ", table.Except(ours))}");
    }

    private static Diagnostics.LoadResult<Selections.ControlSelection> ImportNist(string baseline, OscalIdStyle ids) =>
        OscalProfileImporter.Import(
            File.ReadAllBytes(RepositoryPaths.Source("us-nist-sp800-53r5", $"NIST_SP-800-53_rev5_{baseline}-baseline_profile.json")), $"{baseline.ToLowerInvariant()}.json",
            File.ReadAllBytes(RepositoryPaths.Source("us-nist-sp800-53r5", "NIST_SP-800-53_rev5.0.1_catalog.json")), "catalog.json",
            new OscalProfileImportOptions
            {
                Id = baseline.ToLowerInvariant(),
                Catalog = CatalogRef.Parse("nist-sp800-53@5.0.1"),
                IdStyle = ids,
                Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
            });

    [TestMethod]
    public void NistLabel_FormatsEnhancementIds() =>
        Assert.AreEqual("SI-2(7)", OscalProfileImporter.NistLabel("si-2.7"));

    private static HashSet<string> ResolvedIds(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Visit(JsonElement owner)
        {
            foreach (var name in new[] { "groups", "controls" })
            {
                if (owner.TryGetProperty(name, out var items))
                {
                    foreach (var item in items.EnumerateArray())
                    {
                        if (name == "controls")
                        {
                            ids.Add(item.GetProperty("id").GetString()!);
                        }

                        Visit(item);
                    }
                }
            }
        }

        Visit(document.RootElement.GetProperty("catalog"));
        return ids;
    }
}
