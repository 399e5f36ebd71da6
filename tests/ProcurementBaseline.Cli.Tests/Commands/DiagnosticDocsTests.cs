using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Tests.Commands;

[TestClass]
public sealed class DiagnosticDocsTests
{
    [TestMethod]
    public void DiagnosticsPage_DocumentsEveryCode()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        foreach (var descriptor in DiagnosticCodes.All)
        {
            StringAssert.Contains(page, $"| {descriptor.Code} |", $"docs/diagnostics.md lacks {descriptor.Code}");
        }
    }
}
