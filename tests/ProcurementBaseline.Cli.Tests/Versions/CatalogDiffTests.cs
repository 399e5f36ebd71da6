using System.Collections.Immutable;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Catalogs;
using static ProcurementBaseline.Tests.Versions.DemoCatalog;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Tests.Catalogs;
using ProcurementBaseline.Text;
using ProcurementBaseline.Versions;

namespace ProcurementBaseline.Tests.Versions;

[TestClass]
public sealed class CatalogDiffTests
{
    private static readonly DiffPlexWordDiffer Differ = new();

    private const string Logging = "Security-relevant events are logged centrally and the logs are retained for at least one year.";
    private const string Patching = "Security patches for internet-facing applications are applied within two weeks of release.";

    [TestMethod]
    public void EachKindOfChange_OnAHandMadePair()
    {
        var old = Version("1", C("A-1", Logging), C("A-2", Patching), C("A-3", "Backups are taken daily."), C("A-4", "Old text."), C("A-5", "Withdrawn soon."));
        var @new = Version("2",
            C("A-1", "Security-relevant events are logged centrally,\n and the logs are retained for at least one year."),
            C("B-7", Patching),
            C("A-3", "Backups are taken daily and tested monthly."),
            new Control { Id = "A-5", Title = LocalizedText.Of("A-5"), Status = ControlStatus.Withdrawn, Successors = [new ControlSuccessor(SuccessorKind.IncorporatedInto, "A-3")] },
            C("A-6", "New requirement."));

        var diff = CatalogDiff.Compare(old, @new, Differ);

        Assert.AreEqual(ChangeKind.Unchanged, Change(diff, "A-1").Kind, "re-wrapped text and a comma are not a change");
        var renamed = diff.Of(ChangeKind.Renamed).Single();
        Assert.AreEqual(("A-2", "B-7"), (renamed.OldId, renamed.NewId), "a rename found from the text alone");
        Assert.IsFalse(renamed.Explicit);
        var changed = Change(diff, "A-3");
        Assert.AreEqual(ChangeKind.Changed, changed.Kind);
        Assert.AreEqual("Backups are taken daily. {+and tested monthly.+}", changed.Statement!.Diff!.ToString(), "words compared without punctuation");
        Assert.AreEqual("A-4", diff.Of(ChangeKind.Removed).Single().OldId);
        var withdrawn = diff.Of(ChangeKind.Withdrawn).Single();
        Assert.AreEqual(("A-5", "A-3"), (withdrawn.OldId, withdrawn.Successors.Single().ControlId));
        Assert.AreEqual("A-6", diff.Of(ChangeKind.Added).Single().NewId);
    }

    [TestMethod]
    public void ExplicitMovedTo_IsARename_AndItsTargetIsNotAnAddition()
    {
        var old = Version("1", C("A-2", Patching));
        var @new = Version("2",
            new Control { Id = "A-2", Title = LocalizedText.Of("A-2"), Status = ControlStatus.Withdrawn, Successors = [new ControlSuccessor(SuccessorKind.MovedTo, "Z-9")] },
            C("Z-9", "Security patches for internet-facing services are applied within two weeks of release."));

        var diff = CatalogDiff.Compare(old, @new, Differ);

        var renamed = diff.Changes.Single();
        Assert.AreEqual(ChangeKind.Renamed, renamed.Kind);
        Assert.IsTrue(renamed.Explicit);
        Assert.AreEqual("Z-9", renamed.NewId);
    }

    [TestMethod]
    public void TitleTagsAndApplicability_AreReportedAsFieldChanges()
    {
        var old = Version("1", C("A-1", Logging, title: "Logging", tags: ["logs"]));
        var @new = Version("2", C("A-1", Logging, title: "Event logging", tags: ["logs", "siem"]) with
        {
            Applicability = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, ImmutableArray<string>>("classification", ["P"])]),
        });

        var change = CatalogDiff.Compare(old, @new, Differ).Changes.Single();

        CollectionAssert.AreEqual(new[] { "title", "tags", "applicability" }, change.Fields.Select(f => f.Field).ToArray());
        Assert.IsNull(change.Statement);
    }

    [TestMethod]
    public void VersionCrosswalk_EqualForUnchangedAndRenamed_DraftsForChanged()
    {
        var old = Version("1", C("A-1", Logging), C("A-2", Patching), C("A-3", "Backups are taken daily."));
        var @new = Version("2", C("A-1", Logging), C("B-7", Patching), C("A-3", "Backups are taken daily and tested monthly."));

        var crosswalk = VersionCrosswalk.From(CatalogDiff.Compare(old, @new, Differ), new DateOnly(2026, 11, 26));

        var byPair = crosswalk.Mappings.ToDictionary(m => (m.Sources[0], m.Targets[0]));
        Assert.AreEqual(Relationship.EqualTo, byPair[("A-1", "A-1")].Relationship);
        Assert.AreEqual(Relationship.EqualTo, byPair[("A-2", "B-7")].Relationship);
        var changed = byPair[("A-3", "A-3")];
        Assert.AreEqual(Relationship.SubsetOf, changed.Relationship, "the new text only adds words: it asks more");
        Assert.AreEqual(MappingStatus.Draft, changed.Status);
        Assert.AreEqual(Provenance.Suggested, changed.Provenance);
    }

    [TestMethod]
    public void RealSsdf_OneOneToOneTwoDraft_MatchesWhatTheDraftAnnounces()
    {
        var diff = CatalogDiff.Compare(ShippedStandards.Catalog("nist-ssdf@1.1"), ShippedStandards.Catalog("nist-ssdf@1.2-ipd"), Differ);

        CollectionAssert.AreEquivalent(
            new[] { "PO.6", "PO.6.1", "PO.6.2", "PO.6.3", "PS.4", "PS.4.1", "PS.4.2", "PS.4.3", "PS.4.4" },
            diff.Of(ChangeKind.Added).Select(c => c.NewId).ToArray());
        CollectionAssert.AreEquivalent(
            new[] { "PW.3", "PW.3.1", "PW.3.2", "PW.4.3", "PW.4.5", "PW.5.2" },
            diff.Of(ChangeKind.Withdrawn).Select(c => c.Id).ToArray(), "the retired task ids the draft keeps as 'moved' placeholders");
        Assert.AreEqual("PO.1.3", Change(diff, "PW.3.1").Successors.Single().ControlId);
        StringAssert.Contains(Change(diff, "RV.1.2").Statement!.Diff!.ToString(), "{+and its default and other common configurations+}");
        Assert.AreEqual(ChangeKind.Unchanged, Change(diff, "PW.5.1").Kind);
        Assert.AreEqual(0, diff.Count(ChangeKind.Removed));
    }

    private static ControlChange Change(CatalogDiff diff, string id) => diff.Changes.Single(c => c.Id == id || c.OldId == id);
}
