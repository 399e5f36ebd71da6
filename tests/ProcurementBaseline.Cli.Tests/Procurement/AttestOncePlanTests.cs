using System.Security.Cryptography;
using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Procurement;

/// <summary>
/// The attest-once plan for the four national baselines (issue 13, item 3) is checkable: the skeleton of exactly the
/// plan, each claim implemented with evidence, passes every baseline when assessed.
/// </summary>
[TestClass]
public sealed class AttestOncePlanTests
{
    private const string Four = "au-software-supplier,us-federal-software,jp-government-software,in-government-software";

    [TestMethod]
    public void ThePlanImplemented_PassesEveryBaseline()
    {
        using var folder = new TempStandards(withCatalogs: false);
        var file = Path.Combine(folder.Root, "attestation.yaml");
        var evidence = folder.Write("evidence/sdlc.md", "Our secure development standard.\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(evidence)));

        var plan = CliRunner.InRepository("plan", "-b", Four, "--prefer", "nist-ssdf@1.1", "--as-of", "2026-11-26", "--format", "json");
        var init = CliRunner.InRepository("attest", "init", "--plan", "-b", Four, "--prefer", "nist-ssdf@1.1", "--vendor", "Vendor", "--product", "Product", "--date", "2026-11-20", "--out", file);
        var skeleton = File.ReadAllText(file);
        // The controls whose baselines ask for SBOM evidence say so in the skeleton; they get a CERT-In-complete SBOM.
        var sbom = Path.Combine(folder.Root, "evidence", "sbom.cdx.json");
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "evidence", "sbom.cdx.json"), sbom);
        var sbomSha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sbom)));
        var implemented = skeleton.Replace("    status: not-implemented",
            $"    status: implemented\n    evidence:\n      - {{title: SDLC, path: evidence/sdlc.md, sha256: {sha}, issued: \"2026-11-01\", expires: \"2027-11-01\"}}", StringComparison.Ordinal);
        foreach (var control in new[] { "certin-sbom@1.0#7.1.2", "certin-sbom@1.0#7.1.4" })
        {
            StringAssert.Contains(skeleton, $"needs in in-government-software: evidence with kind: sbom, complete under the SBOM profile certin@1.0\n  - control: {control}\n");
            implemented = implemented.Replace($"  - control: {control}\n    status: implemented\n    evidence:\n",
                $"  - control: {control}\n    status: implemented\n    evidence:\n      - {{title: SBOM, kind: sbom, path: evidence/sbom.cdx.json, sha256: {sbomSha}, issued: \"2026-11-01\", expires: \"2027-11-01\"}}\n", StringComparison.Ordinal);
        }

        folder.Write("attestation.yaml", implemented);
        var run = CliRunner.InRepository("assess", file, "-b", Four, "--as-of", "2026-11-26", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, plan.ExitCode, plan.Error);
        Assert.AreEqual(ExitCodes.Success, init.ExitCode, init.Error);
        using var planned = JsonDocument.Parse(plan.Out);
        var claims = planned.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("control").GetString()).ToList();
        Assert.AreEqual(claims.Count, skeleton.Split("  - control: ").Length - 1, "the skeleton holds exactly the plan");
        Assert.IsTrue(claims.All(c => skeleton.Contains($"  - control: {c}\n", StringComparison.Ordinal)));
        Assert.IsTrue(planned.RootElement.GetProperty("plan").GetProperty("every-must-met").GetBoolean());
        Assert.IsLessThan(planned.RootElement.GetProperty("plan").GetProperty("must-controls").GetInt32(), claims.Count, "the plan is smaller than claiming every must control");
        using var json = JsonDocument.Parse(run.Out);
        foreach (var baseline in json.RootElement.GetProperty("baselines").EnumerateArray())
        {
            Assert.AreEqual("pass", baseline.GetProperty("verdict").GetString(), $"{baseline.GetProperty("id")}: {string.Join(" ", baseline.GetProperty("reasons").EnumerateArray())}");
        }

        Assert.AreEqual(ExitCodes.Success, run.ExitCode);
        StringAssert.Contains(skeleton, "# - meets in ", "each claim says what it meets where");
    }

    [TestMethod]
    public void AnUnknownBaselineOrCatalog_IsAUsageError()
    {
        var baseline = CliRunner.InRepository("plan", "-b", "no-such-baseline");
        var prefer = CliRunner.InRepository("plan", "-b", "us-federal-software", "--prefer", "no-such@1");

        Assert.AreEqual(ExitCodes.Usage, baseline.ExitCode);
        StringAssert.Contains(baseline.Error, "no baseline 'no-such-baseline'");
        Assert.AreEqual(ExitCodes.Usage, prefer.ExitCode);
        StringAssert.Contains(prefer.Error, "--prefer 'no-such@1' is not a loaded catalog");
    }

    [TestMethod]
    public void TheMarkdownAndTextPlans_SayWhetherTheyAreOptimal()
    {
        var text = CliRunner.InRepository("plan", "-b", "jp-government-software,in-government-software", "--as-of", "2026-11-26");
        var md = CliRunner.InRepository("plan", "-b", "jp-government-software,in-government-software", "--as-of", "2026-11-26", "--format", "md");

        Assert.AreEqual(ExitCodes.Success, text.ExitCode, text.Error);
        StringAssert.Contains(text.Out, "optimal: no smaller set of claims meets every must control");
        StringAssert.Contains(md.Out, "| baseline | nation | must | claimed | via mappings | only a direct claim |");
    }
}
