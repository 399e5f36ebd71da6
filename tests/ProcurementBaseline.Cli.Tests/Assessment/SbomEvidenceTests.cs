using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;
using ProcurementBaseline.Tests.Hostile;

namespace ProcurementBaseline.Tests.Assessment;

/// <summary>
/// Evidence that checks itself (issue 17, item 4): the Indian baseline asks for a complete CERT-In SBOM on 7.1.2 and
/// 7.1.4, so an SBOM missing fields, evidence without <c>kind: sbom</c>, a file that is no SBOM, or coverage through a
/// mapping is an evidence problem, never a pass; a VEX requirement fails an affected vulnerability without a milestone.
/// </summary>
[TestClass]
public sealed class SbomEvidenceTests
{
    private const string Baseline = "in-government-software";

    private static string SampleSbom(string sample) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", sample, "evidence", "sbom.cdx.json"));

    private static HostileSubmission Indian() => new() { Against = Baseline };

    private static string Claim(string control, string evidence, string status = "implemented", string? poam = null) => $$"""
          - control: {{control}}
            status: {{status}}
            statement: "As the evidence shows."
            evidence:
        {{evidence}}
        {{(poam is null ? "" : $"    poam:\n      - {{milestone: {HostileSubmission.Quote(poam)}, due: \"2026-12-20\"}}")}}
        """;

    private static string Item(HostileSubmission submission, string path, string text, string? kind) =>
        $$"""      - {title: {{Path.GetFileName(path)}}, {{(kind is null ? "" : $"kind: {kind}, ")}}path: {{path}}, sha256: {{submission.Evidence(path, text)}}, issued: "2026-03-01", expires: "2027-03-01"}""";

    private static (CliRunner.Run Run, JsonElement Findings) Assess(HostileSubmission submission, params string[] extra)
    {
        var output = Path.Combine(submission.Root, "out");
        var run = CliRunner.InRepository(["assess", submission.Write(), "-b", Baseline, "--as-of", "2026-11-26", "--out", output, "--format", "json", .. extra]);
        Assert.IsTrue(Directory.Exists(output), run.Error);
        var json = Directory.EnumerateFiles(output, "*.json").Single();
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        return (run, document.RootElement.GetProperty("baselines")[0].GetProperty("findings").Clone());
    }

    private static JsonElement Finding(JsonElement findings, string control) =>
        findings.EnumerateArray().Single(f => f.GetProperty("control").GetString() == control);

    private static string[] Codes(JsonElement finding) => finding.TryGetProperty("evidence-problems", out var problems)
        ? [.. problems.EnumerateArray().Select(p => p.GetProperty("code").GetString()!)]
        : [];

    [TestMethod]
    public void AnSbomMissingCertInFields_IsAnEvidenceProblem_NamingEachMissingField()
    {
        using var submission = Indian();
        submission.Claims.Add(Claim("certin-sbom@1.0#7.1.2", Item(submission, "evidence/sbom.cdx.json", SampleSbom("charlie-poam"), "sbom")));

        var (run, findings) = Assess(submission);

        var finding = Finding(findings, "certin-sbom@1.0#7.1.2");
        Assert.AreEqual("evidence-problem", finding.GetProperty("finding").GetString());
        CollectionAssert.Contains(Codes(finding), "PB1910");
        StringAssert.Contains(finding.GetProperty("reason").GetString(), "Component Origin (0/24, e.g. CsvHelper@34.0.0)");
        StringAssert.Contains(finding.GetProperty("claim").GetProperty("evidence")[0].GetProperty("check").GetString(), "certin@1.0");
        Assert.AreEqual(ExitCodes.Fail, run.ExitCode);
    }

    [TestMethod]
    public void ACompleteSbom_MeetsTheControl_AndAnotherProductsSbom_IsNamed()
    {
        using var submission = Indian();
        submission.Claims.Add(Claim("certin-sbom@1.0#7.1.2", Item(submission, "evidence/sbom.cdx.json", SampleSbom("delta-all-four"), "sbom")));

        var (run, findings) = Assess(submission);

        var finding = Finding(findings, "certin-sbom@1.0#7.1.2");
        Assert.AreEqual("met", finding.GetProperty("finding").GetString());
        Assert.AreEqual("sbom", finding.GetProperty("claim").GetProperty("evidence")[0].GetProperty("kind").GetString());
        Assert.AreEqual("CycloneDX JSON 1.6, 24 components; certin@1.0 100.0%, complete", finding.GetProperty("claim").GetProperty("evidence")[0].GetProperty("check").GetString());
        StringAssert.Contains(run.Error, "warning PB1912: evidence 'evidence/sbom.cdx.json' is an SBOM of Delta Identity Platform 7.1.3, but the attestation is for Product 1");
    }

    [TestMethod]
    public void AnSbomNotMarkedAsOne_IsNotJudgedAsOne()
    {
        using var submission = Indian();
        submission.Claims.Add(Claim("certin-sbom@1.0#7.1.4", Item(submission, "evidence/sbom.cdx.json", SampleSbom("delta-all-four"), kind: null)));

        var (run, findings) = Assess(submission);

        var finding = Finding(findings, "certin-sbom@1.0#7.1.4");
        Assert.AreEqual("evidence-problem", finding.GetProperty("finding").GetString());
        CollectionAssert.Contains(Codes(finding), "PB1911");
        StringAssert.Contains(run.Error, "warning PB1911: certin-sbom@1.0#7.1.4 needs sbom evidence under in-government-software; the claim names none with kind: sbom");
    }

