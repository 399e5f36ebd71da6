using System.Text;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Oscal.Profiles;
using ProcurementBaseline.Selections;

namespace ProcurementBaseline.Tests.Profiles;

[TestClass]
public sealed class ProfileChainTests
{
    private const string Catalog = """
        {"catalog": {"uuid": "00000000-0000-4000-8000-000000000001", "metadata": {"title": "c", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
          "groups": [
            {"id": "ac", "title": "Access", "controls": [
              {"id": "ac-1", "title": "One"},
              {"id": "ac-2", "title": "Two", "controls": [{"id": "ac-2.1", "title": "Two one"}, {"id": "ac-2.2", "title": "Two two"}]}]},
            {"id": "si", "title": "Integrity", "controls": [{"id": "si-1", "title": "One"}, {"id": "si-10", "title": "Ten"}]}]}}
        """;

    private static OscalInput Doc(string file, string json) => new(Encoding.UTF8.GetBytes(json), file);

    private static string Profile(string imports) => $$$"""
        {"profile": {"uuid": "00000000-0000-4000-8000-000000000002", "metadata": {"title": "p", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
          "imports": [{{{imports}}}]}}
        """;

    private static LoadResult<ControlSelection> Import(string profileFile, params OscalInput[] documents)
    {
        var profile = documents.Single(d => d.File == profileFile);
        return OscalProfileImporter.Import(profile.Json, profile.File, new GivenOscalDocuments(documents), new OscalProfileImportOptions
        {
            Id = "p",
            Catalog = CatalogRef.Parse("c@1"),
            Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        });
    }

    [TestMethod]
    public void Matching_SelectsByGlobWithChildControls()
    {
        var result = Import("a.json", Doc("c.json", Catalog), Doc("a.json", Profile("""{"href": "c.json", "include-controls": [{"matching": [{"pattern": "ac-*"}], "with-child-controls": "yes"}, {"matching": [{"pattern": "si-?"}]}]}""")));

        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        CollectionAssert.AreEqual(new[] { "ac-1", "ac-2", "ac-2.1", "ac-2.2", "si-1" }, result.Value!.Controls.ToArray());
    }

    [TestMethod]
    public void Chain_SelectsFromWhatTheImportedProfileSelects()
    {
        var result = Import(
            "b.json",
            Doc("c.json", Catalog),
            Doc("a.json", Profile("""{"href": "c.json", "include-controls": [{"with-ids": ["ac-2", "si-1"], "with-child-controls": "yes"}]}""")),
            Doc("b.json", Profile("""{"href": "a.json", "include-all": {}, "exclude-controls": [{"matching": [{"pattern": "*.2"}]}]}""")));

        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        CollectionAssert.AreEqual(new[] { "ac-2", "ac-2.1", "si-1" }, result.Value!.Controls.ToArray());
    }

    [TestMethod]
    public void Chain_ThroughABackMatterResource_IsFollowed()
    {
        var profile = """
            {"profile": {"uuid": "00000000-0000-4000-8000-000000000002", "metadata": {"title": "p", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
              "imports": [{"href": "#11111111-1111-4111-8111-111111111111", "include-controls": [{"with-ids": ["si-10"]}]}],
              "back-matter": {"resources": [{"uuid": "11111111-1111-4111-8111-111111111111", "rlinks": [{"href": "https://example.org/oscal/c.json"}]}]}}}
            """;

        var result = Import("p.json", Doc("c.json", Catalog), Doc("p.json", profile));

        CollectionAssert.AreEqual(new[] { "si-10" }, result.Value!.Controls.ToArray());
    }

    [TestMethod]
    public void ProfileThatImportsItself_IsReportedNotFollowed()
    {
        var result = Import(
            "a.json",
            Doc("c.json", Catalog),
            Doc("a.json", Profile("""{"href": "b.json", "include-all": {}}""")),
            Doc("b.json", Profile("""{"href": "a.json", "include-all": {}}""")));

        Assert.IsTrue(result.HasErrors);
        var cycle = result.Diagnostics.Single(d => d.Code == "PB1211");
        StringAssert.Contains(cycle.Message, "a.json → b.json → a.json");
    }

    [TestMethod]
    public void MissingImport_IsReported()
    {
        var result = Import("a.json", Doc("a.json", Profile("""{"href": "nowhere.json", "include-all": {}}""")));

        Assert.IsTrue(result.HasErrors);
        Assert.AreEqual("PB1212", result.Diagnostics[0].Code);
    }

    [TestMethod]
    public void TailoringAndUnknownIds_AreReportedNotDropped()
    {
        var profile = """
            {"profile": {"uuid": "00000000-0000-4000-8000-000000000002", "metadata": {"title": "p", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.2"},
              "imports": [{"href": "c.json", "include-controls": [{"with-ids": ["ac-1", "zz-9"]}]}],
              "modify": {"set-parameters": [{"param-id": "ac-1_prm_1", "values": ["daily"]}]}}}
            """;

        var result = Import("p.json", Doc("c.json", Catalog), Doc("p.json", profile));

        CollectionAssert.AreEqual(new[] { "ac-1" }, result.Value!.Controls.ToArray());
        CollectionAssert.AreEqual(new[] { "zz-9" }, result.Value.NotInCatalog.ToArray());
        var modify = result.Diagnostics.Single(d => d.Code == "PB1209");
        Assert.AreEqual(3, modify.Location.Line);
    }
}
