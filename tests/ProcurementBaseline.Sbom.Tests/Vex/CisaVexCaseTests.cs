using System.Text;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sbom.Vex;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Tests.Vex;

/// <summary>CISA's VEX use cases (CycloneDX, ../shared/sources/sbom/examples/vex) joined to the BOMs they speak of, and the OpenVEX and CSAF readings of the same statements.</summary>
[TestClass]
public sealed class CisaVexCaseTests
{
    private static string Case(string file) => RepositoryPaths.Source("sbom", "examples", "vex", file);

    private static VexReadResult ReadVex(string path)
    {
        using var stream = File.OpenRead(path);
        return VexReader.Read(stream, Path.GetFileName(path));
    }

    private static SbomCheck Join(string bom, params string[] vex)
    {
        using var stream = File.OpenRead(Case(bom));
        return SbomCheck.Run(stream, bom, SbomTestKit.Profiles, vex: [.. vex.SelectMany(v => ReadVex(Case(v)).Statements)]);
    }

    private static string Open(SbomCheck check) => string.Join(" ", check.Vex.Open.Select(s => $"{s.Vulnerability}:{s.Status}"));

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    [DataRow("case-1-vex-affected.json", 1, "")]
    [DataRow("case-1-vex-fixed.json", 1, "")]
    [DataRow("case-1-vex-not_affected.json", 1, "")]
    [DataRow("case-1-vex-under_investigation.json", 1, "CVE-2021-44228:UnderInvestigation")]
    [DataRow("case-2-vex.json", 19, "")]
    [DataRow("case-3-vex.json", 19, "CVE-2020-11896:UnderInvestigation CVE-2020-11898:Affected CVE-2020-11900:UnderInvestigation CVE-2020-11903:UnderInvestigation CVE-2020-11904:UnderInvestigation CVE-2020-11907:Affected CVE-2020-11908:UnderInvestigation CVE-2020-11909:Affected CVE-2020-11910:Affected CVE-2020-11911:Affected")]
    [DataRow("case-4-vex.json", 1, "")]
    [DataRow("case-5-vex.json", 1, "CVE-2021-44228:UnderInvestigation")]
    [DataRow("case-6-vex.json", 2, "")]
    public void ASingleProductVex_JoinsToItsOwnProduct_AndLeavesOpenWhatHasNoResponse(string file, int matched, string open)
    {
        var check = Join(file);

        Assert.AreEqual((matched, 0), (check.Vex.Matched.Length, check.Vex.Unmatched.Length));
        Assert.AreEqual(open, Open(check));
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    [DataRow("case-7-bom-1.json", "case-7-vex.json", 2, 3)]
    [DataRow("case-7-bom-2.json", "case-7-vex.json", 3, 2)]
    [DataRow("case-8-bom-1.json", "case-8-vex.json", 4, 7)]
    [DataRow("case-8-bom-2.json", "case-8-vex.json", 7, 4)]
    public void ASeparateVex_JoinsByBomLink_ToTheBomWithItsSerialNumber(string bom, string vex, int matched, int unmatched)
    {
        var check = Join(bom, vex);

        Assert.AreEqual((matched, unmatched), (check.Vex.Matched.Length, check.Vex.Unmatched.Length));
        Assert.AreEqual("", Open(check), "every affected statement in cases 7 and 8 carries a response");
        Assert.AreEqual(Math.Min(unmatched, 20), check.Diagnostics.Count(d => d.Code == "PB1914"));
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void StatusesMapFromCycloneDxAnalysis()
    {
        var statuses = new[] { "affected", "fixed", "not_affected", "under_investigation" }
            .Select(s => ReadVex(Case($"case-1-vex-{s}.json")).Statements.Single().Status).ToArray();

        CollectionAssert.AreEqual(new[] { VexStatus.Affected, VexStatus.Fixed, VexStatus.NotAffected, VexStatus.UnderInvestigation }, statuses);
    }

    [TestMethod]
    public void OpenVex_StatementsNameProductsByPurl_InBothVersionsOfTheFormat()
    {
        var v02 = """
            {"@context":"https://openvex.dev/ns/v0.2.0","@id":"x","author":"A","timestamp":"2026-01-01T00:00:00Z","version":1,"statements":[
              {"vulnerability":{"name":"CVE-2021-44228"},"products":[{"@id":"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],"status":"affected","action_statement":"Upgrade to 2.17.1"},
              {"vulnerability":{"name":"CVE-2021-45046"},"products":[{"@id":"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],"status":"under_investigation"},
              {"vulnerability":{"name":"CVE-2022-0001"},"products":[{"@id":"pkg:npm/left-pad@1.3.0"}],"status":"not_affected","justification":"component_not_present"}]}
            """;
        var v00 = """{"@context":"https://openvex.dev/ns","statements":[{"vulnerability":"CVE-2021-44228","products":["pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar"],"status":"fixed"}]}""";

        var read = VexReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(v02)), "x.openvex.json");
        var old = VexReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(v00)), "y.json");

        Assert.AreEqual(DocumentKind.OpenVex, read.Kind);
        Assert.AreEqual("CVE-2021-44228:Affected:True CVE-2021-45046:UnderInvestigation:False CVE-2022-0001:NotAffected:False",
            string.Join(" ", read.Statements.Select(s => $"{s.Vulnerability}:{s.Status}:{s.HasResponse}")));
        var check = SbomTestKit.CheckText("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"log4j-core","version":"2.14.1","purl":"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}""");
        var join = VexJoin.Of(read.Statements.Concat(old.Statements), check.Names);
        Assert.AreEqual((3, 1), (join.Matched.Length, join.Unmatched.Length), "the qualifiers of a purl do not stop a join");
        Assert.AreEqual("CVE-2021-45046", join.Open.Single().Vulnerability);
    }

    [TestMethod]
    public void Csaf_ProductIdsResolveThroughTheProductTree_AndRemediationsAreResponses()
    {
        var csaf = """
            {"document":{"category":"csaf_vex","csaf_version":"2.0","title":"t","publisher":{"category":"vendor","name":"V","namespace":"https://v.example"},"tracking":{"id":"1"}},
             "product_tree":{"branches":[{"category":"vendor","name":"V","branches":[{"category":"product_version","name":"2.14.1",
               "product":{"product_id":"CSAFPID-1","name":"log4j-core 2.14.1","product_identification_helper":{"purl":"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}}}]}]},
             "vulnerabilities":[
               {"cve":"CVE-2021-44228","product_status":{"known_affected":["CSAFPID-1"]},"remediations":[{"category":"vendor_fix","details":"upgrade","product_ids":["CSAFPID-1"]}]},
               {"cve":"CVE-2021-45105","product_status":{"known_affected":["CSAFPID-1"],"known_not_affected":["CSAFPID-9"]}}]}
            """;

        var read = VexReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csaf)), "advisory.json");

        Assert.AreEqual(DocumentKind.Csaf, read.Kind);
        Assert.AreEqual("CVE-2021-44228:pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1:Affected:True CVE-2021-45105:pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1:Affected:False CVE-2021-45105:CSAFPID-9:NotAffected:False",
            string.Join(" ", read.Statements.Select(s => $"{s.Vulnerability}:{s.Product}:{s.Status}:{s.HasResponse}")));
    }

    [TestMethod]
    public void NotAVex_IsCoded()
    {
        var read = VexReader.Read(new MemoryStream("""{"hello":"world"}"""u8.ToArray()), "x.json");

        Assert.AreEqual("PB1915", read.Diagnostics.Single().Code);
        Assert.IsTrue(read.Statements.IsEmpty);
    }
}
