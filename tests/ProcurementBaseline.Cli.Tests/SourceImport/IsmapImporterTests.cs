using ProcurementBaseline.SourceImport.Ismap;

namespace ProcurementBaseline.Tests.SourceImport;

[TestClass]
public sealed class IsmapImporterTests
{
    private const string Header = "id,name,description,extraction_quality\n";

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void RealExtraction_GivesEveryIdAndRepairsTheKnownFaults()
    {
        var rows = IsmapCsv.Read(RepositoryPaths.Source("jp-ismap", "ismap_control_criteria_en_from_scf_strm.csv"));
        var titles = IsoAnnexTitles.Read(RepositoryPaths.Source("crosswalks", "nist-sp800-53r5-to-iso27001-2013", "derived_table2_iso27001_to_sp800-53r5.csv"));
        var catalog = IsmapCriteriaImporter.Import(rows, titles);

        Assert.AreEqual(1346, rows.Count);
        Assert.AreEqual(1286, catalog.ControlCount);
        Assert.AreEqual(
            "13.2.3.3 corresponds to the c) part of 13.2.3 Implementation guidance in ISO/IEC 27002:2013.",
            catalog.Find("13.2.3.3")!.Control.Statement!.Default);
        Assert.AreEqual(
            "7.2.2.9 corresponds to the b) part of 7.2.2 Implementation guidance in ISO/IEC 27002:2013.",
            catalog.Find("7.2.2.9")!.Control.Statement!.Default, "a scrambled row the extraction did not mark");
        StringAssert.StartsWith(catalog.Find("4.5.1.1")!.Control.Statement!.Default, "The organization determines and provides the resources");
        StringAssert.EndsWith(catalog.Find("4.4.8.5")!.Control.Statement!.Default, "to clarify the responsibility of the risk owners.");
        Assert.IsNull(catalog.Find("14.1.1")!.Control.Statement, "the 14.2 heading printed in this row is not its text");
        StringAssert.Contains(catalog.Find("14.1.1.1")!.Control.Completeness, "starts mid-sentence");
        StringAssert.Contains(catalog.Source.Completeness, "4.4.8.3");
        var objective = catalog.Find("14.2.6")!.Control;
        Assert.AreEqual("Secure development environment", objective.Title.Default, "the Annex A title NIST cites");
        Assert.AreEqual("セキュリティに配慮した開発環境", objective.Title.Get("ja"));
        StringAssert.Contains(objective.Completeness, "as NIST cites it in Table 2");
        Assert.AreEqual(114, catalog.AllControls.Count(c => c.Control.Completeness?.Contains("as NIST cites it in Table 2", StringComparison.Ordinal) ?? false), "every Annex A control objective");
    }

    [TestMethod]
    public void PageBreakSpill_IsMovedBackToTheRowsItBelongsTo()
    {
        var catalog = Import(
            "5,N/A,Policies,best-effort",
            "5.1,N/A,Direction Control Objective: To direct.,best-effort",
            "5.1.1,N/A,The first objective starts here and,best-effort",
            "5.2,N/A,Second section ends the first. N/A N/A The second text begins,best-effort",
            "5.2.1,N/A,and ends here.,check");

        Assert.AreEqual("The first objective starts here and Second section ends the first.", catalog.Find("5.1.1")!.Control.Statement!.Default);
        Assert.AreEqual("The second text begins and ends here.", catalog.Find("5.2.1")!.Control.Statement!.Default);
        Assert.AreEqual("Section 5.2", catalog.Groups[0].Groups[1].Title.Default, "the heading had no text of its own");
    }

    [TestMethod]
    public void ScrambledPointer_IsRebuiltOnlyWhenItsWordsMatch()
    {
        var catalog = Import(
            "5,N/A,Policies,best-effort",
            "5.1,N/A,Direction Control Objective: To direct.,best-effort",
            "5.1.1,N/A,5.1.1 corresponds to the part of 5.1.1 Control in ISO/IEC 27002:2013.,best-effort",
            "5.1.1.1,N/A,a 5.1.1.1 ) part corresponds of 5.1.1 Implementation to the guidance in ISO/IEC 27002:2013.,check",
            "5.1.1.2,N/A,b 5.1.1.2 ) part corresponds of 5.1.1 Implementation the guidance in ISO/IEC 27002:2013 extra.,check");

        Assert.AreEqual("5.1.1.1 corresponds to the a) part of 5.1.1 Implementation guidance in ISO/IEC 27002:2013.", catalog.Find("5.1.1.1")!.Control.Statement!.Default);
        Assert.AreEqual("Refers to ISO/IEC 27002:2013: the a) part of 5.1.1 Implementation guidance", catalog.Find("5.1.1.1")!.Control.Title.Default);
        StringAssert.StartsWith(catalog.Find("5.1.1.2")!.Control.Statement!.Default, "b 5.1.1.2 )", "different words: left as printed");
        StringAssert.Contains(catalog.Find("5.1.1.2")!.Control.Completeness, "starts mid-sentence");
    }

    [TestMethod]
    public void TruncatedText_IsKeptAndNoted()
    {
        var catalog = Import(
            "5,N/A,Policies,best-effort",
            "5.1,N/A,Direction Control Objective: To direct.,best-effort",
            "5.1.1,N/A,The objectives of management vary,best-effort");

        var control = catalog.Find("5.1.1")!.Control;
        Assert.AreEqual("The objectives of management vary", control.Statement!.Default);
        StringAssert.Contains(control.Completeness, "stops mid-sentence");
        Assert.AreEqual("Direction", catalog.Groups[0].Groups[0].Title.Default);
        Assert.AreEqual("Control Objective: To direct.", catalog.Groups[0].Groups[0].Description!.Default);
    }

    private static ProcurementBaseline.Catalogs.Catalog Import(params string[] lines)
    {
        using var reader = new StringReader(Header + string.Join("\n", lines.Select(Quote)) + "\n");
        return IsmapCriteriaImporter.Import(IsmapCsv.Read(reader), new Dictionary<string, string>());
    }

    private static string Quote(string line)
    {
        var parts = line.Split(',');
        var description = string.Join(",", parts[2..^1]);
        return $"{parts[0]},{parts[1]},\"{description.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{parts[^1]}";
    }
}
