using System.Text.Json;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Oscal.Assessments;

namespace ProcurementBaseline.Tests.Export;

[TestClass]
public sealed class AssessmentExportTests
{
    private static readonly Lazy<HarmonisationSet> Loaded = new(() => HarmonisationSet.For(OscalTestKit.Standards));

    public static IEnumerable<object[]> Samples() =>
        Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "samples")).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "attestation.yaml")) && !d.EndsWith("echo-bad-data", StringComparison.Ordinal))
            .Select(d => new object[] { Path.GetFileName(d) });

    private static AssessedSubmission Assess(string sample)
    {
        var standards = Loaded.Value.Standards;
        var baselines = standards.Baselines.ToList();
        var file = Path.Combine(RepositoryPaths.Root, "samples", sample, "attestation.yaml");
        var submission = LoadedAttestation.Load(file, standards, baselines, RepositoryPaths.Root, new LoadedAttestation.Options(OscalTestKit.AsOf, InputLimits.Default));
        var assessment = new Assessor(Loaded.Value).Assess(submission, baselines, OscalTestKit.AsOf);
        return new AssessedSubmission(submission.Attestation!, "attestation.yaml", assessment.Evaluations, standards.Catalogs, OscalTestKit.AsOf);
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    [DynamicData(nameof(Samples))]
    public void EverySample_AssessmentResultsAndPoamValidateAgainstTheSchema(string sample)
    {
        var submission = Assess(sample);

        OscalTestKit.AssertSchemaValid(AssessmentResultsExporter.Export(submission), $"{sample}.assessment-results");
        OscalTestKit.AssertSchemaValid(PoamExporter.Export(submission), $"{sample}.poam");
    }

    [TestMethod]
    public void AssessmentResults_HaveOneResultPerBaselineAndOneFindingPerRequiredControl()
    {
        var submission = Assess("acme-ssdf-mapped");
        using var document = JsonDocument.Parse(OscalTestKit.Bytes(AssessmentResultsExporter.Export(submission)));

        var results = document.RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray().ToList();
        Assert.HasCount(submission.Evaluations.Count, results);
        for (var i = 0; i < results.Count; i++)
        {
            var evaluation = submission.Evaluations[i];
            var findings = results[i].GetProperty("findings").EnumerateArray().ToList();
            Assert.HasCount(evaluation.Findings.Length, findings);
            var satisfied = findings.Count(f => f.GetProperty("target").GetProperty("status").GetProperty("state").GetString() == "satisfied");
            Assert.AreEqual(evaluation.Findings.Count(f => f.IsMet || f.Kind == FindingKind.NotApplicable), satisfied);
        }

        // An inferred finding carries its derivation, and its observations point at evidence with its sha256.
        var inferred = results.SelectMany(r => r.GetProperty("findings").EnumerateArray())
            .First(f => f.GetProperty("props").EnumerateArray().Any(p => p.GetProperty("value").GetString() == "met-via-mapping"));
        StringAssert.StartsWith(inferred.GetProperty("remarks").GetString(), "Derivation: ");
        var resources = document.RootElement.GetProperty("assessment-results").GetProperty("back-matter").GetProperty("resources").EnumerateArray().ToList();
        Assert.IsTrue(resources.Any(r => r.GetProperty("rlinks")[0].TryGetProperty("hashes", out var hashes) && hashes[0].GetProperty("value").GetString()!.Length == 64));
    }

    [TestMethod]
    public void Poam_HasOneItemPerGapWithTheVendorsMilestones()
    {
        var submission = Assess("charlie-poam");
        using var document = JsonDocument.Parse(OscalTestKit.Bytes(PoamExporter.Export(submission)));
        var poam = document.RootElement.GetProperty("plan-of-action-and-milestones");

        var gaps = submission.Evaluations.SelectMany(e => e.Findings).Where(AssessedSubmission.IsGap).Select(f => f.Control).Distinct().Count();
        Assert.AreEqual(gaps, poam.GetProperty("poam-items").GetArrayLength());
        var planned = submission.Evaluations.SelectMany(e => e.Findings).First(f => f.Kind == FindingKind.Planned);
        var risk = poam.GetProperty("risks").EnumerateArray().Single(r => r.GetProperty("title").GetString() == $"{planned.Control.ControlId} is not met");
        var tasks = risk.GetProperty("remediations")[0].GetProperty("tasks").EnumerateArray().ToList();
        Assert.HasCount(planned.Claim!.Poam.Length, tasks);
        Assert.AreEqual($"{planned.Claim.Poam.Max(m => m.Due):yyyy-MM-dd}T00:00:00Z", risk.GetProperty("deadline").GetString());
    }

    [TestMethod]
    public void Exports_AreByteIdenticalAcrossRuns()
    {
        CollectionAssert.AreEqual(OscalTestKit.Bytes(AssessmentResultsExporter.Export(Assess("delta-all-four"))), OscalTestKit.Bytes(AssessmentResultsExporter.Export(Assess("delta-all-four"))));
        CollectionAssert.AreEqual(OscalTestKit.Bytes(PoamExporter.Export(Assess("delta-all-four"))), OscalTestKit.Bytes(PoamExporter.Export(Assess("delta-all-four"))));
    }
}
