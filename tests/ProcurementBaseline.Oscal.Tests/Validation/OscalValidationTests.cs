using System.Text;
using ProcurementBaseline.Oscal.Validation;
using ProcurementBaseline.Tests.Export;

namespace ProcurementBaseline.Tests.Validation;

[TestClass]
public sealed class OscalValidationTests
{
    private const string Collection = """
        {"mapping-collection": {"uuid": "5b0aca34-6c1c-465e-ae7b-32a4688ba161",
          "metadata": {"title": "One", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2",
            "responsible-parties": [{"role-id": "author", "party-uuids": ["9b0aca34-6c1c-465e-ae7b-32a4688ba161"]}]},
          "provenance": {"method": "human", "matching-rationale": "semantic", "status": "complete", "mapping-description": "d"},
          "mappings": [{"uuid": "5b0aca34-6c1c-465e-ae7b-32a4688ba161",
            "source-resource": {"type": "catalog", "href": "#nowhere"}, "target-resource": {"type": "catalog", "href": "b.json"},
            "maps": [{"uuid": "66f0636c-e42a-5eb9-98b8-629e02973482", "relationship": "kind-of",
              "sources": [{"type": "control", "id-ref": "a-1"}], "targets": [{"type": "control", "id-ref": "b-1"}]}]}]}}
        """;

    private static OscalDocumentValidator.Result Validate(string json, OscalSchemaValidator? schema = null) =>
        OscalDocumentValidator.Validate(Encoding.UTF8.GetBytes(json), "doc.json", schema);

    [TestMethod]
    public void OwnChecks_FindDanglingReferencesDuplicateUuidsAndUnknownRelationships()
    {
        var result = Validate(Collection);

        Assert.AreEqual("mapping-collection", result.Model);
        var found = result.Diagnostics.Select(d => $"{d.Code}@{d.Location.Line}:{d.Location.Column}").ToList();
        CollectionAssert.IsSubsetOf(new[] { "PB1215@3:30", "PB1215@3:51", "PB1217@5:17", "PB1215@6:44", "PB1216@7:63" }, found, string.Join(", ", found));
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Schema_FindsWhatTheModelDoesNotAllowWithItsPointerAndLine()
    {
        var result = Validate(Collection.Replace("\"status\": \"complete\"", "\"status\": \"finished\"", StringComparison.Ordinal), OscalTestKit.Schema);

        var schema = result.Diagnostics.Where(d => d.Code == "PB1214").ToList();
        Assert.IsNotEmpty(schema);
        Assert.IsTrue(schema.Any(d => d.Message.Contains("/mapping-collection/provenance/status", StringComparison.Ordinal) && d.Location.Line == 4), string.Join("\n", schema));
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Bsi_FailsTheSchemaOnlyForItsTwoQualityReviewMembers()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Source("oscal-mapping-model", "BSI_ISO27001-AnnexA-to-GS++-mapping_collection.json"));

        var result = OscalDocumentValidator.Validate(bytes, "bsi.json", OscalTestKit.Schema);

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        CollectionAssert.AreEqual(new[] { "/mapping-collection/provenance/qa-reviewed", "/mapping-collection/provenance/qa-note" }, errors.Select(e => e.Message[(e.Message.LastIndexOf("(at ", StringComparison.Ordinal) + 4)..^1]).ToArray(), string.Join("\n", errors));
        Assert.AreEqual(23, errors[0].Location.Line);
    }

    [TestMethod]
    [DataRow("{\"catalog\": [", "PB1201")]
    [DataRow("[1, 2]", "PB1202")]
    [DataRow("{\"invoice\": {}}", "PB1202")]
    [DataRow("{\"catalog\": {\"metadata\": {\"oscal-version\": \"2.0.0\"}}}", "PB1208")]
    public void BadDocuments_AreDiagnosedNotThrown(string json, string code)
    {
        var result = Validate(json);

        Assert.IsFalse(result.IsValid);
        Assert.AreEqual(code, result.Diagnostics[0].Code);
    }

    [TestMethod]
    public void OversizedDocument_IsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"procbase-big-{Guid.NewGuid():N}.json");
        Application.IO.AtomicFileWriter.WriteText(path, "{\"catalog\": {\"groups\": [" + string.Join(",", Enumerable.Repeat("{\"id\": \"g\", \"title\": \"t\"}", 200)) + "]}}");
        var diagnostics = new Diagnostics.DiagnosticBag();

        var input = Application.Oscal.OscalFiles.Read(path, "big.json", diagnostics, maxBytes: 1024);

        Assert.IsNull(input);
        var refused = diagnostics.ToImmutableSorted().Single();
        Assert.AreEqual("PB0003", refused.Code);
        StringAssert.Contains(refused.Message, "larger than 1,024 bytes");
        File.Delete(path);
    }

    [TestMethod]
    public void DeepNesting_IsADiagnosticNotAStackOverflow()
    {
        var deep = "{\"catalog\": {\"groups\": " + string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)) + "}}";

        var result = Validate(deep);

        Assert.AreEqual("PB1201", result.Diagnostics.Single().Code);
    }
}
