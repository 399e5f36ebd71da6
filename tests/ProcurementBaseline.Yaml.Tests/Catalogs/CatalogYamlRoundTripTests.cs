using System.Text;
using ProcurementBaseline.Yaml.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

[TestClass]
public sealed class CatalogYamlRoundTripTests
{
    [TestMethod]
    public void Write_ThenRead_GivesTheSameTextAgain()
    {
        var first = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(CatalogSnippets.Valid), "sample.yaml").Value!;

        var written = CatalogYamlWriter.Write(first, "../schemas/catalog.schema.json");
        var second = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(written), "written.yaml");

        Assert.IsEmpty(second.Diagnostics, string.Join("\n", second.Diagnostics));
        Assert.AreEqual(written, CatalogYamlWriter.Write(second.Value!, "../schemas/catalog.schema.json"));
        StringAssert.StartsWith(written, "# yaml-language-server: $schema=../schemas/catalog.schema.json\n");
        StringAssert.Contains(written, "version: \"1.0\"");
        StringAssert.Contains(written, "ja: 第二");
    }

    [TestMethod]
    public void Write_AmbiguousAndMultilineStrings_AreQuotedOrBlocked()
    {
        var catalog = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(CatalogSnippets.Valid), "sample.yaml").Value!;
        var control = catalog.Groups[0].Controls[0] with
        {
            Statement = ProcurementBaseline.Text.LocalizedText.Of("a.\n  1. nested"),
            Tags = ["true", "1.10", "null"],
        };
        var changed = catalog with { Groups = [catalog.Groups[0] with { Controls = [control, catalog.Groups[0].Controls[1]] }] };

        var written = CatalogYamlWriter.Write(changed, null);
        var reread = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(written), "w.yaml");

        Assert.IsEmpty(reread.Diagnostics, string.Join("\n", reread.Diagnostics));
        var again = reread.Value!.Find("C-1")!.Control;
        Assert.AreEqual("a.\n  1. nested", again.Statement!.Default);
        CollectionAssert.AreEqual(new[] { "true", "1.10", "null" }, again.Tags.ToArray());
    }
}
