using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Yaml.Catalogs;

namespace ProcurementBaseline.Tests.Export;

[TestClass]
public sealed class CatalogExportTests
{
    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void EveryShippedCatalog_ExportsValidAgainstTheSchema()
    {
        foreach (var catalog in OscalTestKit.Standards.Catalogs.Catalogs)
        {
            OscalTestKit.AssertSchemaValid(OscalCatalogExporter.Export(catalog, OscalTestKit.AsOf), catalog.Ref.ToString());
        }
    }

    [TestMethod]
    public void EveryShippedCatalog_RoundTripsToTheSameModel()
    {
        foreach (var catalog in OscalTestKit.Standards.Catalogs.Catalogs)
        {
            var bytes = OscalTestKit.Bytes(OscalCatalogExporter.Export(catalog, OscalTestKit.AsOf));
            var result = OscalCatalogImporter.Import(bytes, $"{catalog.Ref}.json", options: null);

            Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
            Assert.AreEqual(CatalogYamlWriter.Write(catalog, null), CatalogYamlWriter.Write(result.Value!, null), catalog.Ref.ToString());
        }
    }

    [TestMethod]
    public void Export_IsByteIdenticalAcrossRuns()
    {
        var catalog = OscalTestKit.Standards.Catalogs.Catalogs.First(c => c.Id == "nist-ssdf");

        CollectionAssert.AreEqual(
            OscalTestKit.Bytes(OscalCatalogExporter.Export(catalog, OscalTestKit.AsOf)),
            OscalTestKit.Bytes(OscalCatalogExporter.Export(catalog, OscalTestKit.AsOf)));
    }
}
