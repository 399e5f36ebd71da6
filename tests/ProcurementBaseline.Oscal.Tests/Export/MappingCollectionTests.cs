using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Mappings;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Tests.Export;

[TestClass]
public sealed class MappingCollectionTests
{
    private static readonly MappingCollectionImportOptions BsiCatalogs = new()
    {
        Catalogs = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
            KeyValuePair.Create("ISO27001-AnnexA-catalog.json", CatalogRef.Parse("iso27001-annex-a@2022")),
            KeyValuePair.Create("BSI-Methodik-Grundschutz++-catalog.json", CatalogRef.Parse("bsi-methodik-gspp@1.0")),
            KeyValuePair.Create("BSI-Stand-der-Technik-Kernel-catalog.json", CatalogRef.Parse("bsi-sdt-kernel@1.0")),
        ]),
    };

    private static Crosswalk[] Shipped() => [.. OscalTestKit.Standards.Crosswalks];

    private static Catalog Catalog(CatalogRef reference) => OscalTestKit.Standards.Catalogs.Find(reference)!;

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void EveryShippedCrosswalk_ExportsValidAgainstTheSchema()
    {
        foreach (var crosswalk in Shipped())
        {
            OscalTestKit.AssertSchemaValid(MappingCollectionExporter.Export(crosswalk, Catalog(crosswalk.Source), Catalog(crosswalk.Target), OscalTestKit.AsOf), crosswalk.Name);
        }
    }

    [TestMethod]
    public void EveryShippedCrosswalk_RoundTripsToTheSameCrosswalk()
    {
        Assert.IsGreaterThanOrEqualTo(12, Shipped().Length);
        foreach (var crosswalk in Shipped())
        {
            var bytes = OscalTestKit.Bytes(MappingCollectionExporter.Export(crosswalk, Catalog(crosswalk.Source), Catalog(crosswalk.Target), OscalTestKit.AsOf));
            var result = MappingCollectionImporter.Import(bytes, $"{crosswalk.Name}.json", new MappingCollectionImportOptions());

            Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
            Assert.AreEqual(CrosswalkYamlWriter.Write(crosswalk, null), CrosswalkYamlWriter.Write(result.Value!.Crosswalks.Single(), null), crosswalk.Name);
        }
    }

    [TestMethod]
    public void CombinedMapping_IsOneMapPerTargetWithEverySource()
    {
        var crosswalk = Shipped().First(c => c.Mappings.Any(m => m.Combined));
        var combined = crosswalk.Mappings.First(m => m.Combined);
        var document = MappingCollectionExporter.Export(crosswalk, Catalog(crosswalk.Source), Catalog(crosswalk.Target), OscalTestKit.AsOf);
        using var parsed = JsonDocument.Parse(OscalTestKit.Bytes(document));

        var maps = parsed.RootElement.GetProperty("mapping-collection").GetProperty("mappings")[0].GetProperty("maps").EnumerateArray()
            .Where(m => m.GetProperty("sources").GetArrayLength() > 1).ToList();
        Assert.IsNotEmpty(maps);
        Assert.AreEqual(combined.Sources.Length, maps[0].GetProperty("sources").GetArrayLength());
        Assert.AreEqual(1, maps[0].GetProperty("targets").GetArrayLength());
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Bsi_ImportsAsTwoCrosswalksAndReportsWhatItCannotHold()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Source("oscal-mapping-model", "BSI_ISO27001-AnnexA-to-GS++-mapping_collection.json"));

        var result = MappingCollectionImporter.Import(bytes, "bsi.json", BsiCatalogs);

        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        var crosswalks = result.Value!.Crosswalks;
        Assert.HasCount(2, crosswalks);
        Assert.AreEqual("bsi-methodik-gspp@1.0", crosswalks[0].Target.ToString());
        Assert.AreEqual(13, crosswalks[0].Mappings.Length);
        Assert.AreEqual(83, crosswalks[1].Mappings.Length);
        Assert.IsTrue(crosswalks.SelectMany(c => c.Mappings).All(m => m.Provenance == Provenance.Official && m.Status == MappingStatus.Reviewed));

        // qa-reviewed and qa-note are not OSCAL (the schema rejects them), and the document ids have no place in a crosswalk.
        var notImported = result.Diagnostics.Where(d => d.Code == "PB1209").Select(d => d.Message).ToList();
        Assert.IsTrue(notImported.Any(m => m.Contains("'qa-reviewed'", StringComparison.Ordinal)), string.Join("\n", notImported));
        Assert.IsTrue(notImported.Any(m => m.Contains("'document-ids'", StringComparison.Ordinal)), string.Join("\n", notImported));

        // A map of one ISO control to several BSI targets is a subset of their union, not of each: read as an overlap with each.
        var perTarget = result.Diagnostics.Where(d => d.Code == "PB1210").ToList();
        Assert.IsNotEmpty(perTarget);
        var first = crosswalks[0].Mappings[0];
        Assert.AreEqual("5.1", first.Sources.Single());
        Assert.HasCount(4, first.Targets);
        Assert.AreEqual(Relationship.IntersectsWith, first.Relationship);
        Assert.IsTrue(result.Diagnostics.All(d => d.Location.Line > 0));
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Bsi_ExportsValidAndReimportsToTheSameCrosswalks()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Source("oscal-mapping-model", "BSI_ISO27001-AnnexA-to-GS++-mapping_collection.json"));
        var imported = MappingCollectionImporter.Import(bytes, "bsi.json", BsiCatalogs).Value!.Crosswalks;

        foreach (var crosswalk in imported)
        {
            var catalogs = StandInCatalogs(crosswalk);
            var exported = MappingCollectionExporter.Export(crosswalk, catalogs.Source, catalogs.Target, OscalTestKit.AsOf);
            OscalTestKit.AssertSchemaValid(exported, crosswalk.Name);
            var again = MappingCollectionImporter.Import(OscalTestKit.Bytes(exported), "again.json", new MappingCollectionImportOptions());
            Assert.IsEmpty(again.Diagnostics, string.Join("\n", again.Diagnostics));
            Assert.AreEqual(CrosswalkYamlWriter.Write(crosswalk, null), CrosswalkYamlWriter.Write(again.Value!.Crosswalks.Single(), null));
        }
    }

    [TestMethod]
    public void Mappings_AsASingleObject_AreRead()
    {
        var json = """
            {"mapping-collection": {"uuid": "5b0aca34-6c1c-465e-ae7b-32a4688ba161",
              "metadata": {"title": "One", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
              "provenance": {"method": "human", "matching-rationale": "semantic", "status": "complete", "mapping-description": "d"},
              "mappings": {"uuid": "32058e27-e0f2-5733-ae8e-6ecf170e8280",
                "source-resource": {"type": "catalog", "href": "a.json"}, "target-resource": {"type": "catalog", "href": "b.json"},
                "maps": [{"uuid": "66f0636c-e42a-5eb9-98b8-629e02973482", "relationship": "equivalent-to",
                  "confidence-score": {"category": "high"},
                  "sources": [{"type": "control", "id-ref": "a-1"}], "targets": [{"type": "control", "id-ref": "b-1"}]}]}}}
            """u8.ToArray();
        var options = new MappingCollectionImportOptions
        {
            Catalogs = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a.json", CatalogRef.Parse("a@1")), KeyValuePair.Create("b.json", CatalogRef.Parse("b@1"))]),
        };

        var result = MappingCollectionImporter.Import(json, "one.json", options);

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        var mapping = result.Value!.Crosswalks.Single().Mappings.Single();
        Assert.AreEqual(Relationship.EquivalentTo, mapping.Relationship);
        Assert.AreEqual(9, mapping.Strength);
    }

    [TestMethod]
    public void UnknownResourceAndRelationship_AreReportedWithLocations()
    {
        var json = """
            {"mapping-collection": {"uuid": "5b0aca34-6c1c-465e-ae7b-32a4688ba161",
              "metadata": {"title": "One", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
              "provenance": {"method": "human", "matching-rationale": "semantic", "status": "complete", "mapping-description": "d"},
              "mappings": [{"uuid": "32058e27-e0f2-5733-ae8e-6ecf170e8280",
                "source-resource": {"type": "catalog", "href": "a.json"}, "target-resource": {"type": "catalog", "href": "b.json"},
                "maps": [{"uuid": "66f0636c-e42a-5eb9-98b8-629e02973482", "relationship": "related-to",
                  "sources": [{"type": "control", "id-ref": "a-1"}], "targets": [{"type": "statement", "id-ref": "b-1_smt"}]}]}]}}
            """u8.ToArray();

        var result = MappingCollectionImporter.Import(json, "bad.json", new MappingCollectionImportOptions());

        Assert.IsTrue(result.HasErrors);
        var codes = result.Diagnostics.Select(d => $"{d.Code}@{d.Location.Line}").ToList();
        CollectionAssert.Contains(codes, "PB1213@5", string.Join(", ", codes));
        CollectionAssert.Contains(codes, "PB1216@6", string.Join(", ", codes));
        CollectionAssert.Contains(codes, "PB1209@7", string.Join(", ", codes));
    }

    [TestMethod]
    [DataRow("\"percentage\": \"0.7\"", "confidence-score/percentage")]
    [DataRow("\"percentage\": 7", "confidence-score/percentage")]
    [DataRow("\"percentage\": 0.7}, \"coverage\": {\"target-coverage\": \"all\"", "coverage/target-coverage")]
    [DataRow("\"percentage\": 0.7}, \"coverage\": {\"target-coverage\": -0.5", "coverage/target-coverage")]
    public void ShareThatIsNotANumberFromZeroToOne_IsReportedAtItsPlace(string score, string member)
    {
        var json = System.Text.Encoding.UTF8.GetBytes($$$"""
            {"mapping-collection": {"uuid": "5b0aca34-6c1c-465e-ae7b-32a4688ba161",
              "metadata": {"title": "One", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
              "mappings": [{"uuid": "32058e27-e0f2-5733-ae8e-6ecf170e8280",
                "source-resource": {"type": "catalog", "href": "a.json"}, "target-resource": {"type": "catalog", "href": "b.json"},
                "maps": [{"uuid": "66f0636c-e42a-5eb9-98b8-629e02973482", "relationship": "equivalent-to",
                  "confidence-score": {{{{score}}}},
                  "sources": [{"type": "control", "id-ref": "a-1"}], "targets": [{"type": "control", "id-ref": "b-1"}]}]}]}}
            """);
        var options = new MappingCollectionImportOptions
        {
            Catalogs = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a.json", CatalogRef.Parse("a@1")), KeyValuePair.Create("b.json", CatalogRef.Parse("b@1"))]),
        };

        var result = MappingCollectionImporter.Import(json, "share.json", options);

        var error = result.Diagnostics.SingleOrDefault(d => d.Code == "PB1216") ?? throw new AssertFailedException(string.Join("\n", result.Diagnostics));
        StringAssert.Contains(error.Message, $"/mapping-collection/mappings/0/maps/0/{member}", error.Message);
        Assert.AreEqual(6, error.Location.Line);
        Assert.IsNull(result.Value);
    }

    // The BSI and ISO catalogs are not shipped: catalogs holding just the controls the crosswalk names stand in for them.
    private static (Catalog Source, Catalog Target) StandInCatalogs(Crosswalk crosswalk)
    {
        static Catalog Of(CatalogRef reference, IEnumerable<string> ids) => new()
        {
            Id = reference.CatalogId,
            Title = Text.LocalizedText.Of(reference.ToString()),
            Publisher = "test",
            Jurisdiction = Jurisdiction.Quad,
            Version = reference.Version,
            Status = CatalogStatus.Final,
            Source = new CatalogSource { Url = "https://example.org", Licence = "-", Attribution = "-", Obtained = "-", Fidelity = Fidelity.Summarised },
            Groups = [new ControlGroup
            {
                Id = "all",
                Title = Text.LocalizedText.Of("All"),
                Controls = [.. ids.Distinct(StringComparer.Ordinal).Select(id => new Control { Id = id, Title = Text.LocalizedText.Of(id) })],
            }],
        };

        return (Of(crosswalk.Source, crosswalk.Mappings.SelectMany(m => m.Sources)), Of(crosswalk.Target, crosswalk.Mappings.SelectMany(m => m.Targets)));
    }
}
