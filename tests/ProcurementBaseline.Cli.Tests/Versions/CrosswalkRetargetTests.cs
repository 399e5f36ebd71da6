using ProcurementBaseline.Analysis;
using ProcurementBaseline.Catalogs;
using static ProcurementBaseline.Tests.Versions.DemoCatalog;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Tests.Commands;
using ProcurementBaseline.Text;
using ProcurementBaseline.Versions;

namespace ProcurementBaseline.Tests.Versions;

/// <summary>Standards bodies moving crosswalks to a new catalog version (issue 15, item 7).</summary>
[TestClass]
public sealed class CrosswalkRetargetTests
{
    private const string Patching = "Security patches for internet-facing applications are applied within two weeks of release.";

    private static Mapping M(string source, string target) => new()
    {
        Sources = [source],
        Targets = [target],
        Relationship = Relationship.IntersectsWith,
        Rationale = RationaleType.Semantic,
        Strength = 7,
        Provenance = Provenance.Official,
        Method = MappingMethod.Human,
        Author = "a body",
        Status = MappingStatus.Reviewed,
    };

    [TestMethod]
    public void Apply_FollowsRenames_FlagsChangedControls_MovesToSuccessors_AndDropsTheGone()
    {
        var old = Version("1", C("A-1", "Logs are kept."), C("A-2", Patching), C("A-3", "Backups are taken daily."), C("A-4", "Gone."), C("A-5", "Folded in."));
        var @new = Version("2", C("A-1", "Logs are kept."), C("B-7", Patching), C("A-3", "Backups are taken daily and tested monthly."),
            new Control { Id = "A-5", Title = LocalizedText.Of("A-5"), Status = ControlStatus.Withdrawn, Successors = [new ControlSuccessor(SuccessorKind.IncorporatedInto, "A-3")] });
        var crosswalk = new Crosswalk
        {
            Source = CatalogRef.Parse("demo@1"),
            Target = CatalogRef.Parse("other@1"),
            Title = "t",
            Mappings = [M("A-1", "x1"), M("A-2", "x2"), M("A-3", "x3"), M("A-4", "x4"), M("A-5", "x5")],
        };

        var result = CrosswalkRetarget.Apply(crosswalk, CatalogDiff.Compare(old, @new, new DiffPlexWordDiffer()));

        Assert.AreEqual("demo@2--other@1", result.New.Name);
        CollectionAssert.AreEqual(
            new[] { RetargetOutcome.Carried, RetargetOutcome.Renamed, RetargetOutcome.Review, RetargetOutcome.Dropped, RetargetOutcome.Review },
            result.Mappings.Select(m => m.Outcome).ToArray());
        var mappings = result.New.Mappings;
        Assert.HasCount(4, mappings);
        Assert.AreEqual((Provenance.Official, MappingStatus.Reviewed), (mappings[0].Provenance, mappings[0].Status), "unchanged text keeps its judgement");
        Assert.AreEqual("B-7", mappings[1].Sources.Single());
        Assert.AreEqual(Provenance.Official, mappings[1].Provenance, "a pure rename keeps its judgement too");
        Assert.AreEqual((Provenance.Suggested, MappingStatus.Draft), (mappings[2].Provenance, mappings[2].Status), "a changed control's mapping counts for nothing until reviewed");
        StringAssert.Contains(mappings[2].Remarks, "{+and tested monthly.+}");
        StringAssert.Contains(mappings[2].Remarks, "was official");
        Assert.AreEqual("A-3", mappings[3].Sources.Single(), "a withdrawn control's mapping moves to its successor, as a draft");
        Assert.AreEqual(MappingStatus.Draft, mappings[3].Status);
    }

    [TestMethod]
    public void VersionCrosswalk_IsDerived_NeverReviewed_AndSkipsControlsWithoutText()
    {
        var old = Version("1", C("A-1", "Logs are kept."), C("A-2", "Not retrieved.", fidelity: Fidelity.NotRetrieved));
        var @new = Version("2", C("A-1", "Logs are kept."), C("A-2", "Not retrieved.", fidelity: Fidelity.NotRetrieved));

        var crosswalk = VersionCrosswalk.From(CatalogDiff.Compare(old, @new, new DiffPlexWordDiffer()), new DateOnly(2026, 11, 26));

        var only = crosswalk.Mappings.Single();
        Assert.AreEqual(("A-1", Provenance.Derived, MappingMethod.Automation), (only.Sources.Single(), only.Provenance, only.Method));
    }

    [TestMethod]
    public void MapRetarget_OnTheSsdfDraft_WritesACrosswalkThatChecksClean_WithChangedTasksFlagged()
    {
        using var temp = new TempStandards();
        foreach (var folder in new[] { "baselines", "sbom-profiles", "schemas" })
        {
            CopyFolder(Path.Combine(RepositoryPaths.Standards, folder), Path.Combine(temp.Root, folder));
        }

        var file = Path.Combine(temp.Root, "crosswalks", "nist-ssdf@1.2-ipd--asd-ism@2025.12.9.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        var run = CliRunner.InRepository("map", "retarget", Path.Combine(RepositoryPaths.Standards, "crosswalks", "nist-ssdf@1.1--asd-ism@2025.12.9.yaml"), "--to", "nist-ssdf@1.2-ipd", "--out", file);
        var check = CliRunner.InRepository("map", "check", "--standards", temp.Root);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "146 mappings carried over, 0 follow a rename, 58 to review (now suggested drafts), 0 dropped.");
        StringAssert.Contains(run.Out, "review   PO.4.1 → ism-2032: PO.4.1 changed in nist-ssdf@1.2-ipd: Define criteria for software security checks and track {+them+} throughout the SDLC.");
        var text = File.ReadAllText(file);
        StringAssert.StartsWith(text, "# yaml-language-server: $schema=../schemas/crosswalk.schema.json\n");
        StringAssert.Contains(text, "source: nist-ssdf@1.2-ipd\n");
        Assert.AreEqual(ExitCodes.Success, check.ExitCode, check.Out + check.Error);
        StringAssert.Contains(check.Out, "0 errors");
    }

    [TestMethod]
    public void MapCheck_WhenTheSsdfDraftIsFinal_SaysNothingAboutItsOwnVersionCrosswalk()
    {
        using var temp = new TempStandards();
        var draft = Path.Combine(temp.Root, "catalogs", "us", "nist-ssdf", "1.2-ipd.yaml");
        temp.Write("catalogs/us/nist-ssdf/1.2-ipd.yaml", File.ReadAllText(draft).Replace("status: draft", "status: final", StringComparison.Ordinal));
        foreach (var name in new[] { "nist-ssdf@1.1--nist-ssdf@1.2-ipd.yaml", "nist-ssdf@1.1--nist-sp800-53@5.0.1.yaml", "nist-ssdf@1.1--asd-ism@2025.12.9.yaml" })
        {
            temp.Write($"crosswalks/{name}", File.ReadAllText(Path.Combine(RepositoryPaths.Standards, "crosswalks", name)));
        }

        var run = CliRunner.InRepository("map", "check", "--standards", temp.Root);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Out + run.Error);
        Assert.DoesNotContain("PB1404", run.Out + run.Error, "1.2 withdraws only ids 1.1 never had, and its version crosswalk is about exactly that change");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
