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
    public void Sp80053ToIsmap_IsDerivedThroughAnnexA_IntersectsWithAtMost()
    {
        static ProcurementBaseline.Catalogs.Catalog Shipped(string path) =>
            ProcurementBaseline.Yaml.Catalogs.CatalogYamlReader.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Standards, "catalogs", path)), path).Value!;
        var crosswalk = ProcurementBaseline.SourceImport.Crosswalks.Sp80053IsmapImporter.Import(
            RepositoryPaths.Source("crosswalks", "nist-sp800-53r5-to-iso27001-2013", "derived_table1_sp800-53r5_to_iso27001.csv"),
            Shipped("us/nist-sp800-53/5.0.1.yaml"), Shipped("jp/ismap/1.0-scf.yaml"));

        Assert.AreEqual(384, crosswalk.Mappings.Length);
        Assert.IsTrue(crosswalk.Mappings.All(m => m.Relationship == Harmonisation.Relationship.IntersectsWith && m.Provenance == Harmonisation.Provenance.Official));
        var ac24 = crosswalk.Mappings.Single(m => m.Sources[0] == "AC-24");
        Assert.AreEqual(("9.4.1", 3), (ac24.Targets[0], ac24.Strength), "NIST's asterisk: the ISO control does not fully satisfy the NIST one");
        StringAssert.Contains(ac24.Remarks, "NIST maps AC-24 to ISO/IEC 27001:2013 A.9.4.1 with an asterisk");
        StringAssert.Contains(ac24.Remarks, "ISMAP 9.4.1 corresponds to ISO/IEC 27002:2013 9.4.1");
        Assert.IsFalse(crosswalk.Mappings.Any(m => m.Sources[0] == "AC-1" && m.Targets[0] == "5.2"), "ISO/IEC 27001 clauses are not ISMAP ids");
        Assert.IsTrue(crosswalk.Mappings.Any(m => m.Sources[0] == "SA-15" && m.Targets[0] == "14.2.1"));
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
