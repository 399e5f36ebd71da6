using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Reports;

[TestClass]
public sealed class MarkdownReportTests
{
    /// <summary>
    /// The shipped Markdown template's output for a sample, compared with a reviewed golden file. When the template or
    /// the report model changes on purpose, regenerate the file with the command in the test and review the diff.
    /// </summary>
    [TestMethod]
    public void CharlieAgainstTheUsBaseline_MatchesTheGoldenFile()
    {
        using var temp = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml"),
            "-b", "us-federal-software", "--as-of", "2026-11-26", "--out", temp.Root, "--format", "md");

        var golden = Path.Combine(RepositoryPaths.Root, "tests", "ProcurementBaseline.Cli.Tests", "Reports", "Golden", "charlie-poam.us-federal-software.md");
        Assert.AreEqual(File.ReadAllText(golden), File.ReadAllText(Path.Combine(temp.Root, "charlie-poam.md")));
    }
}
