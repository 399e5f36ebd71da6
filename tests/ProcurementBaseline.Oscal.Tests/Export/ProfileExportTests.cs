using System.Text.Json;
using ProcurementBaseline.Oscal.Profiles;

namespace ProcurementBaseline.Tests.Export;

[TestClass]
public sealed class ProfileExportTests
{
    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void EveryShippedBaselineAndSelection_ExportsValidAgainstTheSchema()
    {
        var standards = OscalTestKit.Standards;
        foreach (var baseline in standards.Baselines)
        {
            OscalTestKit.AssertSchemaValid(OscalProfileExporter.Export(baseline, standards.Catalogs, OscalTestKit.AsOf), baseline.Baseline.Id);
        }

        foreach (var selection in standards.Selections)
        {
            OscalTestKit.AssertSchemaValid(OscalProfileExporter.Export(selection, standards.Catalogs.Find(selection.Catalog)!, OscalTestKit.AsOf), selection.Id);
        }
    }

    [TestMethod]
    public void Baseline_NamesEveryRequiredControlWithItsPriority()
    {
        var standards = OscalTestKit.Standards;
        var baseline = standards.FindBaseline("au-software-supplier")!;

        using var profile = JsonDocument.Parse(OscalTestKit.Bytes(OscalProfileExporter.Export(baseline, standards.Catalogs, OscalTestKit.AsOf)));

        var body = profile.RootElement.GetProperty("profile");
        var ids = body.GetProperty("imports").EnumerateArray().SelectMany(i => i.GetProperty("include-controls")[0].GetProperty("with-ids").EnumerateArray()).Select(i => i.GetString()).ToList();
        CollectionAssert.AreEqual(baseline.Controls.Select(c => c.Key.ControlId).ToList(), ids);
        Assert.AreEqual(baseline.Controls.Length, body.GetProperty("modify").GetProperty("alters").GetArrayLength());
        var props = body.GetProperty("metadata").GetProperty("props").EnumerateArray().GroupBy(p => p.GetProperty("name").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString());
        Assert.AreEqual("180", props["poam-max-days"]);
        Assert.AreEqual("5", props["mapped-coverage-min-strength"]);
    }
}
