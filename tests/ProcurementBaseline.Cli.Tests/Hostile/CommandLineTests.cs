using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// A missing input, an unknown option or a stray word never passes: exit 1 or 2 on every command (issue 12, item 1),
/// and dates are ISO 8601 only, with messages that never show a .NET type (item 14).
/// </summary>
[TestClass]
public sealed class CommandLineTests
{
    private static readonly string Good = Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "attestation.yaml");

    [TestMethod]
    public void Assess_AGoodAndAMissingFile_ExitsOne_AndSaysWhichIsMissing()
    {
        var run = CliRunner.InRepository("assess", Good, "missing.yaml", "-b", "us-federal-software", "--as-of", "2026-11-26");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "error PB0001: path 'missing.yaml' does not exist");
        StringAssert.Contains(run.Out, "missing.yaml", "the portfolio lists the missing input");
    }

    [TestMethod]
    public void Assess_AnUnknownOption_IsAUsageError_NotAFileName()
    {
        var run = CliRunner.InRepository("assess", Good, "--bogus", "-b", "us-federal-software", "--as-of", "2026-11-26");

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
        StringAssert.Contains(run.Error, "unknown option '--bogus'");
    }

    [TestMethod]
    public void Validate_AGoodAndAMissingFile_ExitsOne()
    {
        var run = CliRunner.InRepository("attest", "validate", Good, "nothere.yaml", "--as-of", "2026-11-26");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "'nothere.yaml' does not exist");
    }

    [TestMethod]
    public void Validate_AMissingFileWithJsonOutput_ExitsOne_AndReportsIt()
    {
        var run = CliRunner.InRepository("attest", "validate", "x", "--format", "json");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Out, "\"code\": \"PB0001\"");
    }

    [TestMethod]
    [DataRow("assess", "samples/delta-all-four/attestation.yaml", "-b", "us-federal-software", "stray-word", DisplayName = "assess: the word after -b is a file, and it is missing")]
    public void Assess_AWordAfterAMultiValueOption_IsNotABaseline(params string[] args)
    {
        var run = CliRunner.InRepository(args);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "'stray-word' does not exist");
    }

    [TestMethod]
    [DataRow("map", "explain", "--claimed", "nist-ssdf@1.1#PO.1.1", "nist-ssdf@1.1#PO.1.2")]
    [DataRow("attest", "init", "-b", "us-federal-software", "stray", "--vendor", "V", "--product", "P")]
    [DataRow("harmonise", "-b", "AU=au-software-supplier", "stray")]
    public void AStrayWordAfterAnOption_IsAUsageError(params string[] args)
    {
        var run = CliRunner.InRepository(args);

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode, run.Out + run.Error);
    }

    [TestMethod]
    [DynamicData(nameof(EveryCommand))]
    public void EveryCommand_RefusesAnUnknownOption(string[] command)
    {
        var run = CliRunner.InRepository([.. command, "--no-such-option"]);

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode, $"{string.Join(' ', command)}: {run.Error}");
    }

    public static IEnumerable<object[]> EveryCommand()
    {
        var root = new ProcurementBaseline.Cli.CommandLine.ProcbaseCommandLine(new ProcurementBaseline.Cli.CommandLine.CliContext(TextWriter.Null, TextWriter.Null, RepositoryPaths.Root)).Root;
        foreach (var group in root.Subcommands)
        {
            if (group.Subcommands.Count == 0)
            {
                yield return [new[] { group.Name }];
            }

            foreach (var command in group.Subcommands)
            {
                yield return [new[] { group.Name, command.Name }];
            }
        }
    }

    [TestMethod]
    [DataRow("2026/12/01")]
    [DataRow("June 30 2027")]
    [DataRow("12/01/2026")]
    [DataRow("2026-12-1")]
    public void AsOf_AcceptsIsoDatesOnly(string date)
    {
        var run = CliRunner.InRepository("assess", Good, "-b", "us-federal-software", "--as-of", date);

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
        StringAssert.Contains(run.Error, "write it as YYYY-MM-DD");
        Assert.DoesNotContain("System.", run.Error, "no .NET type names");
    }

    [TestMethod]
    public void AttestInitDate_IsNotReadInUsOrder()
    {
        var run = CliRunner.InRepository("attest", "init", "-b", "us-federal-software", "--vendor", "V", "--product", "P", "--date", "12/01/2026");

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
        StringAssert.Contains(run.Error, "--date '12/01/2026' is not a date");
    }

    [TestMethod]
    [DataRow("catalog", "list", "--format", "xml")]
    [DataRow("map", "suggest", "nist-ssdf@1.1", "asd-ism@2025.12.9", "--top", "five")]
    [DataRow("assess", "samples/delta-all-four/attestation.yaml", "--jobs", "many")]
    public void BadOptionValues_AreUsageErrors_WithoutDotNetTypeNames(params string[] args)
    {
        var run = CliRunner.InRepository(args);

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
        Assert.DoesNotContain("System.", run.Error);
        Assert.DoesNotContain("Nullable", run.Error);
    }
}
