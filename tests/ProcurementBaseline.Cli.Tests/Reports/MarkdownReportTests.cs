using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Reports;

[TestClass]
public sealed class MarkdownReportTests
{
    /// <summary>
    /// The shipped Markdown template's output for a sample, compared with a reviewed golden file. When the template or
    /// the report model changes on purpose, run the tests with PROCBASE_UPDATE_GOLDEN=1 and review the diff.
    /// </summary>
    [TestMethod]
    public void CharlieAgainstTheUsBaseline_MatchesTheGoldenFile()
    {
        using var temp = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml"),
            "-b", "us-federal-software", "--as-of", "2026-11-26", "--out", temp.Root, "--format", "md");

        var golden = Path.Combine(RepositoryPaths.Root, "tests", "ProcurementBaseline.Cli.Tests", "Reports", "Golden", "charlie-poam.us-federal-software.md");
        Golden.AssertMatches(golden, File.ReadAllText(Path.Combine(temp.Root, "charlie-poam.md")));
    }

    [TestMethod]
    public void JapaneseTitles_FollowTheEnglishInEveryTextFormat()
    {
        using var temp = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml"),
            "-b", "jp-government-software", "--as-of", "2026-11-26", "--out", temp.Root, "--format", "html,md,text");

        string Read(string extension) => File.ReadAllText(Path.Combine(temp.Root, $"charlie-poam.{extension}"));
        const string ja = "セキュリティに配慮した開発のための方針";
        StringAssert.Contains(Read("html"), $"Secure development policy<br><span lang=\"ja\">{ja}</span>");
        StringAssert.Contains(Read("md"), $"Secure development policy / {ja}");
        StringAssert.Contains(Read("txt"), $"Secure development policy / {ja}");
    }
}
