using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation.Suggestions;
using static ProcurementBaseline.Tests.Harmonisation.Suggestions.SuggestionFixture;

namespace ProcurementBaseline.Tests.Harmonisation.Suggestions;

[TestClass]
public sealed class GroupPriorTests
{
    /// <summary>
    /// As in ISMAP: a fully worded management chapter, and a chapter whose controls only point to ISO/IEC 27002 clauses
    /// under their titles. Measured on its text, the pointer chapter would always sit below the worded one.
    /// </summary>
    private static readonly Catalog Target = Catalog("ismap-like",
        Group("4", "Management criteria",
            Control("4.1", "Management review", "Management reviews the release plan, the code of conduct and the records of each review every year."),
            Control("4.2", "Review of records", "Records of each review are kept before each release and reviewed by management.")),
        Group("14", "System development",
            Control("14.1", "Code review for vulnerabilities", "14.1 corresponds to the part of 14.2.1 Control in ISO/IEC 27002:2013."),
            Control("14.2", "Equipment siting", "14.2 corresponds to 11.2.1 in ISO/IEC 27002:2013.")));

    private static readonly Catalog Source = Catalog("src",
        Group("dev", "Development", Control("S-1", "Code review", "Review code for vulnerabilities before each release.")));

    [TestMethod]
    public void AChapterOfPointers_TakesTheNeutralPrior_SoItsBestMatchStillLeads()
    {
        var analyzer = new WordAnalyzer();
        var space = SuggestionSpace.Build(Source, Target, analyzer, embedder: null);

        var ranked = MappingSuggester.Suggest(space, new RankingParameters(3, 0.8, 0, FusionMethod.Linear), ControlLevel.Any, 3, analyzer);

        Assert.AreEqual("14.1", ranked[0].Target.ControlId, string.Join(", ", ranked.Select(r => $"{r.Target.ControlId} {r.Prior:F2}")));
        Assert.AreEqual(1, ranked[0].Prior);
    }
}
