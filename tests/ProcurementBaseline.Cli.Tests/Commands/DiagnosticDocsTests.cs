using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Tests.Commands;

[TestClass]
public sealed class DiagnosticDocsTests
{
    [TestMethod]
    public void DiagnosticsPage_DocumentsEveryCode()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var table = page.IndexOf("| code | severity |", StringComparison.Ordinal);
        Assert.IsGreaterThan(0, table, "docs/diagnostics.md has the table of codes");

        var rows = DiagnosticCodes.All.Select(d => $"| {d.Code} | {d.Severity.ToString().ToLowerInvariant()} | {d.Title} | {d.MessageFormat.Replace("|", "\\|", StringComparison.Ordinal)} |");
        Golden.AssertMatches(path, page[..table] + string.Join("\n", ["| code | severity | what | message |", "|---|---|---|---|", .. rows]) + "\n");
    }
}
