using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Commands;

/// <summary>One command line for every user (issue 15, item 5): JSON from every command that prints, the baselines, the schemas.</summary>
[TestClass]
public sealed partial class ConsistentCommandLineTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml");

    public static IEnumerable<object[]> PrintingCommands =>
    [
        ["catalog-list", new[] { "catalog", "list" }],
        ["catalog", new[] { "catalog", "show", "nist-ssdf@1.1" }],
        ["control", new[] { "catalog", "show", "nist-ssdf@1.1", "PO.1.1" }],
        ["catalog-validation", new[] { "catalog", "validate" }],
        ["catalog-diff", new[] { "catalog", "diff", "nist-ssdf@1.1", "nist-ssdf@1.2-ipd" }],
        ["map-check", new[] { "map", "check" }],
        ["map-matrix", new[] { "map", "matrix", "nist-ssdf@1.1", "asd-ism@2025.12.9" }],
        ["map-suggestions", new[] { "map", "suggest", "nist-ssdf@1.1", "jc-star-star1@1.1", "--top", "2" }],
        ["map-explanation", new[] { "map", "explain", "--claimed", "nist-ssdf@1.1#PO.1.1" }],
        ["harmonisation", new[] { "harmonise" }],
        ["baseline-list", new[] { "baseline", "list" }],
        ["sbom-check", new[] { "sbom", "check", "samples/delta-all-four/evidence/sbom.cdx.json" }],
        ["baseline", new[] { "baseline", "show", "us-federal-software" }],
        ["attestation-validation", new[] { "attest", "validate", Sample, "--as-of", "2026-11-26" }],
        ["attestation-impact", new[] { "attest", "impact", Sample, "--to", "nist-ssdf@1.2-ipd" }],
        ["comparison", new[] { "compare", Sample, Sample, "-b", "us-federal-software", "--as-of", "2026-11-26" }],
        ["assessment", new[] { "assess", Sample, "-b", "us-federal-software", "--as-of", "2026-11-26" }],
    ];

    [TestMethod]
    [DynamicData(nameof(PrintingCommands))]
    public void FormatJson_PrintsOneDocument_WithItsSchemaVersionAndKind(string kind, string[] args)
    {
        var run = CliRunner.InRepository([.. args, "--format", "json"]);

        Assert.IsLessThan(ExitCodes.Usage, run.ExitCode == ExitCodes.Conditional ? 0 : run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.AreEqual("1", json.RootElement.GetProperty("schema-version").GetString(), run.Out[..Math.Min(200, run.Out.Length)]);
        Assert.AreEqual(kind, json.RootElement.GetProperty("kind").GetString());
    }

    [TestMethod]
    public void BaselineList_NamesEveryShippedBaselineWithItsCounts()
    {
        var run = CliRunner.InRepository("baseline", "list", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var baselines = json.RootElement.GetProperty("baselines").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetString()!);
        CollectionAssert.IsSubsetOf(new[] { "au-software-supplier", "us-federal-software", "jp-government-software", "in-government-software", "quad-common" }, baselines.Keys.ToList());
        Assert.AreEqual(31, baselines["us-federal-software"].GetProperty("must").GetInt32());
        Assert.AreEqual(29, baselines["us-federal-software"].GetProperty("should").GetInt32());
    }

    [TestMethod]
    public void BaselineShow_GivesTheSelectionPerCatalogAndThePolicy()
    {
        var text = CliRunner.InRepository("baseline", "show", "us-federal-software");
        var json = CliRunner.InRepository("baseline", "show", "us-federal-software", "--controls", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, text.ExitCode, text.Error);
        StringAssert.Contains(text.Out, "Requires 60 controls: 31 must, 29 should.");
        StringAssert.Contains(text.Out, "2. nist-sp800-53@5.0.1, should: selection nist-sp800-53-moderate; groups SA, SR (29 controls)");
        StringAssert.Contains(text.Out, "plans of action: the last milestone due at most 180 days after the as-of date");
        StringAssert.Contains(text.Out, "coverage through mappings: official, reviewed and derived mappings of strength 5 or more");
        using var doc = JsonDocument.Parse(json.Out);
        var root = doc.RootElement;
        Assert.AreEqual(60, root.GetProperty("controls").GetArrayLength());
        Assert.AreEqual(31, root.GetProperty("per-catalog")[0].GetProperty("must").GetInt32());
        Assert.AreEqual(180, root.GetProperty("policy").GetProperty("poam-max-days").GetInt32());
        Assert.AreEqual(5, root.GetProperty("policy").GetProperty("mapped-coverage").GetProperty("min-strength").GetInt32());
    }

    [TestMethod]
    public void BaselineShow_UnknownBaseline_IsAnErrorNamingTheKnownOnes()
    {
        var run = CliRunner.InRepository("baseline", "show", "no-such-baseline");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "us-federal-software");
    }

    [TestMethod]
    public void Schema_PrintsTheShippedSchema_AndWritesAllOfThemToAFolder()
    {
        var printed = CliRunner.InRepository("schema", "attestation");
        var folder = Directory.CreateTempSubdirectory("procbase-schema-").FullName;
        try
        {
            var written = CliRunner.InRepository("schema", "--out", folder);
            var unknown = CliRunner.InRepository("schema", "invoice");

            Assert.AreEqual(ExitCodes.Success, printed.ExitCode, printed.Error);
            Assert.AreEqual(File.ReadAllText(Path.Combine(RepositoryPaths.Standards, "schemas", "attestation.schema.json")), printed.Out);
            Assert.AreEqual(ExitCodes.Success, written.ExitCode, written.Error);
            CollectionAssert.AreEquivalent(
                new[] { "attestation.schema.json", "baseline.schema.json", "catalog.schema.json", "crosswalk.schema.json", "sbom-profile.schema.json", "selection.schema.json" },
                Directory.GetFiles(folder).Select(Path.GetFileName).ToList());
            Assert.AreEqual(ExitCodes.Usage, unknown.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void AttestInit_ModelineNamesTheSchemaByAPathThatResolves()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-init-").FullName;
        try
        {
            var file = Path.Combine(folder, "nested", "attestation.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var run = CliRunner.InRepository("attest", "init", "-b", "us-federal-software", "--vendor", "V", "--product", "P", "--date", "2026-11-26", "--out", file);

            Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
            var schema = Modeline().Match(File.ReadLines(file).First()).Groups["schema"].Value;
            Assert.IsFalse(Path.IsPathRooted(schema), schema);
            Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, schema)), schema);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void AttestImpactWrite_EditsTheFileInPlace_KeepingCommentsOrderAndQuoting()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-impact-").FullName;
        try
        {
            var file = Path.Combine(folder, "attestation.yaml");
            ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(file, """
                # yaml-language-server: $schema=../schemas/attestation.schema.json
                # Our submission; reviewed by legal on 2026-10-01.
                kind: attestation
                schema-version: "1"
                vendor: {name: "Vendor", id: "ABN 1"}
                product: {name: 'Product', version: "2"}
                date: "2026-11-02"
                signatory: {name: Signer}
                claims:
                  # Requirements come from our SDS-4 standard.
                  - control: 'nist-ssdf@1.1#PO.1.1'   # unchanged in 1.2
                    status: implemented
                    evidence:
                      - {title: Policy, uri: "https://example.invalid/policy"}
                  - status: not-implemented
                    control: "nist-ssdf@1.1#PO.4.1"
                    statement: "Criteria are being written."
                """.ReplaceLineEndings("\n"));

            var run = CliRunner.InRepository("attest", "impact", file, "--to", "nist-ssdf@1.2-ipd", "--write", file);
            var edited = File.ReadAllText(file);
            var validated = CliRunner.InRepository("attest", "validate", file, "--as-of", "2026-11-26", "--format", "json");

            Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
            StringAssert.Contains(run.Out, "edited in place");
            StringAssert.StartsWith(edited, "# yaml-language-server: $schema=../schemas/attestation.schema.json\n# Our submission; reviewed by legal on 2026-10-01.\n");
            StringAssert.Contains(edited, "vendor: {name: \"Vendor\", id: \"ABN 1\"}\nproduct: {name: 'Product', version: \"2\"}\n");
            StringAssert.Contains(edited, "  # Requirements come from our SDS-4 standard.\n  - control: 'nist-ssdf@1.2-ipd#PO.1.1'   # unchanged in 1.2\n");
            StringAssert.Contains(edited, "  - status: not-implemented\n    control: \"nist-ssdf@1.2-ipd#PO.4.1\"\n    review: \"nist-ssdf@1.2-ipd changed this control; re-attest it.");
            StringAssert.Contains(edited, "  - control: nist-ssdf@1.2-ipd#PS.4.1\n    status: not-implemented\n    review: \"New in nist-ssdf@1.2-ipd; no claim yet.\"\n");
            using var json = JsonDocument.Parse(validated.Out);
            Assert.AreEqual(0, json.RootElement.GetProperty("attestations")[0].GetProperty("errors").GetInt32(), validated.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<schema>\S+)$")]
    private static partial Regex Modeline();
}
