using System.Text;
using ProcurementBaseline.Yaml.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

[TestClass]
public sealed class CatalogYamlReaderDiagnosticsTests
{
    [TestMethod]
    public void Read_ValidCatalog_HasNoDiagnostics()
    {
        var result = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(CatalogSnippets.Valid), "sample.yaml");

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        Assert.IsNotNull(result.Value);
        Assert.AreEqual(2, result.Value.ControlCount);
        Assert.AreEqual("第二", result.Value.Find("C-2")!.Control.Title.Get("ja"));
    }

    public static IEnumerable<object[]> BadSnippets =>
    [
        ["PB1002", 21, 16, CatalogSnippets.Replace("        title: First", "        title: [First")],
        ["PB1003", 21, 9, CatalogSnippets.Replace("        title: First", "        titel: First")],
        ["PB1004", 22, 9, CatalogSnippets.Replace("        statement: Do the first thing.", "        title: Again")],
        ["PB1005", 20, 9, CatalogSnippets.Replace("        title: First", "        class: task")],
        ["PB1006", 22, 20, CatalogSnippets.Replace("        statement: Do the first thing.", "        statement: [a, b]")],
        ["PB1006", 7, 10, CatalogSnippets.Replace("version: \"1.0\"", "version: 1.0")],
        ["PB1007", 6, 15, CatalogSnippets.Replace("jurisdiction: AU", "jurisdiction: UK")],
        ["PB1007", 15, 13, CatalogSnippets.Replace("  fidelity: verbatim", "  fidelity: official")],
        ["PB1008", 7, 10, CatalogSnippets.Replace("version: \"1.0\"", "version: \"v1\"")],
        ["PB1009", 24, 13, CatalogSnippets.Replace("      - id: C-2", "      - id: C-1")],
        ["PB1010", 23, 19, CatalogSnippets.Replace("        related: [C-2]", "        related: [C-9]")],
        ["PB1010", 28, 32, CatalogSnippets.Replace("          - incorporated-into: C-1", "          - incorporated-into: C-7")],
        ["PB1011", 2, 17, CatalogSnippets.Replace("schema-version: \"1\"", "schema-version: \"2\"")],
        ["PB1012", 8, 11, CatalogSnippets.Replace("released: \"2025-01-31\"", "released: \"31/01/2025\"")],
        ["PB1015", 5, 11, CatalogSnippets.Replace("publisher: Tests", "publisher:")],
        ["PB1016", 19, 9, CatalogSnippets.Replace("  - id: g1", "  - id: g1\n    title: Twin\n  - id: g1")],
        ["PB1017", 28, 11, CatalogSnippets.Replace("        status: withdrawn", "        status: active")],
        ["PB1018", 1, 7, CatalogSnippets.Replace("kind: catalog", "kind: crosswalk")],
        ["PB1007", 25, 29, CatalogSnippets.Replace("        title: {en: Second, ja: 第二}", "        title: {en: Second, Japanese: 第二}")],
    ];

    [TestMethod]
    [DynamicData(nameof(BadSnippets))]
    public void Read_BadSnippet_ReportsCodeAtLineAndColumn(string code, int line, int column, string yaml)
    {
        var result = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(yaml), "bad.yaml");

        var match = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.IsNotNull(match, $"expected {code}; got:\n{string.Join("\n", result.Diagnostics)}");
        Assert.AreEqual((line, column), (match.Location.Line, match.Location.Column), match.ToString());
        Assert.AreEqual("bad.yaml", match.Location.File);
    }

    [TestMethod]
    public void Read_InvalidUtf8_ReportsPositionOfTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("kind: catalog\nid: sa").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("mple\n")).ToArray();

        var result = CatalogYamlReader.Read(bytes, "bad.yaml");

        var diagnostic = result.Diagnostics.Single();
        Assert.AreEqual("PB1001", diagnostic.Code);
        Assert.AreEqual((2, 7), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.IsNull(result.Value);
    }

    [TestMethod]
    public void Read_ManyProblems_ReportsEveryOneInOneRun()
    {
        var yaml = CatalogSnippets.Valid
            .Replace("jurisdiction: AU", "jurisdiction: UK", StringComparison.Ordinal)
            .Replace("released: \"2025-01-31\"", "released: soon", StringComparison.Ordinal)
            .Replace("        title: First", "        titel: First", StringComparison.Ordinal)
            .Replace("related: [C-2]", "related: [C-9]", StringComparison.Ordinal);

        var result = CatalogYamlReader.Read(Encoding.UTF8.GetBytes(yaml), "bad.yaml");

        CollectionAssert.IsSubsetOf(new[] { "PB1007", "PB1012", "PB1003", "PB1005", "PB1010" }, result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.IsNull(result.Value);
    }

    [TestMethod]
    public void Read_EveryTruncationAndCorruption_NeverThrows()
    {
        var bytes = Encoding.UTF8.GetBytes(CatalogSnippets.Valid);
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = CatalogYamlReader.Read(bytes.AsMemory(0, length), "cut.yaml");
            Assert.IsTrue(truncated.Value is not null || truncated.HasErrors, $"length {length}");

            var corrupted = (byte[])bytes.Clone();
            corrupted[length] = (byte)"[{]}:-&*!|>'\"%@`#,?"[length % 19];
            var result = CatalogYamlReader.Read(corrupted, "corrupt.yaml");
            Assert.IsTrue(result.Value is not null || result.HasErrors, $"corrupted at {length}");
        }
    }

    [TestMethod]
    public void Read_EmptyFile_ReportsMissingCatalog()
    {
        var result = CatalogYamlReader.Read(Array.Empty<byte>(), "empty.yaml");

        Assert.IsNull(result.Value);
        Assert.IsTrue(result.HasErrors);
    }
}
