using System.Text;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Tests.Schemas;

/// <summary>The combined-source form, <c>source: {all-of: [...]}</c>, as the reader and the published schema see it.</summary>
[TestClass]
public sealed class CombinedMappingFormatTests
{
    private const string Head = """
        kind: crosswalk
        schema-version: "1"
        source: nist-ssdf@1.1
        target: asd-ism@2025.12.9
        title: t
        defaults: {rationale: semantic, provenance: reviewed, method: human, author: a, status: reviewed, strength: 7}
        mappings:

        """;

    private static LoadResult<Harmonisation.Crosswalk> Read(string mappings) =>
        CrosswalkYamlReader.Read(Encoding.UTF8.GetBytes(Head + mappings), "x.yaml");

    [TestMethod]
    public void AllOf_IsCombined_AndAListStaysPairwise()
    {
        var result = Read("""
              - {source: {all-of: [PO.1.1, PO.1.3, PW.1.1]}, target: ism-2033, relationship: superset-of}
              - {source: [PO.1.1, PO.1.3], target: ism-2034, relationship: intersects-with}

            """);

        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        var (combined, pairwise) = (result.Value!.Mappings[0], result.Value.Mappings[1]);
        Assert.IsTrue(combined.Combined);
        CollectionAssert.AreEqual(new[] { "PO.1.1", "PO.1.3", "PW.1.1" }, combined.Sources.ToArray());
        Assert.IsEmpty(combined.Pairs.ToList(), "a combined mapping stands for no pairs");
        Assert.IsFalse(pairwise.Combined);
        Assert.HasCount(2, pairwise.Pairs.ToList());
        StringAssert.Contains(CrosswalkYamlWriter.Write(result.Value, null), "source:\n      all-of:");
    }

    [TestMethod]
    [DataRow("  - {source: {all-of: [PO.1.1]}, target: ism-2033, relationship: superset-of}\n", "PB1308", DisplayName = "one member")]
    [DataRow("  - {source: {all-of: [PO.1.1, PO.1.1]}, target: ism-2033, relationship: superset-of}\n", "PB1308", DisplayName = "one member, twice")]
    [DataRow("  - {source: {all-of: [PO.1.1, PO.1.3]}, target: ism-2033, relationship: no-relationship}\n", "PB1309", DisplayName = "no-relationship")]
    [DataRow("  - {source: {any-of: [PO.1.1, PO.1.3]}, target: ism-2033, relationship: superset-of}\n", "PB1003", DisplayName = "unknown key")]
    public void BadCombinedSources_AreCodedErrors_WithTheirPlace(string mapping, string code)
    {
        var result = Read(mapping);

        Assert.IsTrue(result.HasErrors);
        var diagnostic = result.Diagnostics.First(d => d.Code == code);
        Assert.AreEqual(8, diagnostic.Location.Line, diagnostic.ToString());
    }

    [TestMethod]
    public void ARepeatedMember_IsAWarning()
    {
        var result = Read("  - {source: {all-of: [PO.1.1, PO.1.3, PO.1.1]}, target: ism-2033, relationship: superset-of}\n");

        Assert.IsFalse(result.HasErrors);
        Assert.AreEqual("PB1311", result.Diagnostics.Single().Code);
        Assert.HasCount(2, result.Value!.Mappings[0].Sources);
    }
}
