using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Tests.Catalogs;

namespace ProcurementBaseline.Tests.Procurement;

/// <summary>
/// Every must and should control of the Australian, Japanese and Indian baselines has been reviewed against SSDF 1.1
/// (issue 13, item 5): a crosswalk from nist-ssdf@1.1 maps it, or records no-relationship with its reason, and every
/// mapping carries its rationale.
/// </summary>
[TestClass]
public sealed class ReviewCoverageTests
{
    private static readonly string[] Reviewed = ["au-software-supplier", "jp-government-software", "in-government-software"];

    [TestMethod]
    public void EveryRequiredControl_IsReviewedFromTheSsdf()
    {
        var set = ShippedStandards.Load();
        var fromSsdf = set.Crosswalks.Where(c => c.Source.ToString() == "nist-ssdf@1.1").ToList();

        var rows = ReviewCoverage.Build(fromSsdf, set.Baselines.Where(b => Reviewed.Contains(b.Baseline.Id))).Where(r => r.Crosswalk is null).ToList();

        Assert.HasCount(3, rows);
        foreach (var row in rows)
        {
            Assert.IsTrue(row.Complete, $"{row.Baseline.Baseline.Id}: not reviewed {string.Join(", ", row.NotReviewed)}");
            Assert.AreEqual(row.Required, row.Mapped + row.NoRelationship);
        }

        var reviewedMappings = fromSsdf.Where(c => c.Target.CatalogId != "nist-ssdf").SelectMany(c => c.Mappings).ToList();
        Assert.IsEmpty(reviewedMappings.Where(m => string.IsNullOrWhiteSpace(m.Remarks)), "every mapping gives its rationale");
        Assert.IsTrue(reviewedMappings.Any(m => m.Combined), "combined mappings are used where the texts support full coverage");
        Assert.IsEmpty(reviewedMappings.Where(m => m.Combined && m.Relationship == Relationship.NoRelationship));
    }
}