    [TestMethod]
    [DataRow("{}", "PB1902")]
    [DataRow("", "PB1902")]
    [DataRow("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [", "PB1901")]
    public void AFileThatIsNoSbom_IsAnEvidenceProblem_NotAPass(string text, string readCode)
    {
        using var submission = Indian();
        submission.Claims.Add(Claim("certin-sbom@1.0#7.1.2", Item(submission, "evidence/sbom.json", text, "sbom")));

        var (run, findings) = Assess(submission);

        var finding = Finding(findings, "certin-sbom@1.0#7.1.2");
        Assert.AreEqual("evidence-problem", finding.GetProperty("finding").GetString());
        CollectionAssert.Contains(Codes(finding), "PB1916");
        StringAssert.Contains(run.Error, $"cannot be read as an SBOM: {readCode}");
    }

    [TestMethod]
    [DataRow("{\"spdxVersion\": \"SPDX-2.3\"}")]
    [DataRow("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": []}")]
    public void AnSbomListingNoComponents_MeetsNoField(string text)
    {
        using var submission = Indian();
        submission.Claims.Add(Claim("certin-sbom@1.0#7.1.2", Item(submission, "evidence/sbom.json", text, "sbom")));

        var (run, findings) = Assess(submission);

        var finding = Finding(findings, "certin-sbom@1.0#7.1.2");
        Assert.AreEqual("evidence-problem", finding.GetProperty("finding").GetString());
        CollectionAssert.Contains(Codes(finding), "PB1910");
        StringAssert.Contains(finding.GetProperty("reason").GetString(), "Component Name (0/0)");
    }

    [TestMethod]
    public void ASsdfClaimWithAnSbom_DoesNotCarryTheSbomRequirement_ThroughAMapping()
    {
        using var submission = Indian();
        submission.Claims.Add(Claim("nist-ssdf@1.1#PS.3.2", Item(submission, "evidence/sbom.cdx.json", SampleSbom("delta-all-four"), "sbom")));

        var (_, findings) = Assess(submission);

        var finding = Finding(findings, "certin-sbom@1.0#7.1.4");
        Assert.AreEqual("evidence-problem", finding.GetProperty("finding").GetString());
        CollectionAssert.Contains(Codes(finding), "PB1911");
        StringAssert.Contains(finding.GetProperty("reason").GetString(), "which coverage through a mapping does not carry");
    }

    [TestMethod]
    public void AnAffectedVulnerability_NeedsAMilestoneNamingIt_WhenTheBaselineAsksForVex()
    {
        using var standards = VexStandards();
        foreach (var (poam, expected) in new[] { ((string?)null, "evidence-problem"), ("Upgrade CsvHelper to fix CVE-2026-31337", "met") })
        {
            using var submission = Indian();
            var evidence = Item(submission, "evidence/sbom.cdx.json", SampleSbom("delta-all-four"), "sbom") + "\n" + Item(submission, "evidence/vex.json", OpenVex, "vex");
            submission.Claims.Add(Claim("certin-sbom@1.0#7.1.6", evidence, poam: poam));

            var (run, findings) = Assess(submission, "--standards", standards.Root);

            var finding = Finding(findings, "certin-sbom@1.0#7.1.6");
            Assert.AreEqual(expected, finding.GetProperty("finding").GetString(), run.Out);
            if (poam is null)
            {
                CollectionAssert.Contains(Codes(finding), "PB1913");
                StringAssert.Contains(run.Error, "CVE-2026-31337 is affected for pkg:nuget/CsvHelper@34.0.0 with no milestone naming it");
            }
        }
    }

    private const string OpenVex = """
        {
          "@context": "https://openvex.dev/ns/v0.2.0",
          "@id": "https://example.com/vex/2026-11-01",
          "author": "Vendor",
          "timestamp": "2026-11-01T00:00:00Z",
          "version": 1,
          "statements": [
            {"vulnerability": {"name": "CVE-2026-31337"}, "products": [{"@id": "pkg:nuget/CsvHelper@34.0.0"}], "status": "affected", "action_statement": "Upgrade to 35.0.0"},
            {"vulnerability": {"name": "CVE-2026-31338"}, "products": [{"@id": "pkg:nuget/CsvHelper@34.0.0"}], "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}
          ]
        }
        """;

    /// <summary>The shipped standards with the Indian baseline also asking for VEX evidence on 7.1.6.</summary>
    private static TempStandards VexStandards()
    {
        var standards = new TempStandards();
        foreach (var folder in new[] { "baselines", "crosswalks", "sbom-profiles" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Standards, folder), "*.yaml", SearchOption.AllDirectories))
            {
                standards.Write(Path.GetRelativePath(RepositoryPaths.Standards, file), File.ReadAllText(file));
            }
        }

        var baseline = Path.Combine("baselines", "in", "in-government-software.yaml");
        var text = File.ReadAllText(Path.Combine(standards.Root, baseline));
        const string Anchor = "      profile: certin@1.0\n";
        Assert.Contains(Anchor, text);
        standards.Write(baseline, text.Replace(Anchor, Anchor + "    - controls: [certin-sbom@1.0#7.1.6]\n      kind: vex\n", StringComparison.Ordinal));
        return standards;
    }
}
