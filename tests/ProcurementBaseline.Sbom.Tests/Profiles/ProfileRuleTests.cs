using System.Text;
using ProcurementBaseline.Yaml.SbomProfiles;

namespace ProcurementBaseline.Tests.Profiles;

/// <summary>Each kind of profile rule: fallbacks in order, properties and annotations for fields with no native home, document fields, and what does not count.</summary>
[TestClass]
public sealed class ProfileRuleTests
{
    private static string Bom(string components, string metadata = """{"timestamp":"2026-01-01T00:00:00Z","authors":[{"name":"Vendor"}]}""") =>
        $$"""{"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{{metadata}},"components":[{{components}}]}""";

    [TestMethod]
    public void Supplier_IsReadFromSupplier_ElseManufacturer_ElseAuthors_InThatOrder()
    {
        var check = SbomTestKit.CheckText(Bom("""
            {"name":"a","supplier":{"name":"S"},"manufacturer":{"name":"M"}},
            {"name":"b","manufacturer":{"name":"M"}},
            {"name":"c","authors":[{"name":"A"}]},
            {"name":"d","supplier":{"url":["https://x"]}},
            {"name":"e"}
            """));

        var supplier = check.Field("certin@1.0", "component-supplier");
        Assert.AreEqual((3, 5), (supplier.Have, supplier.Of));
        CollectionAssert.AreEqual(new[] { 1, 1, 1 }, supplier.BySource.ToArray(), "one from each place, the first that has it");
        CollectionAssert.AreEqual(new[] { "d", "e" }, supplier.FirstOffenders.ToArray());
    }

    [TestMethod]
    public void AFieldWithNoNativeHome_IsReadFromItsProperty_AndABlankValueDoesNotCount()
    {
        var check = SbomTestKit.CheckText(Bom("""
            {"name":"a","properties":[{"name":"cert-in:criticality","value":"high"}]},
            {"name":"b","properties":[{"name":"CERT-IN:Criticality","value":"low"}]},
            {"name":"c","properties":[{"name":"cert-in:criticality","value":"  "}]},
            {"name":"d","properties":[{"name":"criticality","value":"high"}]}
            """));

        var criticality = check.Field("certin@1.0", "criticality");
        Assert.AreEqual((2, 4), (criticality.Have, criticality.Of));
        CollectionAssert.AreEqual(new[] { "c", "d" }, criticality.FirstOffenders.ToArray());
    }

    [TestMethod]
    public void SpdxNoAssertion_FillsNoField_AndAnnotationsWrittenNameEqualsValue_AreProperties()
    {
        var check = SbomTestKit.CheckText("""
            {"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","creationInfo":{"created":"2026-01-01T00:00:00Z","creators":["Organization: Vendor","Tool: gen-1"]},
             "packages":[
               {"SPDXID":"SPDXRef-a","name":"a","versionInfo":"1","supplier":"NOASSERTION","licenseConcluded":"NOASSERTION","annotations":[{"comment":"cert-in:criticality=high"}]},
               {"SPDXID":"SPDXRef-b","name":"b","versionInfo":"NOASSERTION","supplier":"Organization: B (b@example.com)","licenseDeclared":"MIT","annotations":[{"comment":"a free-text note = not a property"}]}],
             "relationships":[{"spdxElementId":"SPDXRef-b","relationshipType":"DEPENDENCY_OF","relatedSpdxElement":"SPDXRef-a"}]}
            """, "x.spdx.json");

        Assert.AreEqual("supplier:1/2 component-name:2/2 version:1/2 unique-identifier:0/2 dependencies:2/2 author:1/1 timestamp:1/1", check.Shares("ntia@2021"));
        Assert.AreEqual((1, 2), (check.Field("certin@1.0", "criticality").Have, check.Field("certin@1.0", "criticality").Of));
        Assert.AreEqual((1, 2), (check.Field("cisa@2025", "licence").Have, 2));
        Assert.AreEqual(1, check.Field("cisa@2025", "tool-name").Have);
    }

    [TestMethod]
    public void DocumentFields_AreOneOrNothing_AndNameTheDocumentWhenMissing()
    {
        var check = SbomTestKit.CheckText(Bom("""{"name":"a"}""", metadata: "{}"));

        var timestamp = check.Field("ntia@2021", "timestamp");
        Assert.AreEqual((0, 1), (timestamp.Have, timestamp.Of));
        CollectionAssert.AreEqual(new[] { "the document" }, timestamp.FirstOffenders.ToArray());
        Assert.AreEqual(0, check.Field("cisa@2025", "generation-context").Have);
    }

    [TestMethod]
    public void Dependencies_CountAComponentNamedOnEitherSide_OrDeclaredToHaveNone()
    {
        var check = SbomTestKit.CheckText("""
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[
              {"bom-ref":"a","name":"a"},{"bom-ref":"b","name":"b"},{"bom-ref":"c","name":"c"},{"bom-ref":"d","name":"d"}],
             "dependencies":[{"ref":"a","dependsOn":["b"]},{"ref":"c","dependsOn":[]}]}
            """);

        var dependencies = check.Field("ntia@2021", "dependencies");
        Assert.AreEqual(3, dependencies.Have);
        CollectionAssert.AreEqual(new[] { "d" }, dependencies.FirstOffenders.ToArray());
    }

    [TestMethod]
    [DataRow("read: { cyclonedx: [suppliers] }", "PB1918", "'suppliers' is not a place")]
    [DataRow("read: { cyclonedx: [timestamp] }", "PB1918", "'timestamp' is not a place")]
    [DataRow("read: { cyclonedx: [supplier], swid: [x] }", "PB1003", "unknown key 'swid'")]
    public void AProfileWithABadPlace_IsReportedWhereItIs(string read, string code, string message)
    {
        var yaml = $"""
            kind: sbom-profile
            schema-version: "1"
            id: test
            version: "1"
            title: Test
            fields:
              - id: supplier
                title: Supplier
                scope: component
                {read}
            """;

        var result = SbomProfileYamlReader.Read(Encoding.UTF8.GetBytes(yaml), "test.yaml");

        var diagnostic = result.Diagnostics.Single(d => d.Code == code);
        StringAssert.Contains(diagnostic.Message, message);
        Assert.AreEqual(10, diagnostic.Location.Line);
    }
}
