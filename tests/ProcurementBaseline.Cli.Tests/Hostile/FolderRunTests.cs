using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// A folder of submissions, as a procurement team receives them: links never lead the search out of or round the
/// folder, one hostile submission never takes the run down, and no submission's outputs overwrite another's (issue 12,
/// items 2, 7 and 10).
/// </summary>
[TestClass]
public sealed class FolderRunTests
{
    private const string AsOf = "2026-11-26";

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", name, "attestation.yaml");

    private static void CopySample(string name, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var folder = Path.GetDirectoryName(Sample(name))!;
        File.Copy(Sample(name), target);
        foreach (var evidence in Directory.EnumerateFiles(Path.Combine(folder, "evidence")))
        {
            var to = Path.Combine(Path.GetDirectoryName(target)!, "evidence", Path.GetFileName(evidence));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(evidence, to, overwrite: true);
        }
    }

    [TestMethod]
    [Timeout(120_000)]
    public void LinksBackIntoTheFolder_AreNotFollowed_SoEachSubmissionIsAssessedOnce()
    {
        using var inbox = new TempStandards(withCatalogs: false);
        CopySample("charlie-poam", Path.Combine(inbox.Root, "charlie", "attestation.yaml"));
        CopySample("delta-all-four", Path.Combine(inbox.Root, "delta", "attestation.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(inbox.Root, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(inbox.Root, "charlie", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(inbox.Root, "linked.yaml"), Path.Combine(inbox.Root, "delta", "attestation.yaml"));
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", inbox.Root, "-b", "us-federal-software", "--as-of", AsOf, "--out", output.Root, "--format", "json");

        using var portfolio = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Root, "portfolio.json")));
        Assert.AreEqual(2, portfolio.RootElement.GetProperty("submissions").GetArrayLength(), run.Out);
        StringAssert.Contains(run.Error, "info PB0005");
        Assert.AreNotEqual(ExitCodes.Success, run.ExitCode, "charlie is conditional");
    }

    [TestMethod]
    [Timeout(120_000)]
    public void ADeeplyNestedSubmission_IsReported_AndTheRestOfThePortfolioIsWritten()
    {
        using var inbox = new TempStandards(withCatalogs: false);
        CopySample("delta-all-four", Path.Combine(inbox.Root, "delta", "attestation.yaml"));
        inbox.Write("deep/attestation.yaml", "kind: attestation\nschema-version: \"1\"\nvendor: " + new string('[', 30_000) + new string(']', 30_000) + "\n");
        inbox.Write("deeper/attestation.yaml", "kind: attestation\nschema-version: \"1\"\nvendor:\n" + string.Concat(Enumerable.Repeat("- ", 30_000)) + "x\n");
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", inbox.Root, "-b", "us-federal-software", "--as-of", AsOf, "--out", output.Root, "--format", "json");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "deep/attestation.yaml(3,137): error PB1019: the YAML is nested more than 128 levels deep");
        StringAssert.Contains(run.Error, "deeper/attestation.yaml(4,257): error PB1019");
        using var portfolio = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Root, "portfolio.json")));
        var entries = portfolio.RootElement.GetProperty("submissions").EnumerateArray().ToList();
        Assert.HasCount(3, entries);
        Assert.AreEqual("pass", entries.Single(e => e.GetProperty("file").GetString()!.EndsWith("delta/attestation.yaml", StringComparison.Ordinal)).GetProperty("verdicts").GetProperty("us-federal-software").GetString());
    }

    [TestMethod]
    public void SameFileNamesInDifferentFolders_GetTheirOwnOutputs()
    {
        using var inbox = new TempStandards(withCatalogs: false);
        CopySample("charlie-poam", Path.Combine(inbox.Root, "a", "submission.yaml"));
        CopySample("delta-all-four", Path.Combine(inbox.Root, "b", "submission.yaml"));
        using var output = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", inbox.Root, "-b", "us-federal-software", "--as-of", AsOf, "--out", output.Root, "--format", "json,md");

        CollectionAssert.AreEquivalent(new[] { "a--submission.json", "a--submission.md", "b--submission.json", "b--submission.md", "portfolio.json", "portfolio.md" },
            Directory.EnumerateFiles(output.Root).Select(Path.GetFileName).ToArray());
        using var charlie = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Root, "a--submission.json")));
        Assert.AreEqual("Charlie Cloud K.K.", charlie.RootElement.GetProperty("attestation").GetProperty("vendor").GetString());
        using var portfolio = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Root, "portfolio.json")));
        CollectionAssert.AreEqual(new[] { "a--submission", "b--submission" }, portfolio.RootElement.GetProperty("submissions").EnumerateArray().Select(e => e.GetProperty("outputs").GetString()).ToArray());
    }

    [TestMethod]
    public void TwoInputsWithOneOutputName_AreNeverSilent()
    {
        using var first = new TempStandards(withCatalogs: false);
        using var second = new TempStandards(withCatalogs: false);
        CopySample("charlie-poam", Path.Combine(first.Root, "vendor", "attestation.yaml"));
        CopySample("delta-all-four", Path.Combine(second.Root, "vendor", "attestation.yaml"));
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", first.Root, second.Root, "-b", "us-federal-software", "--as-of", AsOf, "--out", output.Root, "--format", "json");

        StringAssert.Contains(run.Error, "warning PB0006");
        StringAssert.Contains(run.Error, "they are written as 'vendor~2'");
        Assert.IsTrue(File.Exists(Path.Combine(output.Root, "vendor.json")) && File.Exists(Path.Combine(output.Root, "vendor~2.json")));
    }

    [TestMethod]
    public void AttestInit_RefusesToOverwriteWithoutForce()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var file = temp.Write("attestation.yaml", "kind: attestation\n# the vendor's filled-in claims\n");

        var refused = CliRunner.InRepository("attest", "init", "-b", "us-federal-software", "--vendor", "V", "--product", "P", "--date", "2026-11-01", "-o", file);

        Assert.AreEqual(ExitCodes.InputErrors, refused.ExitCode);
        StringAssert.Contains(refused.Error, "already exists; give --force");
        StringAssert.Contains(File.ReadAllText(file), "the vendor's filled-in claims");

        var forced = CliRunner.InRepository("attest", "init", "-b", "us-federal-software", "--vendor", "V", "--product", "P", "--date", "2026-11-01", "-o", file, "--force");

        Assert.AreEqual(ExitCodes.Success, forced.ExitCode, forced.Error);
        StringAssert.Contains(File.ReadAllText(file), "nist-ssdf@1.1#PO.1.1");
    }

    [TestMethod]
    public void AnOutputFolderThatCannotBeWritten_IsADiagnostic_NotACrash()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var notAFolder = temp.Write("out", "a file where the output folder should be\n");

        var run = CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples"), "-b", "us-federal-software", "--as-of", AsOf, "--out", notAFolder, "--format", "json");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "error PB0009: cannot write");
        Assert.DoesNotContain("Exception", run.Error);
    }
}
