using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using System.Xml.Schema;
using Json.Schema;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Ci;

/// <summary>
/// What a release pipeline reads from assess: the gaps and the files written on the console, the JSON on standard
/// output, JUnit XML and SARIF (each validated against its schema), --fail-on and --quiet (issue 15, item 1).
/// </summary>
[TestClass]
public sealed class CiOutputTests
{
    private static readonly string Charlie = Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml");

    private static string SarifSchemaPath => typeof(CiOutputTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SarifSchema").Value!;

    [TestMethod]
    public void TheConsole_ListsTheGaps_AndTheFilesWritten()
    {
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software,au-software-supplier", "--as-of", "2026-11-26", "--out", output.Root, "--format", "json,md");

        StringAssert.Contains(run.Out, "us-federal-software: conditional, 3 must and 0 should controls not met:");
        StringAssert.Contains(run.Out, "planned          must   nist-ssdf@1.1#PS.3.2 Archive and Protect Each Software Release: Planned: the plan of action completes by 2027-03-31");
        StringAssert.Contains(run.Out, "… and 172 more (the reports list every gap)");
        StringAssert.Contains(run.Out, $"Wrote {output.Root}/charlie-poam.json, {output.Root}/charlie-poam.md");
    }

    [TestMethod]
    public void FormatJson_WithoutOut_WritesTheContractToStandardOutput_AndNothingElse()
    {
        var run = CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software", "--as-of", "2026-11-26", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.AreEqual("conditional", json.RootElement.GetProperty("baselines")[0].GetProperty("verdict").GetString());
        Assert.AreEqual(ExitCodes.Conditional, run.ExitCode);
    }

    [TestMethod]
    public void OtherFormats_WithoutOut_AreAUsageError()
    {
        var run = CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software", "--as-of", "2026-11-26", "--format", "pdf");

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
        StringAssert.Contains(run.Error, "without --out only --format json is possible");
    }

    [TestMethod]
    public void FailOnFail_LetsAConditionalVerdictPass_AndQuietPrintsNothing()
    {
        var strict = CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software", "--as-of", "2026-11-26", "--quiet");
        var lenient = CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software", "--as-of", "2026-11-26", "--quiet", "--fail-on", "fail");
        var failing = CliRunner.InRepository("assess", Charlie, "-b", "au-software-supplier", "--as-of", "2026-11-26", "--quiet", "--fail-on", "fail");

        Assert.AreEqual((ExitCodes.Conditional, ExitCodes.Success, ExitCodes.Fail), (strict.ExitCode, lenient.ExitCode, failing.ExitCode));
        Assert.AreEqual("", strict.Out + strict.Error + lenient.Out + lenient.Error);
    }

    [TestMethod]
    public void JUnit_ValidatesAgainstTheSchema_WithAFailurePerMustGap()
    {
        using var output = new TempStandards(withCatalogs: false);
        var file = Path.Combine(output.Root, "procbase.junit.xml");

        CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software,au-software-supplier", "--as-of", "2026-11-26", "--junit", file);

        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Ci", "junit.xsd"));
        var errors = new List<string>();
        var document = XDocument.Load(file);
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.IsEmpty(errors, string.Join("\n", errors));
        var us = document.Root!.Elements("testsuite").First();
        Assert.AreEqual("60", us.Attribute("tests")!.Value);
        Assert.AreEqual("3", us.Attribute("failures")!.Value);
        var failure = us.Elements("testcase").Single(t => t.Attribute("name")!.Value.StartsWith("nist-ssdf@1.1#PS.3.2", StringComparison.Ordinal)).Element("failure")!;
        Assert.AreEqual("planned", failure.Attribute("type")!.Value);
    }

    [TestMethod]
    public void Sarif_ValidatesAgainstTheSarif210Schema_AndPointsAtTheClaim()
    {
        using var output = new TempStandards(withCatalogs: false);
        var file = Path.Combine(output.Root, "procbase.sarif");

        CliRunner.InRepository("assess", Charlie, "-b", "us-federal-software,au-software-supplier", "--as-of", "2026-11-26", "--sarif", file);

        var schema = JsonSchema.FromText(File.ReadAllText(SarifSchemaPath));
        var text = File.ReadAllText(file);
        var log = JsonNode.Parse(text);
        using var document = JsonDocument.Parse(text);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.IsTrue(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
        var results = log!["runs"]![0]!["results"]!.AsArray();
        Assert.HasCount(185, results, "3 US gaps and 182 Australian");
        var planned = results.Single(r => (string?)r!["properties"]!["control"] == "nist-ssdf@1.1#PS.3.2")!;
        Assert.AreEqual("warning", (string?)planned["level"]);
        var region = planned["locations"]![0]!["physicalLocation"]!["region"]!;
        var claimLine = File.ReadAllLines(Charlie).Select((line, i) => (line, i)).First(l => l.line.Contains("nist-ssdf@1.1#PS.3.2", StringComparison.Ordinal)).i + 1;
        Assert.AreEqual(claimLine, (int)region["startLine"]!);
        var unclaimed = results.First(r => (string?)r!["ruleId"] == "no-claim")!;
        var against = File.ReadAllLines(Charlie).ToList().FindIndex(l => l.StartsWith("against:", StringComparison.Ordinal)) + 1;
        Assert.AreEqual(against, (int)unclaimed["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!, "a control nothing claims points at 'against'");
    }
}
