using System.Text;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

[TestClass]
public sealed class OscalCatalogImporterTests
{
    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_Ism_Keeps1073ControlsAnd34Principles()
    {
        var ism = RealCatalogs.Ism.Value;
        var controls = ism.AllControls.Select(c => c.Control).ToList();

        Assert.AreEqual(1073, controls.Count(c => c.Class == "ISM-control"));
        Assert.AreEqual(34, controls.Count(c => c.Class == "ISM-principle"));
        Assert.AreEqual(new DateOnly(2025, 12, 9), ism.Released);
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_Ism_KeepsStatementsApplicabilityAndEssentialEight()
    {
        var ism = RealCatalogs.Ism.Value;

        var control = ism.Find("ism-0400")!;
        Assert.AreEqual("Development, testing, staging and production environments are segregated.", control.Control.Statement!.Default);
        Assert.AreEqual("Development, testing, staging and production environments", control.Control.Title.Default);
        CollectionAssert.AreEqual(new[] { "NC", "OS", "P", "S", "TS" }, control.Control.Applicability["classification"].ToArray());
        Assert.AreEqual("6", control.Control.Properties["revision"]);
        Assert.AreEqual("Guidelines for software development", control.Groups[0].Title.Default);

        var essentialEight = ism.AllControls.Where(c => c.Control.Applicability.ContainsKey("essential-eight")).ToList();
        Assert.AreEqual(126, essentialEight.Count);
        Assert.AreEqual(87, essentialEight.Count(c => c.Control.Applicability["essential-eight"].Contains("ML2")));
        Assert.AreEqual("The board of directors or executive committee is accountable for cyber security.", ism.Find("ism-principle-gov-01")!.Control.Statement!.Default);
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_Ssdf_Keeps4Groups19Practices42TasksWithExamplesAndReferences()
    {
        var ssdf = RealCatalogs.Ssdf.Value;
        var controls = ssdf.AllControls.Select(c => c.Control).ToList();

        Assert.AreEqual(4, ssdf.Groups.Length);
        Assert.AreEqual(19, controls.Count(c => c.Class == "practice"));
        Assert.AreEqual(42, controls.Count(c => c.Class == "task"));
        Assert.AreEqual(528, controls.Sum(c => c.References.Length));

        var task = ssdf.Find("PO.1.1")!;
        Assert.AreEqual("PO.1", task.Parent!.Id);
        Assert.AreEqual("Identify and document all security requirements for the organization’s software development infrastructures and processes, and maintain the requirements over time.", task.Control.Statement!.Default);
        Assert.AreEqual(4, task.Control.Examples.Length);
        Assert.AreEqual("Educate affected individuals on impending changes to requirements.", task.Control.Examples[3].Default);
        var sp80053 = task.Control.References.Single(r => r.Scheme == "SP80053");
        Assert.AreEqual("nist-sp800-53", sp80053.Catalog);
        CollectionAssert.AreEqual(new[] { "SA-1", "SA-8", "SA-15", "SR-3" }, sp80053.Controls.ToArray());
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_Sp80053_RendersParametersAndKeepsWithdrawnSuccessors()
    {
        var catalog = RealCatalogs.Sp80053.Value;

        Assert.AreEqual(1189, catalog.ControlCount);
        Assert.AreEqual(182, catalog.AllControls.Count(c => c.Control.Status == ControlStatus.Withdrawn));
        var statement = catalog.Find("AC-1")!.Control.Statement!.Default.Split('\n');
        Assert.AreEqual("a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:", statement[0]);
        Assert.AreEqual("  1. [Selection (one or more): Organization-level; Mission/business process-level; System-level] access control policy that:", statement[1]);
        var withdrawn = catalog.Find("AC-2(10)")!;
        Assert.AreEqual("AC-2", withdrawn.Parent!.Id);
        Assert.AreEqual(new ControlSuccessor(SuccessorKind.IncorporatedInto, "AC-2"), withdrawn.Control.Successors.Single());
        CollectionAssert.Contains(catalog.Find("AC-1")!.Control.Related.ToArray(), "IA-1");
    }

    [TestMethod]
    public void Import_InlineCatalog_RendersSelectionsAssignmentsAndSetValues()
    {
        const string json = """
            {"catalog": {"uuid": "u", "metadata": {"title": "T", "published": "2024-05-01T00:00:00Z"},
              "groups": [{"id": "g", "title": "G", "controls": [{"id": "x-1", "title": "X",
                "params": [{"id": "p1", "label": "frequency"}, {"id": "p2", "values": ["daily"]},
                           {"id": "p3", "select": {"how-many": "one", "choice": ["on {{ insert: param, p2 }}", "never"]}}],
                "parts": [{"id": "x-1_smt", "name": "statement", "prose": "Scan {{ insert: param, p1 }}, report {{ insert: param, p2 }}, patch {{insert: param, p3}} and {{ insert: param, p9 }}."}]}]}]}}
            """;

        var result = OscalCatalogImporter.Import(Encoding.UTF8.GetBytes(json), "inline.json", new OscalCatalogImportOptions
        {
            Id = "inline", Version = CatalogVersion.Parse("1"), Jurisdiction = Jurisdiction.US,
            Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        });

        Assert.AreEqual("Scan [Assignment: frequency], report daily, patch [Selection (one): on daily; never] and [p9].", result.Value!.Find("x-1")!.Control.Statement!.Default);
        Assert.AreEqual("PB1203", result.Diagnostics.Single().Code);
        Assert.AreEqual(new DateOnly(2024, 5, 1), result.Value.Released);
    }

    [TestMethod]
    [DataRow("{\"catalog\": [", "PB1201", 1, 14)]
    [DataRow("{\n  \"profile\": {}\n}", "PB1202", 1, 1)]
    public void Import_BadInput_ReportsDiagnosticInsteadOfThrowing(string json, string code, int line, int column)
    {
        var result = OscalCatalogImporter.Import(Encoding.UTF8.GetBytes(json), "bad.json", new OscalCatalogImportOptions
        {
            Id = "bad", Version = CatalogVersion.Parse("1"), Jurisdiction = Jurisdiction.US,
            Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        });

        Assert.IsNull(result.Value);
        var diagnostic = result.Diagnostics.Single();
        Assert.AreEqual((code, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
