using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Catalogs;

/// <summary>The catalogs authored for Japan, India and the Quad: counts, exact entries and honesty about their fidelity.</summary>
[TestClass]
public sealed class JapanIndiaQuadCatalogTests
{
    private static readonly string[] NewCatalogs =
    [
        "ismap@1.0-scf", "jc-star-star1@1.1", "meti-sbom-guide@2.0", "ds-200@2022.6.30",
        "certin-sbom@1.0", "certin-sag@1.1", "certin-ccsapg@1.0", "certin-govt-entities@2023", "quad-jpss@2023",
    ];

    [TestMethod]
    [DataRow("ismap@1.0-scf", 1286)]
    [DataRow("jc-star-star1@1.1", 16)]
    [DataRow("meti-sbom-guide@2.0", 23)]
    [DataRow("ds-200@2022.6.30", 13)]
    [DataRow("certin-sbom@1.0", 53)]
    [DataRow("certin-sag@1.1", 9)]
    [DataRow("certin-ccsapg@1.0", 12)]
    [DataRow("certin-govt-entities@2023", 7)]
    [DataRow("quad-jpss@2023", 5)]
    public void Catalog_HasItsControlCount(string reference, int count) =>
        Assert.AreEqual(count, ShippedStandards.Catalog(reference).ControlCount);

    [TestMethod]
    public void Ismap_KeepsEveryIdOfTheExtraction_InTheOfficialScheme()
    {
        var ismap = ShippedStandards.Catalog("ismap@1.0-scf");
        var groupIds = Groups(ismap.Groups).Select(g => g.Id).ToList();

        Assert.AreEqual(1346, ismap.ControlCount + groupIds.Count - 1, "every id of the extraction, less the chapter-4 group it lacks");
        Assert.AreEqual(121, ismap.AllControls.Count(c => c.Control.Class == "control-objective"));
        Assert.AreEqual(1081, ismap.AllControls.Count(c => c.Control.Class == "detailed-control"));
        var objective = ismap.Find("14.2.7")!;
        Assert.AreEqual("14.2", objective.Groups[^1].Id);
        Assert.IsTrue(objective.Control.Controls.Select(c => c.Id).SequenceEqual(Enumerable.Range(1, 11).Select(n => $"14.2.7.{n}")));
        Assert.AreEqual("PB", ismap.Find("14.2.1.13.PB")!.Control.Properties["level-suffix"]);
        Assert.AreEqual("14.2.1", ismap.Find("14.2.1.13.PB")!.Parent!.Id);
    }

    [TestMethod]
    public void Ismap_ExactEntries()
    {
        var ismap = ShippedStandards.Catalog("ismap@1.0-scf");

        Assert.AreEqual(
            "The organization ensures that information system error messages do not result in the disclosure of information that is useful to malicious parties.",
            ismap.Find("14.1.1.23")!.Control.Statement!.Default);
        Assert.AreEqual("セキュリティに配慮した開発環境", ismap.Find("14.2.6")!.Control.Title.Get("ja"));
        Assert.AreEqual("Security in development and support processes", ismap.Groups.Single(g => g.Id == "14").Groups.Single(g => g.Id == "14.2").Title.Default);
    }

    [TestMethod]
    public void JcStar_SeenRequirementsAreSummarised_UnseenOnesHaveOnlyTheirIds()
    {
        var jcStar = ShippedStandards.Catalog("jc-star-star1@1.1");

        var first = jcStar.Find("S1.1-01")!.Control;
        Assert.AreEqual(Fidelity.Summarised, jcStar.Source.Fidelity);
        Assert.IsNull(first.Fidelity);
        StringAssert.StartsWith(first.Statement!.Get("ja"), "IP通信を介した");
        Assert.AreEqual("共通でないデフォルトパスワード", jcStar.Find("S1.1-02")!.Control.Title.Get("ja"));
        for (var n = 7; n <= 15; n++)
        {
            var missing = jcStar.Find($"S1.1-{n:00}")!.Control;
            Assert.AreEqual(Fidelity.NotRetrieved, missing.Fidelity);
            Assert.IsNull(missing.Statement, "no invented text");
            Assert.IsNotNull(missing.Completeness);
        }
    }

