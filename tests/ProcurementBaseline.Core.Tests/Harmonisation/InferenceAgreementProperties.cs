using CsCheck;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Harmonisation;

/// <summary>
/// The two engines answer one question, so on any graph they must agree: the compiled plan (backwards, what
/// <c>assess</c> uses) and the forward search (what <c>map explain</c> uses) give every required control the same
/// coverage level and the same strength, with pairwise and combined mappings, weak ones and long chains mixed.
/// </summary>
[TestClass]
public sealed class InferenceAgreementProperties
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);
    private static readonly string[] Catalogs = ["a", "b", "c", "t"];

    private sealed record Edge(int From, int FromIndex, int To, int ToIndex, Relationship Relationship, int Strength, int[] Members)
    {
        public override string ToString() => $"{Mapping(this).Sources.Length}:{string.Join("+", Mapping(this).Sources)} {Relationship} {Catalogs[To]}{ToIndex + 1} ({Strength})";
    }

    private static readonly Gen<Edge> Edges =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[1, 3], Gen.Int[0, 3], Gen.Enum<Relationship>(), Gen.Int[3, 10], Gen.Int[0, 3].Array[0, 3])
            .Where(e => e.Item3 > e.Item1)
            .Select(e => new Edge(e.Item1, e.Item2, e.Item3, e.Item4, e.Item5, e.Item6, e.Item7.Distinct().ToArray()));

    [TestMethod]
    public void CompiledPlanAndForwardSearch_Agree() =>
        Gen.Select(Edges.Array[1, 14], Gen.Int[0, 3].Select(i => (0, i)).Array[0, 4], Gen.Int[0, 3].Select(i => (1, i)).Array[0, 3])
            .Sample(iter: 3_000, assert: sample =>
            {
                var (edges, claimedA, claimedB) = sample;
                var fixture = new GraphFixture();
                foreach (var catalog in Catalogs)
                {
                    fixture.Catalog(catalog, [.. Enumerable.Range(1, 4).Select(i => $"{catalog}{i}")]);
                }

                foreach (var group in edges.GroupBy(e => (e.From, e.To)))
                {
                    fixture.Crosswalk($"{Catalogs[group.Key.From]}@1", $"{Catalogs[group.Key.To]}@1", [.. group.Select(Mapping)]);
                }

                var claimed = claimedA.Concat(claimedB).Distinct().Select(c => $"{Catalogs[c.Item1]}@1#{Catalogs[c.Item1]}{c.Item2 + 1}").ToList();
                var forward = new CoverageInference(fixture.Graph(), MappingPolicy.Default).Infer(claimed.Select(c => new SatisfiedControl(Key(c))));
                foreach (var finding in Evaluate(fixture, claimed).Findings)
                {
                    var expected = forward.GetValueOrDefault(finding.Control);
                    var kind = expected is null ? FindingKind.NoClaim : expected.Level == CoverageLevel.Full ? FindingKind.MetViaMapping : FindingKind.PartiallyMet;
                    var context = $"{finding.Control}: {string.Join("; ", edges)}; claimed {string.Join(", ", claimed)}; plan says {finding.Reason}; forward says {expected?.Derivation}";
                    Assert.AreEqual(kind, finding.Kind, context);
                    Assert.AreEqual(expected?.Strength, finding.Derivation?.Strength, context);
                }
            });

    private static Mapping Mapping(Edge e)
    {
        var from = $"{Catalogs[e.From]}{e.FromIndex + 1}";
        var to = $"{Catalogs[e.To]}{e.ToIndex + 1}";
        var members = e.Members.Select(m => $"{Catalogs[e.From]}{m + 1}").Append(from).Distinct().ToArray();
        return members.Length >= 2 && e.Relationship != Relationship.NoRelationship && e.Strength % 2 == 0
            ? Joint(members, e.Relationship, to, e.Strength)
            : Map(from, e.Relationship, to, e.Strength);
    }

    private static BaselineEvaluation Evaluate(GraphFixture fixture, IEnumerable<string> claimed) =>
        GraphFixture.Evaluate(fixture.Plan("t@1", "t1", "t2", "t3", "t4"), AsOf, claimed.Select(c => GraphFixture.Implemented(c)));
}

