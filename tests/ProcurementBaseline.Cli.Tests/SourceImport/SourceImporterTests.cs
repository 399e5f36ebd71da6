using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.SourceImport;

namespace ProcurementBaseline.Tests.SourceImport;

[TestClass]
public sealed class SourceImporterTests
{
    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void SsdfDraft_HasNewPracticesAndMovedTasks()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.Source("us-nist-ssdf-1.2-ipd", "ssdf_v1.2_ipd.json")));
        var catalog = SsdfDraftImporter.Import(json.RootElement);
        var tasks = catalog.AllControls.Where(c => c.Control.Class == "task").Select(c => c.Control).ToList();

        Assert.AreEqual(54, tasks.Count);
        Assert.AreEqual(5, tasks.Count(t => t.Status == ControlStatus.Withdrawn));
        Assert.AreEqual(new ControlSuccessor(SuccessorKind.MovedTo, "PO.1.3"), catalog.Find("PW.3.1")!.Control.Successors.Single());
        CollectionAssert.AreEqual(new[] { "PO.6.1", "PO.6.2", "PO.6.3" }, catalog.Find("PO.6")!.Control.Controls.Select(c => c.Id).ToArray());
        Assert.AreEqual(4, catalog.Find("PS.4")!.Control.Controls.Length);
        Assert.AreEqual(CatalogStatus.Draft, catalog.Status);
        Assert.AreEqual(Fidelity.Extracted, catalog.Source.Fidelity);
        var sp80053 = catalog.Find("PO.1.1")!.Control.References.Single(r => r.Scheme == "SP80053");
        CollectionAssert.Contains(sp80053.Controls.ToArray(), "SA-8");
        StringAssert.Contains(sp80053.Text, "SA-08");
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void CisaForm_HasSectionThreeItemsWithSsdfReferences()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.Source("us-cisa-attestation-form", "cisa_ssdaf_v1.0_2024-03_section3_to_ssdf.json")));
        var catalog = CisaAttestationFormImporter.Import(json.RootElement);

        Assert.AreEqual(13, catalog.ControlCount);
        CollectionAssert.AreEqual(new[] { "III.1", "III.2", "III.3", "III.4" }, catalog.Groups[0].Controls.Select(c => c.Id).ToArray());
        var item = catalog.Find("III.1.c")!;
        Assert.AreEqual("III.1", item.Parent!.Id);
        var ssdf = item.Control.References.Single(r => r.Scheme == "SSDF");
        Assert.AreEqual("nist-ssdf@1.1", ssdf.Catalog);
        CollectionAssert.AreEqual(new[] { "PO.5.1", "PO.5.2" }, ssdf.Controls.ToArray());
        Assert.AreEqual("4e(i)(C)", item.Control.References.Single(r => r.Scheme == "EO14028").Text);
    }
}
