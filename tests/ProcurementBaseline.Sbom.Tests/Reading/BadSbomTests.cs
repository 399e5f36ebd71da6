using System.Text;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Tests.Reading;

/// <summary>Hostile and broken SBOMs: each gives coded diagnostics with a position, in bounded time and memory, and never counts as evidence.</summary>
[TestClass]
public sealed class BadSbomTests
{
    private const string Head = """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[""";

    private static string Codes(SbomCheck check) => string.Join(" ", check.Diagnostics.Select(d => d.Code).Distinct());

    [TestMethod]
    public void ATruncatedSbom_IsUnreadable_AtTheLineWhereItEnds()
    {
        var whole = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "evidence", "sbom.cdx.json"));

        var check = SbomTestKit.CheckBytes(whole[..(whole.Length / 2)]);

        Assert.IsFalse(check.Readable);
        var problem = check.Diagnostics.Single(d => d.Code == "PB1901");
        Assert.IsGreaterThan(100, problem.Location.Line, problem.ToString());
    }

    [TestMethod]
    [Timeout(30_000)]
    public void RepeatedChildren_AreReadOnce_AndTheRestStillRead()
    {
        // A second <name> in a supplier once left the reader in place for ever (found by afl-fuzz).
        var xml = SbomTestKit.CheckText("""
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"><components>
              <component type="library"><supplier><name>S</name><name>T</name><url>u</url><url>v</url></supplier><name>a</name><version>1</version></component>
              <component type="library"><name>b</name><version>2</version></component>
            </components></bom>
            """, "bom.xml");
        var json = SbomTestKit.CheckText(Head + """
            {"name":"a","version":"1","supplier":{"url":"u","url":{"deep":[1]},"name":"S"},"licenses":[{"license":{"id":"MIT","name":{"x":1},"id":"X"}}]},
            {"name":"b","version":"2"}]}
            """);

        foreach (var check in new[] { xml, json })
        {
            Assert.IsTrue(check.Readable, string.Join("\n", check.Diagnostics));
            Assert.AreEqual(2, check.Components);
            Assert.AreEqual(1, check.Field("ntia@2021", "supplier").Have);
        }

        Assert.AreEqual(1, json.Field("certin@1.0", "component-license").Have);
    }

    [TestMethod]
    public void AnSpdxFileNamedAsCycloneDx_IsReadAsSpdx_WithAWarning()
    {
        var check = SbomTestKit.CheckText("""{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","creationInfo":{"created":"2026-01-01T00:00:00Z","creators":["Tool: x"]},"packages":[{"SPDXID":"SPDXRef-a","name":"a","versionInfo":"1"}]}""", "sbom.cdx.json");

        Assert.AreEqual("PB1903", Codes(check));
        Assert.AreEqual((SbomFormat.Spdx2Json, 1), (check.Metadata!.Format, check.Components));
    }

    [TestMethod]
    public void ATenThousandDeepComponentTree_StopsAtTheNestingLimit()
    {
        var deep = new StringBuilder(Head);
        for (var i = 0; i < 10_000; i++)
        {
            deep.Append("{\"name\":\"c").Append(i).Append("\",\"components\":[");
        }

        deep.Append(string.Concat(Enumerable.Repeat("]}", 10_000))).Append("]}");

        var check = SbomTestKit.CheckText(deep.ToString());

        Assert.IsFalse(check.Readable);
        Assert.AreEqual("PB1908", Codes(check));
    }

    [TestMethod]
    public void AMillionComponents_AreStreamedAndCounted()
    {
        var check = SbomCheck.Run(new GeneratedBom(1_000_000), "million.cdx.json", SbomTestKit.Profiles);

        Assert.IsTrue(check.Readable, string.Join("\n", check.Diagnostics.Take(3)));
        Assert.AreEqual(1_000_000, check.Components);
        Assert.AreEqual(1_000_000, check.Field("ntia@2021", "supplier").Have);
        Assert.AreEqual(0, check.Field("ntia@2021", "dependencies").Have);
    }

    [TestMethod]
    public void DuplicateBomRefs_AreErrorsNamingTheFirst()
    {
        var check = SbomTestKit.CheckText(Head + """{"bom-ref":"x","name":"a"},{"bom-ref":"x","name":"b"}]}""");

        Assert.IsFalse(check.Readable);
        var duplicate = check.Diagnostics.Single(d => d.Code == "PB1906");
        StringAssert.Contains(duplicate.Message, "reference 'x' is given to more than one component (first: a)");
        Assert.AreEqual(1, duplicate.Location.Line);
    }

    [TestMethod]
    [DataRow("""[{"ref":"a","dependsOn":["a"]}]""", "a → a")]
    [DataRow("""[{"ref":"a","dependsOn":["b"]},{"ref":"b","dependsOn":["c"]},{"ref":"c","dependsOn":["a"]}]""", "a → b → c → a")]
    public void DependencyCycles_AreWarningsNamingTheCycle(string dependencies, string cycle)
    {
        var check = SbomTestKit.CheckText(Head + """{"bom-ref":"a","name":"a"},{"bom-ref":"b","name":"b"},{"bom-ref":"c","name":"c"}],"dependencies":""" + dependencies + "}");

        Assert.IsTrue(check.Readable);
        StringAssert.Contains(check.Diagnostics.Single(d => d.Code == "PB1907").Message, cycle);
    }

    [TestMethod]
    public void AHundredThousandLongDependencyChain_IsWalkedWithoutRecursion()
    {
        var json = new StringBuilder(Head).Append("{\"bom-ref\":\"n0\",\"name\":\"n0\"}],\"dependencies\":[");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"ref\":\"n").Append(i).Append("\",\"dependsOn\":[\"n").Append((i + 1) % 100_000).Append("\"]}");
        }

        var check = SbomTestKit.CheckText(json.Append("]}").ToString());

        StringAssert.StartsWith(check.Diagnostics.Single(d => d.Code == "PB1907").Message, "the dependencies form a cycle: n0 → ");
    }

    [TestMethod]
    [DataRow("""<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/steal">]><bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component type="library"><name>&xxe;</name></component></components></bom>""")]
    [DataRow("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component><name>&lol4;</name></component></components></bom>""")]
    public void XmlWithADtd_IsRefusedUnexpandedAndUnfetched(string xml)
    {
        var check = SbomTestKit.CheckText(xml, "sbom.cdx.xml");

        Assert.IsFalse(check.Readable);
        Assert.AreEqual("PB1905", Codes(check));
        Assert.AreEqual(0, check.Components);
    }

    [TestMethod]
    [DataRow("name")]
    [DataRow("x-unknown")]
    public void InvalidUtf8_IsUnreadable_WhereverItIs(string member)
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "{\"" + member + "\":\"a\u00e9b\"}]}");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;

        var check = SbomTestKit.CheckBytes(bytes);

        Assert.IsFalse(check.Readable);
        Assert.AreEqual("PB1901", Codes(check));
    }

    [TestMethod]
    [DataRow("", "PB1902", "it is empty")]
    [DataRow("   \n", "PB1902", "it is empty")]
    [DataRow("""{"name":"not an sbom"}""", "PB1902", "no bomFormat")]
    [DataRow("""{"bomFormat":"CycloneDX","specVersion":"2.0","components":[]}""", "PB1904", "version '2.0' is not read")]
    [DataRow("""{"bomFormat":"SWID","specVersion":"1.6"}""", "PB1901", "bomFormat is not")]
    [DataRow("""{"bomFormat":"CycloneDX","specVersion":"1.6"} {}""", "PB1901", "malformed")]
    public void NotAnSbomOrUnsupported_IsCoded(string text, string code, string why)
    {
        var check = SbomTestKit.CheckText(text);

        Assert.IsFalse(check.Readable);
        var diagnostic = check.Diagnostics.First(d => d.IsError);
        Assert.AreEqual(code, diagnostic.Code);
        StringAssert.Contains(diagnostic.Message, why);
    }

    [TestMethod]
    public void AnEmptyCycloneDxBom_IsReadable_ButCarriesNoComponentField()
    {
        var check = SbomTestKit.CheckText("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}""");

        Assert.IsTrue(check.Readable);
        Assert.AreEqual(0, check.Field("ntia@2021", "component-name").Share);
        Assert.IsFalse(check.Profile("ntia@2021")!.Complete, "an SBOM that lists nothing is not complete");
    }
}