    [TestMethod]
    public void CertInSbom_HasTheTwentyOneFieldsAndSectionSevenClauses()
    {
        var sbom = ShippedStandards.Catalog("certin-sbom@1.0");

        var fields = sbom.AllControls.Where(c => c.Control.Class == "data-field").Select(c => c.Control.Title.Default).ToList();
        Assert.AreEqual(21, fields.Count);
        Assert.AreEqual("Component Name", fields[0]);
        Assert.AreEqual("Unique Identifier", fields[^1]);
        Assert.AreEqual(15, sbom.AllControls.Count(c => c.Control.Class == "recommendation"));
        Assert.AreEqual(16, sbom.AllControls.Count(c => c.Control.Class == "best-practice"));
        Assert.AreEqual("7.1.5", sbom.Find("7.1.5")!.Control.Locator!.Section);
        Assert.IsTrue(sbom.Find("4.2-21")!.Control.Locator!.AssignedId, "field ids are ours and say so");
    }

    [TestMethod]
    public void Quad_PracticeOneIsVerbatim_LaterPracticesAreNotInvented()
    {
        var quad = ShippedStandards.Catalog("quad-jpss@2023");

        Assert.AreEqual(Fidelity.Verbatim, quad.Source.Fidelity);
        Assert.AreEqual(
            "Ensure that people are adequately trained, processes are defined, and technology solutions are in place to perform secure software development.",
            quad.Find("1")!.Control.Statement!.Default);
        Assert.IsNotNull(quad.Find("2")!.Control.Completeness);
        var later = quad.Find("later-practices")!.Control;
        Assert.AreEqual(Fidelity.NotRetrieved, later.Fidelity);
        Assert.IsNull(later.Statement);
        Assert.AreEqual(Fidelity.Summarised, quad.Find("attestation")!.Control.Fidelity);
    }

    [TestMethod]
    public void EveryControlWithoutVerbatimText_CarriesAFidelityMarker()
    {
        foreach (var reference in NewCatalogs)
        {
            var catalog = ShippedStandards.Catalog(reference);
            foreach (var control in catalog.AllControls.Select(c => c.Control))
            {
                var fidelity = control.Fidelity ?? catalog.Source.Fidelity;
                if (control.Statement is null && control.Controls.IsEmpty && fidelity != Fidelity.NotRetrieved)
                {
                    Assert.IsNotNull(control.Completeness, $"{reference} {control.Id} has no text and does not say why");
                }

                if (fidelity == Fidelity.NotRetrieved)
                {
                    Assert.IsNull(control.Statement, $"{reference} {control.Id} is not retrieved but has text");
                    Assert.IsNotNull(control.Completeness, $"{reference} {control.Id} does not say what is missing");
                }

                if (control.Locator?.AssignedId == true || catalog.Source.Fidelity != Fidelity.Verbatim)
                {
                    Assert.AreNotEqual(Fidelity.Verbatim, fidelity, $"{reference} {control.Id}");
                }
            }
        }
    }

    [TestMethod]
    public void EveryNewCatalog_NamesItsDocumentsWithUrlsAndDates()
    {
        foreach (var reference in NewCatalogs)
        {
            var source = ShippedStandards.Catalog(reference).Source;
            Assert.IsNotNull(source.Completeness, reference);
            Assert.IsFalse(source.Documents.IsEmpty, reference);
            Assert.IsTrue(source.Documents.Any(d => d.Url is not null), $"{reference} names no document URL");
            Assert.IsTrue(source.Documents.Any(d => d.Date is not null) || reference.StartsWith("ismap", StringComparison.Ordinal), $"{reference} dates no document");
        }
    }

    [TestMethod]
    public void JapaneseTitle_RoundTripsUnchangedThroughShowJson()
    {
        var run = CliRunner.InRepository("catalog", "show", "jc-star-star1@1.1", "S1.1-05", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.AreEqual("脆弱性開示ポリシー", json.RootElement.GetProperty("title").GetProperty("ja").GetString());
        Assert.AreEqual("Published vulnerability disclosure policy", json.RootElement.GetProperty("title").GetProperty("en").GetString());
        StringAssert.Contains(run.Out, "脆弱性開示ポリシー", "written as UTF-8 text, not escaped");
    }

    [TestMethod]
    public void List_ShowsFidelityAndGapsForTheNewCatalogs()
    {
        var run = CliRunner.InRepository("catalog", "list");

        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"jc-star-star1@1\.1\s+JP\s+final\s+summarised \(\+10 not-retrieved\)\s+16\s+10 not retrieved"));
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"quad-jpss@2023\s+Quad\s+final\s+verbatim \(\+2 summarised, \+1 not-retrieved\)"));
    }

    private static IEnumerable<ControlGroup> Groups(IEnumerable<ControlGroup> groups) =>
        groups.SelectMany(g => Groups(g.Groups).Prepend(g));
}
